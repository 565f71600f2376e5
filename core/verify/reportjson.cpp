// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "reportjson.h"

#include "trust/trustloader.h"

#include <QJsonArray>

namespace CertDesk {

namespace {

void insertIfSet(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertCoded(QJsonObject &object, const QString &key, const CodedValue &value)
{
    if (value.isEmpty())
        return;
    object.insert(key, value.code);
    if (!value.display.isEmpty())
        object.insert(key + QStringLiteral("_name"), value.display);
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString checkOutcomeName(CheckStep::Outcome outcome)
{
    switch (outcome) {
    case CheckStep::Outcome::Passed:
        return QStringLiteral("passed");
    case CheckStep::Outcome::Failed:
        return QStringLiteral("failed");
    case CheckStep::Outcome::NotChecked:
        return QStringLiteral("not_checked");
    }
    return QStringLiteral("not_checked");
}


} // namespace

QJsonObject certificateToJson(const HealthCertificate &certificate)
{
    QJsonObject out;
    const Holder &h = certificate.holder;
    QJsonObject holder;
    holder.insert(QStringLiteral("family_name"), h.familyName);
    holder.insert(QStringLiteral("given_name"), h.givenName);
    holder.insert(QStringLiteral("family_name_latin"), h.familyNameLatin);
    holder.insert(QStringLiteral("given_name_latin"), h.givenNameLatin);
    holder.insert(QStringLiteral("date_of_birth"), h.dateOfBirth);
    insertIfSet(holder, QStringLiteral("sex"), h.sex);
    if (h.document) {
        holder.insert(QStringLiteral("document"), QJsonObject{{QStringLiteral("type"), h.document->type},
                                                              {QStringLiteral("number"), h.document->number},
                                                              {QStringLiteral("country"), h.document->country}});
    }
    out.insert(QStringLiteral("holder"), holder);

    QJsonArray vaccinations;
    for (const Vaccination &v : certificate.vaccinations) {
        QJsonObject o;
        insertCoded(o, QStringLiteral("disease"), v.disease);
        insertCoded(o, QStringLiteral("vaccine"), v.vaccineType);
        insertCoded(o, QStringLiteral("product"), v.product);
        insertCoded(o, QStringLiteral("manufacturer"), v.manufacturer);
        o.insert(QStringLiteral("dose_number"), v.doseNumber);
        o.insert(QStringLiteral("total_doses"), v.totalDoses);
        o.insert(QStringLiteral("date"), dateText(v.date));
        o.insert(QStringLiteral("country"), v.country);
        insertIfSet(o, QStringLiteral("issuer"), v.issuer);
        insertIfSet(o, QStringLiteral("certificate_id"), v.certificateId);
        vaccinations.append(o);
    }
    out.insert(QStringLiteral("vaccinations"), vaccinations);

    QJsonArray tests;
    QJsonArray nucleicAcidTests;
    for (const NucleicAcidTest &t : certificate.nucleicAcidTests) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("nucleic_acid")},
                      {QStringLiteral("method"), t.method},
                      {QStringLiteral("sample_collected"), t.sampleCollectedText},
                      {QStringLiteral("result"), t.result},
                      {QStringLiteral("country"), t.country}};
        insertIfSet(o, QStringLiteral("laboratory"), t.laboratory);
        tests.append(o);
        nucleicAcidTests.append(o);
    }
    for (const DccTest &t : certificate.tests) {
        QJsonObject o;
        insertCoded(o, QStringLiteral("disease"), t.disease);
        insertCoded(o, QStringLiteral("type"), t.testType);
        insertIfSet(o, QStringLiteral("name"), t.testName);
        insertCoded(o, QStringLiteral("device"), t.device);
        o.insert(QStringLiteral("sample_collected"), t.sampleCollectedText);
        insertCoded(o, QStringLiteral("result"), t.result);
        insertIfSet(o, QStringLiteral("testing_centre"), t.testingCentre);
        o.insert(QStringLiteral("country"), t.country);
        insertIfSet(o, QStringLiteral("issuer"), t.issuer);
        insertIfSet(o, QStringLiteral("certificate_id"), t.certificateId);
        tests.append(o);
    }
    out.insert(QStringLiteral("tests"), tests);
    if (certificate.format == CertificateFormat::Ithc)
        out.insert(QStringLiteral("nucleic_acid_tests"), nucleicAcidTests);

    QJsonArray recoveries;
    for (const Recovery &r : certificate.recoveries) {
        QJsonObject o;
        insertCoded(o, QStringLiteral("disease"), r.disease);
        o.insert(QStringLiteral("first_positive"), dateText(r.firstPositive));
        o.insert(QStringLiteral("valid_from"), dateText(r.validFrom));
        o.insert(QStringLiteral("valid_until"), dateText(r.validUntil));
        o.insert(QStringLiteral("country"), r.country);
        insertIfSet(o, QStringLiteral("issuer"), r.issuer);
        insertIfSet(o, QStringLiteral("certificate_id"), r.certificateId);
        recoveries.append(o);
    }
    out.insert(QStringLiteral("recoveries"), recoveries);

    QJsonArray antibodyTests;
    for (const AntibodyTest &t : certificate.antibodyTests) {
        QJsonObject o{{QStringLiteral("type"), QStringLiteral("igm")},
                      {QStringLiteral("sample_collected"), t.sampleCollectedText},
                      {QStringLiteral("result"), t.result},
                      {QStringLiteral("country"), t.country}};
        insertIfSet(o, QStringLiteral("laboratory"), t.laboratory);
        antibodyTests.append(o);
    }
    out.insert(QStringLiteral("antibody_tests"), antibodyTests);
    return out;
}

QJsonObject reportToJson(const VerificationReport &report, const QString &source)
{
    QJsonObject out;
    out.insert(QStringLiteral("source"), source);
    out.insert(QStringLiteral("format"), formatName(report.format));
    out.insert(QStringLiteral("verdict"), verdictName(report.verdict()));
    QJsonArray reasons;
    for (const Reason &reason : report.reasons) {
        reasons.append(QJsonObject{{QStringLiteral("code"), reasonCodeName(reason.code)},
                                   {QStringLiteral("detail"), reason.detail}});
    }
    out.insert(QStringLiteral("reasons"), reasons);
    if (!report.kid.isEmpty())
        out.insert(QStringLiteral("kid"), report.format == CertificateFormat::Shc ? QString::fromLatin1(report.kid)
                                                                                   : QString::fromLatin1(report.kid.toBase64()));
    if (!report.algorithm.isEmpty())
        out.insert(QStringLiteral("algorithm"), report.algorithm);
    if (report.signer) {
        out.insert(QStringLiteral("signer"), QJsonObject{{QStringLiteral("subject"), report.signer->subject},
                                                         {QStringLiteral("country"), report.signer->country},
                                                         {QStringLiteral("source"), report.signer->sourceName},
                                                         {QStringLiteral("source_kind"), trustSourceKindName(report.signer->sourceKind)}});
    }
    if (report.certificate) {
        const HealthCertificate &c = *report.certificate;
        out.insert(QStringLiteral("issuer"), c.issuerCountry);
        if (c.issuedAt)
            out.insert(QStringLiteral("issued_at"), Timestamp::formatRfc3339(*c.issuedAt));
        if (c.expiresAt)
            out.insert(QStringLiteral("expires_at"), Timestamp::formatRfc3339(*c.expiresAt));
        out.insert(QStringLiteral("certificate_id"), c.certificateId);
        if (!c.schemaVersion.isEmpty())
            out.insert(QStringLiteral("schema_version"), c.schemaVersion);
        insertIfSet(out, QStringLiteral("scheme"), c.scheme); // CertDesk extension: e.g. "WHO DDCC:VS"
        const QJsonObject details = certificateToJson(c);
        for (auto it = details.begin(); it != details.end(); ++it)
            out.insert(it.key(), it.value());
    } else {
        // The contract's lists are always present; empty when nothing could be read.
        for (const char *key : {"vaccinations", "tests", "recoveries", "antibody_tests"})
            out.insert(QLatin1StringView(key), QJsonArray());
    }
    if (report.policy) {
        QJsonArray rules;
        for (const VerificationReport::PolicyRule &rule : report.policy->rules) {
            rules.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                     {QStringLiteral("outcome"), rule.met ? QStringLiteral("met") : QStringLiteral("not_met")},
                                     {QStringLiteral("detail"), rule.detail}});
        }
        out.insert(QStringLiteral("policy"),
                   QJsonObject{{QStringLiteral("id"), report.policy->id},
                               {QStringLiteral("outcome"), report.policy->met ? QStringLiteral("met") : QStringLiteral("not_met")},
                               {QStringLiteral("rules"), rules}});
    }
    if (report.trust) {
        // CertDesk extension (TRUST-BUNDLES.md "Age"): how old the trust behind this verdict is.
        QJsonObject trust{{QStringLiteral("status"), report.trust->status}, {QStringLiteral("detail"), report.trust->detail}};
        if (report.trust->ageMs >= 0)
            trust.insert(QStringLiteral("age_hours"), double(report.trust->ageMs / 60000) / 60.0);
        if (report.trust->bundleVersion > 0) {
            trust.insert(QStringLiteral("bundle_version"), qint64(report.trust->bundleVersion));
            trust.insert(QStringLiteral("bundle_issued"), Timestamp::formatRfc3339(report.trust->issued));
        }
        out.insert(QStringLiteral("trust"), trust);
    }
    QJsonArray checks;
    for (const CheckStep &step : report.checks) {
        QJsonObject o{{QStringLiteral("id"), step.id}, {QStringLiteral("outcome"), checkOutcomeName(step.outcome)}};
        insertIfSet(o, QStringLiteral("detail"), step.detail);
        checks.append(o);
    }
    out.insert(QStringLiteral("checks"), checks);
    return out;
}

} // namespace CertDesk
