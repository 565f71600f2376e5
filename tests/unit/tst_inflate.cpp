// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "codec/inflate.h"
#include "verify/limits.h"

#include <QTest>

using namespace CertDesk;

class TestInflate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<int>("level");
        QTest::newRow("empty") << QByteArray() << 9;
        QTest::newRow("text") << QByteArray("hello, station") << 9;
        QTest::newRow("stored-blocks") << QByteArray(3000, 'x') << 0;
        QTest::newRow("exactly-64KiB") << QByteArray(Limits::kMaxInflatedBytes, '\0') << 9;
        QTest::newRow("exactly-64KiB-stored") << QByteArray(Limits::kMaxInflatedBytes, 'a') << 0;
    }
    void accepts()
    {
        QFETCH(QByteArray, plain);
        QFETCH(int, level);
        const auto out = Inflate::inflate(Inflate::deflate(plain, level), Limits::kMaxInflatedBytes);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.reason().detail));
        QCOMPARE(*out, plain);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<ReasonCode>("code");
        const QByteArray good = Inflate::deflate(QByteArray("a certificate payload, long enough to matter"));
        QByteArray badAdler = good;
        badAdler[badAdler.size() - 1] = char(badAdler.at(badAdler.size() - 1) ^ 1);
        QByteArray badHeader = good;
        badHeader[1] = 0;
        QTest::newRow("empty") << QByteArray() << ReasonCode::DecodeCompression;
        QTest::newRow("truncated") << good.left(good.size() - 6) << ReasonCode::DecodeCompression;
        QTest::newRow("bad-adler32") << badAdler << ReasonCode::DecodeCompression;
        QTest::newRow("bad-header") << badHeader << ReasonCode::DecodeCompression;
        QTest::newRow("trailing-bytes") << good + "xx" << ReasonCode::DecodeCompression;
        QTest::newRow("raw-deflate-not-zlib") << Inflate::deflate("abc", 9, Inflate::Container::Raw) << ReasonCode::DecodeCompression;
        QTest::newRow("not-compressed") << QByteArray("\xd2\x84\x43\xa1\x01\x26") << ReasonCode::DecodeCompression;
        QTest::newRow("64KiB-plus-1") << Inflate::deflate(QByteArray(Limits::kMaxInflatedBytes + 1, '\0')) << ReasonCode::TooLarge;
        QTest::newRow("bomb-1MiB") << Inflate::deflate(QByteArray(1024 * 1024, '\0')) << ReasonCode::TooLarge;
    }
    void rejects()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(ReasonCode, code);
        const auto out = Inflate::inflate(compressed, Limits::kMaxInflatedBytes);
        QVERIFY(!out.ok());
        QCOMPARE(out.reason().code, code);
    }

    void rawDeflate()
    {
        const QByteArray plain("{\"zip\":\"DEF\"}");
        const auto out = Inflate::inflate(Inflate::deflate(plain, 9, Inflate::Container::Raw), 1024, Inflate::Container::Raw);
        QVERIFY(out.ok());
        QCOMPARE(*out, plain);
    }
};

QTEST_APPLESS_MAIN(TestInflate)
#include "tst_inflate.moc"
