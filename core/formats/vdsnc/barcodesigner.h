// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "trust/trustedsigner.h"
#include "trust/truststore.h"
#include "verify/result.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace CertDesk::VdsNc {

/// A seal's barcode signer, chained to the trusted CSCA that issued it.
struct BarcodeSigner
{
    std::shared_ptr<const TrustedSigner> signer; ///< the certificate from sig.cer
    std::shared_ptr<const TrustedSigner> csca; ///< the trusted CSCA whose signature on it verified
    /// When the signer's key may sign: its validity period, narrowed by the private key
    /// usage period extension (RFC 5280 §4.2.1.4 of RFC 3280; Doc 9303-12 §7.1.1) when present.
    Timestamp::Millis usableFrom = 0;
    Timestamp::Millis usableUntil = 0;
};

/// Chains the barcode signer certificate @p der (sig.cer) to a trusted CSCA by our own
/// code, not X509_verify_cert: OpenSSL's chain builder refuses CSCA keys with explicit EC
/// parameters, which real CSCAs (Japan's) have. For each CSCA of @p trust whose subject is
/// the signer's issuer (and whose subject key identifier matches the authority key
/// identifier, when both are present): its key is checked (explicit EC parameters must be
/// those of a known named curve), the signer's signature is verified with it directly, the
/// CSCA must have been valid when it issued the signer, and the countries must agree.
/// @return the chained signer, or
/// - schema: sig.cer is not one DER X.509 certificate with a usable key;
/// - key_unknown: no trusted CSCA has the signer's issuer as its subject;
/// - trust_chain: such CSCAs exist, but none of them vouches for this certificate;
/// - key_usage: the signer's key usage does not allow digital signatures.
Result<BarcodeSigner> chainToCsca(const QByteArray &der, const TrustStore &trust);

/// For a CSCA key: std::nullopt when usable; otherwise why not. An EC key given with
/// explicit parameters is accepted only when OpenSSL matches them to a named curve
/// (P-256/384/521, brainpool 256/384/512 r1): weak custom curves are refused.
std::optional<QString> checkAuthorityKey(EVP_PKEY *key);

} // namespace CertDesk::VdsNc
