// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "time/timestamp.h"
#include "verify/reason.h"

#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>

#include <optional>

namespace CertDesk {

/// The CWT claims (RFC 8392) both HCERT and ITHC-1 use.
struct CwtClaims
{
    QString issuer;                              ///< claim 1 (iss)
    std::optional<Timestamp::Millis> issuedAt;   ///< claim 6 (iat)
    std::optional<Timestamp::Millis> expiresAt;  ///< claim 4 (exp)
    QCborValue healthClaim;                      ///< -260 (HCERT) or -65537 (ITHC-1), undefined when absent
    QList<Reason> problems;                      ///< schema reasons found while reading the claims
};

enum class NumericDateRule {
    IntegerOnly,    ///< ITHC-1 §3: iat/exp are integers
    IntegerOrFloat, ///< HCERT: real issuers write floats
};

/// Reads iss, iat, exp and the health claim @p healthClaimKey from a CWT claims map.
/// Missing or mistyped claims are collected as ReasonCode::Schema problems.
CwtClaims readCwtClaims(const QCborMap &claims, qint64 healthClaimKey, NumericDateRule rule);

} // namespace CertDesk
