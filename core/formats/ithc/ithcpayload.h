// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/cwtclaims.h"
#include "model/healthcertificate.h"
#include "verify/reason.h"

#include <QCborMap>
#include <QList>

namespace CertDesk::Ithc {

/// CWT claim key of the ITHC-1 certificate container (ITHC-1 §3: -65537 → {1: certificate}).
inline constexpr qint64 kIthcClaimKey = -65537;
/// Longest certificate identifier (ITHC-1 §4 `ci`).
inline constexpr qsizetype kMaxCertificateIdLength = 80;

/// An ITHC-1 certificate read from its CWT claims.
struct Payload
{
    CwtClaims claims;
    HealthCertificate certificate;
    /// Violations of ITHC-1 §3 and §4 (ReasonCode::Schema), in document order.
    QList<Reason> schemaProblems;
};

/// Reads and validates the CWT claims and the certificate (ITHC-1 §3, §4).
/// Claim problems (missing iat or exp, mistyped claims) are in claims.problems and
/// repeated in schemaProblems; unknown keys are ignored (forward compatibility).
Payload readPayload(const QCborMap &claims);

} // namespace CertDesk::Ithc
