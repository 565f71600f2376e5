// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "reason.h"
#include "trust/trustedsigner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace CertDesk {

/// CLI-CONTRACT.md "verdict".
enum class Verdict {
    Valid,
    Invalid,
    Unreadable,
};
QString verdictName(Verdict verdict);

/// One check of the pipeline, for the supervisor's "explain" view.
struct CheckStep
{
    enum class Outcome {
        Passed,
        Failed,
        NotChecked, ///< could not be made: an earlier step failed, or nothing to check against (no revocation lists)
    };
    QString id;     ///< stable: "prefix", "base45", "inflate", "cose", "key", "signature", ...
    Outcome outcome = Outcome::Passed;
    QString detail; ///< English, for logs and JSON; the ui translates by id
};

/// Everything one verification found out (STYLE.md §4: verifying never throws; it
/// returns this report). The verdict follows from the reasons (CLI-CONTRACT.md):
/// valid exactly when there are none, unreadable when the first is a decoding failure.
struct VerificationReport
{
    CertificateFormat format = CertificateFormat::Unknown;
    QList<Reason> reasons;
    QList<CheckStep> checks;
    /// What the certificate says; present only once its signature has verified.
    std::optional<HealthCertificate> certificate;
    /// A DCC's content as JSON (what the schema checked and CertLogic rules read); empty otherwise.
    QJsonObject dccJson;
    /// The entry policy's outcome, when one was applied (only to an otherwise valid certificate).
    struct PolicyRule
    {
        QString id;
        bool met = false;
        QString detail;
    };
    struct PolicyResult
    {
        QString id;
        bool met = false;
        QList<PolicyRule> rules;
    };
    std::optional<PolicyResult> policy;
    /// How old the station's trust is (core/trust/trustage.h), when the caller assessed it.
    struct TrustNote
    {
        QString status;         ///< current, aging, outdated, expired, clock_wrong, unknown
        qint64 ageMs = -1;
        quint64 bundleVersion = 0; ///< 0: not from a bundle
        Timestamp::Millis issued = 0;
        QString detail;
    };
    std::optional<TrustNote> trust;
    QByteArray kid;
    QString algorithm;
    std::shared_ptr<const TrustedSigner> signer; ///< the key that verified the signature
    Timestamp::Millis verifiedAt = 0;

    Verdict verdict() const;
    bool isValid() const { return reasons.isEmpty(); }

    void pass(const QString &id, const QString &detail = {});
    /// Records a failed check and its reason.
    void fail(const QString &id, const Reason &reason);
};

} // namespace CertDesk
