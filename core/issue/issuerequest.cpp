// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "issuerequest.h"

#include <QDateTime>

namespace CertDesk::Issue {

namespace {

using namespace Qt::StringLiterals;

constexpr Timestamp::Millis kHour = 3600 * 1000;
constexpr int kDefaultVaccinationAgeDays = 30;

struct KindName
{
    Kind kind;
    const char16_t *name;
    bool ithc;
    bool dcc;
};

constexpr KindName kKindNames[] = {
    {Kind::Vaccination, u"vaccination", true, true},
    {Kind::NucleicAcidTest, u"nat-test", true, false},
    {Kind::IgmTest, u"igm-test", true, false},
    {Kind::BothTests, u"tests", true, false},
    {Kind::Test, u"test", false, true},
    {Kind::Recovery, u"recovery", false, true},
};

void fillDefault(QString &field, const QString &value)
{
    if (field.isEmpty())
        field = value;
}

Holder specimenHolder(Holder holder, CertificateFormat format, const QString &country)
{
    if (format == CertificateFormat::Ithc) {
        // ITHC-1 §4: the names in the holder's script plus their ICAO 9303 forms.
        if (holder.familyName.isEmpty() && holder.familyNameLatin.isEmpty())
            holder.familyName = u"样本"_s;
        fillDefault(holder.familyNameLatin, u"SPECIMEN"_s);
        if (holder.givenName.isEmpty() && holder.givenNameLatin.isEmpty())
            holder.givenName = u"测试"_s;
        fillDefault(holder.givenNameLatin, u"CESHI"_s);
        if (!holder.document)
            holder.document = TravelDocument{u"P"_s, u"XS0000000"_s, country};
    } else {
        fillDefault(holder.familyName, u"Mustermann"_s);
        fillDefault(holder.familyNameLatin, u"MUSTERMANN"_s);
        fillDefault(holder.givenName, u"Specimen"_s);
        fillDefault(holder.givenNameLatin, u"SPECIMEN"_s);
        holder.document.reset(); // DCCs carry no travel document
    }
    fillDefault(holder.dateOfBirth, u"1985-07-14"_s);
    return holder;
}

// DCC value-set codes (EU DCC value sets 1.3.0): COVID-19, mRNA vaccine, Comirnaty by
// BioNTech, NAAT, "detected"/"not detected".
constexpr char16_t kCovid19[] = u"840539006";

QList<Vaccination> vaccinations(const IssueRequest &request, const QString &country, const QString &id)
{
    const QDate last = request.vaccinationDate.value_or(
        QDateTime::fromMSecsSinceEpoch(request.issuedAt, Qt::UTC).date().addDays(-kDefaultVaccinationAgeDays));
    Vaccination v;
    v.doseNumber = 2;
    v.totalDoses = 2;
    v.date = last;
    v.country = country;
    if (request.format == CertificateFormat::Ithc) {
        v.product.code = u"BBIBP-CorV"_s;
        v.manufacturer.code = u"Sinopharm"_s;
        return {v};
    }
    v.disease.code = QString::fromUtf16(kCovid19);
    v.vaccineType.code = u"1119349007"_s;
    v.product.code = u"EU/1/20/1528"_s;
    v.manufacturer.code = u"ORG-100030215"_s;
    v.issuer = u"SPECIMEN Health Authority"_s;
    v.certificateId = id;
    return {v};
}

} // namespace

QString kindName(Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<Kind> kindFromName(QStringView name, CertificateFormat format)
{
    for (const KindName &entry : kKindNames) {
        if (name == QStringView(entry.name)
            && ((format == CertificateFormat::Ithc && entry.ithc) || (format == CertificateFormat::Dcc && entry.dcc)))
            return entry.kind;
    }
    return std::nullopt;
}

HealthCertificate IssueRequest::certificate() const
{
    const bool ithc = format == CertificateFormat::Ithc;
    const QString co = country.isEmpty() ? (ithc ? u"XS"_s : u"AT"_s) : country;
    HealthCertificate certificate;
    certificate.format = format;
    certificate.issuerCountry = co;
    certificate.issuedAt = issuedAt;
    certificate.expiresAt = expiresAt;
    certificate.holder = specimenHolder(holder, format, co);

    // A readable identifier that differs per kind and issue second.
    const QString stamp = QDateTime::fromMSecsSinceEpoch(issuedAt, Qt::UTC).toString(u"yyyyMMddHHmmss"_s);
    const QString tag = kindName(kind).toUpper().remove(u'-') + (positive ? u"P"_s : QString());
    certificate.certificateId = !certificateId.isEmpty() ? certificateId
                                : ithc ? u"URN:ITHC:%1:SPECIMEN:%2:%3"_s.arg(co, tag, stamp)
                                       : u"URN:UVCI:01:%1:SPECIMEN%2%3#S"_s.arg(co, tag, stamp);

    const Timestamp::Millis sample = sampleTime.value_or(issuedAt - 6 * kHour);
    const QString result = positive ? u"positive"_s : u"negative"_s;
    switch (kind) {
    case Kind::Vaccination:
        certificate.vaccinations = vaccinations(*this, co, certificate.certificateId);
        break;
    case Kind::NucleicAcidTest:
    case Kind::IgmTest:
    case Kind::BothTests:
        if (kind != Kind::IgmTest) {
            NucleicAcidTest nat;
            nat.sampleCollected = sample;
            nat.sampleCollectedText = Timestamp::formatRfc3339(sample);
            nat.method = u"RT-PCR"_s;
            nat.result = result;
            nat.laboratory = u"SPECIMEN Laboratory"_s;
            nat.country = co;
            certificate.nucleicAcidTests.append(nat);
        }
        if (kind != Kind::NucleicAcidTest) {
            AntibodyTest igm;
            igm.sampleCollected = sample;
            igm.sampleCollectedText = Timestamp::formatRfc3339(sample);
            igm.result = result;
            igm.laboratory = u"SPECIMEN Laboratory"_s;
            igm.country = co;
            certificate.antibodyTests.append(igm);
        }
        break;
    case Kind::Test: {
        DccTest test;
        test.disease.code = QString::fromUtf16(kCovid19);
        test.testType.code = u"LP6464-4"_s; // NAAT
        test.testName = u"SPECIMEN RT-PCR"_s;
        test.sampleCollected = sample;
        test.sampleCollectedText = Timestamp::formatRfc3339(sample);
        test.result.code = positive ? u"260373001"_s : u"260415000"_s; // detected / not detected
        test.testingCentre = u"SPECIMEN Test Centre"_s;
        test.country = co;
        test.issuer = u"SPECIMEN Health Authority"_s;
        test.certificateId = certificate.certificateId;
        certificate.tests.append(test);
        break;
    }
    case Kind::Recovery: {
        // First positive 20 days before issue (from the sample time when given);
        // valid from 11 days after it for 180 days (EU rules).
        const QDate positiveDate =
            QDateTime::fromMSecsSinceEpoch(sampleTime.value_or(issuedAt - 20 * 24 * kHour), Qt::UTC).date();
        Recovery recovery;
        recovery.disease.code = QString::fromUtf16(kCovid19);
        recovery.firstPositive = positiveDate;
        recovery.validFrom = positiveDate.addDays(11);
        recovery.validUntil = positiveDate.addDays(180);
        recovery.country = co;
        recovery.issuer = u"SPECIMEN Health Authority"_s;
        recovery.certificateId = certificate.certificateId;
        certificate.recoveries.append(recovery);
        break;
    }
    }
    return certificate;
}

} // namespace CertDesk::Issue
