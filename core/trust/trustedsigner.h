// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "time/timestamp.h"

#include <QByteArray>
#include <QFlags>
#include <QString>

#include <memory>

typedef struct x509_st X509;
typedef struct evp_pkey_st EVP_PKEY;

namespace CertDesk {

/// Where a trusted key came from. A key from a DCC trust list signs DCCs only
/// (ITHC-1 §5 step 4); a plain certificate file may sign any format.
enum class TrustSourceKind {
    CertificateFile, ///< PEM or DER certificate(s), or a directory of them
    DccTrustList,    ///< EU gateway JSON trust list
    GermanDscList,   ///< German DSC list (signature line + JSON)
    CscaMasterList,  ///< ICAO CSCA master list (CMS): country signing CAs, never document signers
    ShcJwks,         ///< SMART Health Cards JWKS file: keys for any issuer that presents them
    VciDirectory,    ///< VCI directory snapshot: each key bound to its issuer (`iss`)
    DivocKey,        ///< DIVOC issuer public key (PEM): signs DIVOC credentials only (formats/divoc/divockey.h)
};

/// DCC certificate types a signer may sign (HCERT §5.1.1, extended key usage).
enum class DccType {
    Test = 0x1,
    Vaccination = 0x2,
    Recovery = 0x4,
};
Q_DECLARE_FLAGS(DccTypes, DccType)
Q_DECLARE_OPERATORS_FOR_FLAGS(DccTypes)

/// One trusted document signer: its certificate and what we know about it.
struct TrustedSigner
{
    QByteArray kid;        ///< first 8 bytes of SHA-256 over `der`
    QByteArray der;        ///< the certificate exactly as given
    std::shared_ptr<X509> certificate;
    EVP_PKEY *publicKey = nullptr; ///< owned by `certificate`
    QString country;       ///< ISO 3166-1 alpha-2, from the list entry or the subject's C
    QString subject;       ///< one-line subject DN, for display
    Timestamp::Millis notBefore = 0;
    Timestamp::Millis notAfter = 0;
    /// DCC types from the extended key usage; all three when the certificate has no
    /// DCC-specific EKU (HCERT: no EKU = all types).
    DccTypes allowedDccTypes = DccTypes(DccType::Test) | DccType::Vaccination | DccType::Recovery;
    TrustSourceKind sourceKind = TrustSourceKind::CertificateFile;
    QString sourceName;    ///< file the key came from, for the explain view and JSON
    /// SHC (JWK) keys have no certificate: this owns `publicKey` then.
    std::shared_ptr<EVP_PKEY> ownedKey;
    /// SHC: the issuer URL (`iss`) the key is bound to (VCI directory); empty for a key that
    /// any issuer may present (a bare JWKS names no issuer).
    QString shcIssuer;

    /// True when this signer may sign certificates of the given format (ITHC-1 §5 step 4).
    bool maySignIthc() const { return sourceKind == TrustSourceKind::CertificateFile; }
    /// True for a SMART Health Cards key (a JWK): it signs SHC JWS only, never a COSE certificate.
    bool isShcKey() const { return sourceKind == TrustSourceKind::ShcJwks || sourceKind == TrustSourceKind::VciDirectory; }
    /// True for a DIVOC issuer key: it verifies DIVOC linked-data proofs only, never COSE, JWS or seals.
    bool isDivocKey() const { return sourceKind == TrustSourceKind::DivocKey; }
    bool isValidAt(Timestamp::Millis instant) const { return notBefore <= instant && instant <= notAfter; }
};

} // namespace CertDesk
