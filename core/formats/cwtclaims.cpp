// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cwtclaims.h"

#include <cmath>

namespace CertDesk {

namespace {

// Seconds since the epoch as milliseconds; std::nullopt for a value of the wrong
// type or outside the range a date can take.
std::optional<Timestamp::Millis> numericDate(const QCborValue &value, NumericDateRule rule)
{
    constexpr qint64 kMaxSeconds = 253402300799; // 9999-12-31T23:59:59Z
    if (value.isInteger()) {
        const qint64 seconds = value.toInteger();
        if (seconds < -kMaxSeconds || seconds > kMaxSeconds)
            return std::nullopt;
        return seconds * 1000;
    }
    if (value.isDouble() && rule == NumericDateRule::IntegerOrFloat) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds) || std::fabs(seconds) > double(kMaxSeconds))
            return std::nullopt;
        return Timestamp::Millis(std::floor(seconds * 1000.0));
    }
    return std::nullopt;
}

} // namespace

CwtClaims readCwtClaims(const QCborMap &claims, qint64 healthClaimKey, NumericDateRule rule)
{
    CwtClaims out;
    const QCborValue iss = claims.value(1);
    if (iss.isString())
        out.issuer = iss.toString();
    else if (!iss.isUndefined())
        out.problems.append({ReasonCode::Schema, QStringLiteral("CWT claim iss (1) is not a text string")});

    const QCborValue iat = claims.value(6);
    out.issuedAt = numericDate(iat, rule);
    if (!out.issuedAt)
        out.problems.append({ReasonCode::Schema, iat.isUndefined() ? QStringLiteral("CWT claim iat (6) is missing")
                                                                    : QStringLiteral("CWT claim iat (6) is not a valid numeric date")});
    const QCborValue exp = claims.value(4);
    out.expiresAt = numericDate(exp, rule);
    if (!out.expiresAt)
        out.problems.append({ReasonCode::Schema, exp.isUndefined() ? QStringLiteral("CWT claim exp (4) is missing")
                                                                    : QStringLiteral("CWT claim exp (4) is not a valid numeric date")});
    out.healthClaim = claims.value(healthClaimKey);
    return out;
}

} // namespace CertDesk
