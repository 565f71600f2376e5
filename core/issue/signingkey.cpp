// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "signingkey.h"

#include "crypto/opensslpp.h"
#include "trust/trustloader.h"

#include <openssl/pem.h>

#include <QFile>

namespace CertDesk::Issue {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSsl::Deleter<BIO, BIO_free_all>>;

// Key and certificate files are a few kilobytes; anything far larger is not one.
constexpr qint64 kMaxFileBytes = 1024 * 1024;

IssueResult<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return IssueError{QStringLiteral("%1 %2: %3").arg(what, path, file.errorString())};
    if (file.size() > kMaxFileBytes)
        return IssueError{QStringLiteral("%1 %2: too large to be one").arg(what, path)};
    return file.readAll();
}

QByteArray publicKeyDer(EVP_PKEY *key)
{
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(key, &out);
    return der;
}

std::optional<SignatureAlgorithm> algorithmOf(EVP_PKEY *key)
{
    if (EVP_PKEY_is_a(key, "SM2"))
        return SignatureAlgorithm::Sm2Sm3;
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS"))
        return SignatureAlgorithm::Ps256;
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1)
            return std::nullopt;
        const QByteArrayView name(group, qsizetype(length));
        if (name == "prime256v1" || name == "P-256")
            return SignatureAlgorithm::Es256;
        // OpenSSL 3.0 may read a PKCS#8 key on the SM2 curve as a plain EC key.
        if (name == "SM2")
            return SignatureAlgorithm::Sm2Sm3;
    }
    return std::nullopt;
}

OpenSsl::X509Ptr readCertificate(const QByteArray &bytes)
{
    if (bytes.contains("-----BEGIN")) {
        BioPtr bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
        return OpenSsl::X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    }
    const auto *der = reinterpret_cast<const unsigned char *>(bytes.constData());
    return OpenSsl::X509Ptr(d2i_X509(nullptr, &der, long(bytes.size())));
}

} // namespace

IssueResult<SigningKey> SigningKey::load(const QString &privateKeyPath, const QString &certificatePath)
{
    const auto key = readFile(privateKeyPath, QStringLiteral("key"));
    if (!key)
        return key.error();
    const auto certificate = readFile(certificatePath, QStringLiteral("certificate"));
    if (!certificate)
        return certificate.error();
    return fromPem(*key, *certificate, privateKeyPath);
}

IssueResult<SigningKey> SigningKey::fromPem(const QByteArray &privateKeyPem, const QByteArray &certificate,
                                            const QString &name)
{
    BioPtr bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    // An empty passphrase callback: specimen keys are not encrypted, and an encrypted
    // one must fail here rather than prompt on the terminal.
    OpenSsl::EvpPkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr,
                                                          [](char *, int, int, void *) { return 0; }, nullptr)
                                : nullptr);
    if (!key) {
        OpenSsl::takeErrors();
        return IssueError{QStringLiteral("%1: not an unencrypted PEM private key").arg(name)};
    }
    const auto algorithm = algorithmOf(key.get());
    if (!algorithm)
        return IssueError{QStringLiteral("%1: only P-256, SM2 and RSA keys can sign").arg(name)};

    const OpenSsl::X509Ptr x509 = readCertificate(certificate);
    if (!x509) {
        OpenSsl::takeErrors();
        return IssueError{QStringLiteral("%1: the certificate is not a PEM or DER X.509 certificate").arg(name)};
    }
    // Compare SubjectPublicKeyInfo bytes rather than EVP_PKEY_eq(): OpenSSL 3.0 may type
    // the same SM2 key "SM2" in one and "EC" in the other.
    const QByteArray publicKey = publicKeyDer(key.get());
    if (publicKey.isEmpty() || publicKey != publicKeyDer(X509_get0_pubkey(x509.get())))
        return IssueError{QStringLiteral("%1: the certificate is not for this private key").arg(name)};

    SigningKey signingKey;
    signingKey.m_key = std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
    signingKey.m_algorithm = *algorithm;
    const int length = i2d_X509(x509.get(), nullptr);
    signingKey.m_certificateDer = QByteArray(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(signingKey.m_certificateDer.data());
    i2d_X509(x509.get(), &out);
    char *subject = X509_NAME_oneline(X509_get_subject_name(x509.get()), nullptr, 0);
    signingKey.m_subject = QString::fromUtf8(subject);
    OPENSSL_free(subject);
    return signingKey;
}

qint64 SigningKey::coseAlgorithm() const
{
    switch (m_algorithm) {
    case SignatureAlgorithm::Es256:
        return -7;
    case SignatureAlgorithm::Es384:
        return -35;
    case SignatureAlgorithm::Es512:
        return -36;
    case SignatureAlgorithm::Ps256:
        return -37;
    case SignatureAlgorithm::Ps384:
        return -38;
    case SignatureAlgorithm::Ps512:
        return -39;
    case SignatureAlgorithm::Sm2Sm3:
        return -65537;
    }
    return -7;
}

QByteArray SigningKey::kid() const
{
    return kidOf(m_certificateDer);
}

} // namespace CertDesk::Issue
