// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cose/cborvalidator.h"

#include <QTest>

using namespace CertDesk;

class TestCbor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("hex");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<ReasonCode>("code");
        const auto ok = ReasonCode::NotACertificate; // unused when ok
        QTest::newRow("uint") << QByteArray("1864") << true << ok;
        QTest::newRow("map") << QByteArray("a201020304") << true << ok;
        QTest::newRow("indefinite-array") << QByteArray("9f0102ff") << true << ok;
        QTest::newRow("indefinite-string") << QByteArray("7f6161626262ff") << true << ok;
        QTest::newRow("tag0-date") << QByteArray("c074323032312d30362d30315431303a30303a30305a") << true << ok;
        QTest::newRow("float16") << QByteArray("f93c00") << true << ok;
        QTest::newRow("depth-16") << QByteArray(16, '\0').replace('\0', "81") + "00" << true << ok;
        QTest::newRow("empty") << QByteArray() << false << ReasonCode::DecodeCbor;
        QTest::newRow("truncated-map") << QByteArray("a20102") << false << ReasonCode::DecodeCbor;
        QTest::newRow("reserved-ai-28") << QByteArray("9c") << false << ReasonCode::DecodeCbor;
        QTest::newRow("trailing-bytes") << QByteArray("0102") << false << ReasonCode::DecodeCbor;
        QTest::newRow("duplicate-int-key") << QByteArray("a201020103") << false << ReasonCode::DecodeCbor;
        QTest::newRow("duplicate-int-key-wide") << QByteArray("a20102180103") << false << ReasonCode::DecodeCbor;
        QTest::newRow("duplicate-text-key") << QByteArray("a2616101616102") << false << ReasonCode::DecodeCbor;
        QTest::newRow("duplicate-text-key-chunked") << QByteArray("a26161017f6161ff02") << false << ReasonCode::DecodeCbor;
        QTest::newRow("distinct-text-and-bytes-key") << QByteArray("a2616101416102") << true << ok;
        QTest::newRow("key-longer-than-data") << QByteArray("a17bffffffffffffffff01") << false << ReasonCode::DecodeCbor;
        QTest::newRow("duplicate-key-nested") << QByteArray("81a201020103") << false << ReasonCode::DecodeCbor;
        QTest::newRow("break-outside") << QByteArray("ff") << false << ReasonCode::DecodeCbor;
        QTest::newRow("bad-utf8") << QByteArray("62c328") << false << ReasonCode::DecodeCbor;
        QTest::newRow("depth-17") << QByteArray(17, '\0').replace('\0', "81") + "00" << false << ReasonCode::TooLarge;
        QTest::newRow("depth-17-in-map") << QByteArray(17, '\0').replace('\0', "a101") + "00" << false << ReasonCode::TooLarge;
        QTest::newRow("huge-length") << QByteArray("5bffffffffffffffff") << false << ReasonCode::DecodeCbor;
    }
    void parse()
    {
        QFETCH(QByteArray, hex);
        QFETCH(bool, ok);
        QFETCH(ReasonCode, code);
        const auto result = Cbor::parse(QByteArray::fromHex(hex));
        QCOMPARE(result.ok(), ok);
        if (!ok)
            QCOMPARE(result.reason().code, code);
    }

    void tooManyItems()
    {
        QByteArray data("\x9a\x00\x01\x00\x00", 5); // array of 65536 items
        data.append(QByteArray(65536, '\0'));
        const auto result = Cbor::parse(data);
        QVERIFY(!result.ok());
        QCOMPARE(result.reason().code, ReasonCode::TooLarge);
    }
};

QTEST_APPLESS_MAIN(TestCbor)
#include "tst_cbor.moc"
