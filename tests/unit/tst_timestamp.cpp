// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "time/timestamp.h"

#include <QTest>

using namespace CertDesk;

class TestTimestamp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("millis"); // -1: rejected
        QTest::newRow("utc") << QStringLiteral("2021-06-01T10:00:00Z") << qint64(1622541600000);
        QTest::newRow("offset") << QStringLiteral("2024-03-15T12:46:00.250+08:00") << qint64(1710477960250);
        QTest::newRow("negative-offset") << QStringLiteral("2021-06-01T05:00:00-05:00") << qint64(1622541600000);
        QTest::newRow("fraction-long") << QStringLiteral("2021-06-01T10:00:00.123456Z") << qint64(1622541600123);
        QTest::newRow("space") << QStringLiteral("2021-06-01 10:00:00Z") << qint64(1622541600000);
        QTest::newRow("no-offset") << QStringLiteral("2021-06-01T10:00:00") << qint64(-1);
        QTest::newRow("feb-30") << QStringLiteral("2021-02-30T10:00:00Z") << qint64(-1);
        QTest::newRow("hour-24") << QStringLiteral("2021-06-01T24:00:00Z") << qint64(-1);
        QTest::newRow("trailing") << QStringLiteral("2021-06-01T10:00:00Zx") << qint64(-1);
        QTest::newRow("empty-fraction") << QStringLiteral("2021-06-01T10:00:00.Z") << qint64(-1);
        QTest::newRow("date-only") << QStringLiteral("2021-06-01") << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, millis);
        const auto parsed = Timestamp::parseRfc3339(text);
        if (millis < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, millis);
        }
    }

    void partialDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("year") << QStringLiteral("1990") << true;
        QTest::newRow("year-month") << QStringLiteral("1990-02") << true;
        QTest::newRow("full") << QStringLiteral("1990-02-28") << true;
        QTest::newRow("feb-30") << QStringLiteral("1990-02-30") << false;
        QTest::newRow("month-13") << QStringLiteral("1990-13") << false;
        QTest::newRow("unpadded") << QStringLiteral("2021-8-2") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void partialDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(Timestamp::parsePartialDate(text).has_value(), ok);
    }

    void format()
    {
        QCOMPARE(Timestamp::formatRfc3339(1622541600000), QStringLiteral("2021-06-01T10:00:00Z"));
        QCOMPARE(Timestamp::formatRfc3339(1622541600250), QStringLiteral("2021-06-01T10:00:00.250Z"));
    }
};

QTEST_APPLESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
