// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "ithcpayload.h"

#include "model/valuesets.h"

#include <QCborArray>

#include <functional>

namespace CertDesk::Ithc {

namespace {

// Collects §4 violations with the path of the offending field.
class SchemaChecker
{
public:
    explicit SchemaChecker(QList<Reason> &problems)
        : m_problems(problems)
    {
    }

    void fail(const QString &path, const QString &what)
    {
        m_problems.append({ReasonCode::Schema, QStringLiteral("%1: %2").arg(path, what)});
    }

    // A text field; returns the text, or a null string when absent/mistyped.
    QString text(const QCborMap &map, QLatin1StringView key, const QString &path, bool required)
    {
        const QCborValue value = map.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(path + u'.' + key, QStringLiteral("required field is missing"));
            return {};
        }
        if (!value.isString()) {
            fail(path + u'.' + key, QStringLiteral("is not a text string"));
            return {};
        }
        QString result = value.toString();
        if (required && result.isEmpty())
            fail(path + u'.' + key, QStringLiteral("is empty"));
        return result;
    }

    QString oneOf(const QCborMap &map, QLatin1StringView key, const QString &path, bool required,
                  std::initializer_list<const char16_t *> allowed)
    {
        const QString value = text(map, key, path, required);
        if (value.isNull())
            return value;
        for (const char16_t *candidate : allowed) {
            if (value == QStringView(candidate))
                return value;
        }
        fail(path + u'.' + key, QStringLiteral("\"%1\" is not an allowed value").arg(value));
        return {};
    }

    QString country(const QCborMap &map, QLatin1StringView key, const QString &path, bool required)
    {
        const QString value = text(map, key, path, required);
        if (value.isNull())
            return value;
        const bool ok = value.size() == 2 && value[0] >= u'A' && value[0] <= u'Z' && value[1] >= u'A' && value[1] <= u'Z';
        if (!ok)
            fail(path + u'.' + key, QStringLiteral("\"%1\" is not an ISO 3166-1 alpha-2 code").arg(value));
        return value;
    }

    // ICAO 9303 machine-readable form: A–Z and '<' only.
    QString icaoName(const QCborMap &map, QLatin1StringView key, const QString &path, bool required)
    {
        const QString value = text(map, key, path, required);
        if (value.isNull())
            return value;
        for (const QChar c : value) {
            if (!((c >= u'A' && c <= u'Z') || c == u'<')) {
                fail(path + u'.' + key, QStringLiteral("contains a character outside A–Z and '<'"));
                break;
            }
        }
        return value;
    }

    int integer(const QCborMap &map, QLatin1StringView key, const QString &path, int minimum, int maximum)
    {
        const QCborValue value = map.value(key);
        if (value.isUndefined()) {
            fail(path + u'.' + key, QStringLiteral("required field is missing"));
            return 0;
        }
        if (!value.isInteger()) {
            fail(path + u'.' + key, QStringLiteral("is not an integer"));
            return 0;
        }
        const qint64 number = value.toInteger();
        if (number < minimum || number > maximum) {
            fail(path + u'.' + key, QStringLiteral("%1 is outside %2–%3").arg(number).arg(minimum).arg(maximum));
            return 0;
        }
        return int(number);
    }

    // An RFC 3339 date-time with an offset (`sc`).
    std::optional<Timestamp::Millis> dateTime(const QCborMap &map, QLatin1StringView key, const QString &path,
                                              QString *textOut)
    {
        const QString value = text(map, key, path, true);
        if (value.isNull())
            return std::nullopt;
        *textOut = value;
        const auto instant = Timestamp::parseRfc3339(value);
        if (!instant)
            fail(path + u'.' + key, QStringLiteral("\"%1\" is not an RFC 3339 date-time with an offset").arg(value));
        return instant;
    }

    // An array of maps; calls @p each for every entry. Returns the entry count.
    qsizetype entries(const QCborMap &map, QLatin1StringView key, const std::function<void(const QCborMap &, const QString &)> &each)
    {
        const QCborValue value = map.value(key);
        if (value.isUndefined())
            return 0;
        if (!value.isArray()) {
            fail(QStringLiteral("$.") + key, QStringLiteral("is not an array"));
            return 0;
        }
        const QCborArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("$.%1[%2]").arg(key).arg(i);
            if (!array.at(i).isMap()) {
                fail(path, QStringLiteral("is not a map"));
                continue;
            }
            each(array.at(i).toMap(), path);
        }
        return array.size();
    }

private:
    QList<Reason> &m_problems;
};

void readCertificate(const QCborMap &map, Payload &payload)
{
    SchemaChecker check(payload.schemaProblems);
    HealthCertificate &certificate = payload.certificate;
    const QString root = QStringLiteral("$");

    const QString version = check.text(map, QLatin1StringView("v"), root, true);
    if (!version.isNull()) {
        certificate.schemaVersion = version;
        if (version.section(u'.', 0, 0) != u"1")
            check.fail(QStringLiteral("$.v"), QStringLiteral("schema version %1 is not 1.x").arg(version));
    }
    certificate.certificateId = check.text(map, QLatin1StringView("ci"), root, true);
    if (certificate.certificateId.size() > kMaxCertificateIdLength)
        check.fail(QStringLiteral("$.ci"), QStringLiteral("is %1 characters, over %2").arg(certificate.certificateId.size()).arg(kMaxCertificateIdLength));

    const QCborValue names = map.value(QLatin1StringView("nam"));
    if (names.isUndefined()) {
        check.fail(QStringLiteral("$.nam"), QStringLiteral("required field is missing"));
    } else if (!names.isMap()) {
        check.fail(QStringLiteral("$.nam"), QStringLiteral("is not a map"));
    } else {
        const QCborMap nam = names.toMap();
        const QString path = QStringLiteral("$.nam");
        certificate.holder.familyName = check.text(nam, QLatin1StringView("fn"), path, false);
        certificate.holder.givenName = check.text(nam, QLatin1StringView("gn"), path, false);
        certificate.holder.familyNameLatin = check.icaoName(nam, QLatin1StringView("fnt"), path, true);
        certificate.holder.givenNameLatin = check.icaoName(nam, QLatin1StringView("gnt"), path, false);
    }

    const QString dob = check.text(map, QLatin1StringView("dob"), root, true);
    if (!dob.isNull()) {
        if (!Timestamp::parsePartialDate(dob))
            check.fail(QStringLiteral("$.dob"), QStringLiteral("\"%1\" is not YYYY-MM-DD, YYYY-MM or YYYY").arg(dob));
        certificate.holder.dateOfBirth = dob;
    }
    certificate.holder.sex = check.oneOf(map, QLatin1StringView("sex"), root, false, {u"F", u"M", u"X"});

    const QCborValue document = map.value(QLatin1StringView("doc"));
    if (document.isUndefined()) {
        check.fail(QStringLiteral("$.doc"), QStringLiteral("required field is missing"));
    } else if (!document.isMap()) {
        check.fail(QStringLiteral("$.doc"), QStringLiteral("is not a map"));
    } else {
        const QCborMap doc = document.toMap();
        const QString path = QStringLiteral("$.doc");
        TravelDocument travelDocument;
        travelDocument.type = check.oneOf(doc, QLatin1StringView("t"), path, true, {u"P", u"I"});
        travelDocument.number = check.text(doc, QLatin1StringView("n"), path, true);
        travelDocument.country = check.country(doc, QLatin1StringView("co"), path, true);
        certificate.holder.document = travelDocument;
    }

    qsizetype entryCount = 0;
    entryCount += check.entries(map, QLatin1StringView("nat"), [&](const QCborMap &entry, const QString &path) {
        NucleicAcidTest test;
        test.sampleCollected = check.dateTime(entry, QLatin1StringView("sc"), path, &test.sampleCollectedText).value_or(0);
        test.method = check.oneOf(entry, QLatin1StringView("m"), path, true, {u"RT-PCR", u"RT-LAMP", u"other"});
        test.result = check.oneOf(entry, QLatin1StringView("r"), path, true, {u"negative", u"positive", u"inconclusive"});
        test.laboratory = check.text(entry, QLatin1StringView("lab"), path, false);
        test.country = check.country(entry, QLatin1StringView("co"), path, true);
        certificate.nucleicAcidTests.append(test);
    });
    entryCount += check.entries(map, QLatin1StringView("igm"), [&](const QCborMap &entry, const QString &path) {
        AntibodyTest test;
        test.sampleCollected = check.dateTime(entry, QLatin1StringView("sc"), path, &test.sampleCollectedText).value_or(0);
        test.result = check.oneOf(entry, QLatin1StringView("r"), path, true, {u"negative", u"positive"});
        test.laboratory = check.text(entry, QLatin1StringView("lab"), path, false);
        test.country = check.country(entry, QLatin1StringView("co"), path, true);
        certificate.antibodyTests.append(test);
    });
    entryCount += check.entries(map, QLatin1StringView("vac"), [&](const QCborMap &entry, const QString &path) {
        Vaccination vaccination;
        const QString product = check.text(entry, QLatin1StringView("mp"), path, true);
        vaccination.product = ValueSets::builtIn().coded(ValueSetId::kVaccineProduct, product);
        const QString manufacturer = check.text(entry, QLatin1StringView("ma"), path, false);
        if (!manufacturer.isEmpty())
            vaccination.manufacturer = ValueSets::builtIn().coded(ValueSetId::kVaccineManufacturer, manufacturer);
        vaccination.doseNumber = check.integer(entry, QLatin1StringView("dn"), path, 1, 9);
        vaccination.totalDoses = check.integer(entry, QLatin1StringView("sd"), path, 1, 9);
        const QString date = check.text(entry, QLatin1StringView("dt"), path, true);
        if (!date.isNull()) {
            const auto parsed = Timestamp::parseDate(date);
            if (!parsed)
                check.fail(path + u".dt", QStringLiteral("\"%1\" is not YYYY-MM-DD").arg(date));
            else
                vaccination.date = *parsed;
        }
        vaccination.country = check.country(entry, QLatin1StringView("co"), path, true);
        certificate.vaccinations.append(vaccination);
    });
    if (entryCount == 0)
        check.fail(QStringLiteral("$"), QStringLiteral("none of nat, igm and vac holds an entry"));
}

} // namespace

Payload readPayload(const QCborMap &claims)
{
    Payload payload;
    payload.claims = readCwtClaims(claims, kIthcClaimKey, NumericDateRule::IntegerOnly);
    payload.schemaProblems = payload.claims.problems;
    HealthCertificate &certificate = payload.certificate;
    certificate.format = CertificateFormat::Ithc;
    certificate.issuerCountry = payload.claims.issuer;
    certificate.issuedAt = payload.claims.issuedAt;
    certificate.expiresAt = payload.claims.expiresAt;
    if (claims.value(1).isUndefined())
        payload.schemaProblems.append({ReasonCode::Schema, QStringLiteral("CWT claim iss (1) is missing")});

    const QCborValue &container = payload.claims.healthClaim;
    if (container.isUndefined()) {
        payload.schemaProblems.append({ReasonCode::Schema, QStringLiteral("CWT claim -65537 (ithc) is missing")});
    } else if (!container.isMap()) {
        payload.schemaProblems.append({ReasonCode::Schema, QStringLiteral("CWT claim -65537 (ithc) is not a map")});
    } else {
        const QCborValue inner = container.toMap().value(1);
        if (inner.isUndefined())
            payload.schemaProblems.append({ReasonCode::Schema, QStringLiteral("claim -65537 holds no certificate under key 1")});
        else if (!inner.isMap())
            payload.schemaProblems.append({ReasonCode::Schema, QStringLiteral("claim -65537 key 1 is not a map")});
        else
            readCertificate(inner.toMap(), payload);
    }
    return payload;
}

} // namespace CertDesk::Ithc
