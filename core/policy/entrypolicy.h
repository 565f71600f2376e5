// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "time/timestamp.h"
#include "verify/result.h"
#include "verify/verificationreport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// Entry policies: what turns a verified certificate into "admit" or "refuse", with the rule
/// that decided (CLI-CONTRACT.md "Policies: how they are read").
namespace CertDesk::Policy {

/// One rule's verdict, with a detail the officer can read as it is
/// ("nucleic-acid test negative, sample 20 h before (at most 48 h)").
struct RuleOutcome
{
    QString id;
    bool met = false;
    QString detail;
    friend bool operator==(const RuleOutcome &, const RuleOutcome &) = default;
};

struct PolicyOutcome
{
    QString id; ///< the policy: a profile's name or the rule file's name
    bool met = false;
    QList<RuleOutcome> rules;
    /// The first rule not met, for the reason `policy` (its detail names the rule).
    std::optional<RuleOutcome> firstFailure() const;
};

/// What a policy may look at besides the certificate.
struct PolicyContext
{
    Timestamp::Millis at = 0;
    /// The DCC's JSON payload (the `hcert` claim's content), for CertLogic rules.
    QJsonObject dccPayload;
    std::optional<Timestamp::Millis> issuedAt;
    std::optional<Timestamp::Millis> expiresAt;
    QString countryCode = QStringLiteral("EU");
    /// `{value set id: [codes]}` for CertLogic's `external.valueSets`.
    QJsonObject valueSets;
};

class EntryPolicy
{
public:
    enum class Kind {
        SignatureOnly,
        IthcEntry,
        EuTravel2022,
        CertLogicRules,
    };

    /// `ithc-entry`, `eu-travel-2022` or `signature-only`; std::nullopt for another name.
    static std::optional<EntryPolicy> builtIn(QStringView name);
    /// EU business rules: a JSON array of rules (`Identifier`, `Version`, `CertificateType`,
    /// `ValidFrom`, `ValidTo`, `Logic`, `Description`...), each `Logic` valid CertLogic.
    static Expected<EntryPolicy, QString> fromBusinessRules(const QByteArray &json, const QString &id);
    /// A built-in name, else a file of EU business rules.
    static Expected<EntryPolicy, QString> load(const QString &nameOrPath);

    const QString &id() const { return m_id; }
    Kind kind() const { return m_kind; }

    /// Applies the policy to a certificate that passed every other check.
    PolicyOutcome apply(const HealthCertificate &certificate, const PolicyContext &context) const;

    static QStringList builtInNames();

private:
    EntryPolicy(Kind kind, QString id);

    Kind m_kind;
    QString m_id;
    QJsonArray m_rules; ///< CertLogicRules only
};

/// Applies @p policy to @p report when (and only when) the certificate passed every other
/// check (CLI-CONTRACT.md): sets report.policy and, when a rule is not met, adds the reason
/// `policy` whose detail names the rule. The verification instant is the report's; the value
/// sets are the embedded EU ones; @p countryCode is the station's (CertLogic's countryCode).
void applyPolicy(const EntryPolicy &policy, VerificationReport &report, const QString &countryCode = QStringLiteral("EU"));

} // namespace CertDesk::Policy
