// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "dccpayload.h"

#include <optional>
#include <tuple>
#include <utility>

#include <QCborArray>
#include <QDateTime>
#include <QJsonArray>

#include "formats/dcc/jsonschema.h"
#include "verify/limits.h"

// How strictly a DCC is checked
// =============================
//
// The DCC is validated against the embedded EU DCC schema 1.3.3 (resources/dcc), which
// accepts every 1.3.x certificate. Certificates issued under 1.0.x–1.2.x are still in
// circulation; the EU test data (dgc-testdata, conformance/dcc) shows what real national
// issuers wrote. The differences below are accepted, each for the reason given; nothing
// else is. None of them accepts a value of another type, a missing required member, a
// second kind of statement (v, t and r stay mutually exclusive: the schema's oneOf), or
// a value that could change a verdict.
//
// L1 Dates written as date-times. `dt` (v), `fr`, `df`, `du` (r) and `dob` are full dates
//    in the schema (format "date"; dob a pattern). The drafts of 1.0.0 had date-times there
//    (dob example "1979-04-14T00:00:00"), and PL (1.0.0 to 1.3.0: "2021-03-18T22:54:00+02:00"),
//    BG (1.0.0: "2021-03-09T00:00:00") and SG (1.3.0: "2022-01-01T00:00:00.000Z") still write
//    them. Accepted when the text is a valid date followed by a valid time (RFC 3339, the
//    offset optional); the date part is what counts, as it is what the issuer meant and
//    what the model keeps. An invalid date or time is still a schema problem.
// L2 A null group. BG (1.0.0) writes "t": null and "r": null beside "v" (CertLogic's own
//    copy of the 1.0.0 schema allows ["null", "array"] there). A null states nothing, so it
//    is read as absent (only in the copy that is validated; `json` keeps it).
// L3 Several entries in one group before 1.3.0. Schemas before 1.3.0 had `minItems: 1`
//    only; 1.3.0 added `maxItems: 1`. RO (1.0.0) and SK (1.2.1) issued two vaccinations in
//    one certificate. `maxItems` is therefore enforced from `ver` 1.3.0 on (and whenever
//    `ver` cannot be read). Every entry is still validated and mapped.
// L4 Length of free-text display fields. `tc` (testing centre) and `nm` (test name) are
//    shown, never interpreted; HU (1.0.0) writes a 100-character testing centre. They are
//    accepted up to kFreeTextMaxLength characters instead of 80. Identifiers (`ci`, `is`)
//    and the machine-readable names (`fnt`, `gnt`) keep their limits.
//
// Besides the schema, three checks that the schema cannot express (the EU test data marks
// certificates failing them EXPECTEDSCHEMAVALIDATION false):
//
// C1 A name part given in the holder's script needs its standardised form: `fn` needs
//    `fnt`, `gn` needs `gnt` (Implementing Decision (EU) 2022/483, Annex II §3.2; border
//    systems compare the ICAO 9303 form with the travel document).
// C2 The date of birth cannot lie after the certificate was issued (CWT iat).
// C3 A country (`co`) must be an ISO 3166-1 code of the country value set (value sets
//    §2.6). Country codes form a closed, stable list, unlike vaccine and test codes,
//    which are therefore not checked here: new products appear, and real issuers use
//    codes outside the published sets (the value-set rules of the EU business rules
//    judge those). Skipped when no country value set is loaded.
//
// L5 An empty country in schema 1.0.x. NL issued 1.0.0 certificates with "co": ""
//    (dgc-testdata NL, listed upstream as a known schema issue, #107). The country is
//    shown, never used to decide a verdict by the core; an empty one is displayed as
//    not stated. Only for `ver` 1.0.x; from 1.1.0 on it is a schema problem.
//
// Deliberately not lenient: `dn` or `sd` of 0 (NL): every schema version forbids them,
// and a dose count of 0 could make an incomplete series look complete (dn >= sd).

namespace CertDesk::Dcc {

namespace {

// L4: the bound for the free-text display fields tc and nm.
constexpr int kFreeTextMaxLength = 255;
// CBOR tag 1004: RFC 8943 full-date text.
constexpr quint64 kFullDateTag = 1004;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString pointer(const QString &path, const QString &member)
{
    QString escaped = member;
    if (escaped.contains(u'~') || escaped.contains(u'/'))
        escaped.replace(u'~', QLatin1StringView("~0")).replace(u'/', QLatin1StringView("~1"));
    return path + u'/' + escaped;
}

// ---------------------------------------------------------------------------
// CBOR → JSON

// A tagged date (tag 0, 1 or 1004) as its text. Qt decodes tags 0 and 1 into
// QCborValue::DateTime and keeps, as the tagged value, the ISO text with milliseconds
// ("2021-05-30T12:34:56.000+02:00"; the offset kept, none when the original had none).
// Zero milliseconds are dropped again, which gives back the text issuers write; a text
// Qt cannot read as a date stays a plain tag 0 with the original string.
std::optional<QString> taggedDateText(const QCborValue &value)
{
    const QCborValue inner = value.taggedValue();
    const auto tag = quint64(value.tag());
    if (tag == quint64(QCborKnownTags::UnixTime_t) && inner.isInteger())
        return Timestamp::formatRfc3339(inner.toInteger() * 1000);
    if ((tag != quint64(QCborKnownTags::DateTimeString) && tag != kFullDateTag) || !inner.isString())
        return std::nullopt;
    QString text = inner.toString();
    constexpr qsizetype kFractionAt = 19; // "YYYY-MM-DDThh:mm:ss" is 19 characters
    if (value.isDateTime() && QStringView(text).sliced(qMin(kFractionAt, text.size())).startsWith(u".000"))
        text.remove(kFractionAt, 4);
    return text;
}

QJsonValue toJson(const QCborValue &value, const QString &path, int level, QStringList &problems)
{
    if (level > Limits::kMaxNestingDepth) {
        problems.append(path + QStringLiteral(": nested deeper than %1 levels").arg(Limits::kMaxNestingDepth));
        return QJsonValue::Undefined;
    }
    switch (value.type()) {
    case QCborValue::Integer:
        return QJsonValue(value.toInteger());
    case QCborValue::Double:
        if (!qIsFinite(value.toDouble()))
            break;
        return QJsonValue(value.toDouble());
    case QCborValue::String:
        return QJsonValue(value.toString());
    case QCborValue::True:
    case QCborValue::False:
        return QJsonValue(value.toBool());
    case QCborValue::Null:
        return QJsonValue(QJsonValue::Null);
    case QCborValue::Array: {
        QJsonArray array;
        const QCborArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue item = toJson(items.at(i), path + u'/' + QString::number(i), level + 1, problems);
            array.append(item.isUndefined() ? QJsonValue(QJsonValue::Null) : item);
        }
        return array;
    }
    case QCborValue::Map: {
        QJsonObject object;
        const QCborMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.key().isString()) {
                problems.append(path + QStringLiteral(": a map key is not a text string"));
                continue;
            }
            const QString name = it.key().toString();
            const QJsonValue member = toJson(it.value(), pointer(path, name), level + 1, problems);
            if (!member.isUndefined())
                object.insert(name, member);
        }
        return object;
    }
    default:
        if (value.isTag()) {
            if (const auto text = taggedDateText(value))
                return QJsonValue(*text);
            problems.append(path + QStringLiteral(": CBOR tag %1 is not allowed here").arg(quint64(value.tag())));
            return QJsonValue::Undefined;
        }
        break;
    }
    const QString kind = value.isByteArray() ? QStringLiteral("a byte string") : QStringLiteral("not a JSON value");
    problems.append(path + QStringLiteral(": ") + kind);
    return QJsonValue::Undefined;
}

// ---------------------------------------------------------------------------
// Leniencies (see the top of this file)

// L1: the date of a date-time written where a date belongs; std::nullopt when the text
// is not a date followed by a valid time.
std::optional<QDate> dateOfDateTime(const QString &text)
{
    if (text.size() <= 10 || (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' '))
        return std::nullopt;
    if (!Timestamp::parseRfc3339(text) && !Timestamp::parseRfc3339(QString(text + u'Z')))
        return std::nullopt;
    return Timestamp::parseDate(QStringView(text).first(10));
}

// A date field as the model reads it: a full date, or (L1) the date of a date-time.
QDate readDate(const QJsonValue &value)
{
    const QString text = value.toString();
    if (const auto date = Timestamp::parseDate(text))
        return *date;
    return dateOfDateTime(text).value_or(QDate());
}

// L1 for one member of @p object: a date-time is replaced by its date.
void normaliseDate(QJsonObject &object, const QString &member)
{
    const QJsonValue value = object.value(member);
    if (!value.isString() || Timestamp::parseDate(value.toString()))
        return;
    if (const auto date = dateOfDateTime(value.toString()))
        object.insert(member, date->toString(Qt::ISODate));
}

// The copy of the DCC that is validated: L1 and L2 applied.
QJsonObject lenientCopy(QJsonObject dcc)
{
    normaliseDate(dcc, key("dob"));
    const struct
    {
        const char *group;
        QStringList dates;
    } groups[] = {
        {"v", {key("dt")}},
        {"t", {}},
        {"r", {key("fr"), key("df"), key("du")}},
    };
    for (const auto &group : groups) {
        const QString name = key(group.group);
        if (dcc.value(name).isNull()) {
            dcc.remove(name); // L2
            continue;
        }
        if (!dcc.value(name).isArray())
            continue;
        QJsonArray entries = dcc.value(name).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!entries.at(i).isObject())
                continue;
            QJsonObject entry = entries.at(i).toObject();
            for (const QString &date : group.dates)
                normaliseDate(entry, date);
            entries.replace(i, entry);
        }
        dcc.insert(name, entries);
    }
    return dcc;
}

// @p root with @p member of the subschema at @p path set to @p value (removed when
// @p value is undefined). A path that does not exist leaves @p root unchanged.
QJsonObject patched(QJsonObject root, QStringList path, const QString &member, const QJsonValue &value)
{
    if (path.isEmpty()) {
        if (value.isUndefined())
            root.remove(member);
        else
            root.insert(member, value);
        return root;
    }
    const QString head = path.takeFirst();
    if (!root.value(head).isObject())
        return root;
    root.insert(head, patched(root.value(head).toObject(), path, member, value));
    return root;
}

// The schema a DCC of @p version is validated against: the EU schema with L3 and L4.
const JsonSchema &schemaFor(const QString &version)
{
    static const auto variants = [] {
        QJsonObject current = JsonSchema::dccSchema().schema();
        for (const char *field : {"tc", "nm"}) {
            current = patched(current, {key("$defs"), key("test_entry"), key("properties"), key(field)},
                              key("maxLength"), kFreeTextMaxLength); // L4
        }
        QJsonObject legacy = current;
        for (const char *group : {"v", "t", "r"})
            legacy = patched(legacy, {key("properties"), key(group)}, key("maxItems"), QJsonValue::Undefined); // L3
        // L5: 1.0.x also accepts an empty country (an empty match, or the 1.3 pattern).
        const QJsonObject first = patched(legacy, {key("$defs"), key("country_vt")}, key("pattern"),
                                          QStringLiteral("^$|[A-Z]{1,10}"));
        return std::tuple{JsonSchema(current), JsonSchema(legacy), JsonSchema(first)};
    }();
    const QStringList parts = version.split(u'.');
    bool majorOk = false;
    bool minorOk = false;
    const int major = parts.value(0).toInt(&majorOk);
    const int minor = parts.value(1).toInt(&minorOk);
    const bool before13 = parts.size() == 3 && majorOk && minorOk && major == 1 && minor < 3;
    if (before13 && minor == 0)
        return std::get<2>(variants);
    return before13 ? std::get<1>(variants) : std::get<0>(variants);
}

// ---------------------------------------------------------------------------
// C1–C3 (see the top of this file)

void checkNames(const QJsonObject &dcc, QStringList &problems)
{
    const QJsonObject name = dcc.value(key("nam")).toObject();
    const std::pair<const char *, const char *> pairs[] = {{"fn", "fnt"}, {"gn", "gnt"}};
    for (const auto &[written, standardised] : pairs) {
        if (!name.value(key(written)).toString().trimmed().isEmpty()
            && name.value(key(standardised)).toString().isEmpty()) {
            problems.append(QStringLiteral("#/nam/%1: %2 is given without its standardised form")
                                .arg(key(standardised), key(written)));
        }
    }
}

// @p validated is the lenient copy (L1 already turned a date-time dob into its date).
void checkDateOfBirth(const QJsonObject &validated, std::optional<Timestamp::Millis> issuedAt, QStringList &problems)
{
    if (!issuedAt)
        return;
    const auto dob = Timestamp::parsePartialDate(validated.value(key("dob")).toString());
    if (!dob)
        return;
    const QDate issued = QDateTime::fromMSecsSinceEpoch(*issuedAt, Qt::UTC).date();
    const bool after = dob->year != issued.year() ? dob->year > issued.year()
                       : dob->month != issued.month() ? dob->month > issued.month()
                                                      : dob->day > issued.day();
    if (after)
        problems.append(QStringLiteral("#/dob: the date of birth is after the certificate was issued"));
}

void checkCountries(const QJsonObject &dcc, const ValueSets &valueSets, QStringList &problems)
{
    if (!valueSets.hasValueSet(ValueSetId::kCountry))
        return;
    for (const char *group : {"v", "t", "r"}) {
        const QJsonArray entries = dcc.value(key(group)).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonValue country = entries.at(i).toObject().value(key("co"));
            if (!country.isString() || country.toString().isEmpty()) // the schema reports these
                continue;
            if (!valueSets.contains(ValueSetId::kCountry, country.toString())) {
                problems.append(QStringLiteral("#/%1/%2/co: \"%3\" is not a country code of %4")
                                    .arg(key(group), QString::number(i), country.toString(), ValueSetId::kCountry));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// JSON → model

QString text(const QJsonObject &object, const char *member)
{
    return object.value(key(member)).toString();
}

Vaccination readVaccination(const QJsonObject &entry, const ValueSets &valueSets)
{
    Vaccination vaccination;
    vaccination.disease = valueSets.coded(ValueSetId::kDisease, text(entry, "tg"));
    vaccination.vaccineType = valueSets.coded(ValueSetId::kVaccineProphylaxis, text(entry, "vp"));
    vaccination.product = valueSets.coded(ValueSetId::kVaccineProduct, text(entry, "mp"));
    vaccination.manufacturer = valueSets.coded(ValueSetId::kVaccineManufacturer, text(entry, "ma"));
    vaccination.doseNumber = entry.value(key("dn")).toInt();
    vaccination.totalDoses = entry.value(key("sd")).toInt();
    vaccination.date = readDate(entry.value(key("dt")));
    vaccination.country = text(entry, "co");
    vaccination.issuer = text(entry, "is");
    vaccination.certificateId = text(entry, "ci");
    return vaccination;
}

DccTest readTest(const QJsonObject &entry, const ValueSets &valueSets)
{
    DccTest test;
    test.disease = valueSets.coded(ValueSetId::kDisease, text(entry, "tg"));
    test.testType = valueSets.coded(ValueSetId::kTestType, text(entry, "tt"));
    test.testName = text(entry, "nm");
    test.device = valueSets.coded(ValueSetId::kTestManufacturer, text(entry, "ma"));
    test.sampleCollectedText = text(entry, "sc");
    test.sampleCollected = Timestamp::parseRfc3339(test.sampleCollectedText).value_or(0);
    test.result = valueSets.coded(ValueSetId::kTestResult, text(entry, "tr"));
    test.testingCentre = text(entry, "tc");
    test.country = text(entry, "co");
    test.issuer = text(entry, "is");
    test.certificateId = text(entry, "ci");
    return test;
}

Recovery readRecovery(const QJsonObject &entry, const ValueSets &valueSets)
{
    Recovery recovery;
    recovery.disease = valueSets.coded(ValueSetId::kDisease, text(entry, "tg"));
    recovery.firstPositive = readDate(entry.value(key("fr")));
    recovery.validFrom = readDate(entry.value(key("df")));
    recovery.validUntil = readDate(entry.value(key("du")));
    recovery.country = text(entry, "co");
    recovery.issuer = text(entry, "is");
    recovery.certificateId = text(entry, "ci");
    return recovery;
}

// The entries of a group that are objects (anything else is a schema problem already).
QList<QJsonObject> entriesOf(const QJsonObject &dcc, const char *group)
{
    QList<QJsonObject> entries;
    const QJsonArray array = dcc.value(key(group)).toArray();
    for (const QJsonValue &entry : array) {
        if (entry.isObject())
            entries.append(entry.toObject());
    }
    return entries;
}

void mapCertificate(Payload &payload, const ValueSets &valueSets)
{
    HealthCertificate &certificate = payload.certificate;
    const QJsonObject &dcc = payload.json;
    certificate.schemaVersion = text(dcc, "ver");

    const QJsonObject name = dcc.value(key("nam")).toObject();
    certificate.holder.familyName = text(name, "fn");
    certificate.holder.givenName = text(name, "gn");
    certificate.holder.familyNameLatin = text(name, "fnt");
    certificate.holder.givenNameLatin = text(name, "gnt");
    const QString dob = text(dcc, "dob");
    const auto dobDate = dateOfDateTime(dob); // L1: keep the documented "YYYY-MM-DD" form
    certificate.holder.dateOfBirth = dobDate ? dobDate->toString(Qt::ISODate) : dob;

    for (const QJsonObject &entry : entriesOf(dcc, "v"))
        certificate.vaccinations.append(readVaccination(entry, valueSets));
    for (const QJsonObject &entry : entriesOf(dcc, "t"))
        certificate.tests.append(readTest(entry, valueSets));
    for (const QJsonObject &entry : entriesOf(dcc, "r"))
        certificate.recoveries.append(readRecovery(entry, valueSets));

    if (!certificate.vaccinations.isEmpty()) {
        payload.types |= DccType::Vaccination;
        certificate.certificateId = certificate.vaccinations.constFirst().certificateId;
    }
    if (!certificate.tests.isEmpty()) {
        payload.types |= DccType::Test;
        if (certificate.certificateId.isEmpty())
            certificate.certificateId = certificate.tests.constFirst().certificateId;
    }
    if (!certificate.recoveries.isEmpty()) {
        payload.types |= DccType::Recovery;
        if (certificate.certificateId.isEmpty())
            certificate.certificateId = certificate.recoveries.constFirst().certificateId;
    }
}

Reason schemaReason(const QString &detail)
{
    return Reason{ReasonCode::Schema, QStringLiteral("DCC: ") + detail};
}

} // namespace

Payload readPayload(const QCborMap &claims, const ValueSets &valueSets)
{
    Payload payload;
    payload.claims = readCwtClaims(claims, kHcertClaimKey, NumericDateRule::IntegerOrFloat);
    payload.certificate.format = CertificateFormat::Dcc;
    payload.certificate.issuerCountry = payload.claims.issuer;
    payload.certificate.issuedAt = payload.claims.issuedAt;
    payload.certificate.expiresAt = payload.claims.expiresAt;

    // HCERT §3.3.1: claim -260 is a map whose key 1 holds the DCC (eu_dgc_v1), a map.
    const QCborValue hcert = payload.claims.healthClaim;
    if (hcert.isUndefined()) {
        payload.schemaProblems.append(schemaReason(QStringLiteral("CWT claim -260 (hcert) is missing")));
        return payload;
    }
    if (!hcert.isMap()) {
        payload.schemaProblems.append(schemaReason(QStringLiteral("CWT claim -260 (hcert) is not a map")));
        return payload;
    }
    const QCborValue dcc = hcert.toMap().value(1);
    if (dcc.isUndefined()) {
        payload.schemaProblems.append(schemaReason(QStringLiteral("hcert key 1 (eu_dgc_v1) is missing")));
        return payload;
    }
    if (!dcc.isMap()) {
        payload.schemaProblems.append(schemaReason(QStringLiteral("hcert key 1 (eu_dgc_v1) is not a map")));
        return payload;
    }

    QStringList problems;
    // Fail closed: without its schema a DCC cannot be called schema-valid.
    if (JsonSchema::dccSchema().isNull())
        problems.append(QStringLiteral("the embedded DCC schema is not available"));
    payload.json = toJson(dcc, QStringLiteral("#"), 0, problems).toObject();
    const QJsonObject validated = lenientCopy(payload.json);
    problems += schemaFor(validated.value(key("ver")).toString()).validate(validated);
    checkNames(payload.json, problems);
    checkDateOfBirth(validated, payload.claims.issuedAt, problems);
    checkCountries(payload.json, valueSets, problems);
    for (const QString &problem : std::as_const(problems))
        payload.schemaProblems.append(schemaReason(problem));

    mapCertificate(payload, valueSets);
    return payload;
}

} // namespace CertDesk::Dcc
