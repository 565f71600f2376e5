// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "time/timestamp.h"

#include <QByteArray>
#include <QString>

namespace CertDesk {

struct VerificationReport;

/// Where a station's trust came from, as far as its age goes: an installed (or given)
/// trust bundle has an issue time and an expiry; loose files do not.
struct TrustSummary
{
    bool fromBundle = false;
    quint64 version = 0;
    Timestamp::Millis issued = 0;
    Timestamp::Millis expires = 0;
    QString publisher;
    QString signerSubject;
    QByteArray signerFingerprint; ///< SHA-256 of the bundle signer's certificate
    QString path;                 ///< the bundle file
    bool fallback = false;        ///< the newest bundle failed to load; this is the last good one
};

/// The station's limits on trust age (TRUST-BUNDLES.md "Age"): settings trust/warnAgeDays
/// and trust/refuseAgeDays.
struct TrustAgeLimits
{
    int warnDays = 7;
    int refuseDays = 30;
};

enum class TrustAgeStatus {
    Unknown,    ///< loose trust files: no issue time to measure from
    Current,
    Aging,      ///< older than warnDays: said on every verdict
    Outdated,   ///< older than refuseDays: every verdict refused (trust_outdated)
    Expired,    ///< the bundle's own expiry has passed (trust_outdated)
    ClockWrong, ///< the clock is earlier than the bundle's issue time (clock_wrong)
};
QString trustAgeStatusName(TrustAgeStatus status);

struct TrustAge
{
    TrustAgeStatus status = TrustAgeStatus::Unknown;
    qint64 ageMs = -1; ///< now − issued; −1 when unknown
    QString detail;    ///< English, for logs and JSON
};

/// How old @p summary's trust is at the real time @p now (not the verification instant:
/// a station verifying at a past --at still has today's trust).
TrustAge assessTrustAge(const TrustSummary &summary, Timestamp::Millis now, const TrustAgeLimits &limits);

/// Records @p age on @p report (its `trust` note) and, for Outdated, Expired and
/// ClockWrong, adds the reason trust_outdated or clock_wrong: no certificate is valid on
/// trust the station cannot vouch for. Unreadable codes get the note only.
void applyTrustAge(VerificationReport &report, const TrustSummary &summary, const TrustAge &age);

} // namespace CertDesk
