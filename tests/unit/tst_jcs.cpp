// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// RFC 8785 (JSON Canonicalization Scheme) against the RFC's own examples.
#include "formats/vdsnc/jcs.h"

#include <cstring>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CertDesk;

class TestJcs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    void numbers_data()
    {
        QTest::addColumn<quint64>("bits");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << Q_UINT64_C(0x0000000000000000) << QByteArray("0");
        QTest::newRow("minus zero") << Q_UINT64_C(0x8000000000000000) << QByteArray("0");
        QTest::newRow("min pos") << Q_UINT64_C(0x0000000000000001) << QByteArray("5e-324");
        QTest::newRow("min neg") << Q_UINT64_C(0x8000000000000001) << QByteArray("-5e-324");
        QTest::newRow("max pos") << Q_UINT64_C(0x7fefffffffffffff) << QByteArray("1.7976931348623157e+308");
        QTest::newRow("max neg") << Q_UINT64_C(0xffefffffffffffff) << QByteArray("-1.7976931348623157e+308");
        QTest::newRow("2^53") << Q_UINT64_C(0x4340000000000000) << QByteArray("9007199254740992");
        QTest::newRow("-2^53") << Q_UINT64_C(0xc340000000000000) << QByteArray("-9007199254740992");
        QTest::newRow("2^68") << Q_UINT64_C(0x4430000000000000) << QByteArray("295147905179352830000");
        QTest::newRow("1e23 below") << Q_UINT64_C(0x44b52d02c7e14af5) << QByteArray("9.999999999999997e+22");
        QTest::newRow("1e23") << Q_UINT64_C(0x44b52d02c7e14af6) << QByteArray("1e+23");
        QTest::newRow("1e23 above") << Q_UINT64_C(0x44b52d02c7e14af7) << QByteArray("1.0000000000000001e+23");
        QTest::newRow("1e21 below 2") << Q_UINT64_C(0x444b1ae4d6e2ef4e) << QByteArray("999999999999999700000");
        QTest::newRow("1e21 below 1") << Q_UINT64_C(0x444b1ae4d6e2ef4f) << QByteArray("999999999999999900000");
        QTest::newRow("1e21") << Q_UINT64_C(0x444b1ae4d6e2ef50) << QByteArray("1e+21");
        QTest::newRow("1e-6 below") << Q_UINT64_C(0x3eb0c6f7a0b5ed8c) << QByteArray("9.999999999999997e-7");
        QTest::newRow("1e-6") << Q_UINT64_C(0x3eb0c6f7a0b5ed8d) << QByteArray("0.000001");
        QTest::newRow("third 3") << Q_UINT64_C(0x41b3de4355555553) << QByteArray("333333333.3333332");
        QTest::newRow("third 4") << Q_UINT64_C(0x41b3de4355555554) << QByteArray("333333333.33333325");
        QTest::newRow("third 5") << Q_UINT64_C(0x41b3de4355555555) << QByteArray("333333333.3333333");
        QTest::newRow("third 6") << Q_UINT64_C(0x41b3de4355555556) << QByteArray("333333333.3333334");
        QTest::newRow("third 7") << Q_UINT64_C(0x41b3de4355555557) << QByteArray("333333333.33333343");
        QTest::newRow("small neg") << Q_UINT64_C(0xbecbf647612f3696) << QByteArray("-0.0000033333333333333333");
        QTest::newRow("fraction") << Q_UINT64_C(0x43143ff3c1cb0959) << QByteArray("1424953923781206.2");
    }
    void numbers()
    {
        QFETCH(quint64, bits);
        QFETCH(QByteArray, expected);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        QCOMPARE(Jcs::formatNumber(value), expected);
    }

    void nonFiniteHasNoForm()
    {
        QVERIFY(Jcs::formatNumber(std::numeric_limits<double>::quiet_NaN()).isEmpty());
        QVERIFY(Jcs::formatNumber(std::numeric_limits<double>::infinity()).isEmpty());
    }

    // RFC 8785 §3.2.2 (primitive values, string escaping) and §3.2.3 (sorting), and the
    // integers QJsonDocument keeps as qint64.
    void documents_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("rfc8785 3.2.2")
            << QByteArray(R"({
  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
})")
            << QByteArray("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                          "\"string\":\"\xE2\x82\xAC$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
        QTest::newRow("rfc8785 3.2.3")
            << QByteArray(R"({
  "\u20ac": "Euro Sign",
  "\r": "Carriage Return",
  "\ufb33": "Hebrew Letter Dalet With Dagesh",
  "1": "One",
  "\ud83d\ude00": "Emoji: Grinning Face",
  "\u0080": "Control",
  "\u00f6": "Latin Small Letter O With Diaeresis"
})")
            << QByteArray("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xC2\x80\":\"Control\","
                          "\"\xC3\xB6\":\"Latin Small Letter O With Diaeresis\",\"\xE2\x82\xAC\":\"Euro Sign\","
                          "\"\xF0\x9F\x98\x80\":\"Emoji: Grinning Face\",\"\xEF\xAC\xB3\":\"Hebrew Letter Dalet With "
                          "Dagesh\"}");
        QTest::newRow("nested and integers") << QByteArray(R"({"b":[{"z":1,"a":-0},[]],"a":{},"c":9007199254740993})")
                                             << QByteArray(R"({"a":{},"b":[{"a":0,"z":1},[]],"c":9007199254740992})");
        QTest::newRow("control characters")
            << QByteArray(R"(["\u0000\u001f\b\t\f\u007f/"])") << QByteArray("[\"\\u0000\\u001f\\b\\t\\f\x7f/\"]");
    }
    void documents()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(input, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        QCOMPARE(Jcs::canonicalize(value), expected);
    }
};

QTEST_APPLESS_MAIN(TestJcs)
#include "tst_jcs.moc"
