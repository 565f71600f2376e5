// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "trustedsigner.h"

#include <QHash>
#include <QList>

#include <memory>
#include <mutex>

namespace CertDesk {

/// The country signing CAs (CSCAs, ICAO Doc 9303 part 12) among a station's trusted
/// certificates, by subject name: certificates from files whose basic constraints say
/// CA, and every certificate of an ICAO CSCA master list. Used to chain a VDS-NC
/// barcode signer, which the seal carries itself, to a trusted authority.
class CscaIndex
{
public:
    using SignerPtr = std::shared_ptr<const TrustedSigner>;

    /// Keeps the CSCAs among @p signers (see isCsca()).
    explicit CscaIndex(const QList<SignerPtr> &signers);

    /// True for a certificate that may vouch for a barcode signer: one from a master
    /// list, or one from a certificate file with CA basic constraints.
    static bool isCsca(const TrustedSigner &signer);

    /// The CSCAs whose subject equals the issuer of @p certificate and, when both carry
    /// key identifiers, whose subject key identifier equals its authority key identifier.
    /// Candidates only: the caller verifies the signature.
    QList<SignerPtr> issuersOf(X509 *certificate) const;

    qsizetype size() const { return m_count; }

    /// A barcode signer is shared by every seal of its issuer, so the (costly, P-384 for
    /// Japan) check of the CSCA's signature on it is remembered: true when @p csca's
    /// signature on the certificate @p signerDer has verified before. Thread-safe.
    bool hasVerified(const QByteArray &signerDer, const TrustedSigner *csca) const;
    /// Records that @p csca's signature on @p signerDer verified (bounded; cleared when full).
    void rememberVerified(const QByteArray &signerDer, const TrustedSigner *csca) const;

private:
    QHash<unsigned long, QList<SignerPtr>> m_bySubjectHash;
    qsizetype m_count = 0;
    mutable std::mutex m_verifiedMutex;
    mutable QHash<QByteArray, const TrustedSigner *> m_verified; ///< SHA-256 of the signer DER → its CSCA
};

} // namespace CertDesk
