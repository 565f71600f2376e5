// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "issueresult.h"

#include "crypto/signatureverifier.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace CertDesk::Issue {

/// A private key with the certificate that vouches for it: what signs a specimen.
/// Copyable; copies share the key.
class SigningKey
{
public:
    /// Reads a PEM private key (PKCS#8 or traditional, unencrypted) and its certificate
    /// (PEM or DER). The algorithm follows from the key: P-256 → ES256, SM2 → SM2-SM3,
    /// RSA → PS256. Errors: unreadable file, not a key or certificate, another curve, or a
    /// certificate whose public key is not the private key's.
    static IssueResult<SigningKey> load(const QString &privateKeyPath, const QString &certificatePath);
    /// As load(), from bytes; @p name names them in messages.
    static IssueResult<SigningKey> fromPem(const QByteArray &privateKeyPem, const QByteArray &certificate,
                                           const QString &name = QStringLiteral("key"));

    SignatureAlgorithm algorithm() const { return m_algorithm; }
    /// COSE alg value (RFC 9053; ITHC-1 §2 for SM2-SM3).
    qint64 coseAlgorithm() const;
    /// The certificate, DER.
    const QByteArray &certificateDer() const { return m_certificateDer; }
    /// First 8 bytes of SHA-256 over the certificate DER, exactly as the trust store computes it.
    QByteArray kid() const;
    /// The certificate's subject, one line.
    const QString &subject() const { return m_subject; }
    EVP_PKEY *privateKey() const { return m_key.get(); }

private:
    SigningKey() = default;

    std::shared_ptr<EVP_PKEY> m_key;
    QByteArray m_certificateDer;
    QString m_subject;
    SignatureAlgorithm m_algorithm = SignatureAlgorithm::Es256;
};

} // namespace CertDesk::Issue
