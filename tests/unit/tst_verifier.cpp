// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "specimen.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <QCborArray>
#include <QJsonArray>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kIat = 1710400000; // 2024-03-14T07:06:40Z
constexpr qint64 kExp = kIat + 14 * 86400;
constexpr Timestamp::Millis kAt = (kIat + 3600) * 1000;

const QList<QByteArray> kEkuVaccination{"1.3.6.1.4.1.1847.2021.1.2"};
const QList<QByteArray> kEkuTestMistyped{"1.3.6.1.4.1.0.1847.2021.1.1"};

struct Fixture
{
    SpecimenSigner es256 = SpecimenSigner::make(KeyType::P256);
    SpecimenSigner sm2 = SpecimenSigner::make(KeyType::Sm2);
    SpecimenSigner rsa = SpecimenSigner::make(KeyType::Rsa2048);
    SpecimenSigner untrusted = SpecimenSigner::make(KeyType::P256);
    SpecimenSigner retired = SpecimenSigner::make(KeyType::P256, 1500000000, 1600000000);
    SpecimenSigner vaccinationOnly = SpecimenSigner::make(KeyType::P256, 1600000000, 2000000000, kEkuVaccination);
    SpecimenSigner testOnly = SpecimenSigner::make(KeyType::P256, 1600000000, 2000000000, kEkuTestMistyped);
    std::shared_ptr<TrustStore> store = std::make_shared<TrustStore>();

    Fixture()
    {
        for (const SpecimenSigner *s : {&es256, &sm2, &rsa, &retired, &vaccinationOnly, &testOnly}) {
            auto signer = makeTrustedSigner(s->certificateDer, TrustSourceKind::CertificateFile, QStringLiteral("test"));
            store->add(std::make_shared<const TrustedSigner>(*signer));
        }
    }

    static Fixture &instance()
    {
        static Fixture fixture;
        return fixture;
    }
};

CoseBuilder builder(const SpecimenSigner &signer, qint64 alg, const QCborMap &claims)
{
    CoseBuilder b;
    b.protectedHeader = QCborMap{{1, alg}, {4, signer.kid()}};
    b.payload = claims.toCborValue().toCbor();
    return b;
}

QCborMap withCertificateField(QCborMap claims, const QString &key, const QCborValue &value)
{
    QCborMap container = claims.value(-65537).toMap();
    QCborMap certificate = container.value(1).toMap();
    if (value.isUndefined())
        certificate.remove(key);
    else
        certificate.insert(key, value);
    container.insert(1, certificate);
    claims.insert(-65537, container);
    return claims;
}

} // namespace

class TestVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data()
    {
        QTest::addColumn<QByteArray>("qrText");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("firstReason");

        Fixture &f = Fixture::instance();
        const QCborMap ithc = ithcClaims(kIat, kExp);
        const QCborMap dcc = dccVaccinationClaims(kIat, kExp);
        const QByteArray ithcPrefix("ITHC1:");
        const QByteArray hc1("HC1:");
        auto ithcText = [&](const SpecimenSigner &s, qint64 alg, const QCborMap &claims, SignatureAlgorithm a) {
            return builder(s, alg, claims).qrText(ithcPrefix, s, a);
        };
        const QByteArray valid = ithcText(f.es256, -7, ithc, SignatureAlgorithm::Es256);

        QTest::newRow("valid-es256") << valid << kAt << u"valid"_qs << QString();
        QTest::newRow("valid-sm2") << ithcText(f.sm2, -65537, ithc, SignatureAlgorithm::Sm2Sm3) << kAt << u"valid"_qs << QString();
        QTest::newRow("valid-trailing-crlf") << valid + "\r\n" << kAt << u"valid"_qs << QString();
        QTest::newRow("valid-dcc-es256") << builder(f.es256, -7, dcc).qrText(hc1, f.es256, SignatureAlgorithm::Es256) << kAt << u"valid"_qs << QString();
        QTest::newRow("valid-dcc-ps256") << builder(f.rsa, -37, dcc).qrText(hc1, f.rsa, SignatureAlgorithm::Ps256) << kAt << u"valid"_qs << QString();
        QTest::newRow("valid-dcc-eku-vaccination") << builder(f.vaccinationOnly, -7, dcc).qrText(hc1, f.vaccinationOnly, SignatureAlgorithm::Es256) << kAt << u"valid"_qs << QString();
        QTest::newRow("valid-dcc-at-exact-exp") << builder(f.es256, -7, dcc).qrText(hc1, f.es256, SignatureAlgorithm::Es256) << kExp * 1000 << u"valid"_qs << QString();
        QTest::newRow("valid-within-skew") << valid << (kIat - 299) * 1000 << u"valid"_qs << QString();

        QTest::newRow("not_a_certificate") << QByteArray("hello") << kAt << u"unreadable"_qs << u"not_a_certificate"_qs;
        QTest::newRow("not_a_certificate-lowercase-prefix") << QByteArray("ithc1:") + valid.mid(6) << kAt << u"unreadable"_qs << u"not_a_certificate"_qs;
        QTest::newRow("decode_base45") << QByteArray("ITHC1:AB#") << kAt << u"unreadable"_qs << u"decode_base45"_qs;
        QTest::newRow("decode_compression") << QByteArray("ITHC1:") + Base45::encode("not zlib at all") << kAt << u"unreadable"_qs << u"decode_compression"_qs;
        QTest::newRow("too_large-text") << QByteArray("ITHC1:") + QByteArray(4291, 'A') << kAt << u"unreadable"_qs << u"too_large"_qs;
        QTest::newRow("too_large-inflated") << QByteArray("ITHC1:") + Base45::encode(Inflate::deflate(QByteArray(70000, '\0'))) << kAt << u"unreadable"_qs << u"too_large"_qs;
        QTest::newRow("decode_cbor") << QByteArray("ITHC1:") + Base45::encode(Inflate::deflate("\x9c")) << kAt << u"unreadable"_qs << u"decode_cbor"_qs;
        QTest::newRow("decode_cose") << QByteArray("ITHC1:") + Base45::encode(Inflate::deflate(QCborMap{{1, 2}}.toCborValue().toCbor())) << kAt << u"unreadable"_qs << u"decode_cose"_qs;
        {
            CoseBuilder uncompressed = builder(f.es256, -7, dcc);
            uncompressed.compress = false;
            QTest::newRow("decode_compression-dcc-uncompressed") << uncompressed.qrText(hc1, f.es256, SignatureAlgorithm::Es256) << kAt << u"unreadable"_qs << u"decode_compression"_qs;
        }
        QTest::newRow("algorithm_unsupported-999") << ithcText(f.es256, 999, ithc, SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"algorithm_unsupported"_qs;
        QTest::newRow("algorithm_unsupported-es256-sm2-key") << ithcText(f.sm2, -7, ithc, SignatureAlgorithm::Sm2Sm3) << kAt << u"invalid"_qs << u"algorithm_unsupported"_qs;
        QTest::newRow("algorithm_unsupported-ps256-ithc") << ithcText(f.rsa, -37, ithc, SignatureAlgorithm::Ps256) << kAt << u"invalid"_qs << u"algorithm_unsupported"_qs;
        QTest::newRow("key_unknown") << ithcText(f.untrusted, -7, ithc, SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"key_unknown"_qs;
        {
            CoseBuilder forged = builder(f.es256, -7, ithc);
            forged.protectedHeader = QCborMap{{1, -7}, {4, f.es256.kid()}};
            QTest::newRow("signature_invalid-other-key") << forged.qrText(ithcPrefix, f.untrusted, SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"signature_invalid"_qs;
            CoseBuilder tampered = builder(f.es256, -7, ithc);
            tampered.signatureOverride = QByteArray(64, '\x42');
            QTest::newRow("signature_invalid-garbage") << tampered.qrText(ithcPrefix, f.es256, SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"signature_invalid"_qs;
        }
        QTest::newRow("key_expired") << ithcText(f.retired, -7, ithc, SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"key_expired"_qs;
        QTest::newRow("key_usage") << builder(f.testOnly, -7, dcc).qrText(hc1, f.testOnly, SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"key_usage"_qs;
        QTest::newRow("not_yet_valid") << valid << (kIat - 301) * 1000 << u"invalid"_qs << u"not_yet_valid"_qs;
        QTest::newRow("expired-at-exp") << valid << kExp * 1000 << u"invalid"_qs << u"expired"_qs;
        QTest::newRow("expired-dcc-after-exp") << builder(f.es256, -7, dcc).qrText(hc1, f.es256, SignatureAlgorithm::Es256) << kExp * 1000 + 1 << u"invalid"_qs << u"expired"_qs;
        QTest::newRow("schema-missing-fnt") << ithcText(f.es256, -7, withCertificateField(ithc, u"nam"_qs, QCborMap{{u"fn"_qs, u"X"_qs}}), SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema-no-lists") << ithcText(f.es256, -7, withCertificateField(ithc, u"nat"_qs, QCborValue()), SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema-ci-81") << ithcText(f.es256, -7, withCertificateField(ithc, u"ci"_qs, QString(81, u'A')), SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema-dob-feb-30") << ithcText(f.es256, -7, withCertificateField(ithc, u"dob"_qs, u"1990-02-30"_qs), SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"schema"_qs;
        {
            QCborMap floatIat = ithc;
            floatIat.insert(6, double(kIat));
            QTest::newRow("schema-ithc-float-iat") << ithcText(f.es256, -7, floatIat, SignatureAlgorithm::Es256) << kAt << u"invalid"_qs << u"schema"_qs;
            QCborMap floatDcc = dcc;
            floatDcc.insert(6, double(kIat) + 0.5);
            QTest::newRow("valid-dcc-float-iat") << builder(f.es256, -7, floatDcc).qrText(hc1, f.es256, SignatureAlgorithm::Es256) << kAt << u"valid"_qs << QString();
        }
    }
    void verify()
    {
        QFETCH(QByteArray, qrText);
        QFETCH(qint64, at);
        QFETCH(QString, verdict);
        QFETCH(QString, firstReason);
        const Verifier verifier(Fixture::instance().store);
        const VerificationReport report = verifier.verify(qrText, at);
        const QString reasons = [&] {
            QStringList list;
            for (const Reason &r : report.reasons)
                list.append(reasonCodeName(r.code) + u": " + r.detail);
            return list.join(u" | ");
        }();
        QVERIFY2(verdictName(report.verdict()) == verdict, qPrintable(reasons));
        if (firstReason.isEmpty()) {
            QVERIFY2(report.reasons.isEmpty(), qPrintable(reasons));
            QVERIFY(report.certificate.has_value());
        } else {
            QVERIFY2(!report.reasons.isEmpty() && reasonCodeName(report.reasons.first().code) == firstReason, qPrintable(reasons));
        }
    }

    void detailsOfAValidCertificate()
    {
        Fixture &f = Fixture::instance();
        const QByteArray text = builder(f.es256, -7, dccVaccinationClaims(kIat, kExp)).qrText("HC1:", f.es256, SignatureAlgorithm::Es256);
        const VerificationReport report = Verifier(f.store).verify(text, kAt);
        QVERIFY(report.isValid());
        const QJsonObject json = reportToJson(report, QStringLiteral("-#1"));
        QCOMPARE(json.value(u"format").toString(), u"dcc"_qs);
        QCOMPARE(json.value(u"verdict").toString(), u"valid"_qs);
        QCOMPARE(json.value(u"issuer").toString(), u"AT"_qs);
        QCOMPARE(json.value(u"kid").toString(), QString::fromLatin1(f.es256.kid().toBase64()));
        QCOMPARE(json.value(u"holder").toObject().value(u"family_name").toString(), u"Musterfrau-Gößinger"_qs);
        QCOMPARE(json.value(u"certificate_id").toString(), u"URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B"_qs);
        const QJsonObject vaccination = json.value(u"vaccinations").toArray().first().toObject();
        QCOMPARE(vaccination.value(u"product_name").toString(), u"Comirnaty"_qs);
        QCOMPARE(vaccination.value(u"dose_number").toInt(), 2);
    }

    void forgeryShowsNoDetails()
    {
        Fixture &f = Fixture::instance();
        CoseBuilder forged = builder(f.es256, -7, ithcClaims(kIat, kExp));
        const VerificationReport report = Verifier(f.store).verify(forged.qrText("ITHC1:", f.untrusted, SignatureAlgorithm::Es256), kAt);
        QCOMPARE(report.verdict(), Verdict::Invalid);
        QVERIFY(!report.certificate.has_value());
    }

    void everyCheckIsExplained()
    {
        Fixture &f = Fixture::instance();
        const VerificationReport report = Verifier(f.store).verify(
            builder(f.es256, -7, ithcClaims(kIat, kExp)).qrText("ITHC1:", f.es256, SignatureAlgorithm::Es256), kAt);
        QStringList ids;
        for (const CheckStep &step : report.checks)
            ids.append(step.id);
        QCOMPARE(ids, (QStringList{u"prefix"_qs, u"base45"_qs, u"inflate"_qs, u"cose"_qs, u"algorithm"_qs, u"key"_qs,
                                   u"signature"_qs, u"payload"_qs, u"signer-validity"_qs, u"schema"_qs}));
    }
};

QTEST_APPLESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
