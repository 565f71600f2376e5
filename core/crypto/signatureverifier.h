// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace CertDesk {

/// The COSE signature algorithms CertDesk checks (RFC 9053 values; SM2-SM3 is
/// ITHC-1's private-use -65537).
enum class SignatureAlgorithm {
    Es256,
    Es384,
    Es512,
    Ps256,
    Ps384,
    Ps512,
    Sm2Sm3,
};

/// The algorithm for a COSE alg value; std::nullopt when unknown.
std::optional<SignatureAlgorithm> signatureAlgorithmFromCose(qint64 alg);
/// "ES256", "PS256", "SM2-SM3", ...
QString signatureAlgorithmName(SignatureAlgorithm algorithm);

/// The three outcomes of a signature check (STYLE.md §4), plus "the algorithm
/// does not fit the key".
enum class SignatureCheck {
    Verified,
    NotVerified,  ///< a well-formed check that failed: the signature is wrong
    KeyMismatch,  ///< the key cannot make this kind of signature (algorithm_unsupported)
    Error,        ///< the crypto library failed: the signature could not be checked
};

/// The identity ITHC-1 §2 fixes for SM2 (GM/T 0009 default).
inline constexpr char kSm2DefaultId[] = "1234567812345678";

/// Verifies a COSE signature with OpenSSL 3 EVP.
/// - ECDSA (ES256/384/512, SM2-SM3): @p signature is raw r‖s of twice the field
///   size; any other length is NotVerified. It is converted to DER for OpenSSL.
/// - RSASSA-PSS (PS256/384/512): MGF1 with the same hash, salt length = hash length.
/// - SM2-SM3 uses the identity "1234567812345678" (set explicitly: OpenSSL 3.0
///   defaults to an empty one).
/// @param detail receives a description when the result is not Verified.
SignatureCheck verifySignature(EVP_PKEY *key, SignatureAlgorithm algorithm, QByteArrayView signedData,
                               QByteArrayView signature, QString *detail = nullptr);

} // namespace CertDesk
