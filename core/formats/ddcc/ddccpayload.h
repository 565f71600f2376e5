// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/cwtclaims.h"
#include "model/healthcertificate.h"
#include "model/valuesets.h"
#include "trust/trustedsigner.h"
#include "verify/reason.h"
#include "verify/result.h"

#include <QCborMap>
#include <QList>

namespace CertDesk::Dcc {
struct Payload;
}

/// WHO Digital Documentation of COVID-19 Certificates (DDCC) carried in an HCERT: the DDCC
/// core data set (DDCC:VS vaccination status, DDCC:TR test result) under the HCERT claim
/// -260, beside or instead of the EU DCC (key 1). Layout, checks and limits: DDCC.md.
namespace CertDesk::Ddcc {

/// hcert (-260) sub-claim of the DDCC:VS core data set (WHO DDCC IG, input/fsh/cwt.fsh, HCert).
inline constexpr qint64 kVaccinationStatusKey = 2;
/// hcert (-260) sub-claim of the DDCC:TR core data set (same source).
inline constexpr qint64 kTestResultKey = 3;

/// Deepest nesting below a core data set map (certificate › issuer › identifier is 3; FHIR
/// extensions and signatures go a little deeper). Deeper is too_large.
inline constexpr int kMaxDepth = 8;
/// Most CBOR data items in one core data set (about 60 in a full DDCC:VS). More is too_large.
inline constexpr int kMaxItems = 512;
/// Longest text or byte string in a core data set, in bytes (UTF-8). Longer is too_large.
inline constexpr qsizetype kMaxStringBytes = 1024;

/// A DDCC read from its CWT claims.
struct Payload
{
    CwtClaims claims;
    /// Format Dcc (the contract has no DDCC value), `scheme` "WHO DDCC:VS", "WHO DDCC:TR"
    /// or "WHO DDCC:VS+TR"; holder, vaccinations, tests; certificate id = hcid.
    HealthCertificate certificate;
    /// The kinds of statement (for the signer's extended key usage, HCERT §5.1.1).
    DccTypes types;
    /// Schema problems (ReasonCode::Schema), first found first; empty when the core data set
    /// fits the WHO logical model. Claim problems (iat/exp) are in claims.problems.
    QList<Reason> schemaProblems;
};

/// True when the HCERT claim (-260) of @p claims is a map holding key 2 or 3 (a DDCC core
/// data set), whatever that key's value.
bool carriesCoreDataSet(const QCborMap &claims);

/// Reads the DDCC core data set(s) from the CWT claims: iss/iat/exp (HCERT rules, floats
/// allowed), -260/2 (DDCC:VS) and -260/3 (DDCC:TR), each checked against the WHO logical
/// model (DDCC.md "What is checked") and mapped onto the model. Codings are shown with their
/// `display` when given, else with the EU value set's words from @p valueSets where it knows
/// the code.
/// @return the payload (schema problems inside it); ReasonCode::TooLarge when a core data set
///         exceeds kMaxDepth, kMaxItems or kMaxStringBytes.
Result<Payload> readPayload(const QCborMap &claims, const ValueSets &valueSets = ValueSets::builtIn());

/// The HCERT step of the verifier: when @p claims carry a DDCC core data set, folds it into
/// @p dcc (what Dcc::readPayload made of the same claims). Without an EU DCC (no key 1) the
/// DDCC takes its place: certificate, statement types and schema problems. Beside an EU DCC,
/// the EU DCC stays what is shown and what policies read; the DDCC's schema problems and
/// statement types are added and the certificate's scheme names both. Without a core data
/// set, @p dcc is left as it is.
/// @return Ok; ReasonCode::TooLarge when a core data set exceeds a limit (@p dcc unchanged).
Result<Ok> applyTo(Dcc::Payload &dcc, const QCborMap &claims, const ValueSets &valueSets = ValueSets::builtIn());

} // namespace CertDesk::Ddcc
