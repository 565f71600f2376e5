// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "signatureverifier.h"

#include "opensslpp.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/rsa.h>

#include <cstring>

namespace CertDesk {

namespace {

struct AlgorithmTraits
{
    const EVP_MD *(*digest)();
    int componentBytes; ///< ECDSA: bytes of r and of s; 0 for RSA
    const char *curve;  ///< EC group name the key must have; nullptr for RSA
};

AlgorithmTraits traitsOf(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::Es256:
        return {EVP_sha256, 32, "prime256v1"};
    case SignatureAlgorithm::Es384:
        return {EVP_sha384, 48, "secp384r1"};
    case SignatureAlgorithm::Es512:
        return {EVP_sha512, 66, "secp521r1"};
    case SignatureAlgorithm::Ps256:
        return {EVP_sha256, 0, nullptr};
    case SignatureAlgorithm::Ps384:
        return {EVP_sha384, 0, nullptr};
    case SignatureAlgorithm::Ps512:
        return {EVP_sha512, 0, nullptr};
    case SignatureAlgorithm::Sm2Sm3:
        return {EVP_sm3, 32, "SM2"};
    }
    return {EVP_sha256, 0, nullptr};
}

QString groupName(EVP_PKEY *key)
{
    char name[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length) != 1)
        return {};
    return QString::fromLatin1(name, qsizetype(length));
}

void setDetail(QString *detail, const QString &text)
{
    if (detail)
        *detail = text;
}

// raw r‖s → DER ECDSA-Sig-Value, which is what OpenSSL verifies.
QByteArray rawToDer(QByteArrayView signature, int componentBytes)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(signature.data());
    OpenSsl::BignumPtr r(BN_bin2bn(bytes, componentBytes, nullptr));
    OpenSsl::BignumPtr s(BN_bin2bn(bytes + componentBytes, componentBytes, nullptr));
    OpenSsl::EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    r.release();
    s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

} // namespace

std::optional<SignatureAlgorithm> signatureAlgorithmFromCose(qint64 alg)
{
    switch (alg) {
    case -7:
        return SignatureAlgorithm::Es256;
    case -35:
        return SignatureAlgorithm::Es384;
    case -36:
        return SignatureAlgorithm::Es512;
    case -37:
        return SignatureAlgorithm::Ps256;
    case -38:
        return SignatureAlgorithm::Ps384;
    case -39:
        return SignatureAlgorithm::Ps512;
    case -65537:
        return SignatureAlgorithm::Sm2Sm3;
    default:
        return std::nullopt;
    }
}

QString signatureAlgorithmName(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::Es256:
        return QStringLiteral("ES256");
    case SignatureAlgorithm::Es384:
        return QStringLiteral("ES384");
    case SignatureAlgorithm::Es512:
        return QStringLiteral("ES512");
    case SignatureAlgorithm::Ps256:
        return QStringLiteral("PS256");
    case SignatureAlgorithm::Ps384:
        return QStringLiteral("PS384");
    case SignatureAlgorithm::Ps512:
        return QStringLiteral("PS512");
    case SignatureAlgorithm::Sm2Sm3:
        return QStringLiteral("SM2-SM3");
    }
    return QStringLiteral("unknown");
}

SignatureCheck verifySignature(EVP_PKEY *key, SignatureAlgorithm algorithm, QByteArrayView signedData,
                               QByteArrayView signature, QString *detail)
{
    ERR_clear_error();
    if (!key) {
        setDetail(detail, QStringLiteral("no public key"));
        return SignatureCheck::Error;
    }
    const AlgorithmTraits traits = traitsOf(algorithm);
    const bool isEc = EVP_PKEY_is_a(key, "EC") || EVP_PKEY_is_a(key, "SM2");
    const bool isRsa = EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS");

    QByteArray toVerify;
    if (traits.curve) {
        const QString group = isEc ? groupName(key) : QString();
        if (group != QLatin1StringView(traits.curve)) {
            setDetail(detail, QStringLiteral("%1 needs a key on %2; the signer's key is %3")
                                  .arg(signatureAlgorithmName(algorithm), QLatin1StringView(traits.curve),
                                       group.isEmpty() ? QStringLiteral("not an EC key") : group));
            return SignatureCheck::KeyMismatch;
        }
        if (signature.size() != 2 * traits.componentBytes) {
            setDetail(detail, QStringLiteral("signature is %1 bytes, not the %2 bytes of r‖s")
                                  .arg(signature.size())
                                  .arg(2 * traits.componentBytes));
            return SignatureCheck::NotVerified;
        }
        toVerify = rawToDer(signature, traits.componentBytes);
        if (toVerify.isEmpty()) {
            setDetail(detail, QStringLiteral("could not encode the signature: %1").arg(OpenSsl::takeErrors()));
            return SignatureCheck::Error;
        }
    } else {
        if (!isRsa) {
            setDetail(detail, QStringLiteral("%1 needs an RSA key").arg(signatureAlgorithmName(algorithm)));
            return SignatureCheck::KeyMismatch;
        }
        // A PSS signature is exactly as long as the modulus; anything else is wrong,
        // not a failure to check.
        if (signature.size() != EVP_PKEY_get_size(key)) {
            setDetail(detail, QStringLiteral("RSA signature is %1 bytes, the key's modulus %2")
                                  .arg(signature.size())
                                  .arg(EVP_PKEY_get_size(key)));
            return SignatureCheck::NotVerified;
        }
        toVerify = signature.toByteArray();
    }

    OpenSsl::EvpMdCtxPtr mdContext(EVP_MD_CTX_new());
    if (!mdContext) {
        setDetail(detail, OpenSsl::takeErrors());
        return SignatureCheck::Error;
    }
    EVP_PKEY_CTX *keyContext = nullptr; // owned by mdContext once set
    if (algorithm == SignatureAlgorithm::Sm2Sm3) {
        // ITHC-1 §2: the SM2 identity must be set explicitly before the digest starts.
        OpenSsl::EvpPkeyCtxPtr sm2Context(EVP_PKEY_CTX_new(key, nullptr));
        if (!sm2Context || EVP_PKEY_CTX_set1_id(sm2Context.get(), kSm2DefaultId, std::strlen(kSm2DefaultId)) <= 0) {
            setDetail(detail, QStringLiteral("could not set the SM2 identity: %1").arg(OpenSsl::takeErrors()));
            return SignatureCheck::Error;
        }
        keyContext = sm2Context.release();
        EVP_MD_CTX_set_pkey_ctx(mdContext.get(), keyContext);
    }
    if (EVP_DigestVerifyInit(mdContext.get(), algorithm == SignatureAlgorithm::Sm2Sm3 ? nullptr : &keyContext,
                             traits.digest(), nullptr, key)
        != 1) {
        setDetail(detail, QStringLiteral("could not start verifying: %1").arg(OpenSsl::takeErrors()));
        if (algorithm == SignatureAlgorithm::Sm2Sm3)
            EVP_PKEY_CTX_free(keyContext);
        return SignatureCheck::Error;
    }
    if (isRsa && !traits.curve) {
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) <= 0
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) <= 0
            || EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, traits.digest()) <= 0) {
            setDetail(detail, QStringLiteral("could not set up RSA-PSS: %1").arg(OpenSsl::takeErrors()));
            return SignatureCheck::Error;
        }
    }
    const int status = EVP_DigestVerify(mdContext.get(), reinterpret_cast<const unsigned char *>(toVerify.constData()),
                                        size_t(toVerify.size()),
                                        reinterpret_cast<const unsigned char *>(signedData.data()),
                                        size_t(signedData.size()));
    if (algorithm == SignatureAlgorithm::Sm2Sm3) {
        // EVP_MD_CTX_set_pkey_ctx does not transfer ownership.
        EVP_MD_CTX_set_pkey_ctx(mdContext.get(), nullptr);
        EVP_PKEY_CTX_free(keyContext);
    }
    if (status == 1) {
        ERR_clear_error();
        return SignatureCheck::Verified;
    }
    if (status == 0) {
        ERR_clear_error();
        setDetail(detail, QStringLiteral("%1 signature does not match the signer's key").arg(signatureAlgorithmName(algorithm)));
        return SignatureCheck::NotVerified;
    }
    // A negative status may still mean "this signature is wrong" (for example an RSA
    // signature value above the modulus): the algorithm's own library says so.
    // Anything else (memory, providers, internal errors) means we could not check.
    const unsigned long error = ERR_peek_error();
    const int library = ERR_GET_LIB(error);
    const int reason = ERR_GET_REASON(error);
    const bool contentError = (library == ERR_LIB_RSA || library == ERR_LIB_EC || library == ERR_LIB_SM2)
                              && reason != ERR_R_MALLOC_FAILURE && reason != ERR_R_INTERNAL_ERROR;
    if (contentError) {
        setDetail(detail, QStringLiteral("%1 signature is malformed: %2")
                              .arg(signatureAlgorithmName(algorithm), OpenSsl::takeErrors()));
        return SignatureCheck::NotVerified;
    }
    setDetail(detail, QStringLiteral("the signature could not be checked: %1").arg(OpenSsl::takeErrors()));
    return SignatureCheck::Error;
}

} // namespace CertDesk
