// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "scan/codetracker.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

namespace {

// "A:0 A:40 B:80": code A seen at 0 ms and 40 ms, code B at 80 ms.
QList<std::pair<QByteArray, qint64>> sightings(const QString &text)
{
    QList<std::pair<QByteArray, qint64>> result;
    const QStringList items = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.split(u':');
        result.append({parts.at(0).toUtf8(), parts.at(1).toLongLong()});
    }
    return result;
}

} // namespace

class TestCodeTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void observe_data()
    {
        QTest::addColumn<qint64>("window");
        QTest::addColumn<QString>("seen");
        QTest::addColumn<QString>("reported");

        QTest::newRow("same code in consecutive frames once") << qint64(2000) << u"A:0 A:40 A:80 A:120"_s << u"A:0"_s;
        QTest::newRow("different code at once") << qint64(2000) << u"A:0 B:40 A:80 B:120"_s << u"A:0 B:40"_s;
        QTest::newRow("again after out of view") << qint64(2000) << u"A:0 A:40 A:2100"_s << u"A:0 A:2100"_s;
        QTest::newRow("exactly the window is still in view") << qint64(2000) << u"A:0 A:2000"_s << u"A:0"_s;
        QTest::newRow("missed frames are bridged") << qint64(2000) << u"A:0 A:1500 A:3000 A:4500 A:6000"_s
                                                   << u"A:0"_s;
        QTest::newRow("window is configurable") << qint64(100) << u"A:0 A:80 A:300 A:350"_s << u"A:0 A:300"_s;
        QTest::newRow("zero window reports every gap") << qint64(0) << u"A:0 A:0 A:1 A:1"_s << u"A:0 A:1"_s;
        QTest::newRow("time running backwards is a new timeline") << qint64(2000) << u"A:5000 A:0 A:40"_s
                                                                  << u"A:5000 A:0"_s;
        QTest::newRow("interleaved codes keep their own clocks")
            << qint64(500) << u"A:0 B:100 A:400 B:500 A:1000 B:1100"_s << u"A:0 B:100 A:1000 B:1100"_s;
    }

    void observe()
    {
        QFETCH(qint64, window);
        QFETCH(QString, seen);
        QFETCH(QString, reported);

        CodeTracker tracker(window);
        QStringList actual;
        for (const auto &[code, timestamp] : sightings(seen)) {
            if (tracker.observe(code, timestamp))
                actual.append(QString::fromUtf8(code) + u':' + QString::number(timestamp));
        }
        QCOMPARE(actual.join(u' '), reported);
    }

    void observeFrameReportsEachCodeOnceInOrder()
    {
        CodeTracker tracker;
        const QList<QByteArray> first = tracker.observeFrame({"B", "A", "B"}, 0);
        QCOMPARE(first, (QList<QByteArray>{"B", "A"}));
        QVERIFY(tracker.observeFrame({"A", "B"}, 40).isEmpty());
        QCOMPARE(tracker.observeFrame({"A", "C"}, 80), QList<QByteArray>{"C"});
    }

    void memoryIsBounded()
    {
        CodeTracker tracker(1000, 4);
        for (int i = 0; i < 100; ++i)
            QVERIFY(tracker.observe(QByteArray::number(i), i));
        QVERIFY(tracker.trackedCount() <= 4);
        // The most recent codes are still remembered.
        QVERIFY(!tracker.observe("99", 100));
        QVERIFY(!tracker.observe("98", 100));
    }

    void expiredCodesAreForgottenFirst()
    {
        CodeTracker tracker(100, 2);
        tracker.observe("old", 0);
        tracker.observe("recent", 500);
        tracker.observe("new", 550); // "old" is out of the window: it makes room
        QCOMPARE(tracker.trackedCount(), 2);
        QVERIFY(!tracker.observe("recent", 560));
        QVERIFY(!tracker.observe("new", 560));
    }

    void resetForgetsEverything()
    {
        CodeTracker tracker;
        QVERIFY(tracker.observe("A", 0));
        QVERIFY(!tracker.observe("A", 10));
        tracker.reset();
        QCOMPARE(tracker.trackedCount(), 0);
        QVERIFY(tracker.observe("A", 20));
    }

    void binaryCodesAreKeysToo()
    {
        CodeTracker tracker;
        const QByteArray zip("PK\x03\x04\x00\x01", 6);
        const QByteArray other("PK\x03\x04\x00\x02", 6);
        QVERIFY(tracker.observe(zip, 0));
        QVERIFY(tracker.observe(other, 0));
        QVERIFY(!tracker.observe(zip, 40));
    }
};

QTEST_GUILESS_MAIN(TestCodeTracker)
#include "tst_codetracker.moc"
