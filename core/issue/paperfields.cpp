// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "paperfields.h"

#include "model/valuesets.h"

namespace CertDesk::Issue {

namespace {

using namespace Qt::StringLiterals;

QString words(const QString &valueSet, const CodedValue &value)
{
    if (!value.display.isEmpty() || value.code.isEmpty())
        return value.text();
    return ValueSets::builtIn().coded(valueSet, value.code).text();
}

QString instant(const std::optional<Timestamp::Millis> &time)
{
    return time ? Timestamp::formatRfc3339(*time) : QString();
}

QString sample(const QString &text, Timestamp::Millis time)
{
    return text.isEmpty() ? Timestamp::formatRfc3339(time) : text;
}

QString joined(const QStringList &parts)
{
    QStringList present;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            present.append(part);
    }
    return present.join(u", "_s);
}

// "Nucleic-acid test" for one entry, "Nucleic-acid test 2" for the second of several.
QString numbered(const QString &label, qsizetype index, qsizetype count)
{
    return count > 1 ? u"%1 %2"_s.arg(label).arg(index + 1) : label;
}

} // namespace

QList<PaperField> paperFields(const HealthCertificate &certificate)
{
    QList<PaperField> fields;
    const Holder &holder = certificate.holder;
    const QString name = QString(holder.familyName + u' ' + holder.givenName).trimmed();
    if (!name.isEmpty())
        fields.append({u"Name"_s, name});
    const QString icao = holder.familyNameLatin + u"<<"_s + holder.givenNameLatin;
    fields.append({u"Name (ICAO 9303)"_s, icao});
    fields.append({u"Date of birth"_s, holder.dateOfBirth});
    if (!holder.sex.isEmpty())
        fields.append({u"Sex"_s, holder.sex});
    if (holder.document) {
        const QString type = holder.document->type == u"P" ? u"passport"_s : u"identity card"_s;
        fields.append({u"Travel document"_s,
                       u"%1 %2 (%3)"_s.arg(type, holder.document->number, holder.document->country)});
    }

    const auto &nats = certificate.nucleicAcidTests;
    for (qsizetype i = 0; i < nats.size(); ++i) {
        const NucleicAcidTest &t = nats.at(i);
        fields.append({numbered(u"Nucleic-acid test"_s, i, nats.size()),
                       joined({t.method, t.result.toUpper(), u"sample "_s + sample(t.sampleCollectedText, t.sampleCollected),
                               t.laboratory, t.country})});
    }
    const auto &igms = certificate.antibodyTests;
    for (qsizetype i = 0; i < igms.size(); ++i) {
        const AntibodyTest &t = igms.at(i);
        fields.append({numbered(u"IgM antibody test"_s, i, igms.size()),
                       joined({t.result.toUpper(), u"sample "_s + sample(t.sampleCollectedText, t.sampleCollected),
                               t.laboratory, t.country})});
    }
    const auto &vaccinations = certificate.vaccinations;
    for (qsizetype i = 0; i < vaccinations.size(); ++i) {
        const Vaccination &v = vaccinations.at(i);
        fields.append({numbered(u"Vaccination"_s, i, vaccinations.size()),
                       joined({words(ValueSetId::kVaccineProduct, v.product),
                               words(ValueSetId::kVaccineManufacturer, v.manufacturer),
                               u"dose %1 of %2"_s.arg(v.doseNumber).arg(v.totalDoses), v.date.toString(Qt::ISODate),
                               v.country})});
    }
    const auto &tests = certificate.tests;
    for (qsizetype i = 0; i < tests.size(); ++i) {
        const DccTest &t = tests.at(i);
        fields.append({numbered(u"Test"_s, i, tests.size()),
                       joined({words(ValueSetId::kTestType, t.testType), t.testName,
                               words(ValueSetId::kTestResult, t.result).toUpper(),
                               u"sample "_s + sample(t.sampleCollectedText, t.sampleCollected), t.testingCentre,
                               t.country})});
    }
    const auto &recoveries = certificate.recoveries;
    for (qsizetype i = 0; i < recoveries.size(); ++i) {
        const Recovery &r = recoveries.at(i);
        fields.append({numbered(u"Recovery"_s, i, recoveries.size()),
                       joined({u"first positive "_s + r.firstPositive.toString(Qt::ISODate),
                               u"valid %1 to %2"_s.arg(r.validFrom.toString(Qt::ISODate),
                                                       r.validUntil.toString(Qt::ISODate)),
                               r.country})});
    }

    fields.append({u"Issuer"_s, certificate.issuerCountry});
    fields.append({u"Issued"_s, instant(certificate.issuedAt)});
    fields.append({u"Expires"_s, instant(certificate.expiresAt)});
    fields.append({u"Certificate identifier"_s, certificate.certificateId});
    return fields;
}

QString paperTitle(CertificateFormat format)
{
    return format == CertificateFormat::Dcc ? u"EU Digital COVID Certificate"_s
                                            : u"International Travel Health Certificate (ITHC-1)"_s;
}

} // namespace CertDesk::Issue
