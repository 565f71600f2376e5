// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "codec/base45.h"

#include <QTest>

using namespace CertDesk;

class TestBase45 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("bytes");
        // RFC 9285 §4.3 examples.
        QTest::newRow("rfc-AB") << QByteArray("BB8") << QByteArray("AB");
        QTest::newRow("rfc-Hello!!") << QByteArray("%69 VD92EX0") << QByteArray("Hello!!");
        QTest::newRow("rfc-base-45") << QByteArray("UJCLQE7W581") << QByteArray("base-45");
        QTest::newRow("rfc-ietf!") << QByteArray("QED8WEX0") << QByteArray("ietf!");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("max-triplet") << QByteArray("FGW") << QByteArray("\xff\xff");
        QTest::newRow("max-pair") << QByteArray("U5") << QByteArray("\xff");
    }
    void decode()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, bytes);
        const auto decoded = Base45::decode(text);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.reason().detail));
        QCOMPARE(*decoded, bytes);
        QCOMPARE(Base45::encode(bytes), text);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("length-1-mod-3") << QByteArray("BB8A");
        QTest::newRow("single-char") << QByteArray("A");
        QTest::newRow("lowercase") << QByteArray("bb8");
        QTest::newRow("hash-sign") << QByteArray("BB#");
        QTest::newRow("triplet-overflow") << QByteArray(":::");
        QTest::newRow("triplet-65536") << QByteArray("GGW");
        QTest::newRow("pair-overflow") << QByteArray("::");
        QTest::newRow("nul-byte") << QByteArray("BB\0", 3);
        QTest::newRow("non-ascii") << QByteArray("BB\xc3");
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        const auto decoded = Base45::decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.reason().code, ReasonCode::DecodeBase45);
    }

    void roundTrip()
    {
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        for (qsizetype n = 0; n <= all.size(); n += 17) {
            const QByteArray chunk = all.left(n);
            QCOMPARE(*Base45::decode(Base45::encode(chunk)), chunk);
        }
    }
};

QTEST_APPLESS_MAIN(TestBase45)
#include "tst_base45.moc"
