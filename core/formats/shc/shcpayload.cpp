// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "shcpayload.h"

#include "shccodes.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

#include "verify/limits.h"

namespace CertDesk::Shc {

namespace {

constexpr QStringView kHealthCardType = u"https://smarthealth.cards#health-card";
/// Times after 9999-12-31 are not dates any more; they also keep the conversion to ms in range.
constexpr double kMaxEpochSeconds = 253402300799.0;

QJsonValue member(const QJsonValue &value, const char *key)
{
    return value.toObject().value(QLatin1StringView(key));
}

// "nbf"/"exp": JWT NumericDate (RFC 7519 §2): seconds, fractions allowed.
std::optional<Timestamp::Millis> numericDate(const QJsonObject &object, const char *key, QList<Reason> &problems)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined())
        return std::nullopt;
    const double seconds = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(seconds) || seconds < 0 || seconds > kMaxEpochSeconds) {
        problems.append({ReasonCode::Schema, QStringLiteral("\"%1\" is not a NumericDate").arg(QLatin1StringView(key))});
        return std::nullopt;
    }
    return Timestamp::Millis(std::llround(seconds * 1000.0));
}

// The first coding, preferring one the tables know; the words from the table, else the display.
CodedValue codedValue(const QJsonValue &codeableConcept, CodeInfo *infoOut = nullptr)
{
    const QJsonArray codings = member(codeableConcept, "coding").toArray();
    CodedValue first;
    for (const QJsonValue &coding : codings) {
        const QString system = member(coding, "system").toString();
        const QString code = member(coding, "code").toString();
        if (code.isEmpty())
            continue;
        const CodeInfo info = lookupCode(system, code);
        if (!info.display.isEmpty()) {
            if (infoOut)
                *infoOut = info;
            return {code, info.display};
        }
        if (first.isEmpty())
            first = {code, member(coding, "display").toString()};
    }
    return first;
}

void readPatient(const QJsonObject &resource, Holder &holder)
{
    const QJsonObject name = resource.value(QLatin1StringView("name")).toArray().at(0).toObject();
    holder.familyName = name.value(QLatin1StringView("family")).toString();
    QStringList given;
    for (const QJsonValue &part : name.value(QLatin1StringView("given")).toArray())
        given.append(part.toString());
    holder.givenName = given.join(u' ');
    holder.dateOfBirth = resource.value(QLatin1StringView("birthDate")).toString();
}

Vaccination readImmunization(const QJsonObject &resource, QList<Reason> &problems)
{
    Vaccination vaccination;
    CodeInfo info;
    vaccination.product = codedValue(resource.value(QLatin1StringView("vaccineCode")), &info);
    if (vaccination.product.isEmpty())
        problems.append({ReasonCode::Schema, QStringLiteral("Immunization without vaccineCode")});
    if (!info.manufacturer.isEmpty())
        vaccination.manufacturer = {info.manufacturer, info.manufacturer};
    if (info.covid19)
        vaccination.disease = {QStringLiteral("840539006"), QStringLiteral("COVID-19")};
    const QString occurrence = resource.value(QLatin1StringView("occurrenceDateTime")).toString();
    vaccination.date = QDate::fromString(occurrence.left(10), Qt::ISODate);
    if (!vaccination.date.isValid())
        problems.append({ReasonCode::Schema, QStringLiteral("Immunization without a valid occurrenceDateTime")});
    const QJsonArray performers = resource.value(QLatin1StringView("performer")).toArray();
    vaccination.issuer = member(member(performers.at(0), "actor"), "display").toString();
    const QJsonValue protocol = resource.value(QLatin1StringView("protocolApplied")).toArray().at(0);
    vaccination.doseNumber = member(protocol, "doseNumberPositiveInt").toInt();
    vaccination.totalDoses = member(protocol, "seriesDosesPositiveInt").toInt();
    return vaccination;
}

DccTest readObservation(const QJsonObject &resource, QList<Reason> &problems)
{
    DccTest test;
    test.testType = codedValue(resource.value(QLatin1StringView("code")));
    test.testName = test.testType.display;
    if (test.testType.isEmpty())
        problems.append({ReasonCode::Schema, QStringLiteral("Observation without code")});
    if (lookupCode(kLoincSystem, test.testType.code).covid19)
        test.disease = {QStringLiteral("840539006"), QStringLiteral("COVID-19")};
    test.result = codedValue(resource.value(QLatin1StringView("valueCodeableConcept")));
    if (test.result.isEmpty()) {
        const QString text = resource.value(QLatin1StringView("valueString")).toString();
        test.result = {text, {}};
    }
    // FHIR R4 makes effective[x] optional (0..1): a panel's member results often have none. The
    // SHC COVID-19 laboratory profile requires it, so a COVID-19 result without one is refused; a
    // date that is present must be well-formed either way.
    const QJsonValue effective = resource.value(QLatin1StringView("effectiveDateTime"));
    test.sampleCollectedText = effective.toString();
    if (auto instant = Timestamp::parseRfc3339(test.sampleCollectedText))
        test.sampleCollected = *instant;
    else if (auto date = Timestamp::parseDate(test.sampleCollectedText))
        test.sampleCollected = Timestamp::startOfDayUtc(*date);
    else if (!effective.isUndefined() || !test.disease.code.isEmpty())
        problems.append({ReasonCode::Schema, QStringLiteral("Observation without a valid effectiveDateTime")});
    const QJsonArray performers = resource.value(QLatin1StringView("performer")).toArray();
    test.testingCentre = member(performers.at(0), "display").toString();
    return test;
}

void readBundle(const QJsonObject &bundle, Payload &out)
{
    QList<Reason> &problems = out.schemaProblems;
    if (bundle.value(QLatin1StringView("resourceType")).toString() != u"Bundle")
        problems.append({ReasonCode::Schema, QStringLiteral("fhirBundle is not a FHIR Bundle")});
    const QJsonArray entries = bundle.value(QLatin1StringView("entry")).toArray();
    if (entries.size() > Limits::kMaxShcBundleEntries) {
        problems.append({ReasonCode::Schema, QStringLiteral("the bundle has %1 entries, over %2")
                                                 .arg(entries.size())
                                                 .arg(Limits::kMaxShcBundleEntries)});
        return;
    }
    int patients = 0;
    for (const QJsonValue &entry : entries) {
        const QJsonObject resource = member(entry, "resource").toObject();
        const QString type = resource.value(QLatin1StringView("resourceType")).toString();
        if (type == u"Patient") {
            if (++patients == 1)
                readPatient(resource, out.certificate.holder);
        } else if (type == u"Immunization") {
            out.certificate.vaccinations.append(readImmunization(resource, problems));
        } else if (type == u"Observation") {
            out.certificate.tests.append(readObservation(resource, problems));
        } else if (type.isEmpty()) {
            problems.append({ReasonCode::Schema, QStringLiteral("a bundle entry has no resource")});
        }
    }
    // The SHC framework does not require a Patient (the spec's own example 02, a laboratory
    // panel, has none: it verifies, and no holder is shown); two would make the holder ambiguous.
    if (patients > 1)
        problems.append({ReasonCode::Schema, QStringLiteral("the bundle holds %1 Patient resources, not one").arg(patients)});
}

} // namespace

bool isWellFormedIssuer(const QString &iss)
{
    const QUrl url(iss, QUrl::StrictMode);
    return url.isValid() && url.scheme() == u"https" && !url.host().isEmpty() && !iss.endsWith(u'/');
}

Payload readPayload(const QJsonObject &payload)
{
    Payload out;
    out.certificate.format = CertificateFormat::Shc;
    QList<Reason> &problems = out.schemaProblems;

    const QJsonValue iss = payload.value(QLatin1StringView("iss"));
    out.issuer = iss.toString();
    if (!iss.isString())
        problems.append({ReasonCode::Schema, QStringLiteral("no \"iss\"")});
    else if (!isWellFormedIssuer(out.issuer))
        problems.append({ReasonCode::Schema, QStringLiteral("\"iss\" must be an https URL without a trailing slash")});
    out.notBefore = numericDate(payload, "nbf", problems);
    if (!payload.contains(QLatin1StringView("nbf")))
        problems.append({ReasonCode::Schema, QStringLiteral("no \"nbf\"")});
    out.expiresAt = numericDate(payload, "exp", problems);
    out.certificate.issuerCountry = out.issuer;
    out.certificate.issuedAt = out.notBefore;
    out.certificate.expiresAt = out.expiresAt;

    const QJsonObject vc = payload.value(QLatin1StringView("vc")).toObject();
    const QJsonArray types = vc.value(QLatin1StringView("type")).toArray();
    const bool isHealthCard = std::any_of(types.begin(), types.end(),
                                          [](const QJsonValue &type) { return type.toString() == kHealthCardType; });
    if (!isHealthCard)
        problems.append({ReasonCode::Schema, QStringLiteral("vc.type lacks %1").arg(kHealthCardType)});
    const QJsonObject subject = vc.value(QLatin1StringView("credentialSubject")).toObject();
    out.certificate.schemaVersion = subject.value(QLatin1StringView("fhirVersion")).toString();
    if (out.certificate.schemaVersion.isEmpty())
        problems.append({ReasonCode::Schema, QStringLiteral("no credentialSubject.fhirVersion")});
    const QJsonValue bundle = subject.value(QLatin1StringView("fhirBundle"));
    if (!bundle.isObject())
        problems.append({ReasonCode::Schema, QStringLiteral("no credentialSubject.fhirBundle")});
    else
        readBundle(bundle.toObject(), out);
    return out;
}

} // namespace CertDesk::Shc
