// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "ddccpayload.h"

#include "ddccfields_p.h"
#include "formats/dcc/dccpayload.h"

#include <QCborArray>
#include <QDateTime>

#include <optional>
#include <utility>

// The DDCC core data set in an HCERT (DDCC.md). The element names and types are those of the
// WHO logical models DDCCCoreDataSet, DDCCCoreDataSet.VS and DDCCCoreDataSet.TR
// (WorldHealthOrganization/ddcc, input/fsh/ddcc-core-data-set.fsh); their FHIR types are
// read by FieldReader (ddccfields.cpp). Every deviation from the models is listed in DDCC.md.

namespace CertDesk::Ddcc {

namespace {

using Presence = FieldReader::Presence;

// What one core data set (a DDCC:VS or a DDCC:TR) says.
struct CoreDataSet
{
    Holder holder;
    QString hcid;
    QString issuer;
    QString version;
    std::optional<Vaccination> vaccination;
    std::optional<DccTest> test;
};

// FHIR administrative-gender (DDCCCoreDataSet.VS.CoC `sex`) onto the model's F/M/X.
QString sexOf(const QString &code)
{
    if (code == u"female")
        return QStringLiteral("F");
    if (code == u"male")
        return QStringLiteral("M");
    if (code == u"other")
        return QStringLiteral("X");
    return {}; // unknown
}

// `sex` is a FHIR code (a text string). The WHO reference verifier (ddcc-validator,
// WHOCBOR2FHIR.kt) reads it as a Coding; both are accepted (DDCC.md, D3).
std::optional<QString> readSex(const FieldReader &root, const ValueSets &valueSets)
{
    static const QStringList kCodes{QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                                    QStringLiteral("unknown")};
    if (!root.has("sex"))
        return std::nullopt;
    if (!root.holdsMap("sex"))
        return root.code("sex", Presence::Optional, kCodes);
    const std::optional<CodedValue> coding = root.coding("sex", Presence::Optional, QString(), valueSets);
    if (coding && !kCodes.contains(coding->code)) {
        root.problem(QStringLiteral("not one of %1").arg(kCodes.join(QStringLiteral(", "))), "sex");
        return std::nullopt;
    }
    return coding ? std::optional<QString>(coding->code) : std::nullopt;
}

// DDCCCoreDataSet: name, birthDate, identifier, sex and the certificate metadata.
void readCommon(const FieldReader &root, CoreDataSet &out, std::optional<Timestamp::Millis> issuedAt,
                const ValueSets &valueSets)
{
    out.holder.familyName = root.string("name", Presence::Required).value_or(QString()); // kept whole, as DIVOC
    if (const std::optional<QString> birthDate = root.date("birthDate", Presence::Optional)) {
        out.holder.dateOfBirth = *birthDate;
        // As for the EU DCC (dccpayload.cpp, C2): no date of birth after the certificate was issued.
        const auto dob = Timestamp::parsePartialDate(*birthDate);
        if (issuedAt && dob) {
            const QDate issued = QDateTime::fromMSecsSinceEpoch(*issuedAt, Qt::UTC).date();
            const bool after = dob->year != issued.year() ? dob->year > issued.year()
                               : dob->month != issued.month() ? dob->month > issued.month()
                                                              : dob->day > issued.day();
            if (after)
                root.problem(QStringLiteral("the date of birth is after the certificate was issued"), "birthDate");
        }
    }
    (void)root.identifier("identifier", Presence::Optional);
    if (const std::optional<QString> sex = readSex(root, valueSets))
        out.holder.sex = sexOf(*sex);

    const FieldReader certificate = root.map("certificate", Presence::Optional);
    if (!certificate.isValid())
        return;
    out.issuer = certificate.reference("issuer", Presence::Required).value_or(QString());
    (void)certificate.string("kid", Presence::Optional);
    out.hcid = certificate.identifier("hcid", Presence::Required).value_or(QString());
    (void)certificate.identifier("ddccid", Presence::Optional);
    out.version = certificate.string("version", Presence::Required).value_or(QString());
    const FieldReader period = certificate.map("period", Presence::Optional);
    if (period.isValid()) {
        const auto start = period.dateTime("start", Presence::Optional);
        const auto end = period.dateTime("end", Presence::Optional);
        if (start && end && start->instant > end->instant)
            period.problem(QStringLiteral("the period ends before it starts"));
    }
}

// DDCCCoreDataSet.VS `vaccination`.
std::optional<Vaccination> readVaccination(const FieldReader &root, const ValueSets &valueSets)
{
    const FieldReader v = root.map("vaccination", Presence::Required);
    if (!v.isValid())
        return std::nullopt;
    Vaccination out;
    out.vaccineType =
        v.coding("vaccine", Presence::Required, ValueSetId::kVaccineProphylaxis, valueSets).value_or(CodedValue());
    out.product = v.coding("brand", Presence::Required, ValueSetId::kVaccineProduct, valueSets).value_or(CodedValue());
    const auto manufacturer = v.coding("manufacturer", Presence::Optional, ValueSetId::kVaccineManufacturer, valueSets);
    const auto holder = v.coding("maholder", Presence::Optional, ValueSetId::kVaccineManufacturer, valueSets);
    // Invariant who-ddcc-data-1: "Manufacturer or Market Authorization Holder SHALL be present".
    if (!v.has("manufacturer") && !v.has("maholder"))
        v.problem(QStringLiteral("neither manufacturer nor maholder is given (who-ddcc-data-1)"));
    out.manufacturer = manufacturer ? *manufacturer : holder.value_or(CodedValue());
    out.batch = v.string("lot", Presence::Required).value_or(QString());
    if (const auto date = v.dateTime("date", Presence::Required))
        out.date = date->date;
    (void)v.date("validFrom", Presence::Optional);
    out.doseNumber = v.positiveInt("dose", Presence::Required).value_or(0);
    out.totalDoses = v.positiveInt("totalDoses", Presence::Optional).value_or(0);
    out.country = v.coding("country", Presence::Required, QString(), valueSets).value_or(CodedValue()).code;
    (void)v.string("centre", Presence::Optional);
    (void)v.map("signature", Presence::Optional); // a FHIR Signature (paper certificates): a map, not shown
    (void)v.identifier("practitioner", Presence::Optional);
    out.disease = v.coding("disease", Presence::Optional, ValueSetId::kDisease, valueSets).value_or(CodedValue());
    (void)v.date("nextDose", Presence::Optional);
    return out;
}

// DDCCCoreDataSet.TR `test`.
std::optional<DccTest> readTest(const FieldReader &root, const ValueSets &valueSets)
{
    const FieldReader t = root.map("test", Presence::Required);
    if (!t.isValid())
        return std::nullopt;
    DccTest out;
    out.disease = t.coding("pathogen", Presence::Required, ValueSetId::kDisease, valueSets).value_or(CodedValue());
    out.testType = t.coding("type", Presence::Required, ValueSetId::kTestType, valueSets).value_or(CodedValue());
    if (const auto brand = t.coding("brand", Presence::Optional, QString(), valueSets))
        out.testName = brand->text();
    out.device =
        t.coding("manufacturer", Presence::Optional, ValueSetId::kTestManufacturer, valueSets).value_or(CodedValue());
    (void)t.coding("origin", Presence::Optional, QString(), valueSets);
    if (const auto date = t.dateTime("date", Presence::Required)) {
        out.sampleCollectedText = date->text;
        out.sampleCollected = date->instant;
    }
    out.result = t.coding("result", Presence::Optional, ValueSetId::kTestResult, valueSets).value_or(CodedValue());
    if (const auto centre = t.coding("centre", Presence::Optional, QString(), valueSets))
        out.testingCentre = centre->text();
    out.country = t.coding("country", Presence::Required, QString(), valueSets).value_or(CodedValue()).code;
    return out;
}

struct Part
{
    qint64 key;
    const char *label;
    bool vaccination;
};
constexpr Part kParts[] = {
    {kVaccinationStatusKey, "DDCC:VS", true},
    {kTestResultKey, "DDCC:TR", false},
};

Reason schemaReason(const QString &detail)
{
    return Reason{ReasonCode::Schema, QStringLiteral("DDCC: ") + detail};
}

} // namespace

bool carriesCoreDataSet(const QCborMap &claims)
{
    const QCborValue hcert = claims.value(Dcc::kHcertClaimKey);
    if (!hcert.isMap())
        return false;
    const QCborMap map = hcert.toMap();
    return map.contains(kVaccinationStatusKey) || map.contains(kTestResultKey);
}

Result<Payload> readPayload(const QCborMap &claims, const ValueSets &valueSets)
{
    Payload payload;
    payload.claims = readCwtClaims(claims, Dcc::kHcertClaimKey, NumericDateRule::IntegerOrFloat);
    HealthCertificate &certificate = payload.certificate;
    certificate.format = CertificateFormat::Dcc;
    certificate.issuerCountry = payload.claims.issuer;
    certificate.issuedAt = payload.claims.issuedAt;
    certificate.expiresAt = payload.claims.expiresAt;

    const QCborValue hcert = payload.claims.healthClaim;
    if (!hcert.isMap()) {
        payload.schemaProblems.append(schemaReason(hcert.isUndefined()
                                                       ? QStringLiteral("CWT claim -260 (hcert) is missing")
                                                       : QStringLiteral("CWT claim -260 (hcert) is not a map")));
        return payload;
    }
    const QCborMap container = hcert.toMap();
    // The limits first: nothing of an oversized core data set is read.
    for (const Part &part : kParts) {
        const QCborValue set = container.value(part.key);
        if (const Result<Ok> limits = checkLimits(set, QLatin1StringView(part.label)); !set.isUndefined() && !limits)
            return limits.reason();
    }

    QStringList problems;
    QList<CoreDataSet> sets;
    QStringList schemes;
    for (const Part &part : kParts) {
        const QCborValue set = container.value(part.key);
        if (set.isUndefined())
            continue;
        const QString label = QLatin1StringView(part.label);
        if (!set.isMap()) {
            problems.append(QStringLiteral("hcert key %1 (%2) is not a map").arg(part.key).arg(label));
            continue;
        }
        const FieldReader root(set.toMap(), label, QStringLiteral("#"), problems);
        CoreDataSet read;
        readCommon(root, read, payload.claims.issuedAt, valueSets);
        if (part.vaccination) {
            read.vaccination = readVaccination(root, valueSets);
            root.forbid("test", QStringLiteral("a test result does not belong in a DDCC:VS (hcert key 3 carries it)"));
        } else {
            read.test = readTest(root, valueSets);
            root.forbid("vaccination",
                        QStringLiteral("a vaccination does not belong in a DDCC:TR (hcert key 2 carries it)"));
        }
        sets.append(read);
        schemes.append(label.sliced(5)); // "VS", "TR"
    }
    if (!container.contains(kVaccinationStatusKey) && !container.contains(kTestResultKey))
        problems.append(QStringLiteral("hcert holds no core data set (key 2 DDCC:VS or key 3 DDCC:TR)"));

    // One certificate, one holder: a DDCC:VS and a DDCC:TR side by side must name the same person.
    if (sets.size() == 2 && (sets[0].holder.familyName != sets[1].holder.familyName
                             || sets[0].holder.dateOfBirth != sets[1].holder.dateOfBirth)) {
        problems.append(QStringLiteral("the DDCC:VS and the DDCC:TR name different holders"));
    }
    if (!sets.isEmpty())
        certificate.holder = sets.constFirst().holder;
    for (const CoreDataSet &set : std::as_const(sets)) {
        if (certificate.certificateId.isEmpty())
            certificate.certificateId = set.hcid;
        if (certificate.schemaVersion.isEmpty())
            certificate.schemaVersion = set.version;
        if (set.vaccination) {
            Vaccination vaccination = *set.vaccination;
            vaccination.issuer = set.issuer;
            vaccination.certificateId = set.hcid;
            certificate.vaccinations.append(vaccination);
            payload.types |= DccType::Vaccination;
        }
        if (set.test) {
            DccTest test = *set.test;
            test.issuer = set.issuer;
            test.certificateId = set.hcid;
            certificate.tests.append(test);
            payload.types |= DccType::Test;
        }
    }
    if (!schemes.isEmpty())
        certificate.scheme = QStringLiteral("WHO DDCC:") + schemes.join(u'+');
    for (const QString &problem : std::as_const(problems))
        payload.schemaProblems.append(schemaReason(problem));
    return payload;
}

Result<Ok> applyTo(Dcc::Payload &dcc, const QCborMap &claims, const ValueSets &valueSets)
{
    if (!carriesCoreDataSet(claims))
        return Ok{};
    Result<Payload> ddcc = readPayload(claims, valueSets);
    if (!ddcc)
        return ddcc.reason();
    if (!claims.value(Dcc::kHcertClaimKey).toMap().contains(1)) {
        // No EU DCC: the DDCC stands in its place (the DCC reading only found key 1 missing).
        dcc.certificate = std::move(ddcc->certificate);
        dcc.types = ddcc->types;
        dcc.schemaProblems = std::move(ddcc->schemaProblems);
        return Ok{};
    }
    // Beside an EU DCC: both must be well-formed and the signer allowed to sign both.
    dcc.schemaProblems += ddcc->schemaProblems;
    dcc.types |= ddcc->types;
    dcc.certificate.scheme = QStringLiteral("EU DCC + ") + ddcc->certificate.scheme;
    return Ok{};
}

} // namespace CertDesk::Ddcc
