// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// WHO DDCC core data sets in an HCERT (formats/ddcc/DDCC.md): DDCC:VS and DDCC:TR specimens
// signed here with test keys, in the WHO claim layout (-260 → {2: DDCC:VS, 3: DDCC:TR}).
#include "specimen.h"
#include "formats/ddcc/ddccpayload.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <QCborArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kIat = 1710400000; // 2024-03-14T07:06:40Z
constexpr qint64 kExp = kIat + 14 * 86400;
constexpr Timestamp::Millis kAt = (kIat + 3600) * 1000;

const QString kIcd11 = QStringLiteral("http://id.who.int/icd11/mms");
const QString kSnomed = QStringLiteral("http://snomed.info/sct");

struct Fixture
{
    SpecimenSigner es256 = SpecimenSigner::make(KeyType::P256);
    SpecimenSigner rsa = SpecimenSigner::make(KeyType::Rsa2048);
    SpecimenSigner untrusted = SpecimenSigner::make(KeyType::P256);
    SpecimenSigner retired = SpecimenSigner::make(KeyType::P256, 1500000000, 1600000000);
    SpecimenSigner vaccinationOnly = SpecimenSigner::make(KeyType::P256, 1600000000, 2000000000, {"1.3.6.1.4.1.1847.2021.1.2"});
    SpecimenSigner testOnly = SpecimenSigner::make(KeyType::P256, 1600000000, 2000000000, {"1.3.6.1.4.1.0.1847.2021.1.1"});
    std::shared_ptr<TrustStore> store = std::make_shared<TrustStore>();

    Fixture()
    {
        for (const SpecimenSigner *s : {&es256, &rsa, &retired, &vaccinationOnly, &testOnly}) {
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

QCborMap coding(const QString &system, const QString &code, const QString &display = {})
{
    QCborMap out{{u"system"_qs, system}, {u"code"_qs, code}};
    if (!display.isEmpty())
        out.insert(u"display"_qs, display);
    return out;
}

QCborMap certificateMetadata(const QString &hcid)
{
    return QCborMap{{u"issuer"_qs, QCborMap{{u"identifier"_qs, QCborMap{{u"value"_qs, u"WHO-XA"_qs}}},
                                            {u"display"_qs, u"Ministry of Health, Specimen Land"_qs}}},
                    {u"hcid"_qs, QCborMap{{u"value"_qs, hcid}}},
                    {u"version"_qs, u"RC-2.0.0"_qs},
                    {u"period"_qs, QCborMap{{u"start"_qs, u"2024-03-14"_qs}, {u"end"_qs, u"2025-03-14"_qs}}}};
}

// A DDCC:VS core data set with every element of DDCCCoreDataSet.VS (WHO logical model).
QCborMap vsCoreDataSet()
{
    const QCborMap vaccination{
        {u"vaccine"_qs, coding(kIcd11, u"XM0GQ8"_qs, u"COVID-19 vaccine, mRNA based"_qs)},
        {u"brand"_qs, coding(u"https://ec.europa.eu/health/documents/community-register/html/"_qs, u"EU/1/20/1528"_qs)},
        {u"manufacturer"_qs, coding(u"https://spor.ema.europa.eu/v1/organisations"_qs, u"ORG-100030215"_qs)},
        {u"maholder"_qs, coding(u"https://spor.ema.europa.eu/v1/organisations"_qs, u"ORG-100030215"_qs)},
        {u"lot"_qs, u"PT123F"_qs},
        {u"date"_qs, u"2024-01-10"_qs},
        {u"validFrom"_qs, u"2024-01-24"_qs},
        {u"dose"_qs, 1},
        {u"totalDoses"_qs, 2},
        {u"country"_qs, coding(u"urn:iso:std:iso:3166"_qs, u"CHE"_qs)},
        {u"centre"_qs, u"Vaccination Site Geneva"_qs},
        {u"practitioner"_qs, QCborMap{{u"value"_qs, u"HW-0001"_qs}}},
        {u"disease"_qs, coding(kIcd11, u"RA01"_qs, u"COVID-19"_qs)},
        {u"nextDose"_qs, u"2024-02-07"_qs}};
    return QCborMap{{u"name"_qs, u"Aulus Agerius"_qs},
                    {u"birthDate"_qs, u"1990-01-02"_qs},
                    {u"identifier"_qs, QCborMap{{u"system"_qs, u"urn:xa:health-id"_qs}, {u"value"_qs, u"XA-123456"_qs}}},
                    {u"sex"_qs, u"female"_qs},
                    {u"certificate"_qs, certificateMetadata(u"XA-HCID-VS-0001"_qs)},
                    {u"vaccination"_qs, vaccination}};
}

// A DDCC:TR core data set with every element of DDCCCoreDataSet.TR.
QCborMap trCoreDataSet()
{
    const QCborMap test{{u"pathogen"_qs, coding(kSnomed, u"840539006"_qs)},
                        {u"type"_qs, coding(u"http://loinc.org"_qs, u"LP6464-4"_qs)},
                        {u"brand"_qs, coding(u"urn:xa:test-brands"_qs, u"XA-PCR-1"_qs, u"Specimen PCR kit"_qs)},
                        {u"manufacturer"_qs, coding(u"urn:xa:test-manufacturers"_qs, u"1232"_qs)},
                        {u"origin"_qs, coding(kSnomed, u"258500001"_qs, u"Nasopharyngeal swab"_qs)},
                        {u"date"_qs, u"2024-03-14T06:30:00+01:00"_qs},
                        {u"result"_qs, coding(kSnomed, u"260415000"_qs)},
                        {u"centre"_qs, coding(u"urn:xa:facilities"_qs, u"TC-7"_qs, u"Testing Centre Geneva"_qs)},
                        {u"country"_qs, coding(u"urn:iso:std:iso:3166"_qs, u"CHE"_qs)}};
    return QCborMap{{u"name"_qs, u"Aulus Agerius"_qs},
                    {u"birthDate"_qs, u"1990-01-02"_qs},
                    {u"certificate"_qs, certificateMetadata(u"XA-HCID-TR-0001"_qs)},
                    {u"test"_qs, test}};
}

QCborMap claimsWith(const QCborMap &hcert, qint64 iat = kIat, qint64 exp = kExp)
{
    return QCborMap{{1, u"XA"_qs}, {6, iat}, {4, exp}, {-260, hcert}};
}

QCborMap vsClaims()
{
    return claimsWith(QCborMap{{2, vsCoreDataSet()}});
}

QCborMap trClaims()
{
    return claimsWith(QCborMap{{3, trCoreDataSet()}});
}

// @p map with the member at @p path ("vaccination/dose") set to @p value, or removed when undefined.
QCborMap with(QCborMap map, const QString &path, const QCborValue &value)
{
    QStringList parts = path.split(u'/');
    const QString head = parts.takeFirst();
    if (parts.isEmpty()) {
        if (value.isUndefined())
            map.remove(head);
        else
            map.insert(head, value);
        return map;
    }
    map.insert(head, with(map.value(head).toMap(), parts.join(u'/'), value));
    return map;
}

QCborMap vsWith(const QString &path, const QCborValue &value)
{
    return claimsWith(QCborMap{{2, with(vsCoreDataSet(), path, value)}});
}

QCborMap trWith(const QString &path, const QCborValue &value)
{
    return claimsWith(QCborMap{{3, with(trCoreDataSet(), path, value)}});
}

CoseBuilder builder(const SpecimenSigner &signer, qint64 alg, const QCborMap &claims)
{
    CoseBuilder b;
    b.protectedHeader = QCborMap{{1, alg}, {4, signer.kid()}};
    b.payload = claims.toCborValue().toCbor();
    return b;
}

QByteArray hc1(const SpecimenSigner &signer, const QCborMap &claims, qint64 alg = -7,
               SignatureAlgorithm algorithm = SignatureAlgorithm::Es256)
{
    return builder(signer, alg, claims).qrText("HC1:", signer, algorithm);
}

// Signed over @p signedClaims, but carrying @p shownClaims: a payload changed after signing.
QByteArray tampered(const SpecimenSigner &signer, const QCborMap &signedClaims, const QCborMap &shownClaims)
{
    CoseBuilder b = builder(signer, -7, signedClaims);
    const QCborArray toBeSigned{u"Signature1"_qs, b.protectedHeader.toCborValue().toCbor(), QByteArray(), b.payload};
    b.signatureOverride = signData(signer.key.get(), SignatureAlgorithm::Es256, toBeSigned.toCborValue().toCbor());
    b.payload = shownClaims.toCborValue().toCbor();
    return b.qrText("HC1:", signer, SignatureAlgorithm::Es256);
}

QString reasonsText(const VerificationReport &report)
{
    QStringList list;
    for (const Reason &r : report.reasons)
        list.append(reasonCodeName(r.code) + u": " + r.detail);
    return list.join(u" | ");
}

// Nested one level deeper per step, inside an element the model does not name.
QCborValue nested(int levels)
{
    QCborValue value(u"deep"_qs);
    for (int i = 0; i < levels; ++i)
        value = QCborMap{{u"x"_qs, value}};
    return value;
}

} // namespace

class TestDdcc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verify_data()
    {
        QTest::addColumn<QByteArray>("qrText");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("firstReason");
        QTest::addColumn<QString>("detail"); ///< the first reason's detail contains this

        Fixture &f = Fixture::instance();
        const auto row = [](const char *name, const QByteArray &text, const QString &verdict, const QString &reason,
                            const QString &detail = {}, qint64 at = kAt) {
            QTest::newRow(name) << text << at << verdict << reason << detail;
        };
        const QString valid = u"valid"_qs;
        const QString invalid = u"invalid"_qs;
        const QString unreadable = u"unreadable"_qs;
        const QString schema = u"schema"_qs;

        row("valid-vs", hc1(f.es256, vsClaims()), valid, {});
        row("valid-tr", hc1(f.es256, trClaims()), valid, {});
        row("valid-vs-ps256", hc1(f.rsa, vsClaims(), -37, SignatureAlgorithm::Ps256), valid, {});
        row("valid-vs-and-tr", hc1(f.es256, claimsWith(QCborMap{{2, vsCoreDataSet()}, {3, trCoreDataSet()}})), valid, {});
        row("valid-vs-beside-eu-dcc",
            hc1(f.es256, claimsWith(QCborMap{{1, dccVaccinationClaims(kIat, kExp).value(-260).toMap().value(1)},
                                             {2, vsCoreDataSet()}})),
            valid, {});
        {
            QCborMap minimal{{u"name"_qs, u"Aulus Agerius"_qs},
                             {u"vaccination"_qs, QCborMap{{u"vaccine"_qs, coding(kIcd11, u"XM68M6"_qs)},
                                                          {u"brand"_qs, coding(kIcd11, u"XM8NQ0"_qs)},
                                                          {u"maholder"_qs, coding(kIcd11, u"XM8NQ0"_qs)},
                                                          {u"lot"_qs, u"A1"_qs},
                                                          {u"date"_qs, u"2024-01-10T09:30:00Z"_qs},
                                                          {u"dose"_qs, 3},
                                                          {u"country"_qs, coding(u"urn:iso:std:iso:3166"_qs, u"XA"_qs)}}}};
            row("valid-vs-required-elements-only", hc1(f.es256, claimsWith(QCborMap{{2, minimal}})), valid, {});
        }
        row("valid-vs-sex-as-coding",
            hc1(f.es256, vsWith(u"sex"_qs, coding(u"http://hl7.org/fhir/administrative-gender"_qs, u"male"_qs))), valid, {});
        row("valid-vs-at-exact-exp", hc1(f.es256, vsClaims()), valid, {}, {}, kExp * 1000);

        // Authenticity and time: exactly as for an EU DCC.
        row("signature_invalid-tampered-dose", tampered(f.es256, vsClaims(), vsWith(u"vaccination/dose"_qs, 2)), invalid,
            u"signature_invalid"_qs);
        row("signature_invalid-tampered-result",
            tampered(f.es256, trWith(u"test/result"_qs, coding(kSnomed, u"1240581000000104"_qs)), trClaims()), invalid,
            u"signature_invalid"_qs);
        {
            CoseBuilder forged = builder(f.es256, -7, vsClaims());
            row("signature_invalid-other-key", forged.qrText("HC1:", f.untrusted, SignatureAlgorithm::Es256), invalid,
                u"signature_invalid"_qs);
        }
        row("key_unknown", hc1(f.untrusted, vsClaims()), invalid, u"key_unknown"_qs);
        row("key_expired", hc1(f.retired, vsClaims()), invalid, u"key_expired"_qs);
        row("key_usage-tr-by-vaccination-signer", hc1(f.vaccinationOnly, trClaims()), invalid, u"key_usage"_qs);
        row("key_usage-vs-by-test-signer", hc1(f.testOnly, vsClaims()), invalid, u"key_usage"_qs);
        row("valid-vs-by-vaccination-signer", hc1(f.vaccinationOnly, vsClaims()), valid, {});
        row("expired", hc1(f.es256, vsClaims()), invalid, u"expired"_qs, {}, kExp * 1000 + 1);
        row("not_yet_valid", hc1(f.es256, trClaims()), invalid, u"not_yet_valid"_qs, {}, (kIat - 301) * 1000);

        // Content that does not fit the WHO logical model.
        row("schema-neither-eu-dcc-nor-ddcc", hc1(f.es256, claimsWith(QCborMap{{7, vsCoreDataSet()}})), invalid, schema,
            u"eu_dgc_v1"_qs);
        row("schema-vs-not-a-map", hc1(f.es256, claimsWith(QCborMap{{2, QCborArray{vsCoreDataSet()}}})), invalid, schema,
            u"key 2 (DDCC:VS) is not a map"_qs);
        row("schema-vs-content-under-tr-key", hc1(f.es256, claimsWith(QCborMap{{3, vsCoreDataSet()}})), invalid, schema,
            u"DDCC:TR #/test: missing"_qs);
        row("schema-name-missing", hc1(f.es256, vsWith(u"name"_qs, QCborValue())), invalid, schema, u"#/name: missing"_qs);
        row("schema-name-empty", hc1(f.es256, vsWith(u"name"_qs, u" "_qs)), invalid, schema, u"#/name"_qs);
        row("schema-vaccination-missing", hc1(f.es256, vsWith(u"vaccination"_qs, QCborValue())), invalid, schema,
            u"#/vaccination: missing"_qs);
        row("schema-dose-zero", hc1(f.es256, vsWith(u"vaccination/dose"_qs, 0)), invalid, schema, u"#/vaccination/dose"_qs);
        row("schema-dose-text", hc1(f.es256, vsWith(u"vaccination/dose"_qs, u"1"_qs)), invalid, schema,
            u"#/vaccination/dose"_qs);
        row("schema-dose-float", hc1(f.es256, vsWith(u"vaccination/dose"_qs, 1.0)), invalid, schema,
            u"#/vaccination/dose"_qs);
        row("schema-total-doses-negative", hc1(f.es256, vsWith(u"vaccination/totalDoses"_qs, -2)), invalid, schema,
            u"#/vaccination/totalDoses"_qs);
        row("schema-vaccine-not-a-coding", hc1(f.es256, vsWith(u"vaccination/vaccine"_qs, u"XM0GQ8"_qs)), invalid, schema,
            u"#/vaccination/vaccine: not a map"_qs);
        row("schema-coding-without-code", hc1(f.es256, vsWith(u"vaccination/brand/code"_qs, QCborValue())), invalid,
            schema, u"#/vaccination/brand/code: missing"_qs);
        row("schema-coding-system-not-text", hc1(f.es256, vsWith(u"vaccination/brand/system"_qs, 5)), invalid, schema,
            u"#/vaccination/brand/system"_qs);
        {
            QCborMap claims = vsWith(u"vaccination/manufacturer"_qs, QCborValue());
            QCborMap set = claims.value(-260).toMap().value(2).toMap();
            set = with(set, u"vaccination/maholder"_qs, QCborValue());
            row("schema-neither-manufacturer-nor-maholder", hc1(f.es256, claimsWith(QCborMap{{2, set}})), invalid, schema,
                u"who-ddcc-data-1"_qs);
        }
        row("schema-lot-missing", hc1(f.es256, vsWith(u"vaccination/lot"_qs, QCborValue())), invalid, schema,
            u"#/vaccination/lot: missing"_qs);
        row("schema-country-missing", hc1(f.es256, vsWith(u"vaccination/country"_qs, QCborValue())), invalid, schema,
            u"#/vaccination/country: missing"_qs);
        row("schema-date-partial", hc1(f.es256, vsWith(u"vaccination/date"_qs, u"2024-01"_qs)), invalid, schema,
            u"#/vaccination/date"_qs);
        row("schema-date-feb-30", hc1(f.es256, vsWith(u"vaccination/date"_qs, u"2024-02-30"_qs)), invalid, schema,
            u"#/vaccination/date"_qs);
        row("schema-next-dose-not-a-date", hc1(f.es256, vsWith(u"vaccination/nextDose"_qs, u"soon"_qs)), invalid, schema,
            u"#/vaccination/nextDose"_qs);
        row("schema-birth-date-after-issue", hc1(f.es256, vsWith(u"birthDate"_qs, u"2024-05-01"_qs)), invalid, schema,
            u"#/birthDate"_qs);
        row("schema-sex-unknown-code", hc1(f.es256, vsWith(u"sex"_qs, u"F"_qs)), invalid, schema, u"#/sex"_qs);
        row("schema-hcid-missing", hc1(f.es256, vsWith(u"certificate/hcid"_qs, QCborValue())), invalid, schema,
            u"#/certificate/hcid: missing"_qs);
        row("schema-issuer-names-nobody", hc1(f.es256, vsWith(u"certificate/issuer"_qs, QCborMap())), invalid, schema,
            u"#/certificate/issuer"_qs);
        row("schema-period-reversed", hc1(f.es256, vsWith(u"certificate/period/end"_qs, u"2023-01-01"_qs)), invalid,
            schema, u"#/certificate/period"_qs);
        row("schema-integer-map-key", hc1(f.es256, vsWith(u"vaccination/brand"_qs, QCborMap{{1, u"EU/1/20/1528"_qs}})),
            invalid, schema, u"not a text string"_qs);
        row("schema-test-inside-vs", hc1(f.es256, vsWith(u"test"_qs, trCoreDataSet().value(u"test"_qs))), invalid, schema,
            u"#/test"_qs);
        row("schema-tr-time-without-offset", hc1(f.es256, trWith(u"test/date"_qs, u"2024-03-14T06:30:00"_qs)), invalid,
            schema, u"#/test/date"_qs);
        row("schema-tr-type-missing", hc1(f.es256, trWith(u"test/type"_qs, QCborValue())), invalid, schema,
            u"#/test/type: missing"_qs);
        row("schema-vs-and-tr-name-different-holders",
            hc1(f.es256, claimsWith(QCborMap{{2, vsCoreDataSet()}, {3, with(trCoreDataSet(), u"name"_qs, u"Numerius Negidius"_qs)}})),
            invalid, schema, u"different holders"_qs);
        row("schema-malformed-ddcc-beside-eu-dcc",
            hc1(f.es256, claimsWith(QCborMap{{1, dccVaccinationClaims(kIat, kExp).value(-260).toMap().value(1)},
                                             {2, with(vsCoreDataSet(), u"vaccination/dose"_qs, 0)}})),
            invalid, schema, u"#/vaccination/dose"_qs);

        // Limits (DDCC.md "Limits"): too_large, so unreadable.
        row("too_large-long-text", hc1(f.es256, vsWith(u"vaccination/centre"_qs, QString(1025, u'a'))), unreadable,
            u"too_large"_qs, u"1024 bytes"_qs);
        row("too_large-deep", hc1(f.es256, vsWith(u"extension"_qs, nested(9))), unreadable, u"too_large"_qs,
            u"deeper than 8"_qs);
        {
            QCborArray many;
            for (int i = 0; i < 600; ++i)
                many.append(i);
            row("too_large-many-items", hc1(f.es256, vsWith(u"extension"_qs, many)), unreadable, u"too_large"_qs,
                u"512 data items"_qs);
        }
        row("valid-within-limits", hc1(f.es256, vsWith(u"extension"_qs, nested(8))), valid, {});
    }
    void verify()
    {
        QFETCH(QByteArray, qrText);
        QFETCH(qint64, at);
        QFETCH(QString, verdict);
        QFETCH(QString, firstReason);
        QFETCH(QString, detail);
        const VerificationReport report = Verifier(Fixture::instance().store).verify(qrText, at);
        const QString reasons = reasonsText(report);
        QCOMPARE(report.format, CertificateFormat::Dcc);
        QVERIFY2(verdictName(report.verdict()) == verdict, qPrintable(reasons));
        if (firstReason.isEmpty()) {
            QVERIFY2(report.reasons.isEmpty(), qPrintable(reasons));
            QVERIFY(report.certificate.has_value());
            QVERIFY(report.certificate->scheme.contains(u"WHO DDCC:"));
            return;
        }
        QVERIFY2(!report.reasons.isEmpty() && reasonCodeName(report.reasons.first().code) == firstReason, qPrintable(reasons));
        QVERIFY2(report.reasons.first().detail.contains(detail), qPrintable(reasons));
        if (firstReason == u"signature_invalid" || firstReason == u"key_unknown" || firstReason == u"too_large")
            QVERIFY(!report.certificate.has_value()); // nothing of a forgery or an oversized payload is shown
    }

    void vaccinationStatusDetails()
    {
        Fixture &f = Fixture::instance();
        const VerificationReport report = Verifier(f.store).verify(hc1(f.es256, vsClaims()), kAt);
        QVERIFY2(report.isValid(), qPrintable(reasonsText(report)));
        const HealthCertificate &c = *report.certificate;
        QCOMPARE(c.format, CertificateFormat::Dcc);
        QCOMPARE(c.scheme, u"WHO DDCC:VS"_qs);
        QCOMPARE(c.certificateId, u"XA-HCID-VS-0001"_qs);
        QCOMPARE(c.schemaVersion, u"RC-2.0.0"_qs);
        QCOMPARE(c.issuerCountry, u"XA"_qs);
        QCOMPARE(c.holder.familyName, u"Aulus Agerius"_qs);
        QCOMPARE(c.holder.dateOfBirth, u"1990-01-02"_qs);
        QCOMPARE(c.holder.sex, u"F"_qs);
        QCOMPARE(c.vaccinations.size(), 1);
        QVERIFY(c.tests.isEmpty());
        const Vaccination &v = c.vaccinations.first();
        QCOMPARE(v.doseNumber, 1);
        QCOMPARE(v.totalDoses, 2);
        QCOMPARE(v.date, QDate(2024, 1, 10));
        QCOMPARE(v.batch, u"PT123F"_qs);
        QCOMPARE(v.country, u"CHE"_qs);
        QCOMPARE(v.issuer, u"Ministry of Health, Specimen Land"_qs);
        QCOMPARE(v.certificateId, u"XA-HCID-VS-0001"_qs);
        // ICD-11 codings with their own display; EU codes without one get the EU value set's words.
        QCOMPARE(v.vaccineType, (CodedValue{u"XM0GQ8"_qs, u"COVID-19 vaccine, mRNA based"_qs}));
        QCOMPARE(v.disease, (CodedValue{u"RA01"_qs, u"COVID-19"_qs}));
        QCOMPARE(v.product, (CodedValue{u"EU/1/20/1528"_qs, u"Comirnaty"_qs}));
        QCOMPARE(v.manufacturer, (CodedValue{u"ORG-100030215"_qs, u"Biontech Manufacturing GmbH"_qs}));

        const QJsonObject json = reportToJson(report, u"-#1"_qs);
        QCOMPARE(json.value(u"format").toString(), u"dcc"_qs);
        QCOMPARE(json.value(u"scheme").toString(), u"WHO DDCC:VS"_qs);
        QCOMPARE(json.value(u"certificate_id").toString(), u"XA-HCID-VS-0001"_qs);
        QCOMPARE(json.value(u"holder").toObject().value(u"family_name").toString(), u"Aulus Agerius"_qs);
        const QJsonObject vaccination = json.value(u"vaccinations").toArray().first().toObject();
        QCOMPARE(vaccination.value(u"vaccine").toString(), u"XM0GQ8"_qs);
        QCOMPARE(vaccination.value(u"vaccine_name").toString(), u"COVID-19 vaccine, mRNA based"_qs);
        QCOMPARE(vaccination.value(u"product_name").toString(), u"Comirnaty"_qs);
        QCOMPARE(vaccination.value(u"dose_number").toInt(), 1);
        QCOMPARE(vaccination.value(u"total_doses").toInt(), 2);
    }

    void testResultDetails()
    {
        Fixture &f = Fixture::instance();
        const VerificationReport report = Verifier(f.store).verify(hc1(f.es256, trClaims()), kAt);
        QVERIFY2(report.isValid(), qPrintable(reasonsText(report)));
        const HealthCertificate &c = *report.certificate;
        QCOMPARE(c.scheme, u"WHO DDCC:TR"_qs);
        QCOMPARE(c.certificateId, u"XA-HCID-TR-0001"_qs);
        QVERIFY(c.vaccinations.isEmpty());
        QCOMPARE(c.tests.size(), 1);
        const DccTest &t = c.tests.first();
        QCOMPARE(t.disease, (CodedValue{u"840539006"_qs, u"COVID-19"_qs}));
        QCOMPARE(t.testType, (CodedValue{u"LP6464-4"_qs, u"Nucleic acid amplification with probe detection"_qs}));
        QCOMPARE(t.result, (CodedValue{u"260415000"_qs, u"Not detected"_qs}));
        QCOMPARE(t.testName, u"Specimen PCR kit"_qs);
        QCOMPARE(t.device.code, u"1232"_qs);
        QCOMPARE(t.testingCentre, u"Testing Centre Geneva"_qs);
        QCOMPARE(t.country, u"CHE"_qs);
        QCOMPARE(t.sampleCollectedText, u"2024-03-14T06:30:00+01:00"_qs);
        QCOMPARE(t.sampleCollected, Timestamp::parseRfc3339(u"2024-03-14T05:30:00Z").value());
        QCOMPARE(t.certificateId, u"XA-HCID-TR-0001"_qs);
    }

    void besideAnEuDcc()
    {
        // The EU DCC stays what is shown (and what policies and CertLogic read); the scheme names both.
        Fixture &f = Fixture::instance();
        const QCborMap claims = claimsWith(QCborMap{{1, dccVaccinationClaims(kIat, kExp).value(-260).toMap().value(1)},
                                                    {3, trCoreDataSet()}});
        const VerificationReport report = Verifier(f.store).verify(hc1(f.es256, claims), kAt);
        QVERIFY2(report.isValid(), qPrintable(reasonsText(report)));
        QCOMPARE(report.certificate->scheme, u"EU DCC + WHO DDCC:TR"_qs);
        QCOMPARE(report.certificate->holder.familyName, u"Musterfrau-Gößinger"_qs);
        QVERIFY(!report.dccJson.isEmpty());
        // Both statements count for the signer's extended key usage.
        const VerificationReport restricted = Verifier(f.store).verify(hc1(f.vaccinationOnly, claims), kAt);
        QCOMPARE(reasonCodeName(restricted.reasons.value(0).code), u"key_usage"_qs);
    }

    void parserEntryPoints()
    {
        QVERIFY(Ddcc::carriesCoreDataSet(vsClaims()));
        QVERIFY(Ddcc::carriesCoreDataSet(trClaims()));
        QVERIFY(!Ddcc::carriesCoreDataSet(dccVaccinationClaims(kIat, kExp)));
        QVERIFY(!Ddcc::carriesCoreDataSet(claimsWith(QCborMap{{7, vsCoreDataSet()}})));
        QVERIFY(!Ddcc::carriesCoreDataSet(QCborMap{{-260, u"not a map"_qs}}));

        const auto payload = Ddcc::readPayload(vsClaims());
        QVERIFY(payload.ok());
        QVERIFY(payload->schemaProblems.isEmpty());
        QVERIFY(payload->types == DccTypes(DccType::Vaccination));

        // Without a core data set the parser says so (the verifier never asks then).
        const auto none = Ddcc::readPayload(claimsWith(QCborMap{{7, 1}}));
        QVERIFY(none.ok());
        QCOMPARE(none->schemaProblems.size(), 1);

        // Limits come before any reading: an oversized set yields no payload at all.
        const auto oversized = Ddcc::readPayload(vsWith(u"name"_qs, QString(2000, u'x')));
        QVERIFY(!oversized.ok());
        QCOMPARE(oversized.reason().code, ReasonCode::TooLarge);
        const QByteArray bytes(Ddcc::kMaxStringBytes + 1, 'b');
        QVERIFY(!Ddcc::readPayload(vsWith(u"extension"_qs, bytes)).ok());
        QVERIFY(Ddcc::readPayload(vsWith(u"extension"_qs, QByteArray(Ddcc::kMaxStringBytes, 'b'))).ok());
    }

    void cliRoundTrip()
    {
        // certdesk-cli itself, payload lines on standard input, trust from the signer's certificate.
        Fixture &f = Fixture::instance();
        QTemporaryDir dir;
        QFile certificate(dir.filePath(u"signer.der"_qs));
        QVERIFY(certificate.open(QIODevice::WriteOnly));
        certificate.write(f.es256.certificateDer);
        certificate.close();
        const QByteArray vs = hc1(f.es256, vsClaims());
        const QByteArray tr = hc1(f.es256, trClaims());
        const QByteArray forged = tampered(f.es256, vsClaims(), vsWith(u"name"_qs, u"Numerius Negidius"_qs));
        for (const bool withForgery : {false, true}) {
            QProcess cli;
            cli.start(QStringLiteral(CERTDESK_CLI_PATH), {u"verify"_qs, u"--json"_qs, u"--trust"_qs, certificate.fileName(),
                                                          u"--at"_qs, Timestamp::formatRfc3339(kAt), u"-"_qs});
            QVERIFY(cli.waitForStarted());
            cli.write(vs + "\n" + tr + "\n");
            if (withForgery)
                cli.write(forged + "\n");
            cli.closeWriteChannel();
            QVERIFY(cli.waitForFinished(30000));
            QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
            QCOMPARE(lines.size(), withForgery ? 3 : 2);
            QMap<QString, QJsonObject> bySource;
            for (const QByteArray &line : std::as_const(lines)) {
                const QJsonObject object = QJsonDocument::fromJson(line).object();
                bySource.insert(object.value(u"source").toString(), object);
                QCOMPARE(object.value(u"format").toString(), u"dcc"_qs);
            }
            const QJsonObject first = bySource.value(u"-#1"_qs);
            QCOMPARE(first.value(u"verdict").toString(), u"valid"_qs);
            QCOMPARE(first.value(u"scheme").toString(), u"WHO DDCC:VS"_qs);
            QCOMPARE(first.value(u"certificate_id").toString(), u"XA-HCID-VS-0001"_qs);
            QCOMPARE(first.value(u"vaccinations").toArray().first().toObject().value(u"dose_number").toInt(), 1);
            const QJsonObject second = bySource.value(u"-#2"_qs);
            QCOMPARE(second.value(u"verdict").toString(), u"valid"_qs);
            QCOMPARE(second.value(u"scheme").toString(), u"WHO DDCC:TR"_qs);
            QCOMPARE(second.value(u"tests").toArray().first().toObject().value(u"result_name").toString(), u"Not detected"_qs);
            if (withForgery) {
                const QJsonObject third = bySource.value(u"-#3"_qs);
                QCOMPARE(third.value(u"verdict").toString(), u"invalid"_qs);
                QCOMPARE(third.value(u"reasons").toArray().first().toObject().value(u"code").toString(), u"signature_invalid"_qs);
                QVERIFY(!third.contains(u"holder"));
            }
            QCOMPARE(cli.exitCode(), withForgery ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDdcc)
#include "tst_ddcc.moc"
