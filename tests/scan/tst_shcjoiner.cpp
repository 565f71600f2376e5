// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <QTest>

#include "scan/shcjoiner.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

using Statuses = QList<ShcChunkStatus>;

class TestShcJoiner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void add_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<Statuses>("statuses");
        QTest::addColumn<QString>("joined");

        using S = ShcChunkStatus;
        QTest::newRow("three parts in order") << QStringList{u"shc:/1/3/5676"_s, u"shc:/2/3/2900"_s, u"shc:/3/3/41"_s}
                                              << Statuses{S::Stored, S::Stored, S::Complete} << u"shc:/5676290041"_s;
        QTest::newRow("out of order") << QStringList{u"shc:/3/3/41"_s, u"shc:/1/3/5676"_s, u"shc:/2/3/2900"_s}
                                      << Statuses{S::Stored, S::Stored, S::Complete} << u"shc:/5676290041"_s;
        QTest::newRow("a part seen in many frames")
            << QStringList{u"shc:/1/2/56"_s, u"shc:/1/2/56"_s, u"shc:/1/2/56"_s, u"shc:/2/2/78"_s}
            << Statuses{S::Stored, S::Duplicate, S::Duplicate, S::Complete} << u"shc:/5678"_s;
        QTest::newRow("single part") << QStringList{u"shc:/1/1/1234"_s} << Statuses{S::Complete} << u"shc:/1234"_s;
        QTest::newRow("upper-case prefix") << QStringList{u"SHC:/1/2/12"_s, u"Shc:/2/2/34"_s}
                                           << Statuses{S::Stored, S::Complete} << u"shc:/1234"_s;
        QTest::newRow("conflict starts a new set")
            << QStringList{u"shc:/1/2/11"_s, u"shc:/1/2/99"_s, u"shc:/2/2/22"_s}
            << Statuses{S::Stored, S::Conflict, S::Complete} << u"shc:/9922"_s;
        QTest::newRow("sets with different N are separate")
            << QStringList{u"shc:/1/2/11"_s, u"shc:/1/3/44"_s, u"shc:/2/2/22"_s}
            << Statuses{S::Stored, S::Stored, S::Complete} << u"shc:/1122"_s;
        QTest::newRow("whole card is not a chunk") << QStringList{u"shc:/567629"_s} << Statuses{S::NotChunk}
                                                   << QString();
        QTest::newRow("other codes are not chunks") << QStringList{u"HC1:NCF1234"_s, u"https://example.org/1/2/3"_s}
                                                    << Statuses{S::NotChunk, S::NotChunk} << QString();
        QTest::newRow("index zero") << QStringList{u"shc:/0/2/12"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("index above total") << QStringList{u"shc:/3/2/12"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("odd digit count") << QStringList{u"shc:/1/2/123"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("not digits") << QStringList{u"shc:/1/2/12ab"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("empty data") << QStringList{u"shc:/1/2/"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("signed index") << QStringList{u"shc:/+1/2/12"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("one slash only") << QStringList{u"shc:/1/1234"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("huge index") << QStringList{u"shc:/1/99999999999/12"_s} << Statuses{S::Invalid} << QString();
        QTest::newRow("more parts than allowed") << QStringList{u"shc:/1/17/12"_s} << Statuses{S::TooLarge}
                                                 << QString();
        QTest::newRow("part longer than a QR code holds")
            << QStringList{u"shc:/1/2/"_s + QString(7090, u'1')} << Statuses{S::TooLarge} << QString();
    }

    void add()
    {
        QFETCH(QStringList, texts);
        QFETCH(Statuses, statuses);
        QFETCH(QString, joined);

        ShcJoiner joiner;
        QString lastJoined;
        Statuses actual;
        qint64 time = 0;
        for (const QString &text : std::as_const(texts)) {
            const ShcJoinResult result = joiner.add(text, time += 40);
            actual.append(result.status);
            if (result.status == ShcChunkStatus::Complete)
                lastJoined = result.joined;
        }
        QCOMPARE(actual, statuses);
        QCOMPARE(lastJoined, joined);
    }

    void reportsMissingParts()
    {
        ShcJoiner joiner;
        const ShcJoinResult second = joiner.add(u"shc:/2/4/22"_s, 100);
        QCOMPARE(second.missing, (QList<int>{1, 3, 4}));
        joiner.add(u"shc:/4/4/44"_s, 200);
        joiner.add(u"shc:/1/2/11"_s, 300);

        const QList<ShcIncompleteSet> sets = joiner.incomplete();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets.at(0).total, 2);
        QCOMPARE(sets.at(0).present, QList<int>{1});
        QCOMPARE(sets.at(0).missing, QList<int>{2});
        QCOMPARE(sets.at(1).total, 4);
        QCOMPARE(sets.at(1).present, (QList<int>{2, 4}));
        QCOMPARE(sets.at(1).missing, (QList<int>{1, 3}));
        QCOMPARE(sets.at(1).firstSeenMs, 100);
        QCOMPARE(sets.at(1).lastSeenMs, 200);
    }

    void completedSetsAreForgotten()
    {
        ShcJoiner joiner;
        joiner.add(u"shc:/1/2/11"_s, 0);
        QCOMPARE(joiner.add(u"shc:/2/2/22"_s, 10).status, ShcChunkStatus::Complete);
        QVERIFY(joiner.incomplete().isEmpty());
        // The same card scanned again is joined again.
        QCOMPARE(joiner.add(u"shc:/2/2/22"_s, 20).status, ShcChunkStatus::Stored);
        QCOMPARE(joiner.add(u"shc:/1/2/11"_s, 30).status, ShcChunkStatus::Complete);
    }

    void partsExpire()
    {
        ShcJoiner::Limits limits;
        limits.expireAfterMs = 1000;
        ShcJoiner joiner(limits);
        joiner.add(u"shc:/1/2/11"_s, 0);
        // Too late: part 1 is gone, part 2 waits alone.
        const ShcJoinResult late = joiner.add(u"shc:/2/2/22"_s, 1500);
        QCOMPARE(late.status, ShcChunkStatus::Stored);
        QCOMPARE(late.missing, QList<int>{1});
        joiner.expire(5000);
        QVERIFY(joiner.incomplete().isEmpty());
    }

    void memoryIsBounded()
    {
        ShcJoiner::Limits limits;
        limits.maxParts = 4;
        limits.maxDigitsPerPart = 10;
        ShcJoiner joiner(limits);
        for (int total = 1; total <= 40; ++total) {
            for (int index = 1; index < total; ++index)
                joiner.add(u"shc:/%1/%2/1234"_s.arg(index).arg(total), index);
        }
        QVERIFY(joiner.incomplete().size() <= limits.maxParts);
        QCOMPARE(joiner.add(u"shc:/1/2/123456789012"_s, 50).status, ShcChunkStatus::TooLarge);
    }

    void isChunk()
    {
        QVERIFY(ShcJoiner::isChunk(u"shc:/1/2/12"_s));
        QVERIFY(ShcJoiner::isChunk(u"shc:/0/2/12"_s)); // chunk form, invalid content
        QVERIFY(!ShcJoiner::isChunk(u"shc:/1234"_s));
        QVERIFY(!ShcJoiner::isChunk(u"HC1:ABC"_s));
    }
};

QTEST_GUILESS_MAIN(TestShcJoiner)
#include "tst_shcjoiner.moc"
