// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "issueresult.h"
#include "signingkey.h"

#include "model/healthcertificate.h"

#include <QByteArray>
#include <QCborMap>

namespace CertDesk::Issue {

/// A certificate as issued.
struct IssuedCertificate
{
    CertificateFormat format = CertificateFormat::Unknown;
    HealthCertificate certificate; ///< what was signed, as given to Issuer::issue()
    QCborMap claims;               ///< the CWT claims map that was signed
    QByteArray cose;               ///< the COSE_Sign1, tag 18
    QByteArray qrText;             ///< "ITHC1:" or "HC1:" + Base45(zlib(cose))
    QByteArray kid;
    SignatureAlgorithm algorithm = SignatureAlgorithm::Es256;
};

/// How a specimen is spoiled on purpose, for training and tests.
enum class Tamper {
    None,
    /// One byte of the payload is changed after signing (a digit of the date of birth):
    /// the structure stays valid, the signature no longer matches (signature_invalid).
    PayloadAfterSigning,
};

/**
 * Issues ITHC-1 and EU DCC certificates as a health authority would (ITHC-1 §1–§4,
 * HCERT §2–§3): CWT claims from the common model (Claims), CBOR, COSE_Sign1 in tag 18
 * with alg and kid in the protected header and an empty unprotected one, signed with
 * signData(), zlib, Base45, prefix.
 *
 * Used for specimens only (tests, training, the demo): the keys it is given are specimen
 * keys. The issuer never reads the clock: iat and exp come with the certificate.
 */
class Issuer
{
public:
    explicit Issuer(SigningKey key);

    /// Signs @p certificate (its format decides ITHC-1 or DCC). Errors: an unknown format,
    /// an algorithm the format does not allow (ITHC-1: ES256, SM2-SM3; DCC: ES256, PS256),
    /// missing iat or exp, or a signing failure in OpenSSL.
    IssueResult<IssuedCertificate> issue(const HealthCertificate &certificate, Tamper tamper = Tamper::None) const;

    const SigningKey &key() const { return m_key; }

private:
    SigningKey m_key;
};

} // namespace CertDesk::Issue
