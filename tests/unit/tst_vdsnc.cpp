// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// ICAO VDS-NC through Verifier::verify: one row per reason code (and the valid
// variants), with a CSCA, barcode signers and seals made here with OpenSSL.
#include "vdsncspecimen.h"

#include "formats/vdsnc/barcodesigner.h"
#include "trust/cscaindex.h"
#include "trust/trustloader.h"
#include "verify/limits.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <QJsonArray>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test::VdsNc;

namespace {

constexpr Timestamp::Millis kAt = 1654041600000; // 2022-06-01T00:00:00Z

struct World
{
    KeyPtr cscaKey = ecKey("P-256");
    Authority csca = makeCsca(cscaKey);
    KeyPtr signerKey = ecKey("P-256");
    QByteArray signerDer = makeBarcodeSigner(signerKey.get(), csca, cscaKey.get());
    // Japan's case: a P-384 CSCA key written with explicit curve parameters.
    KeyPtr explicitKey = ecKey("P-384", true);
    Authority explicitCsca = makeCsca(explicitKey, "Explicit CSCA", "UT");
    KeyPtr signer384Key = ecKey("P-384");
    QByteArray signer384Der = makeBarcodeSigner(signer384Key.get(), explicitCsca, explicitKey.get());
    // Look-alikes: the same subject as the CSCA, another key; the second copies its key identifier too.
    KeyPtr forgerKey = ecKey("P-256");
    Authority forger = makeCsca(forgerKey);
    Authority forgerSameKeyId
        = makeCsca(forgerKey, "CertDesk test CSCA", "UT", 1500000000, 2100000000, true, subjectKeyIdText(csca.der));

    static const World &get()
    {
        static const World world;
        return world;
    }
};

std::shared_ptr<TrustStore> storeWith(const QList<QByteArray> &ders)
{
    auto store = std::make_shared<TrustStore>();
    TrustLoader loader;
    for (const QByteArray &der : ders) {
        if (loader.loadBytes(der, QStringLiteral("test.der"), *store))
            return nullptr;
    }
    return store;
}

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    return text.replace(from, to);
}

} // namespace

class TestVdsNc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explicitParameterKeyIsUsable()
    {
        // OpenSSL 3 verifies directly with a CSCA key given by explicit parameters and names its curve.
        const World &w = World::get();
        const auto csca = makeTrustedSigner(w.explicitCsca.der, TrustSourceKind::CertificateFile, u"x"_qs);
        QVERIFY(csca);
        QVERIFY(!VdsNc::checkAuthorityKey(csca->publicKey));
        QVERIFY(CscaIndex::isCsca(*csca));
        char encoding[32] = {};
        QVERIFY(EVP_PKEY_get_utf8_string_param(
            csca->publicKey, OSSL_PKEY_PARAM_EC_ENCODING, encoding, sizeof encoding, nullptr));
        QCOMPARE(QByteArray(encoding), QByteArray(OSSL_PKEY_EC_ENCODING_EXPLICIT));
        const auto signer = fromDer(w.signer384Der);
        QCOMPARE(X509_verify(signer.get(), csca->publicKey), 1);
    }

    void reasons_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QList<QByteArray>>("trust");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("reason");
        const World &w = World::get();
        const QList<QByteArray> trust {w.csca.der};
        const QList<QByteArray> both {w.csca.der, w.explicitCsca.der};
        const QByteArray vacc = seal(vaccinationData(), w.signerKey.get(), w.signerDer);

        QTest::newRow("valid vaccination") << vacc << trust << u"valid"_qs << QString();
        QTest::newRow("valid test") << seal(testData(), w.signerKey.get(), w.signerDer) << trust << u"valid"_qs
                                    << QString();
        QTest::newRow("valid explicit-parameter CSCA, ES384")
            << seal(vaccinationData(), w.signer384Key.get(), w.signer384Der, u"ES384"_qs) << both << u"valid"_qs
            << QString();
        // RFC 8785: the signature covers the canonical form, not the bytes as sent.
        QJsonObject reordered = QJsonDocument::fromJson(vacc).object();
        QTest::newRow("valid pretty-printed")
            << QJsonDocument(reordered).toJson(QJsonDocument::Indented) << trust << u"valid"_qs << QString();
        QTest::newRow("valid with trailing CR LF") << vacc + "\r\n" << trust << u"valid"_qs << QString();

        QTest::newRow("not a seal") << QByteArray(R"({"foo":1,"bar":{"x":2}})") << trust << u"unreadable"_qs
                                    << u"not_a_certificate"_qs;
        QTest::newRow("not a seal, names in values")
            << QByteArray(R"({"foo":"data","bar":"sig"})") << trust << u"unreadable"_qs << u"not_a_certificate"_qs;
        QTest::newRow("not a seal, nested")
            << QByteArray(R"({"x":{"data":1,"sig":2}})") << trust << u"unreadable"_qs << u"not_a_certificate"_qs;
        QTest::newRow("decode_json malformed")
            << QByteArray(R"({"data":{"hdr":},"sig":{}})") << trust << u"unreadable"_qs << u"decode_json"_qs;
        QTest::newRow("decode_json duplicate data")
            << replaced(vacc, "{\"data\":", "{\"data\":{},\"data\":") << trust << u"unreadable"_qs << u"decode_json"_qs;
        QTest::newRow("decode_json duplicate name")
            << replaced(vacc, "\"n\":\"Smith Bill\"", "\"n\":\"Smith Bill\",\"n\":\"Doe Jane\"") << trust
            << u"unreadable"_qs << u"decode_json"_qs;
        QTest::newRow("too_large length") << replaced(vacc, "\"U32870\"", "\"" + QByteArray(3000, 'A') + "\"") << trust
                                          << u"unreadable"_qs << u"too_large"_qs;
        QTest::newRow("too_large nesting") << QByteArray(R"({"data":{"hdr":{"t":[[[[[[[[1]]]]]]]]}},"sig":{}})")
                                           << trust << u"unreadable"_qs << u"too_large"_qs;
        QTest::newRow("schema unknown type") << seal(
            [] {
                QJsonObject d = vaccinationData();
                d[u"hdr"_qs] = QJsonObject {{u"t"_qs, u"icao.visa"_qs}, {u"v"_qs, 1}, {u"is"_qs, u"UTO"_qs}};
                return d;
            }(),
            w.signerKey.get(), w.signerDer) << trust
                                             << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema version 2")
            << replaced(vacc, "\"v\":1", "\"v\":2") << trust << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema sig not object")
            << QByteArray(R"({"data":{"hdr":{}},"sig":"x"})") << trust << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema cer not base64url")
            << replaced(vacc, "\"cer\":\"", "\"cer\":\"+/") << trust << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema content (no uvci)") << seal(
            [] {
                QJsonObject d = vaccinationData();
                QJsonObject msg = d[u"msg"_qs].toObject();
                msg.remove(u"uvci"_qs);
                d[u"msg"_qs] = msg;
                return d;
            }(),
            w.signerKey.get(), w.signerDer) << trust
                                                  << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("schema dose not a number") << seal(
            [] {
                return QJsonDocument::fromJson(
                    QJsonDocument(vaccinationData()).toJson().replace("\"seq\": 2", "\"seq\": \"two\""))
                    .object();
            }(),
            w.signerKey.get(), w.signerDer) << trust
                                                  << u"invalid"_qs << u"schema"_qs;
        QTest::newRow("algorithm_unsupported PS256")
            << replaced(vacc, "\"ES256\"", "\"PS256\"") << trust << u"invalid"_qs << u"algorithm_unsupported"_qs;
        QTest::newRow("algorithm_unsupported ES384 with P-256 key")
            << replaced(vacc, "\"ES256\"", "\"ES384\"") << trust << u"invalid"_qs << u"algorithm_unsupported"_qs;
        QTest::newRow("key_unknown nothing trusted")
            << vacc << QList<QByteArray>() << u"invalid"_qs << u"key_unknown"_qs;
        QTest::newRow("key_unknown other CSCA")
            << vacc << QList<QByteArray> {w.explicitCsca.der} << u"invalid"_qs << u"key_unknown"_qs;
        QTest::newRow("key_unknown signer is not a CA") << seal(vaccinationData(), w.signerKey.get(),
            w.signerDer) << QList<QByteArray> {[&w] {
            return makeCsca(w.cscaKey, "CertDesk test CSCA", "UT", 1500000000, 2100000000, false).der;
        }()} << u"invalid"_qs << u"key_unknown"_qs;
        QTest::newRow("key_unknown look-alike CSCA, other key id")
            << vacc << QList<QByteArray> {w.forger.der} << u"invalid"_qs << u"key_unknown"_qs;
        QTest::newRow("trust_chain look-alike CSCA, same key id")
            << vacc << QList<QByteArray> {w.forgerSameKeyId.der} << u"invalid"_qs << u"trust_chain"_qs;
        QTest::newRow("trust_chain CSCA expired before issuing the signer")
            << vacc << QList<QByteArray> {makeCsca(w.cscaKey, "CertDesk test CSCA", "UT", 1500000000, 1550000000).der}
            << u"invalid"_qs << u"trust_chain"_qs;
        QTest::newRow("trust_chain signer forged") << seal(
            vaccinationData(), w.signerKey.get(), makeBarcodeSigner(w.signerKey.get(), w.csca, w.forgerKey.get()))
                                                   << trust << u"invalid"_qs << u"trust_chain"_qs;
        QTest::newRow("trust_chain country") << seal(vaccinationData(), w.signerKey.get(),
            makeBarcodeSigner(w.signerKey.get(), w.csca, w.cscaKey.get(), {.country = "XX"}))
                                             << trust << u"invalid"_qs << u"trust_chain"_qs;
        QTest::newRow("signature_invalid name changed")
            << replaced(vacc, "Smith Bill", "Smith Bull") << trust << u"invalid"_qs << u"signature_invalid"_qs;
        QTest::newRow("signature_invalid short")
            << replaced(vacc, "\"sigvl\":\"", "\"sigvl\":\"AAAA") << trust << u"invalid"_qs << u"signature_invalid"_qs;
        QTest::newRow("key_usage keyCertSign only") << seal(vaccinationData(), w.signerKey.get(),
            makeBarcodeSigner(w.signerKey.get(), w.csca, w.cscaKey.get(), {.keyUsage = "critical,keyCertSign"}))
                                                    << trust << u"invalid"_qs << u"key_usage"_qs;
        QTest::newRow("key_expired private key usage over before last dose")
            << seal(vaccinationData(), w.signerKey.get(),
                   makeBarcodeSigner(w.signerKey.get(), w.csca, w.cscaKey.get(),
                       {.privateKeyUsage = "20200913000000Z,20210301000000Z"}))
            << trust << u"invalid"_qs << u"key_expired"_qs;
        QTest::newRow("key_expired certificate ended before last dose") << seal(vaccinationData(), w.signerKey.get(),
            makeBarcodeSigner(w.signerKey.get(), w.csca, w.cscaKey.get(), {.notAfter = 1614556800}))
                                                                        << trust << u"invalid"_qs << u"key_expired"_qs;
        QTest::newRow("key_expired signer not yet valid") << seal(vaccinationData(), w.signerKey.get(),
            makeBarcodeSigner(w.signerKey.get(), w.csca, w.cscaKey.get(), {.notBefore = 1700000000}))
                                                          << trust << u"invalid"_qs << u"key_expired"_qs;
        QTest::newRow("not_yet_valid dose in the future") << seal(vaccinationData(u"2023-01-01"_qs), w.signerKey.get(),
            w.signerDer) << trust << u"invalid"_qs << u"not_yet_valid"_qs;
    }
    void reasons()
    {
        QFETCH(QByteArray, text);
        QFETCH(QList<QByteArray>, trust);
        QFETCH(QString, verdict);
        QFETCH(QString, reason);
        const auto store = storeWith(trust);
        QVERIFY(store);
        const VerificationReport report = Verifier(store).verify(text, kAt);
        QStringList codes;
        for (const Reason &r : report.reasons)
            codes.append(reasonCodeName(r.code) + u" (" + r.detail + u')');
        const QString got = verdictName(report.verdict()) + u": " + codes.join(u", ");
        QVERIFY2(verdictName(report.verdict()) == verdict, qPrintable(got));
        if (reason.isEmpty()) {
            QVERIFY2(report.reasons.isEmpty(), qPrintable(got));
            QCOMPARE(report.format, CertificateFormat::VdsNc);
            QVERIFY(report.signer && report.certificate);
        } else {
            QVERIFY2(reasonCodeName(report.reasons.first().code) == reason, qPrintable(got));
        }
        // Nothing of an unverified seal is shown.
        if (!report.signer)
            QVERIFY(!report.certificate);
    }

    void vaccinationContent()
    {
        const World &w = World::get();
        const auto report
            = Verifier(storeWith({w.csca.der})).verify(seal(vaccinationData(), w.signerKey.get(), w.signerDer), kAt);
        QVERIFY(report.isValid());
        const HealthCertificate &c = *report.certificate;
        QCOMPARE(c.format, CertificateFormat::VdsNc);
        QCOMPARE(c.issuerCountry, u"UTO"_qs);
        QCOMPARE(c.certificateId, u"U32870"_qs);
        QCOMPARE(c.holder.familyName, u"Smith Bill"_qs);
        QCOMPARE(c.holder.dateOfBirth, u"1990-01-02"_qs);
        QCOMPARE(c.holder.sex, u"M"_qs);
        QVERIFY(c.holder.document);
        QCOMPARE(c.holder.document->number, u"A1234567Z"_qs);
        QCOMPARE(c.vaccinations.size(), 2);
        QCOMPARE(c.vaccinations.at(1).doseNumber, 2);
        QCOMPARE(c.vaccinations.at(1).date, QDate(2021, 3, 24));
        QCOMPARE(c.vaccinations.at(1).product.code, u"Comirnaty"_qs);
        QCOMPARE(c.vaccinations.at(1).disease.code, u"RA01.0"_qs);
        QCOMPARE(c.vaccinations.at(1).country, u"UTO"_qs);
        const QJsonObject json = reportToJson(report, u"-#1"_qs);
        QCOMPARE(json.value(u"format").toString(), u"vds-nc"_qs);
        QCOMPARE(json.value(u"verdict").toString(), u"valid"_qs);
        QCOMPARE(json.value(u"vaccinations").toArray().size(), 2);
        QCOMPARE(json.value(u"holder").toObject().value(u"family_name").toString(), u"Smith Bill"_qs);
    }

    void testContent()
    {
        const World &w = World::get();
        const auto report
            = Verifier(storeWith({w.csca.der})).verify(seal(testData(), w.signerKey.get(), w.signerDer), kAt);
        QVERIFY(report.isValid());
        const HealthCertificate &c = *report.certificate;
        QCOMPARE(c.certificateId, u"U01932"_qs);
        QCOMPARE(c.holder.document->type, u"P"_qs);
        QCOMPARE(c.holder.document->number, u"E1234567P"_qs);
        QCOMPARE(c.tests.size(), 1);
        QCOMPARE(c.tests.first().result.code, u"negative"_qs);
        QCOMPARE(c.tests.first().testType.code, u"molecular(PCR)"_qs);
        QCOMPARE(c.tests.first().testingCentre, u"General Hospital"_qs);
        QCOMPARE(c.tests.first().sampleCollected, *Timestamp::parseRfc3339(u"2021-02-10T04:00:00Z"));
    }

    void limitsAreStated()
    {
        QCOMPARE(Limits::kMaxVdsNcTextBytes, 2953);
        QCOMPARE(Limits::kMaxVdsNcNestingDepth, 8);
        // Exactly at the nesting limit still parses (then fails on structure, not size).
        const auto report
            = Verifier(storeWith({})).verify(QByteArray(R"({"data":{"hdr":{"t":[[[[[1]]]]]}},"sig":{}})"), kAt);
        QCOMPARE(reasonCodeName(report.reasons.first().code), u"schema"_qs);
    }
};

QTEST_APPLESS_MAIN(TestVdsNc)
#include "tst_vdsnc.moc"
