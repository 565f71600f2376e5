// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "divoccredential.h"

#include <cmath>

#include <QJsonArray>
#include <QSet>

#include "formats/divoc/divoczip.h"
#include "formats/shc/shcjws.h"

namespace CertDesk::Divoc {

namespace {

constexpr QLatin1StringView kSchema("https://schema.org/");
constexpr QLatin1StringView kCredentials("https://www.w3.org/2018/credentials#");

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

bool hasType(const QJsonObject &object, QLatin1StringView type)
{
    const QJsonValue value = object.value(QLatin1StringView("type"));
    if (value.isString())
        return value.toString() == type;
    return value.toArray().contains(QJsonValue(type));
}

QString sexCode(const QString &gender)
{
    const QString lower = gender.toLower();
    if (lower == u"female")
        return QStringLiteral("F");
    if (lower == u"male")
        return QStringLiteral("M");
    return gender.isEmpty() ? QString() : QStringLiteral("X");
}

// A JSON number as JSON-LD writes an xsd:integer; std::nullopt unless a whole number.
std::optional<int> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != std::floor(number) || std::fabs(number) > 1000)
        return std::nullopt;
    return int(number);
}

void show(Content &content, const QString &what, QLatin1StringView vocabulary, const char *term, const QString &value)
{
    if (!value.isEmpty())
        content.shown.append({what, vocabulary + QLatin1StringView(term), value});
}

void problem(Content &content, const QString &detail)
{
    content.schemaProblems.append({ReasonCode::Schema, detail});
}

void readVaccination(Content &content, const QJsonObject &evidence, int index)
{
    const QString label = QStringLiteral("evidence[%1]").arg(index);
    if (!hasType(evidence, QLatin1StringView("Vaccination"))) {
        problem(content, QStringLiteral("%1 is not of type Vaccination").arg(label));
        return;
    }
    Vaccination vaccination;
    vaccination.product.code = text(evidence, QLatin1StringView("vaccine"));
    vaccination.manufacturer.code = text(evidence, QLatin1StringView("manufacturer"));
    vaccination.batch = text(evidence, QLatin1StringView("batch"));
    vaccination.certificateId = text(evidence, QLatin1StringView("certificateId"));
    const std::optional<int> dose = wholeNumber(evidence.value(QLatin1StringView("dose")));
    const std::optional<int> total = wholeNumber(evidence.value(QLatin1StringView("totalDoses")));
    if (!dose || *dose < 1)
        problem(content, QStringLiteral("%1.dose is not a positive whole number").arg(label));
    if (!total || *total < 1)
        problem(content, QStringLiteral("%1.totalDoses is not a positive whole number").arg(label));
    // dose and totalDoses share one RDF property (schema:doseValue): a swap keeps the signature, so
    // dose over total is refused rather than shown.
    if (dose && total && *dose > *total)
        problem(content, QStringLiteral("%1: dose %2 of %3").arg(label).arg(*dose).arg(*total));
    vaccination.doseNumber = dose.value_or(0);
    vaccination.totalDoses = total.value_or(0);
    const QString date = text(evidence, QLatin1StringView("date"));
    vaccination.date = date.size() >= 10 ? QDate::fromString(date.first(10), Qt::ISODate) : QDate();
    if (!vaccination.date.isValid())
        problem(content, QStringLiteral("%1.date is not a date").arg(label));
    const QJsonObject facility = evidence.value(QLatin1StringView("facility")).toObject();
    vaccination.country = text(facility.value(QLatin1StringView("address")).toObject(), QLatin1StringView("addressCountry"));
    if (vaccination.product.code.isEmpty())
        problem(content, QStringLiteral("%1 names no vaccine").arg(label));

    show(content, label + QStringLiteral(".vaccine"), kSchema, "id", vaccination.product.code);
    show(content, label + QStringLiteral(".manufacturer"), kSchema, "id", vaccination.manufacturer.code);
    show(content, label + QStringLiteral(".batch"), kSchema, "id", vaccination.batch);
    show(content, label + QStringLiteral(".certificateId"), kSchema, "id", vaccination.certificateId);
    if (dose)
        show(content, label + QStringLiteral(".dose"), kSchema, "doseValue", QString::number(*dose));
    if (total)
        show(content, label + QStringLiteral(".totalDoses"), kSchema, "doseValue", QString::number(*total));
    show(content, label + QStringLiteral(".date"), kSchema, "date", date);
    show(content, label + QStringLiteral(".facility country"), kSchema, "addressCountry", vaccination.country);
    content.certificate.vaccinations.append(vaccination);
}

} // namespace

Result<QJsonObject> parseCredential(QByteArrayView json)
{
    return Shc::parseBoundedJsonObject(json, ZipLimits::kMaxEntryBytes, CredentialLimits::kMaxJsonDepth,
                                       QStringLiteral("certificate.json"));
}

Result<Proof> readProof(const QJsonObject &credential)
{
    const QJsonValue value = credential.value(QLatin1StringView("proof"));
    if (!value.isObject())
        return Result<Proof>(ReasonCode::Schema, value.isUndefined() ? QStringLiteral("the credential has no proof")
                                                                     : QStringLiteral("proof is not one object"));
    const QJsonObject object = value.toObject();
    Proof proof;
    proof.type = text(object, QLatin1StringView("type"));
    proof.verificationMethod = text(object, QLatin1StringView("verificationMethod"));
    proof.proofPurpose = text(object, QLatin1StringView("proofPurpose"));
    proof.jws = text(object, QLatin1StringView("jws"));
    if (proof.type.isEmpty())
        return Result<Proof>(ReasonCode::Schema, QStringLiteral("proof.type is missing"));
    if (proof.verificationMethod.isEmpty())
        return Result<Proof>(ReasonCode::Schema, QStringLiteral("proof.verificationMethod is missing"));
    if (proof.jws.isEmpty())
        return Result<Proof>(ReasonCode::Schema, QStringLiteral("proof.jws is missing"));
    return proof;
}

Content readContent(const QJsonObject &credential)
{
    Content content;
    HealthCertificate &certificate = content.certificate;
    certificate.format = CertificateFormat::Divoc;
    if (!hasType(credential, QLatin1StringView("VerifiableCredential"))
        || !hasType(credential, QLatin1StringView("ProofOfVaccinationCredential")))
        problem(content, QStringLiteral("the credential is not a VerifiableCredential and ProofOfVaccinationCredential"));

    // Issuer: a URL, or an object with one (VC Data Model §4.5).
    const QJsonValue issuer = credential.value(QLatin1StringView("issuer"));
    certificate.issuerCountry = issuer.isObject() ? text(issuer.toObject(), QLatin1StringView("id")) : issuer.toString();
    if (certificate.issuerCountry.isEmpty())
        problem(content, QStringLiteral("the credential names no issuer"));
    show(content, QStringLiteral("issuer"), kCredentials, "issuer", certificate.issuerCountry);

    const QString issued = text(credential, QLatin1StringView("issuanceDate"));
    content.issuedAt = Timestamp::parseRfc3339(issued);
    if (!content.issuedAt)
        problem(content, QStringLiteral("issuanceDate is not an RFC 3339 date-time"));
    certificate.issuedAt = content.issuedAt;
    show(content, QStringLiteral("issuanceDate"), kCredentials, "issuanceDate", issued);
    if (credential.contains(QLatin1StringView("expirationDate"))) {
        const QString expires = text(credential, QLatin1StringView("expirationDate"));
        content.expiresAt = Timestamp::parseRfc3339(expires);
        if (!content.expiresAt)
            problem(content, QStringLiteral("expirationDate is not an RFC 3339 date-time"));
        certificate.expiresAt = content.expiresAt;
        show(content, QStringLiteral("expirationDate"), kCredentials, "expirationDate", expires);
    }

    // The holder (type Person in the vaccination context).
    const QJsonObject subject = credential.value(QLatin1StringView("credentialSubject")).toObject();
    if (!hasType(subject, QLatin1StringView("Person")))
        problem(content, QStringLiteral("credentialSubject is not of type Person"));
    Holder &holder = certificate.holder;
    // DIVOC gives one name as written; it is kept whole (no split into given and family names).
    holder.familyName = text(subject, QLatin1StringView("name"));
    holder.sex = sexCode(text(subject, QLatin1StringView("gender")));
    holder.age = text(subject, QLatin1StringView("age"));
    holder.nationality = text(subject, QLatin1StringView("nationality"));
    if (holder.familyName.isEmpty())
        problem(content, QStringLiteral("credentialSubject names no holder"));
    show(content, QStringLiteral("holder name"), kSchema, "name", holder.familyName);
    show(content, QStringLiteral("holder gender"), kSchema, "gender", text(subject, QLatin1StringView("gender")));
    show(content, QStringLiteral("holder age"), kSchema, "Number", holder.age);
    show(content, QStringLiteral("holder nationality"), kSchema, "nationality", holder.nationality);

    const QJsonValue evidence = credential.value(QLatin1StringView("evidence"));
    const QJsonArray entries = evidence.isArray() ? evidence.toArray() : QJsonArray{evidence};
    if (evidence.isUndefined() || entries.isEmpty())
        problem(content, QStringLiteral("the credential has no evidence"));
    for (qsizetype i = 0; i < entries.size() && i < CredentialLimits::kMaxEvidence; ++i) {
        if (!entries.at(i).isObject()) {
            problem(content, QStringLiteral("evidence[%1] is not an object").arg(i));
            continue;
        }
        readVaccination(content, entries.at(i).toObject(), int(i));
    }
    if (!certificate.vaccinations.isEmpty())
        certificate.certificateId = certificate.vaccinations.first().certificateId;
    return content;
}

QList<Reason> unsignedValues(const Content &content, const Rdf::Dataset &signedDataset)
{
    QSet<std::pair<QString, QString>> statements;
    for (const Rdf::Quad &quad : signedDataset)
        statements.insert({quad.predicate.value, quad.object.value});
    QList<Reason> problems;
    for (const ShownValue &value : content.shown) {
        if (!statements.contains({value.predicate, value.value})) {
            problems.append({ReasonCode::Schema, QStringLiteral("%1 is not covered by the signature (JSON-LD drops it)")
                                                     .arg(value.what)});
        }
    }
    return problems;
}

} // namespace CertDesk::Divoc
