// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "jwk.h"

#include <limits>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include "crypto/opensslpp.h"

namespace CertDesk::Jwk {

namespace {

/// P-256 coordinates are 32 bytes (RFC 7518 §6.2.1.2: the full field size, leading zeros kept).
constexpr qsizetype kP256CoordinateBytes = 32;
/// The snapshot's detached signature is small; anything larger is not one.
constexpr qint64 kMaxSignatureFileBytes = 4096;
constexpr qint64 kMaxCertificateFileBytes = 64 * 1024;

using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, OpenSsl::Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, OpenSsl::Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSsl::Deleter<BIO, BIO_free_all>>;

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

std::optional<QByteArray> base64Url(const QString &value)
{
    auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::Base64UrlEncoding
                                                                        | QByteArray::OmitTrailingEquals
                                                                        | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || value.contains(u'='))
        return std::nullopt;
    return std::move(*decoded);
}

// EC P-256 public key from its uncompressed point; OpenSSL checks that the point is on the curve.
OpenSsl::EvpPkeyPtr p256Key(const QByteArray &x, const QByteArray &y)
{
    QByteArray point(1, '\x04');
    point += x;
    point += y;
    ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder || OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                            size_t(point.size())) != 1)
        return {};
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    const OpenSsl::EvpPkeyCtxPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return {};
    OpenSsl::EvpPkeyPtr owned(key);
    const OpenSsl::EvpPkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, owned.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return {};
    return owned;
}

std::optional<QString> readSmallFile(const QString &path, qint64 maxBytes, QByteArray *data)
{
    QFile file(path);
    if (file.size() > maxBytes)
        return QStringLiteral("%1 is too large").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    *data = file.readAll();
    return std::nullopt;
}

// The VCI snapshot is published with a detached DER ECDSA signature (vci_snapshot.sig) and the
// signing certificate (vci_snapshot.crt); the hash follows the key size (P-521: SHA-512).
std::optional<QString> checkDetachedSignature(const QByteArray &data, const QString &name, bool *checked)
{
    *checked = false;
    const QFileInfo info(name);
    if (!info.isFile())
        return std::nullopt;
    const QString base = info.dir().filePath(info.completeBaseName());
    const QString signaturePath = base + QStringLiteral(".sig");
    if (!QFileInfo::exists(signaturePath))
        return std::nullopt;
    const QString certificatePath = base + QStringLiteral(".crt");
    if (!QFileInfo::exists(certificatePath))
        return QStringLiteral("%1 has a signature but no %2 to check it with").arg(name, certificatePath);
    QByteArray signature;
    QByteArray pem;
    if (auto error = readSmallFile(signaturePath, kMaxSignatureFileBytes, &signature))
        return error;
    if (auto error = readSmallFile(certificatePath, kMaxCertificateFileBytes, &pem))
        return error;
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    const OpenSsl::X509Ptr certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    EVP_PKEY *key = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    if (!key)
        return QStringLiteral("%1 is not a PEM certificate: %2").arg(certificatePath, OpenSsl::takeErrors());
    const int bits = EVP_PKEY_get_bits(key);
    const EVP_MD *digest = bits > 384 ? EVP_sha512() : bits > 256 ? EVP_sha384() : EVP_sha256();
    const OpenSsl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, digest, nullptr, key) != 1)
        return QStringLiteral("cannot check the signature of %1: %2").arg(name, OpenSsl::takeErrors());
    const int result = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                        size_t(signature.size()),
                                        reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    const QString errors = OpenSsl::takeErrors();
    if (result != 1)
        return QStringLiteral("the signature %1 does not verify over %2 %3").arg(signaturePath, name, errors).trimmed();
    *checked = true;
    return std::nullopt;
}

std::optional<QJsonObject> parseObject(const QByteArray &data, const QString &name, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object: %2").arg(name, parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

// Adds every usable key of @p keys; returns how many were added.
int addKeys(const QJsonArray &keys, TrustSourceKind kind, const QString &name, const QString &issuer,
            QList<TrustStore::SignerPtr> &signers, QStringList &warnings)
{
    int added = 0;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QString problem;
        auto signer = signerFromJwk(keys.at(i).toObject(), kind, name, issuer, &problem);
        if (!signer) {
            warnings.append(QStringLiteral("%1: key %2%3 skipped: %4")
                                .arg(name, issuer.isEmpty() ? QString() : issuer + QStringLiteral(" #"))
                                .arg(i + 1)
                                .arg(problem));
            continue;
        }
        signers.append(std::make_shared<const TrustedSigner>(std::move(*signer)));
        ++added;
    }
    return added;
}

} // namespace

QByteArray thumbprint(const QJsonObject &jwk)
{
    const QJsonValue crv = jwk.value(QLatin1StringView("crv"));
    const QJsonValue kty = jwk.value(QLatin1StringView("kty"));
    const QJsonValue x = jwk.value(QLatin1StringView("x"));
    const QJsonValue y = jwk.value(QLatin1StringView("y"));
    if (!crv.isString() || !kty.isString() || !x.isString() || !y.isString())
        return {};
    // RFC 7638 §3.2: the required members, lexicographic order, JSON string escaping as RFC 8259.
    auto quoted = [](const QJsonValue &value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).chopped(1).sliced(1);
    };
    const QByteArray canonical = "{\"crv\":" + quoted(crv) + ",\"kty\":" + quoted(kty) + ",\"x\":" + quoted(x)
        + ",\"y\":" + quoted(y) + "}";
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<TrustedSigner> signerFromJwk(const QJsonObject &jwk, TrustSourceKind kind, const QString &sourceName,
                                           const QString &issuer, QString *error)
{
    const auto fail = [error](const QString &problem) {
        if (error)
            *error = problem;
        return std::nullopt;
    };
    if (text(jwk, "kty") != u"EC" || text(jwk, "crv") != u"P-256")
        return fail(QStringLiteral("not an EC P-256 key"));
    if (jwk.contains(QLatin1StringView("d")))
        return fail(QStringLiteral("a private key; a trust file holds public keys only"));
    if (jwk.contains(QLatin1StringView("use")) && text(jwk, "use") != u"sig")
        return fail(QStringLiteral("\"use\" is not \"sig\""));
    if (jwk.contains(QLatin1StringView("alg")) && text(jwk, "alg") != u"ES256")
        return fail(QStringLiteral("\"alg\" is not ES256"));
    const auto x = base64Url(text(jwk, "x"));
    const auto y = base64Url(text(jwk, "y"));
    if (!x || !y || x->size() != kP256CoordinateBytes || y->size() != kP256CoordinateBytes)
        return fail(QStringLiteral("x and y must be 32 bytes of base64url each"));
    const QByteArray kid = thumbprint(jwk);
    // SMART Health Cards Framework, "Determining keys": kid is the key's RFC 7638 thumbprint.
    if (jwk.contains(QLatin1StringView("kid")) && text(jwk, "kid").toLatin1() != kid)
        return fail(QStringLiteral("declared kid %1 is not the key's thumbprint %2")
                        .arg(text(jwk, "kid"), QString::fromLatin1(kid)));
    OpenSsl::EvpPkeyPtr key = p256Key(*x, *y);
    if (!key)
        return fail(QStringLiteral("not a point on P-256: %1").arg(OpenSsl::takeErrors()));

    TrustedSigner signer;
    signer.kid = kid;
    // What makes two entries the same key for TrustStore's de-duplication: key and binding.
    signer.der = issuer.toUtf8() + '\n' + *x + *y;
    signer.ownedKey = std::shared_ptr<EVP_PKEY>(key.release(), EVP_PKEY_free);
    signer.publicKey = signer.ownedKey.get();
    signer.subject = issuer.isEmpty() ? QStringLiteral("JWK %1").arg(QString::fromLatin1(kid)) : issuer;
    signer.notBefore = std::numeric_limits<Timestamp::Millis>::min();
    signer.notAfter = std::numeric_limits<Timestamp::Millis>::max();
    signer.sourceKind = kind;
    signer.sourceName = sourceName;
    signer.shcIssuer = issuer;
    return signer;
}

std::optional<QString> loadJwks(const QByteArray &data, const QString &name, QList<TrustStore::SignerPtr> &signers,
                                QStringList &warnings)
{
    QString error;
    const auto object = parseObject(data, name, &error);
    if (!object)
        return error;
    const QJsonValue keys = object->value(QLatin1StringView("keys"));
    if (!keys.isArray())
        return QStringLiteral("%1: a JWKS needs a \"keys\" array").arg(name);
    QList<TrustStore::SignerPtr> loaded;
    if (addKeys(keys.toArray(), TrustSourceKind::ShcJwks, name, {}, loaded, warnings) == 0)
        return QStringLiteral("%1: no usable EC P-256 signing key in the JWKS").arg(name);
    signers.append(loaded);
    return std::nullopt;
}

std::optional<QString> loadVciSnapshot(const QByteArray &data, const QString &name,
                                       QList<TrustStore::SignerPtr> &signers, QStringList &warnings)
{
    bool signatureChecked = false;
    if (auto error = checkDetachedSignature(data, name, &signatureChecked))
        return QStringLiteral("%1: %2").arg(name, *error);
    if (!signatureChecked)
        warnings.append(QStringLiteral("%1: no detached signature (.sig) next to the VCI snapshot; loaded unchecked").arg(name));
    QString error;
    const auto object = parseObject(data, name, &error);
    if (!object)
        return error;
    const QJsonValue issuers = object->value(QLatin1StringView("issuerInfo"));
    if (!issuers.isArray())
        return QStringLiteral("%1: a VCI snapshot needs an \"issuerInfo\" array").arg(name);
    QList<TrustStore::SignerPtr> loaded;
    for (const QJsonValue &entry : issuers.toArray()) {
        const QString iss = text(entry.toObject().value(QLatin1StringView("issuer")).toObject(), "iss");
        if (iss.isEmpty()) {
            warnings.append(QStringLiteral("%1: an issuer without \"iss\" skipped").arg(name));
            continue;
        }
        addKeys(entry.toObject().value(QLatin1StringView("keys")).toArray(), TrustSourceKind::VciDirectory, name, iss,
                loaded, warnings);
    }
    if (loaded.isEmpty())
        return QStringLiteral("%1: no usable issuer key in the VCI snapshot").arg(name);
    signers.append(loaded);
    return std::nullopt;
}

} // namespace CertDesk::Jwk
