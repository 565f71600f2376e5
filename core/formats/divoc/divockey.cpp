// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "divockey.h"

#include <limits>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <QFileInfo>

#include "crypto/opensslpp.h"

namespace CertDesk::Divoc {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSsl::Deleter<BIO, BIO_free_all>>;

bool isMethodName(QStringView text)
{
    // DID Core §3.1: method-name = 1*method-char, method-char = %x61-7A / DIGIT.
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    });
}

} // namespace

bool looksLikePublicKeyPem(QByteArrayView data)
{
    return data.contains("-----BEGIN PUBLIC KEY-----") && !data.contains("-----BEGIN CERTIFICATE-----");
}

QString verificationMethodForFile(const QString &path)
{
    const QString base = QFileInfo(path).completeBaseName();
    if (!base.startsWith(QLatin1StringView("did-")))
        return {};
    const QString rest = base.sliced(4);
    const qsizetype dash = rest.indexOf(u'-');
    const QString method = dash < 0 ? rest : rest.first(dash);
    if (!isMethodName(method))
        return {};
    return dash < 0 ? QStringLiteral("did:%1").arg(method) : QStringLiteral("did:%1:%2").arg(method, rest.sliced(dash + 1));
}

std::optional<TrustedSigner> signerFromPublicKeyPem(const QByteArray &pem, const QString &sourceName, QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    OpenSsl::EvpPkeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return fail(QStringLiteral("not a PEM public key: %1").arg(OpenSsl::takeErrors()));
    const bool rsa = EVP_PKEY_is_a(key.get(), "RSA") == 1;
    if (!rsa && EVP_PKEY_is_a(key.get(), "ED25519") != 1)
        return fail(QStringLiteral("a DIVOC key must be RSA (RsaSignature2018) or Ed25519 (Ed25519Signature2018)"));
    if (rsa && EVP_PKEY_get_bits(key.get()) < 2048)
        return fail(QStringLiteral("the RSA key has %1 bits, fewer than 2048").arg(EVP_PKEY_get_bits(key.get())));
    const int length = i2d_PUBKEY(key.get(), nullptr);
    if (length <= 0)
        return fail(QStringLiteral("the public key cannot be encoded: %1").arg(OpenSsl::takeErrors()));
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(key.get(), &out);

    const QString method = verificationMethodForFile(sourceName);
    TrustedSigner signer;
    signer.kid = method.isEmpty() ? kAnyVerificationMethod.toByteArray() : method.toUtf8();
    signer.der = der;
    signer.ownedKey = std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
    signer.publicKey = signer.ownedKey.get();
    signer.subject = QStringLiteral("DIVOC %1 key %2").arg(rsa ? QStringLiteral("RSA") : QStringLiteral("Ed25519"),
                                                         method.isEmpty() ? QStringLiteral("(any verificationMethod)") : method);
    // A bare key states no validity period.
    signer.notBefore = std::numeric_limits<Timestamp::Millis>::min();
    signer.notAfter = std::numeric_limits<Timestamp::Millis>::max();
    signer.sourceKind = TrustSourceKind::DivocKey;
    signer.sourceName = sourceName;
    return signer;
}

} // namespace CertDesk::Divoc
