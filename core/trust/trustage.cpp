// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "trustage.h"

#include "verify/verificationreport.h"
#include "verify/limits.h"

namespace CertDesk {

namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

QString daysText(qint64 ms)
{
    return QString::number(double(ms) / double(kDayMs), 'f', 1);
}

} // namespace

QString trustAgeStatusName(TrustAgeStatus status)
{
    switch (status) {
    case TrustAgeStatus::Unknown:
        return QStringLiteral("unknown");
    case TrustAgeStatus::Current:
        return QStringLiteral("current");
    case TrustAgeStatus::Aging:
        return QStringLiteral("aging");
    case TrustAgeStatus::Outdated:
        return QStringLiteral("outdated");
    case TrustAgeStatus::Expired:
        return QStringLiteral("expired");
    case TrustAgeStatus::ClockWrong:
        return QStringLiteral("clock_wrong");
    }
    return QStringLiteral("unknown");
}

TrustAge assessTrustAge(const TrustSummary &summary, Timestamp::Millis now, const TrustAgeLimits &limits)
{
    TrustAge age;
    if (!summary.fromBundle) {
        age.detail = QStringLiteral("trust from loose files: its age is not known");
        return age;
    }
    age.ageMs = now - summary.issued;
    if (now + Limits::kClockSkewMs < summary.issued) {
        age.status = TrustAgeStatus::ClockWrong;
        age.detail = QStringLiteral("the system clock (%1) is earlier than trust bundle %2's issue time (%3): the clock is wrong")
                         .arg(Timestamp::formatRfc3339(now))
                         .arg(summary.version)
                         .arg(Timestamp::formatRfc3339(summary.issued));
        return age;
    }
    if (now >= summary.expires) {
        age.status = TrustAgeStatus::Expired;
        age.detail = QStringLiteral("trust bundle %1 expired at %2").arg(summary.version).arg(Timestamp::formatRfc3339(summary.expires));
        return age;
    }
    if (age.ageMs > qint64(limits.refuseDays) * kDayMs) {
        age.status = TrustAgeStatus::Outdated;
        age.detail = QStringLiteral("trust bundle %1 is %2 days old, over the limit of %3 days")
                         .arg(summary.version)
                         .arg(daysText(age.ageMs))
                         .arg(limits.refuseDays);
    } else if (age.ageMs > qint64(limits.warnDays) * kDayMs) {
        age.status = TrustAgeStatus::Aging;
        age.detail = QStringLiteral("trust bundle %1 is %2 days old (update it; refused after %3 days)")
                         .arg(summary.version)
                         .arg(daysText(age.ageMs))
                         .arg(limits.refuseDays);
    } else {
        age.status = TrustAgeStatus::Current;
        age.detail = QStringLiteral("trust bundle %1, %2 days old").arg(summary.version).arg(daysText(qMax<qint64>(age.ageMs, 0)));
    }
    return age;
}

void applyTrustAge(VerificationReport &report, const TrustSummary &summary, const TrustAge &age)
{
    VerificationReport::TrustNote note;
    note.status = trustAgeStatusName(age.status);
    note.ageMs = age.ageMs;
    note.detail = age.detail;
    if (summary.fromBundle) {
        note.bundleVersion = summary.version;
        note.issued = summary.issued;
    }
    report.trust = note;
    if (report.verdict() == Verdict::Unreadable)
        return;
    switch (age.status) {
    case TrustAgeStatus::Outdated:
    case TrustAgeStatus::Expired:
        report.fail(QStringLiteral("trust-age"), {ReasonCode::TrustOutdated, age.detail});
        break;
    case TrustAgeStatus::ClockWrong:
        report.fail(QStringLiteral("clock"), {ReasonCode::ClockWrong, age.detail});
        break;
    case TrustAgeStatus::Unknown:
    case TrustAgeStatus::Current:
    case TrustAgeStatus::Aging:
        break;
    }
}

} // namespace CertDesk
