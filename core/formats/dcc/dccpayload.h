// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/cwtclaims.h"
#include "model/healthcertificate.h"
#include "model/valuesets.h"
#include "trust/trustedsigner.h"
#include "verify/reason.h"

#include <QCborMap>
#include <QJsonObject>
#include <QList>

namespace CertDesk::Dcc {

/// CWT claim key of the HCERT container (HCERT §3.3.1: -260 → {1: eu_dgc_v1}).
inline constexpr qint64 kHcertClaimKey = -260;

/// A DCC read from its CWT claims.
struct Payload
{
    CwtClaims claims;
    HealthCertificate certificate; ///< format Dcc, names, dob, v/t/r mapped, codes in words
    /// The DCC as JSON (CBOR tag 0/1004 dates turned into their text): what the
    /// schema was checked against and what CertLogic rules read.
    QJsonObject json;
    /// Which kinds of statement the DCC holds (for the signer's extended key usage).
    DccTypes types;
    /// Schema problems (ReasonCode::Schema), first failure first; empty when the DCC
    /// matches its schema. Claim problems (iat/exp missing) are in claims.problems.
    QList<Reason> schemaProblems;
};

/// Reads a DCC from the CWT claims map: iss/iat/exp (floats allowed), the
/// -260/1 DCC map, schema validation against the embedded EU DCC schema (1.0.x to
/// 1.3.x, lenient where real issuers are, see dccpayload.cpp), and the mapping onto
/// the common model with codes shown in words from @p valueSets.
Payload readPayload(const QCborMap &claims, const ValueSets &valueSets = ValueSets::builtIn());

} // namespace CertDesk::Dcc
