// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/signatureverifier.h"
#include "model/healthcertificate.h"
#include "revocationstore.h"
#include "verify/verificationreport.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

/// Revocation checks of the verification pipeline (ITHC-1 §5.9; EU DCC revocation; SMART
/// Health Cards revocation) and the hashes they look up. core/trust/REVOCATION.md explains
/// the lists; the Verifier calls these after the schema check, once the signature verified.
namespace CertDesk::Revocation {

/// The first 16 bytes of SHA-256(@p data).
RevocationHash hashOf(QByteArrayView data);

/// The EU DCC revocation hashes of one DCC.
struct DccHashes
{
    RevocationHash uci; ///< SHA-256(ci)
    RevocationHash countryCodeUci; ///< SHA-256(iss + ci), iss the CWT issuer country (claim 1)
    RevocationHash signature; ///< SHA-256(signature), for ECDSA of r (the first half of r‖s) only
};
DccHashes dccHashes(
    const QString &uci, const QString &issuerCountry, QByteArrayView signature, SignatureAlgorithm algorithm);

/// ITHC-1 `ci`: SHA-256 of the identifier's UTF-8 text, first 16 bytes.
RevocationHash ithcCiHash(const QString &certificateId);

/// The check step of a COSE certificate (ITHC-1 or DCC) whose signature verified: the DCC
/// hashes (every `ci` of its statements) in the lists for @p kid, the ITHC-1 `ci` in the lists
/// of its issuer, and the certificate id on the local blocklist. Adds the step "revocation":
/// failed with ReasonCode::Revoked (the detail names the list and hash type), passed, or not
/// checked when no list is loaded.
void checkCose(const RevocationStore &store, VerificationReport &report, const HealthCertificate &certificate,
    const QByteArray &kid, const QByteArray &signature, SignatureAlgorithm algorithm);

/// The check step of a SMART Health Card: @p rid (the card's vc.rid; may be empty) in the CRL
/// of @p kid, with nbf @p notBefore; the local blocklist by certificate id or "rid:" + rid.
void checkShc(const RevocationStore &store, VerificationReport &report, const HealthCertificate &certificate,
    const QByteArray &kid, const QString &rid, std::optional<Timestamp::Millis> notBefore);

/// The check step for formats with no revocation list of their own (VDS-NC, DIVOC): the local
/// blocklist by certificate id.
void checkBlocklist(const RevocationStore &store, VerificationReport &report, const HealthCertificate &certificate);

} // namespace CertDesk::Revocation
