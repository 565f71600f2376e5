// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cose/cosesign1.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace CertDesk;

namespace {

QByteArray protectedHeader(const QCborMap &map)
{
    return map.toCborValue().toCbor();
}

const QByteArray kKid("\x01\x02\x03\x04\x05\x06\x07\x08", 8);

QByteArray cose(const QCborValue &protectedBytes, const QCborValue &unprotected, const QCborValue &payload,
                const QCborValue &signature, int tag = 18, int outerTag = -1, int elements = 4)
{
    QCborArray array{protectedBytes, unprotected, payload, signature};
    while (array.size() > elements)
        array.removeLast();
    while (array.size() < elements)
        array.append(QByteArray());
    QCborValue value(array);
    if (tag >= 0)
        value = QCborValue(QCborTag(tag), array);
    if (outerTag >= 0)
        value = QCborValue(QCborTag(outerTag), value);
    return value.toCbor();
}

} // namespace

class TestCoseSign1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<ReasonCode>("code");
        const int strict = int(CoseHeaderRule::ProtectedOnly);
        const int lenient = int(CoseHeaderRule::ProtectedThenUnprotected);
        const QByteArray both = protectedHeader(QCborMap{{1, -7}, {4, kKid}});
        const QByteArray algOnly = protectedHeader(QCborMap{{1, -7}});
        const QCborMap kidMap{{4, kKid}};
        const auto none = ReasonCode::NotACertificate;
        QTest::newRow("tag18") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s")) << strict << true << none;
        QTest::newRow("untagged") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s"), -1) << strict << true << none;
        QTest::newRow("tag61-tag18") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s"), 18, 61) << strict << true << none;
        QTest::newRow("hcert-kid-unprotected") << cose(algOnly, kidMap, QByteArray("p"), QByteArray("s")) << lenient << true << none;
        QTest::newRow("ithc-kid-unprotected") << cose(algOnly, kidMap, QByteArray("p"), QByteArray("s")) << strict << false << ReasonCode::DecodeCose;
        QTest::newRow("ithc-unprotected-not-empty") << cose(both, kidMap, QByteArray("p"), QByteArray("s")) << strict << false << ReasonCode::DecodeCose;
        QTest::newRow("tag17") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s"), 17) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("tag61-untagged") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s"), -1, 61) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("three-elements") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s"), 18, -1, 3) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("five-elements") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s"), 18, -1, 5) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("map-not-array") << QCborMap{{1, 2}}.toCborValue().toCbor() << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("protected-bare-map") << cose(QCborMap{{1, -7}, {4, kKid}}, QCborMap(), QByteArray("p"), QByteArray("s")) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("protected-not-cbor") << cose(QByteArray("\xa1"), QCborMap(), QByteArray("p"), QByteArray("s")) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("payload-nil") << cose(both, QCborMap(), QCborValue(nullptr), QByteArray("s")) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("signature-text") << cose(both, QCborMap(), QByteArray("p"), QStringLiteral("s")) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("no-alg") << cose(protectedHeader(QCborMap{{4, kKid}}), QCborMap(), QByteArray("p"), QByteArray("s")) << lenient << false << ReasonCode::DecodeCose;
        QTest::newRow("empty-protected") << cose(QByteArray(), QCborMap(), QByteArray("p"), QByteArray("s")) << strict << false << ReasonCode::DecodeCose;
        QTest::newRow("kid-text") << cose(protectedHeader(QCborMap{{1, -7}, {4, QStringLiteral("k")}}), QCborMap(), QByteArray("p"), QByteArray("s")) << strict << false << ReasonCode::DecodeCose;
        QTest::newRow("not-cbor") << QByteArray("\x9c") << strict << false << ReasonCode::DecodeCbor;
        QTest::newRow("trailing") << cose(both, QCborMap(), QByteArray("p"), QByteArray("s")) + '\0' << strict << false << ReasonCode::DecodeCbor;
    }
    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, rule);
        QFETCH(bool, ok);
        QFETCH(ReasonCode, code);
        const auto result = parseCoseSign1(data, CoseHeaderRule(rule));
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(result->kid, kKid);
            QCOMPARE(result->algorithm.value_or(0), -7);
            QCOMPARE(result->payload, QByteArray("p"));
        } else {
            QCOMPARE(result.reason().code, code);
        }
    }

    void protectedKidWins()
    {
        // HCERT: a kid in the protected header is used even when the unprotected
        // one differs: never fall back.
        const QByteArray other("\x09\x09\x09\x09\x09\x09\x09\x09", 8);
        const auto result = parseCoseSign1(cose(protectedHeader(QCborMap{{1, -7}, {4, kKid}}), QCborMap{{4, other}},
                                                QByteArray("p"), QByteArray("s")),
                                           CoseHeaderRule::ProtectedThenUnprotected);
        QVERIFY(result.ok());
        QCOMPARE(result->kid, kKid);
    }

    void toBeSigned()
    {
        CoseSign1 c;
        c.protectedBytes = QByteArray::fromHex("a10126");
        c.payload = "payload";
        // ["Signature1", h'a10126', h'', h'7061796c6f6164']
        QCOMPARE(c.toBeSigned().toHex(), QByteArray("846a5369676e61747572653143a1012640477061796c6f6164"));
    }
};

QTEST_APPLESS_MAIN(TestCoseSign1)
#include "tst_cosesign1.moc"
