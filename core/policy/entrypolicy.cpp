// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "entrypolicy.h"

#include "certlogic.h"

#include "model/valuesets.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace CertDesk::Policy {

namespace {

constexpr Timestamp::Millis kHour = 3'600'000;
constexpr Timestamp::Millis kDay = 24 * kHour;
constexpr qint64 kMaxRuleFileBytes = 4 * 1024 * 1024;

// Dates without a time mean 00:00 UTC of that day (CLI-CONTRACT.md).
Timestamp::Millis startOfDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString hoursText(Timestamp::Millis duration)
{
    return QStringLiteral("%1 h").arg(duration / kHour);
}

QString daysText(Timestamp::Millis duration)
{
    return QStringLiteral("%1 days").arg(duration / kDay);
}

RuleOutcome formatRule(const QString &covers, const HealthCertificate &certificate)
{
    return {QStringLiteral("format"), false,
            QStringLiteral("this policy covers %1 certificates, not %2")
                .arg(covers, certificate.scheme.isEmpty() ? formatName(certificate.format) : certificate.scheme)};
}

// An EU DCC: an HCERT whose payload is the EU DCC (a WHO DDCC alone is not: its dose counts
// and value sets do not follow the EU rules; formats/ddcc/DDCC.md).
bool isEuDcc(const HealthCertificate &certificate)
{
    return certificate.format == CertificateFormat::Dcc
           && (certificate.scheme.isEmpty() || certificate.scheme.startsWith(u"EU DCC"));
}

// A sample taken at most @p limit before @p at, and not after it.
template<typename Test>
RuleOutcome recentNegativeTest(const QString &id, const QString &what, const QList<Test> &tests, Timestamp::Millis at,
                               Timestamp::Millis limit)
{
    if (tests.isEmpty())
        return {id, false, QStringLiteral("no %1").arg(what)};
    // The most recent by sample time, not by its place in the list.
    const Test &test = *std::max_element(tests.begin(), tests.end(), [](const Test &a, const Test &b) {
        return a.sampleCollected < b.sampleCollected;
    });
    const Timestamp::Millis age = at - test.sampleCollected;
    if (age < 0)
        return {id, false, QStringLiteral("%1 sample taken after the verification time (%2)")
                               .arg(what, Timestamp::formatRfc3339(test.sampleCollected))};
    if (test.result != u"negative")
        return {id, false, QStringLiteral("%1 %2").arg(what, test.result)};
    if (age > limit)
        return {id, false, QStringLiteral("%1 negative, but sample taken %2 before; the policy allows %3")
                               .arg(what, hoursText(age), hoursText(limit))};
    return {id, true,
            QStringLiteral("%1 negative, sample taken %2 before (at most %3)").arg(what, hoursText(age), hoursText(limit))};
}

PolicyOutcome ithcEntry(const QString &id, const HealthCertificate &certificate, Timestamp::Millis at)
{
    PolicyOutcome outcome{id, false, {}};
    if (certificate.format != CertificateFormat::Ithc) {
        outcome.rules.append(formatRule(QStringLiteral("ITHC-1"), certificate));
        return outcome;
    }
    outcome.rules.append(recentNegativeTest(QStringLiteral("nat-negative-48h"), QStringLiteral("nucleic-acid test"),
                                            certificate.nucleicAcidTests, at, 48 * kHour));
    outcome.rules.append(recentNegativeTest(QStringLiteral("igm-negative-48h"), QStringLiteral("IgM antibody test"),
                                            certificate.antibodyTests, at, 48 * kHour));
    outcome.met = std::all_of(outcome.rules.begin(), outcome.rules.end(), [](const RuleOutcome &r) { return r.met; });
    return outcome;
}

RuleOutcome euVaccination(const HealthCertificate &certificate, Timestamp::Millis at)
{
    const QString id = QStringLiteral("vaccination");
    const Vaccination &dose = *std::max_element(certificate.vaccinations.begin(), certificate.vaccinations.end(),
                                                [](const Vaccination &a, const Vaccination &b) { return a.date < b.date; });
    if (!dose.date.isValid())
        return {id, false, QStringLiteral("vaccination date missing")};
    const Timestamp::Millis given = startOfDay(dose.date);
    if (dose.doseNumber < dose.totalDoses)
        return {id, false, QStringLiteral("dose %1 of %2: the series is not complete").arg(dose.doseNumber).arg(dose.totalDoses)};
    const bool booster = dose.doseNumber > dose.totalDoses || dose.doseNumber >= 3;
    const Timestamp::Millis since = at - given;
    if (booster) {
        // A booster counts from its date, without an upper limit.
        if (since < 0)
            return {id, false, QStringLiteral("booster dated after the verification time")};
        return {id, true, QStringLiteral("booster (dose %1 of %2), %3 ago").arg(dose.doseNumber).arg(dose.totalDoses).arg(daysText(since))};
    }
    if (since < 14 * kDay)
        return {id, false, QStringLiteral("series completed %1 ago; valid from 14 days after the last dose").arg(daysText(std::max<Timestamp::Millis>(since, 0)))};
    if (since > 270 * kDay)
        return {id, false, QStringLiteral("series completed %1 ago; a primary series is valid for 270 days").arg(daysText(since))};
    return {id, true, QStringLiteral("series complete (dose %1 of %2), %3 ago (14 to 270 days)").arg(dose.doseNumber).arg(dose.totalDoses).arg(daysText(since))};
}

RuleOutcome euTest(const HealthCertificate &certificate, Timestamp::Millis at)
{
    const QString id = QStringLiteral("test");
    const DccTest &test = *std::max_element(certificate.tests.begin(), certificate.tests.end(),
                                            [](const DccTest &a, const DccTest &b) { return a.sampleCollected < b.sampleCollected; });
    const bool naat = test.testType.code == u"LP6464-4";
    const bool rat = test.testType.code == u"LP217198-3";
    if (!naat && !rat)
        return {id, false, QStringLiteral("test type %1 is neither NAAT nor RAT").arg(test.testType.code)};
    const QString kind = naat ? QStringLiteral("NAAT") : QStringLiteral("RAT");
    const Timestamp::Millis limit = (naat ? 72 : 48) * kHour;
    const Timestamp::Millis age = at - test.sampleCollected;
    if (age < 0)
        return {id, false, QStringLiteral("%1 sample taken after the verification time").arg(kind)};
    if (test.result.code != u"260415000")
        return {id, false, QStringLiteral("%1 result: %2").arg(kind, test.result.text())};
    if (age > limit)
        return {id, false, QStringLiteral("%1 sample taken %2 before; the policy allows %3").arg(kind, hoursText(age), hoursText(limit))};
    return {id, true, QStringLiteral("%1 not detected, sample taken %2 before (at most %3)").arg(kind, hoursText(age), hoursText(limit))};
}

RuleOutcome euRecovery(const HealthCertificate &certificate, Timestamp::Millis at)
{
    const QString id = QStringLiteral("recovery");
    const Recovery &recovery = certificate.recoveries.first();
    if (!recovery.firstPositive.isValid())
        return {id, false, QStringLiteral("date of the first positive test missing")};
    const Timestamp::Millis since = at - startOfDay(recovery.firstPositive);
    if (since < 11 * kDay)
        return {id, false, QStringLiteral("first positive test %1 ago; valid from day 11").arg(daysText(std::max<Timestamp::Millis>(since, 0)))};
    if (since > 180 * kDay)
        return {id, false, QStringLiteral("first positive test %1 ago; valid for 180 days").arg(daysText(since))};
    return {id, true, QStringLiteral("first positive test %1 ago (11 to 180 days)").arg(daysText(since))};
}

PolicyOutcome euTravel(const QString &id, const HealthCertificate &certificate, Timestamp::Millis at)
{
    PolicyOutcome outcome{id, false, {}};
    if (!isEuDcc(certificate)) {
        outcome.rules.append(formatRule(QStringLiteral("EU DCC"), certificate));
        return outcome;
    }
    if (!certificate.vaccinations.isEmpty())
        outcome.rules.append(euVaccination(certificate, at));
    else if (!certificate.tests.isEmpty())
        outcome.rules.append(euTest(certificate, at));
    else if (!certificate.recoveries.isEmpty())
        outcome.rules.append(euRecovery(certificate, at));
    else
        outcome.rules.append({QStringLiteral("vaccination"), false, QStringLiteral("no vaccination, test or recovery")});
    outcome.met = outcome.rules.first().met;
    return outcome;
}

QString certificateTypeOf(const HealthCertificate &certificate)
{
    if (!certificate.vaccinations.isEmpty())
        return QStringLiteral("Vaccination");
    if (!certificate.tests.isEmpty())
        return QStringLiteral("Test");
    if (!certificate.recoveries.isEmpty())
        return QStringLiteral("Recovery");
    return QStringLiteral("General");
}

PolicyOutcome businessRules(const QString &id, const QJsonArray &rules, const HealthCertificate &certificate,
                            const PolicyContext &context)
{
    PolicyOutcome outcome{id, true, {}};
    if (!isEuDcc(certificate)) {
        outcome.met = false;
        outcome.rules.append(formatRule(QStringLiteral("EU DCC"), certificate));
        return outcome;
    }
    // Of several versions of one rule, the highest version valid at the verification time.
    QMap<QString, QJsonObject> chosen;
    const auto versionKey = [](const QString &version) {
        QList<int> parts;
        for (const QString &part : version.split(u'.'))
            parts.append(part.toInt());
        return parts;
    };
    const QString type = certificateTypeOf(certificate);
    for (const QJsonValue &value : rules) {
        const QJsonObject rule = value.toObject();
        const QString ruleType = rule.value(QStringLiteral("CertificateType")).toString();
        if (ruleType != u"General" && ruleType != type)
            continue;
        const std::optional<Timestamp::Millis> from = Timestamp::parseRfc3339(rule.value(QStringLiteral("ValidFrom")).toString());
        const std::optional<Timestamp::Millis> to = Timestamp::parseRfc3339(rule.value(QStringLiteral("ValidTo")).toString());
        if (!from || !to || context.at < *from || context.at >= *to)
            continue;
        const QString identifier = rule.value(QStringLiteral("Identifier")).toString();
        const auto existing = chosen.constFind(identifier);
        if (existing == chosen.constEnd()
            || versionKey(rule.value(QStringLiteral("Version")).toString())
                   > versionKey(existing->value(QStringLiteral("Version")).toString()))
            chosen.insert(identifier, rule);
    }
    QJsonObject external{{QStringLiteral("validationClock"), Timestamp::formatRfc3339(context.at)},
                         {QStringLiteral("valueSets"), context.valueSets},
                         {QStringLiteral("countryCode"), context.countryCode}};
    if (context.expiresAt)
        external.insert(QStringLiteral("exp"), Timestamp::formatRfc3339(*context.expiresAt));
    if (context.issuedAt)
        external.insert(QStringLiteral("iat"), Timestamp::formatRfc3339(*context.issuedAt));
    const QJsonObject data{{QStringLiteral("payload"), context.dccPayload}, {QStringLiteral("external"), external}};
    for (auto it = chosen.constBegin(); it != chosen.constEnd(); ++it) {
        const QJsonObject &rule = it.value();
        const Expected<CertLogic::Value, QString> result = CertLogic::evaluate(rule.value(QStringLiteral("Logic")), data);
        QString description;
        for (const QJsonValue &entry : rule.value(QStringLiteral("Description")).toArray()) {
            if (entry.toObject().value(QStringLiteral("lang")).toString() == u"en")
                description = entry.toObject().value(QStringLiteral("desc")).toString();
        }
        RuleOutcome ruleOutcome{it.key(), false, description};
        if (!result)
            ruleOutcome.detail = QStringLiteral("%1 (the rule could not be evaluated: %2)").arg(description, result.error());
        else
            ruleOutcome.met = result->isBool() && result->toBool();
        outcome.met = outcome.met && ruleOutcome.met;
        outcome.rules.append(ruleOutcome);
    }
    return outcome;
}

} // namespace

std::optional<RuleOutcome> PolicyOutcome::firstFailure() const
{
    for (const RuleOutcome &rule : rules) {
        if (!rule.met)
            return rule;
    }
    return std::nullopt;
}

EntryPolicy::EntryPolicy(Kind kind, QString id)
    : m_kind(kind)
    , m_id(std::move(id))
{
}

QStringList EntryPolicy::builtInNames()
{
    return {QStringLiteral("ithc-entry"), QStringLiteral("eu-travel-2022"), QStringLiteral("signature-only")};
}

std::optional<EntryPolicy> EntryPolicy::builtIn(QStringView name)
{
    if (name == u"ithc-entry")
        return EntryPolicy(Kind::IthcEntry, name.toString());
    if (name == u"eu-travel-2022")
        return EntryPolicy(Kind::EuTravel2022, name.toString());
    if (name == u"signature-only")
        return EntryPolicy(Kind::SignatureOnly, name.toString());
    return std::nullopt;
}

Expected<EntryPolicy, QString> EntryPolicy::fromBusinessRules(const QByteArray &json, const QString &id)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("%1: not JSON: %2").arg(id, error.errorString());
    if (!document.isArray())
        return QStringLiteral("%1: not a JSON array of EU business rules").arg(id);
    const QJsonArray rules = document.array();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules.at(i).toObject();
        if (rule.value(QStringLiteral("Identifier")).toString().isEmpty() || !rule.contains(QStringLiteral("Logic")))
            return QStringLiteral("%1: rule %2 has no Identifier or Logic").arg(id).arg(i + 1);
        const QStringList issues = CertLogic::validate(rule.value(QStringLiteral("Logic")));
        if (!issues.isEmpty())
            return QStringLiteral("%1: rule %2 is not valid CertLogic: %3")
                .arg(id, rule.value(QStringLiteral("Identifier")).toString(), issues.first());
    }
    EntryPolicy policy(Kind::CertLogicRules, id);
    policy.m_rules = rules;
    return policy;
}

Expected<EntryPolicy, QString> EntryPolicy::load(const QString &nameOrPath)
{
    if (std::optional<EntryPolicy> builtInPolicy = builtIn(nameOrPath))
        return *builtInPolicy;
    QFile file(nameOrPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: no such built-in policy (%2) and no readable file")
            .arg(nameOrPath, builtInNames().join(QStringLiteral(", ")));
    if (file.size() > kMaxRuleFileBytes)
        return QStringLiteral("%1: larger than %2 bytes").arg(nameOrPath).arg(kMaxRuleFileBytes);
    return fromBusinessRules(file.readAll(), QFileInfo(nameOrPath).fileName());
}

PolicyOutcome EntryPolicy::apply(const HealthCertificate &certificate, const PolicyContext &context) const
{
    switch (m_kind) {
    case Kind::IthcEntry:
        return ithcEntry(m_id, certificate, context.at);
    case Kind::EuTravel2022:
        return euTravel(m_id, certificate, context.at);
    case Kind::CertLogicRules:
        return businessRules(m_id, m_rules, certificate, context);
    case Kind::SignatureOnly:
        break;
    }
    return PolicyOutcome{m_id, true, {}};
}

void applyPolicy(const EntryPolicy &policy, VerificationReport &report, const QString &countryCode)
{
    if (!report.isValid() || !report.certificate)
        return;
    PolicyContext context;
    context.at = report.verifiedAt;
    context.dccPayload = report.dccJson;
    context.issuedAt = report.certificate->issuedAt;
    context.expiresAt = report.certificate->expiresAt;
    context.countryCode = countryCode;
    if (policy.kind() == EntryPolicy::Kind::CertLogicRules) {
        const ValueSets &valueSets = ValueSets::builtIn();
        for (const QString &id : valueSets.valueSetIds())
            context.valueSets.insert(id, QJsonArray::fromStringList(valueSets.codes(id)));
    }
    const PolicyOutcome outcome = policy.apply(*report.certificate, context);
    VerificationReport::PolicyResult result{outcome.id, outcome.met, {}};
    for (const RuleOutcome &rule : outcome.rules)
        result.rules.append({rule.id, rule.met, rule.detail});
    report.policy = result;
    if (const std::optional<RuleOutcome> failure = outcome.firstFailure()) {
        report.fail(QStringLiteral("policy"),
                    {ReasonCode::Policy, QStringLiteral("%1: %2").arg(failure->id, failure->detail)});
    } else if (!outcome.met) {
        report.fail(QStringLiteral("policy"), {ReasonCode::Policy, QStringLiteral("%1: not met").arg(outcome.id)});
    } else {
        report.pass(QStringLiteral("policy"), outcome.id);
    }
}

} // namespace CertDesk::Policy
