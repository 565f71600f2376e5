// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QCborMap>

#include <optional>

namespace CertDesk {

/// How strictly the COSE headers are read.
enum class CoseHeaderRule {
    /// ITHC-1 §2: alg and kid both in the protected header; the unprotected
    /// header must be an empty map.
    ProtectedOnly,
    /// HCERT §3.3.2: kid and alg from the protected header when present there,
    /// else from the unprotected one; never a fallback when the protected one is set.
    ProtectedThenUnprotected,
};

/// A parsed COSE_Sign1 (RFC 9052 §4.2). The payload stays opaque bytes until its
/// signature has been verified.
struct CoseSign1
{
    QByteArray protectedBytes; ///< the protected header exactly as signed
    QCborMap protectedHeader;
    QCborMap unprotectedHeader;
    QByteArray payload;
    QByteArray signature;
    std::optional<qint64> algorithm; ///< header 1, when an integer
    QByteArray kid;                  ///< header 4

    /// The bytes the signature covers: ["Signature1", protected, h'', payload] (RFC 9052 §4.4).
    QByteArray toBeSigned() const;
};

/// Parses a COSE_Sign1: untagged, in tag 18, or tag 18 inside the CWT tag 61.
/// @return the structure; ReasonCode::DecodeCbor for CBOR that is not well-formed,
/// ReasonCode::TooLarge for nesting beyond the limit, ReasonCode::DecodeCose for a
/// wrong structure or headers (including a missing alg or kid).
Result<CoseSign1> parseCoseSign1(const QByteArray &data, CoseHeaderRule rule);

} // namespace CertDesk
