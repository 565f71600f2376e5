// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "ldsignature.h"

#include <openssl/evp.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "crypto/opensslpp.h"
#include "urdna2015.h"

namespace CertDesk::Divoc {

namespace {

// Longest proof.jws accepted: an RSA-4096 signature is 683 base64url characters.
constexpr qsizetype kMaxJwsLength = 2048;

Result<DetachedJws> jwsError(const QString &detail)
{
    return Result<DetachedJws>(ReasonCode::DecodeJws, QStringLiteral("proof.jws: %1").arg(detail));
}

std::optional<QByteArray> fromBase64Url(QByteArrayView text)
{
    // base64url (RFC 7515 §2). Padding is not allowed there, but DIVOC's signatures carry it (the
    // KHC sample ends in "=="), and jsonld-signatures' decoder accepts it: up to two '=' are dropped.
    for (int i = 0; i < 2 && text.endsWith('='); ++i)
        text.chop(1);
    for (const char c : text) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

Result<QByteArray> canonicalize(const QJsonObject &input, const JsonLd::ContextLoader &loader)
{
    const Result<Rdf::Dataset> dataset = JsonLd::toRdf(input, loader);
    if (!dataset)
        return Result<QByteArray>(dataset.reason());
    return Urdna2015::canonicalize(*dataset);
}

} // namespace

Result<DetachedJws> parseDetachedJws(const QString &jws)
{
    if (jws.size() > kMaxJwsLength)
        return Result<DetachedJws>(ReasonCode::TooLarge, QStringLiteral("proof.jws is %1 characters, over %2")
                                                             .arg(jws.size())
                                                             .arg(kMaxJwsLength));
    const QStringList parts = jws.split(u'.');
    if (parts.size() != 3 || !parts.at(1).isEmpty() || parts.at(0).isEmpty() || parts.at(2).isEmpty())
        return jwsError(QStringLiteral("not a detached JWS (header..signature)"));
    DetachedJws result;
    result.encodedHeader = parts.at(0).toLatin1();
    const std::optional<QByteArray> header = fromBase64Url(result.encodedHeader);
    const std::optional<QByteArray> signature = fromBase64Url(parts.at(2).toLatin1());
    if (!header || !signature || parts.at(0).toLatin1() != parts.at(0).toUtf8())
        return jwsError(QStringLiteral("not base64url"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*header, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return jwsError(QStringLiteral("the header is not a JSON object"));
    const QJsonObject object = document.object();
    // jsonld-signatures JwsLinkedDataSignature.verifySignature: exactly these three members.
    if (object.size() != 3 || !object.value(QLatin1StringView("alg")).isString()
        || object.value(QLatin1StringView("b64")) != QJsonValue(false)
        || object.value(QLatin1StringView("crit")) != QJsonValue(QJsonArray{QStringLiteral("b64")}))
        return jwsError(QStringLiteral("the header must be {\"alg\", \"b64\": false, \"crit\": [\"b64\"]}"));
    result.algorithm = object.value(QLatin1StringView("alg")).toString();
    result.signature = *signature;
    return result;
}

std::optional<ProofSuite> suiteForAlgorithm(const QString &algorithm)
{
    if (algorithm == u"PS256")
        return ProofSuite::RsaSignature2018;
    if (algorithm == u"EdDSA")
        return ProofSuite::Ed25519Signature2018;
    return std::nullopt;
}

std::optional<ProofSuite> suiteForType(const QString &type)
{
    if (type == u"RsaSignature2018")
        return ProofSuite::RsaSignature2018;
    if (type == u"Ed25519Signature2018")
        return ProofSuite::Ed25519Signature2018;
    return std::nullopt;
}

QString suiteName(ProofSuite suite)
{
    return suite == ProofSuite::RsaSignature2018 ? QStringLiteral("RsaSignature2018")
                                                 : QStringLiteral("Ed25519Signature2018");
}

QString suiteAlgorithm(ProofSuite suite)
{
    return suite == ProofSuite::RsaSignature2018 ? QStringLiteral("PS256") : QStringLiteral("EdDSA");
}

Result<QByteArray> canonicalDocument(const QJsonObject &credential, const JsonLd::ContextLoader &loader)
{
    QJsonObject document = credential;
    document.remove(QLatin1StringView("proof"));
    return canonicalize(document, loader);
}

Result<QByteArray> canonicalProofOptions(const QJsonObject &credential, const JsonLd::ContextLoader &loader)
{
    QJsonObject options = credential.value(QLatin1StringView("proof")).toObject();
    options.remove(QLatin1StringView("jws"));
    options.remove(QLatin1StringView("signatureValue"));
    options.remove(QLatin1StringView("proofValue"));
    // {'@context': document['@context'], ...proof}: the proof's own @context, if any, wins.
    if (!options.contains(QLatin1StringView("@context")))
        options.insert(QStringLiteral("@context"), credential.value(QLatin1StringView("@context")));
    return canonicalize(options, loader);
}

Result<SigningInput> signingInput(const QJsonObject &credential, const QByteArray &encodedHeader,
                                  const JsonLd::ContextLoader &loader)
{
    const Result<QByteArray> proof = canonicalProofOptions(credential, loader);
    if (!proof)
        return Result<SigningInput>(proof.reason());
    QJsonObject document = credential;
    document.remove(QLatin1StringView("proof"));
    Result<Rdf::Dataset> quads = JsonLd::toRdf(document, loader);
    if (!quads)
        return Result<SigningInput>(quads.reason());
    const Result<QByteArray> canonical = Urdna2015::canonicalize(*quads);
    if (!canonical)
        return Result<SigningInput>(canonical.reason());
    SigningInput input;
    input.bytes = encodedHeader + '.' + QCryptographicHash::hash(*proof, QCryptographicHash::Sha256)
        + QCryptographicHash::hash(*canonical, QCryptographicHash::Sha256);
    input.documentQuads = std::move(*quads);
    return input;
}

bool keyFitsSuite(EVP_PKEY *key, ProofSuite suite)
{
    if (!key)
        return false;
    return suite == ProofSuite::RsaSignature2018 ? EVP_PKEY_is_a(key, "RSA") == 1 : EVP_PKEY_is_a(key, "ED25519") == 1;
}

SignatureCheck verifySuiteSignature(EVP_PKEY *key, ProofSuite suite, QByteArrayView signingInput,
                                    QByteArrayView signature, QString *detail)
{
    if (!keyFitsSuite(key, suite)) {
        if (detail)
            *detail = QStringLiteral("%1 needs a%2 key").arg(suiteName(suite),
                                                            suite == ProofSuite::RsaSignature2018 ? QStringLiteral("n RSA")
                                                                                                  : QStringLiteral(" Ed25519"));
        return SignatureCheck::KeyMismatch;
    }
    if (suite == ProofSuite::RsaSignature2018)
        return verifySignature(key, SignatureAlgorithm::Ps256, signingInput, signature, detail);
    // Ed25519 (RFC 8032): one-shot EVP_DigestVerify without a digest.
    OpenSsl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key) != 1) {
        if (detail)
            *detail = QStringLiteral("Ed25519 could not be set up: %1").arg(OpenSsl::takeErrors());
        return SignatureCheck::Error;
    }
    const int result = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.data()),
                                        size_t(signature.size()),
                                        reinterpret_cast<const unsigned char *>(signingInput.data()),
                                        size_t(signingInput.size()));
    const QString errors = OpenSsl::takeErrors();
    if (result == 1)
        return SignatureCheck::Verified;
    // OpenSSL reports a wrong-length Ed25519 signature as an error, but it is simply not valid.
    if (result == 0 || signature.size() != 64) {
        if (detail)
            *detail = QStringLiteral("the Ed25519 signature does not verify");
        return SignatureCheck::NotVerified;
    }
    if (detail)
        *detail = QStringLiteral("Ed25519 verification failed: %1").arg(errors);
    return SignatureCheck::Error;
}

} // namespace CertDesk::Divoc
