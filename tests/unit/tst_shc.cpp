// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// SMART Health Cards: cards made and signed in the test (a fresh P-256 key, a JWKS or a VCI
// snapshot, a DEFLATEd payload), one row per reason code, the trust loaders, chunk joining
// through CLI text lines, and the FHIR mapping.
#include "specimen.h"

#include "codec/inflate.h"
#include "crypto/signer.h"
#include "formats/shc/shcchunks.h"
#include "formats/shc/shcjws.h"
#include "formats/shc/shcnumeric.h"
#include "inputreader.h"
#include "trust/jwk.h"
#include "trust/trustloader.h"
#include "verify/limits.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <openssl/core_names.h>

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kNbf = 1'700'000'000; // 2023-11-14T22:13:20Z
const QString kIss = QStringLiteral("https://issuer.example.org/shc");

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The public JWK of a P-256 key, with its RFC 7638 thumbprint as kid.
QJsonObject publicJwk(EVP_PKEY *key)
{
    unsigned char point[65];
    size_t length = 0;
    EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &length);
    const QByteArray raw(reinterpret_cast<const char *>(point), qsizetype(length));
    QJsonObject jwk{{u"kty"_qs, u"EC"_qs},
                    {u"crv"_qs, u"P-256"_qs},
                    {u"x"_qs, QString::fromLatin1(base64Url(raw.mid(1, 32)))},
                    {u"y"_qs, QString::fromLatin1(base64Url(raw.mid(33, 32)))},
                    {u"use"_qs, u"sig"_qs},
                    {u"alg"_qs, u"ES256"_qs}};
    jwk.insert(u"kid"_qs, QString::fromLatin1(Jwk::thumbprint(jwk)));
    return jwk;
}

QJsonObject fhirResource(const QString &type, QJsonObject resource)
{
    resource.insert(u"resourceType"_qs, type);
    return QJsonObject{{u"resource"_qs, resource}};
}

QJsonObject cardPayload(const QString &iss = kIss, std::optional<double> nbf = kNbf, std::optional<double> exp = {})
{
    const QJsonObject patient{{u"name"_qs, QJsonArray{QJsonObject{{u"family"_qs, u"Anyperson"_qs},
                                                                  {u"given"_qs, QJsonArray{u"John"_qs, u"B."_qs}}}}},
                              {u"birthDate"_qs, u"1951-01-20"_qs}};
    const QJsonObject immunization{
        {u"status"_qs, u"completed"_qs},
        {u"vaccineCode"_qs, QJsonObject{{u"coding"_qs, QJsonArray{QJsonObject{{u"system"_qs, u"http://hl7.org/fhir/sid/cvx"_qs},
                                                                             {u"code"_qs, u"207"_qs}}}}}},
        {u"occurrenceDateTime"_qs, u"2021-01-01"_qs},
        {u"performer"_qs, QJsonArray{QJsonObject{{u"actor"_qs, QJsonObject{{u"display"_qs, u"ABC General Hospital"_qs}}}}}}};
    const QJsonObject observation{
        {u"status"_qs, u"final"_qs},
        {u"code"_qs, QJsonObject{{u"coding"_qs, QJsonArray{QJsonObject{{u"system"_qs, u"http://loinc.org"_qs},
                                                                      {u"code"_qs, u"94500-6"_qs}}}}}},
        {u"effectiveDateTime"_qs, u"2021-02-17T10:00:00Z"_qs},
        {u"valueCodeableConcept"_qs, QJsonObject{{u"coding"_qs, QJsonArray{QJsonObject{{u"system"_qs, u"http://snomed.info/sct"_qs},
                                                                                      {u"code"_qs, u"260415000"_qs}}}}}},
        {u"performer"_qs, QJsonArray{QJsonObject{{u"display"_qs, u"ABC Laboratory"_qs}}}}};
    const QJsonObject bundle{{u"resourceType"_qs, u"Bundle"_qs},
                             {u"type"_qs, u"collection"_qs},
                             {u"entry"_qs, QJsonArray{fhirResource(u"Patient"_qs, patient),
                                                      fhirResource(u"Immunization"_qs, immunization),
                                                      fhirResource(u"Observation"_qs, observation)}}};
    QJsonObject payload{{u"iss"_qs, iss},
                        {u"vc"_qs, QJsonObject{{u"type"_qs, QJsonArray{u"https://smarthealth.cards#health-card"_qs}},
                                               {u"credentialSubject"_qs, QJsonObject{{u"fhirVersion"_qs, u"4.0.1"_qs},
                                                                                     {u"fhirBundle"_qs, bundle}}}}}};
    if (nbf)
        payload.insert(u"nbf"_qs, *nbf);
    if (exp)
        payload.insert(u"exp"_qs, *exp);
    return payload;
}

// How a test card departs from a good one.
struct CardOptions
{
    QJsonObject header;        ///< replaces the header when not empty
    QByteArray payloadBytes;   ///< replaces the DEFLATEd payload when not null
    bool derSignature = false; ///< DER-encode the ES256 signature
    bool flipSignature = false;
};

CardOptions withHeader(const QJsonObject &header)
{
    CardOptions options;
    options.header = header;
    return options;
}

CardOptions withPayload(const QByteArray &bytes)
{
    CardOptions options;
    options.payloadBytes = bytes;
    return options;
}

CardOptions withSignature(bool der, bool flip)
{
    CardOptions options;
    options.derSignature = der;
    options.flipSignature = flip;
    return options;
}

QByteArray rawToDer(const QByteArray &raw)
{
    OpenSsl::BignumPtr r(BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()), 32, nullptr));
    OpenSsl::BignumPtr s(BN_bin2bn(reinterpret_cast<const unsigned char *>(raw.constData()) + 32, 32, nullptr));
    OpenSsl::EcdsaSigPtr signature(ECDSA_SIG_new());
    ECDSA_SIG_set0(signature.get(), r.release(), s.release());
    QByteArray der(i2d_ECDSA_SIG(signature.get(), nullptr), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(signature.get(), &out);
    return der;
}

QByteArray makeJws(EVP_PKEY *key, const QJsonObject &payload, const CardOptions &options = {})
{
    const QJsonObject header = !options.header.isEmpty()
        ? options.header
        : QJsonObject{{u"alg"_qs, u"ES256"_qs}, {u"zip"_qs, u"DEF"_qs}, {u"kid"_qs, publicJwk(key).value(u"kid")}};
    const QByteArray payloadBytes = !options.payloadBytes.isNull()
        ? options.payloadBytes
        : Inflate::deflate(QJsonDocument(payload).toJson(QJsonDocument::Compact), 9, Inflate::Container::Raw);
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(payloadBytes);
    QByteArray signature = signData(key, SignatureAlgorithm::Es256, signingInput);
    if (options.derSignature)
        signature = rawToDer(signature);
    if (options.flipSignature)
        signature[10] = char(signature[10] ^ 0x01);
    return signingInput + '.' + base64Url(signature);
}

QByteArray makeCard(EVP_PKEY *key, const QJsonObject &payload, const CardOptions &options = {})
{
    return "shc:/" + Shc::encodeNumeric(makeJws(key, payload, options));
}

QByteArray jwksOf(const QList<EVP_PKEY *> &keys)
{
    QJsonArray array;
    for (EVP_PKEY *key : keys)
        array.append(publicJwk(key));
    return QJsonDocument(QJsonObject{{u"keys"_qs, array}}).toJson();
}

QByteArray vciOf(EVP_PKEY *key, const QString &iss)
{
    const QJsonObject entry{{u"issuer"_qs, QJsonObject{{u"iss"_qs, iss}, {u"name"_qs, u"Test issuer"_qs}}},
                            {u"keys"_qs, QJsonArray{publicJwk(key)}}};
    return QJsonDocument(QJsonObject{{u"directory"_qs, u"test"_qs}, {u"issuerInfo"_qs, QJsonArray{entry}}}).toJson();
}

std::shared_ptr<TrustStore> storeOf(const QByteArray &bytes, const QString &name = u"trust.json"_qs)
{
    auto store = std::make_shared<TrustStore>();
    TrustLoader loader;
    const auto error = loader.loadBytes(bytes, name, *store);
    if (error)
        qWarning() << error->message;
    return store;
}

QStringList codesOf(const VerificationReport &report)
{
    QStringList codes;
    for (const Reason &reason : report.reasons)
        codes.append(reasonCodeName(reason.code));
    return codes;
}

qint64 ms(qint64 seconds)
{
    return seconds * 1000;
}

} // namespace

class TestShc : public QObject
{
    Q_OBJECT

private:
    OpenSsl::EvpPkeyPtr m_key = generateKey(KeyType::P256);
    OpenSsl::EvpPkeyPtr m_otherKey = generateKey(KeyType::P256);

private Q_SLOTS:
    void numeric()
    {
        const QByteArray jws = "eyJ.abc-_.xyz";
        const QByteArray digits = Shc::encodeNumeric(jws);
        QCOMPARE(digits.size(), jws.size() * 2);
        QCOMPARE(*Shc::decodeNumeric(digits), jws);
        QCOMPARE(Shc::decodeNumeric("567").reason().code, ReasonCode::DecodeBase45);
        QCOMPARE(Shc::decodeNumeric("5678").reason().code, ReasonCode::DecodeBase45); // 78 > 77
        QCOMPARE(Shc::decodeNumeric("56a7").reason().code, ReasonCode::DecodeBase45);
        QCOMPARE(Shc::decodeNumeric("77").value(), QByteArray("z"));
        QCOMPARE(Shc::decodeNumeric("00").value(), QByteArray("-"));
    }

    void thumbprintRfc7638()
    {
        // RFC 7638 is specified for RSA; for EC the SMART Health Cards spec example key
        // 3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s is the published answer.
        const QJsonObject jwk{{u"kty"_qs, u"EC"_qs},
                              {u"crv"_qs, u"P-256"_qs},
                              {u"x"_qs, u"11XvRWy1I2S0EyJlyf_bWfw_TQ5CJJNLw78bHXNxcgw"_qs},
                              {u"y"_qs, u"eZXwxvO1hvCY0KucrPfKo7yAyMT6Ajc3N7OkAB6VYy8"_qs},
                              {u"use"_qs, u"sig"_qs}};
        QCOMPARE(Jwk::thumbprint(jwk), QByteArray("3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s"));
        QString error;
        QVERIFY(Jwk::signerFromJwk(jwk, TrustSourceKind::ShcJwks, u"t"_qs, {}, &error));
        QJsonObject offCurve = jwk;
        offCurve.insert(u"y"_qs, u"fZXwxvO1hvCY0KucrPfKo7yAyMT6Ajc3N7OkAB6VYy8"_qs);
        offCurve.remove(u"kid"_qs);
        QVERIFY(!Jwk::signerFromJwk(offCurve, TrustSourceKind::ShcJwks, u"t"_qs, {}, &error));
        QJsonObject wrongKid = jwk;
        wrongKid.insert(u"kid"_qs, u"not-the-thumbprint"_qs);
        QVERIFY(!Jwk::signerFromJwk(wrongKid, TrustSourceKind::ShcJwks, u"t"_qs, {}, &error));
        QVERIFY(error.contains(u"thumbprint"));
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("trust");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("code");

        EVP_PKEY *key = m_key.get();
        const QByteArray jwks = jwksOf({key});
        const QByteArray card = makeCard(key, cardPayload());
        const qint64 at = ms(kNbf + 86400);
        const QByteArray digits = card.sliced(5);
        const QJsonObject goodHeader{{u"alg"_qs, u"ES256"_qs}, {u"zip"_qs, u"DEF"_qs},
                                     {u"kid"_qs, publicJwk(key).value(u"kid")}};
        auto header = [&](const char *remove, const char *key2 = nullptr, const QString &value = {}) {
            QJsonObject h = goodHeader;
            if (remove)
                h.remove(QLatin1StringView(remove));
            if (key2)
                h.insert(QLatin1StringView(key2), value);
            return h;
        };
        auto raw = [](const QByteArray &bytes) { return Inflate::deflate(bytes, 9, Inflate::Container::Raw); };
        auto jwsCard = [](const QByteArray &jws) -> QByteArray { return "shc:/" + Shc::encodeNumeric(jws); };
        const QByteArray jws = makeJws(key, cardPayload());
        const QList<QByteArray> parts = jws.split('.');

        QTest::newRow("valid") << card << jwks << at << "valid" << "";
        QTest::newRow("valid fractional nbf") << makeCard(key, cardPayload(kIss, kNbf + 0.656)) << jwks << at << "valid" << "";
        QTest::newRow("valid with trailing newline") << QByteArray(card + "\r\n") << jwks << at << "valid" << "";
        QTest::newRow("valid issuer-bound") << card << vciOf(key, kIss) << at << "valid" << "";
        QTest::newRow("decode_base45 odd") << card.chopped(1) << jwks << at << "unreadable" << "decode_base45";
        QTest::newRow("decode_base45 pair 78") << QByteArray("shc:/78" + digits) << jwks << at << "unreadable" << "decode_base45";
        QTest::newRow("decode_base45 text after") << QByteArray(card + "extra") << jwks << at << "unreadable" << "decode_base45";
        QTest::newRow("decode_base45 chunk 3 of 2") << QByteArray("shc:/3/2/" + digits) << jwks << at << "unreadable" << "decode_base45";
        QTest::newRow("decode_base45 chunk 0") << QByteArray("shc:/0/2/" + digits) << jwks << at << "unreadable" << "decode_base45";
        QTest::newRow("incomplete") << QByteArray("shc:/1/2/" + digits.first(100)) << jwks << at << "invalid" << "incomplete";
        QTest::newRow("decode_jws two parts") << jwsCard(parts[0] + '.' + parts[1]) << jwks << at << "unreadable" << "decode_jws";
        QTest::newRow("decode_jws padding") << jwsCard(jws + "==") << jwks << at << "unreadable" << "decode_jws";
        QTest::newRow("decode_jws no kid") << makeCard(key, cardPayload(), withHeader(header("kid"))) << jwks << at << "unreadable" << "decode_jws";
        QTest::newRow("decode_jws no zip") << makeCard(key, cardPayload(), withHeader(header("zip"))) << jwks << at << "unreadable" << "decode_jws";
        QTest::newRow("decode_jws no alg") << makeCard(key, cardPayload(), withHeader(header("alg"))) << jwks << at << "unreadable" << "decode_jws";
        QTest::newRow("decode_jws header not json") << jwsCard(base64Url("{nope") + '.' + parts[1] + '.' + parts[2]) << jwks << at << "unreadable" << "decode_jws";
        QTest::newRow("algorithm_unsupported") << makeCard(key, cardPayload(), withHeader(header(nullptr, "alg", u"ES384"_qs))) << jwks << at << "invalid" << "algorithm_unsupported";
        QTest::newRow("decode_compression") << makeCard(key, cardPayload(), withPayload(QByteArray("not deflate at all"))) << jwks << at << "unreadable" << "decode_compression";
        const QByteArray deflated = raw(QJsonDocument(cardPayload()).toJson(QJsonDocument::Compact));
        QTest::newRow("valid gzip trailer") << makeCard(key, cardPayload(), withPayload(deflated + QByteArray(8, '\x01'))) << jwks << at << "valid" << "";
        QTest::newRow("decode_compression trailing") << makeCard(key, cardPayload(), withPayload(deflated + QByteArray(9, '\x01'))) << jwks << at << "unreadable" << "decode_compression";
        QTest::newRow("decode_compression truncated") << makeCard(key, cardPayload(), withPayload(deflated.chopped(4))) << jwks << at << "unreadable" << "decode_compression";
        QTest::newRow("decode_json") << makeCard(key, cardPayload(), withPayload(raw("{\"iss\": "))) << jwks << at << "unreadable" << "decode_json";
        QTest::newRow("decode_json string") << makeCard(key, cardPayload(), withPayload(raw("\"{}\""))) << jwks << at << "unreadable" << "decode_json";
        QTest::newRow("too_large inflated") << makeCard(key, cardPayload(), withPayload(raw("{\"a\":\"" + QByteArray(70000, 'x') + "\"}"))) << jwks << at << "unreadable" << "too_large";
        QTest::newRow("too_large nesting") << makeCard(key, cardPayload(), withPayload(raw(QByteArray(40, '[') + QByteArray(40, ']')))) << jwks << at << "unreadable" << "too_large";
        QTest::newRow("too_large text") << QByteArray("shc:/" + QByteArray(2 * Limits::kMaxShcJwsLength + 2, '5')) << jwks << at << "unreadable" << "too_large";
        QTest::newRow("key_unknown") << makeCard(m_otherKey.get(), cardPayload()) << jwks << at << "invalid" << "key_unknown";
        QTest::newRow("trust_chain other issuer") << makeCard(key, cardPayload(u"https://other.example.org/shc"_qs)) << vciOf(key, kIss) << at << "invalid" << "trust_chain";
        QTest::newRow("signature_invalid") << makeCard(key, cardPayload(), withSignature(false, true)) << jwks << at << "invalid" << "signature_invalid";
        QTest::newRow("signature_invalid DER") << makeCard(key, cardPayload(), withSignature(true, false)) << jwks << at << "invalid" << "signature_invalid";
        QTest::newRow("not_yet_valid") << card << jwks << ms(kNbf - 86400) << "invalid" << "not_yet_valid";
        QTest::newRow("expired at exp") << makeCard(key, cardPayload(kIss, kNbf, kNbf + 1000)) << jwks << ms(kNbf + 1000) << "invalid" << "expired";
        QTest::newRow("valid just before exp") << makeCard(key, cardPayload(kIss, kNbf, kNbf + 1000)) << jwks << ms(kNbf + 1000) - 1 << "valid" << "";
        QTest::newRow("schema no nbf") << makeCard(key, cardPayload(kIss, std::nullopt)) << jwks << at << "invalid" << "schema";
        QTest::newRow("schema http iss") << makeCard(key, cardPayload(u"http://issuer.example.org/shc"_qs)) << jwks << at << "invalid" << "schema";
        QTest::newRow("schema trailing slash") << makeCard(key, cardPayload(kIss + u'/')) << jwks << at << "invalid" << "schema";
        QJsonObject noType = cardPayload();
        noType.insert(u"vc"_qs, QJsonObject{{u"credentialSubject"_qs, noType.value(u"vc").toObject().value(u"credentialSubject")}});
        QTest::newRow("schema no health-card type") << makeCard(key, noType) << jwks << at << "invalid" << "schema";
        QTest::newRow("not_a_certificate shc without slash") << QByteArray("shc:" + digits) << jwks << at << "unreadable" << "not_a_certificate";
    }

    void verify()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, trust);
        QFETCH(qint64, at);
        QFETCH(QString, verdict);
        QFETCH(QString, code);
        const VerificationReport report = Verifier(storeOf(trust)).verify(text, at);
        const QStringList codes = codesOf(report);
        QCOMPARE(verdictName(report.verdict()), verdict);
        if (code.isEmpty()) {
            QVERIFY2(codes.isEmpty(), qPrintable(codes.join(u", ")));
            QVERIFY(report.certificate);
            QCOMPARE(report.format, CertificateFormat::Shc);
        } else {
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u", ") + u" / " + report.reasons.value(0).detail));
            if (code != u"not_a_certificate")
                QCOMPARE(report.format, CertificateFormat::Shc);
        }
    }

    void mapping()
    {
        const VerificationReport report =
            Verifier(storeOf(jwksOf({m_key.get()}))).verify(makeCard(m_key.get(), cardPayload()), ms(kNbf + 60));
        QVERIFY(report.isValid());
        const HealthCertificate &c = *report.certificate;
        QCOMPARE(c.holder.familyName, u"Anyperson"_qs);
        QCOMPARE(c.holder.givenName, u"John B."_qs);
        QCOMPARE(c.holder.dateOfBirth, u"1951-01-20"_qs);
        QCOMPARE(c.issuerCountry, kIss);
        QCOMPARE(c.issuedAt, std::optional<Timestamp::Millis>(ms(kNbf)));
        QCOMPARE(c.vaccinations.size(), 1);
        QCOMPARE(c.vaccinations[0].product.code, u"207"_qs);
        QVERIFY(c.vaccinations[0].product.display.startsWith(u"Moderna"));
        QCOMPARE(c.vaccinations[0].manufacturer.display, u"Moderna US, Inc."_qs);
        QCOMPARE(c.vaccinations[0].disease.display, u"COVID-19"_qs);
        QCOMPARE(c.vaccinations[0].date, QDate(2021, 1, 1));
        QCOMPARE(c.vaccinations[0].issuer, u"ABC General Hospital"_qs);
        QCOMPARE(c.tests.size(), 1);
        QCOMPARE(c.tests[0].testType.code, u"94500-6"_qs);
        QVERIFY(c.tests[0].testName.contains(u"SARS-CoV-2"));
        QCOMPARE(c.tests[0].result.text(), u"Not detected"_qs);
        QCOMPARE(c.tests[0].testingCentre, u"ABC Laboratory"_qs);
        const QJsonObject json = reportToJson(report, u"x"_qs);
        QCOMPARE(json.value(u"format").toString(), u"shc"_qs);
        QCOMPARE(json.value(u"kid").toString(), publicJwk(m_key.get()).value(u"kid").toString());
        QCOMPARE(json.value(u"holder").toObject().value(u"family_name").toString(), u"Anyperson"_qs);
        QCOMPARE(json.value(u"vaccinations").toArray().size(), 1);
        QCOMPARE(json.value(u"tests").toArray().at(0).toObject().value(u"result_name").toString(), u"Not detected"_qs);
        QCOMPARE(json.value(u"signer").toObject().value(u"source_kind").toString(), u"shc-jwks"_qs);
    }

    void shcKeysDoNotSignCose()
    {
        // A JWK's kid as a COSE kid must not find the SHC key.
        auto store = storeOf(jwksOf({m_key.get()}));
        const QByteArray kid = publicJwk(m_key.get()).value(u"kid").toString().toLatin1();
        QCOMPARE(store->find(kid).size(), 1);
        QVERIFY(store->find(kid).first()->isShcKey());
        QVERIFY(!store->find(kid).first()->maySignIthc());
    }

    void trustFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        const QByteArray snapshot = vciOf(m_key.get(), kIss);
        write(u"snap.json"_qs, snapshot);
        TrustStore unchecked;
        TrustLoader loader;
        QVERIFY(!loader.loadPath(dir.filePath(u"snap.json"_qs), unchecked));
        QCOMPARE(unchecked.size(), 1);
        QVERIFY(loader.warnings().join(u'\n').contains(u"unchecked"));
        QCOMPARE(unchecked.signers().first()->shcIssuer, kIss);

        // A detached signature: checked with the certificate next to it.
        auto signingKey = generateKey(KeyType::P256);
        const QByteArray der = makeCertificate(signingKey.get(), 0, 4'000'000'000);
        const QByteArray pem = "-----BEGIN CERTIFICATE-----\n" + der.toBase64() + "\n-----END CERTIFICATE-----\n";
        write(u"snap.sig"_qs, rawToDer(signData(signingKey.get(), SignatureAlgorithm::Es256, snapshot)));
        TrustStore noCertificate;
        QVERIFY(TrustLoader().loadPath(dir.filePath(u"snap.json"_qs), noCertificate).has_value());
        QCOMPARE(noCertificate.size(), 0);
        write(u"snap.crt"_qs, pem);
        TrustStore checked;
        TrustLoader checkedLoader;
        const auto error = checkedLoader.loadPath(dir.filePath(u"snap.json"_qs), checked);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(checked.size(), 1);
        write(u"snap.json"_qs, snapshot + ' ');
        TrustStore tampered;
        const auto refused = TrustLoader().loadPath(dir.filePath(u"snap.json"_qs), tampered);
        QVERIFY(refused);
        QVERIFY(refused->message.contains(u"does not verify"));
        QCOMPARE(tampered.size(), 0);

        // A JWKS with no usable key is refused; unusable keys are skipped with a warning.
        TrustStore store;
        QVERIFY(TrustLoader().loadBytes(R"({"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]})", u"rsa.jwks"_qs, store));
        TrustLoader mixed;
        QJsonArray keys{publicJwk(m_key.get()), QJsonObject{{u"kty"_qs, u"oct"_qs}}};
        QVERIFY(!mixed.loadBytes(QJsonDocument(QJsonObject{{u"keys"_qs, keys}}).toJson(), u"mixed.jwks"_qs, store));
        QCOMPARE(store.size(), 1);
        QCOMPARE(mixed.warnings().size(), 1);
    }

    void chunksJoined_data()
    {
        QTest::addColumn<QList<int>>("order"); // part numbers in line order; 0 = a non-SHC line
        QTest::addColumn<int>("certificates");
        QTest::addColumn<QStringList>("verdicts");
        QTest::newRow("in order") << QList<int>{1, 2, 3} << 1 << QStringList{u"valid"_qs};
        QTest::newRow("any order") << QList<int>{3, 1, 2} << 1 << QStringList{u"valid"_qs};
        QTest::newRow("repeat dropped") << QList<int>{1, 1, 2, 3} << 1 << QStringList{u"valid"_qs};
        QTest::newRow("missing part") << QList<int>{1, 3} << 1 << QStringList{u"invalid"_qs};
        QTest::newRow("interrupted") << QList<int>{1, 2, 0, 3} << 3
                                     << QStringList{u"invalid"_qs, u"unreadable"_qs, u"invalid"_qs};
        QTest::newRow("two cards") << QList<int>{1, 2, 3, 1, 2, 3} << 2 << QStringList{u"valid"_qs, u"valid"_qs};
    }

    void chunksJoined()
    {
        QFETCH(QList<int>, order);
        QFETCH(int, certificates);
        QFETCH(QStringList, verdicts);
        const QByteArray digits = makeCard(m_key.get(), cardPayload()).sliced(5);
        const qsizetype third = (digits.size() / 6) * 2; // even split points
        const QList<QByteArray> parts{digits.first(third), digits.sliced(third, third), digits.sliced(2 * third)};
        QByteArray input;
        for (const int part : order) {
            if (part == 0)
                input += QByteArray("not a code\n");
            else
                input += QByteArray("shc:/" + QByteArray::number(part) + "/3/" + parts.at(part - 1) + '\n');
        }
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const QList<Cli::PayloadItem> items = Cli::InputReader::readText(buffer, u"-"_qs);
        QCOMPARE(items.size(), certificates);
        const Verifier verifier(storeOf(jwksOf({m_key.get()})));
        QStringList got;
        for (const Cli::PayloadItem &item : items)
            got.append(verdictName(verifier.verify(item.text, ms(kNbf + 60)).verdict()));
        QCOMPARE(got, verdicts);
        if (order == QList<int>{1, 3})
            QVERIFY(codesOf(verifier.verify(items.first().text, ms(kNbf + 60))).contains(u"incomplete"_qs));
        QCOMPARE(items.first().source, u"-#1"_qs);
    }

    void cliEndToEnd()
    {
        // certdesk-cli itself: three chunk lines on standard input are one valid certificate;
        // without the middle one, one `incomplete`.
        QTemporaryDir dir;
        QFile jwksFile(dir.filePath(u"keys.jwks.json"_qs));
        QVERIFY(jwksFile.open(QIODevice::WriteOnly));
        jwksFile.write(jwksOf({m_key.get()}));
        jwksFile.close();
        const QByteArray digits = makeCard(m_key.get(), cardPayload()).sliced(5);
        const qsizetype half = (digits.size() / 4) * 2;
        for (const bool complete : {true, false}) {
            QProcess cli;
            cli.start(QStringLiteral(CERTDESK_CLI_PATH),
                      {u"verify"_qs, u"--json"_qs, u"--trust"_qs, jwksFile.fileName(), u"--at"_qs,
                       u"2023-11-16T00:00:00Z"_qs, u"-"_qs});
            QVERIFY(cli.waitForStarted());
            if (complete)
                cli.write(QByteArray("shc:/1/2/" + digits.first(half) + "\n"));
            cli.write(QByteArray("shc:/2/2/" + digits.sliced(half) + "\n"));
            cli.closeWriteChannel();
            QVERIFY(cli.waitForFinished(30000));
            const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
            QCOMPARE(lines.size(), 1);
            const QJsonObject object = QJsonDocument::fromJson(lines.first()).object();
            QCOMPARE(object.value(u"format").toString(), u"shc"_qs);
            if (complete) {
                QCOMPARE(object.value(u"verdict").toString(), u"valid"_qs);
                QCOMPARE(cli.exitCode(), 0);
            } else {
                QCOMPARE(object.value(u"reasons").toArray().at(0).toObject().value(u"code").toString(), u"incomplete"_qs);
                QCOMPARE(cli.exitCode(), 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestShc)
#include "tst_shc.moc"
