// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "verificationreport.h"

namespace CertDesk {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unreadable:
        return QStringLiteral("unreadable");
    }
    return QStringLiteral("invalid");
}

Verdict VerificationReport::verdict() const
{
    if (reasons.isEmpty())
        return Verdict::Valid;
    return isDecodingFailure(reasons.first().code) ? Verdict::Unreadable : Verdict::Invalid;
}

void VerificationReport::pass(const QString &id, const QString &detail)
{
    checks.append({id, CheckStep::Outcome::Passed, detail});
}

void VerificationReport::fail(const QString &id, const Reason &reason)
{
    checks.append({id, CheckStep::Outcome::Failed, reason.detail});
    reasons.append(reason);
}

} // namespace CertDesk
