// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "scan/wedgedetector.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

using Times = QList<qint64>;

namespace {

// Key times for @p count characters, @p interval apart, from @p start.
Times evenly(int count, qint64 interval, qint64 start = 1000)
{
    Times times;
    for (int i = 0; i < count; ++i)
        times.append(start + i * interval);
    return times;
}

// Bluetooth HID: keys arrive in batches of @p batch at once, batches @p pause apart.
Times batched(int count, int batch, qint64 pause)
{
    Times times;
    for (int i = 0; i < count; ++i)
        times.append(1000 + (i / batch) * pause);
    return times;
}

// A person: irregular intervals between 90 and 250 ms.
Times human(int count)
{
    Times times;
    qint64 time = 1000;
    for (int i = 0; i < count; ++i) {
        times.append(time);
        time += 90 + (i * 37) % 160;
    }
    return times;
}

WedgeResult type(WedgeDetector &detector, const QString &text, const Times &times, qint64 enterDelay)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        detector.keyPressed(text.at(i), times.at(i));
    return detector.enterPressed((times.isEmpty() ? 1000 : times.last()) + enterDelay);
}

const QString hc1 = u"HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH"_s;

} // namespace

class TestWedgeDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Times>("times");
        QTest::addColumn<qint64>("enterDelay");
        QTest::addColumn<WedgeVerdict>("verdict");

        QTest::newRow("USB scanner, 4 ms a key") << hc1 << evenly(hc1.size(), 4) << qint64(4) << WedgeVerdict::Scanner;
        QTest::newRow("all keys in one millisecond") << hc1 << evenly(hc1.size(), 0) << qint64(0)
                                                     << WedgeVerdict::Scanner;
        QTest::newRow("slow scanner, 25 ms a key") << hc1 << evenly(hc1.size(), 25) << qint64(25)
                                                   << WedgeVerdict::Scanner;
        QTest::newRow("30 ms a key is the limit") << hc1 << evenly(hc1.size(), 30) << qint64(30)
                                                  << WedgeVerdict::Scanner;
        QTest::newRow("35 ms a key is too slow") << hc1 << evenly(hc1.size(), 35) << qint64(35) << WedgeVerdict::Human;
        QTest::newRow("Bluetooth batches") << hc1 << batched(hc1.size(), 6, 60) << qint64(20) << WedgeVerdict::Scanner;
        QTest::newRow("eight characters are enough") << u"12345678"_s << evenly(8, 5) << qint64(5)
                                                     << WedgeVerdict::Scanner;
        QTest::newRow("seven are not") << u"1234567"_s << evenly(7, 5) << qint64(5) << WedgeVerdict::Human;
        QTest::newRow("person typing") << hc1 << human(hc1.size()) << qint64(200) << WedgeVerdict::Human;
        QTest::newRow("fast rollover of three keys") << u"the"_s << evenly(3, 10) << qint64(150)
                                                     << WedgeVerdict::Human;
        QTest::newRow("Enter long after a fast burst") << hc1 << evenly(hc1.size(), 4) << qint64(400)
                                                       << WedgeVerdict::Human;
        QTest::newRow("held key with fast auto-repeat") << QString(40, u'a') << evenly(40, 20) << qint64(20)
                                                        << WedgeVerdict::Human;
        QTest::newRow("pause inside splits the burst")
            << u"1234567890abc"_s << (evenly(10, 5) + evenly(3, 5, 2000)) << qint64(5) << WedgeVerdict::Human;
        QTest::newRow("Enter alone") << QString() << Times() << qint64(0) << WedgeVerdict::Empty;
    }

    void verdict()
    {
        QFETCH(QString, text);
        QFETCH(Times, times);
        QFETCH(qint64, enterDelay);
        QFETCH(WedgeVerdict, verdict);

        WedgeDetector detector;
        const WedgeResult result = type(detector, text, times, enterDelay);
        QCOMPARE(result.verdict, verdict);
        if (verdict != WedgeVerdict::Empty)
            QCOMPARE(result.text, text);
    }

    void handTypedPrefixIsSeparated()
    {
        WedgeDetector detector;
        const Times prefix = human(3);
        const Times scan = evenly(hc1.size(), 3, prefix.last() + 1500);
        const WedgeResult result = type(detector, u"abc"_s + hc1, prefix + scan, 3);
        QCOMPARE(result.verdict, WedgeVerdict::Scanner);
        QCOMPARE(result.text, hc1);
        QCOMPARE(result.typedBefore, u"abc"_s);
        QCOMPARE(result.meanIntervalMs, 3.0);
    }

    void scanInProgressBeforeEnter()
    {
        WedgeDetector detector;
        for (int i = 0; i < 7; ++i)
            detector.keyPressed(hc1.at(i), 1000 + i * 5);
        QVERIFY(!detector.scanInProgress(1035));
        detector.keyPressed(hc1.at(7), 1035);
        QVERIFY(detector.scanInProgress(1040));
        QVERIFY(!detector.scanInProgress(1035 + 1000)); // the burst is over
    }

    void eachEnterStartsAfresh()
    {
        WedgeDetector detector;
        QCOMPARE(type(detector, hc1, evenly(hc1.size(), 2), 2).verdict, WedgeVerdict::Scanner);
        QCOMPARE(type(detector, u"hello"_s, human(5), 100).verdict, WedgeVerdict::Human);
        QCOMPARE(type(detector, hc1, evenly(hc1.size(), 2, 90'000), 2).verdict, WedgeVerdict::Scanner);
    }

    void thresholdsAreConfigurable()
    {
        WedgeDetector::Thresholds thresholds;
        thresholds.minLength = 20;
        thresholds.maxMeanIntervalMs = 10;
        WedgeDetector detector(thresholds);
        QCOMPARE(type(detector, u"12345678"_s, evenly(8, 2), 2).verdict, WedgeVerdict::Human);
        QCOMPARE(type(detector, hc1, evenly(hc1.size(), 15), 2).verdict, WedgeVerdict::Human);
        QCOMPARE(type(detector, hc1, evenly(hc1.size(), 8), 2).verdict, WedgeVerdict::Scanner);
    }

    void inputIsBounded()
    {
        WedgeDetector::Thresholds thresholds;
        thresholds.maxLength = 100;
        WedgeDetector detector(thresholds);
        const QString flood(500, u'7');
        QCOMPARE(type(detector, flood, evenly(500, 1), 1).verdict, WedgeVerdict::TooLong);
        QCOMPARE(type(detector, hc1, evenly(hc1.size(), 2), 2).verdict, WedgeVerdict::Scanner);
    }

    void resetForgetsTyping()
    {
        WedgeDetector detector;
        for (int i = 0; i < 5; ++i)
            detector.keyPressed(u'x', 1000 + i * 200);
        detector.reset();
        QCOMPARE(detector.enterPressed(2000).verdict, WedgeVerdict::Empty);
    }
};

QTEST_GUILESS_MAIN(TestWedgeDetector)
#include "tst_wedgedetector.moc"
