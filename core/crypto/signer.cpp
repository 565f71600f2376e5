// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "signer.h"

#include "opensslpp.h"

#include <openssl/rsa.h>

#include <cstring>

namespace CertDesk {

namespace {

const EVP_MD *digestOf(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::Es256:
    case SignatureAlgorithm::Ps256:
        return EVP_sha256();
    case SignatureAlgorithm::Es384:
    case SignatureAlgorithm::Ps384:
        return EVP_sha384();
    case SignatureAlgorithm::Es512:
    case SignatureAlgorithm::Ps512:
        return EVP_sha512();
    case SignatureAlgorithm::Sm2Sm3:
        return EVP_sm3();
    }
    return EVP_sha256();
}

int componentBytes(SignatureAlgorithm algorithm)
{
    switch (algorithm) {
    case SignatureAlgorithm::Es256:
    case SignatureAlgorithm::Sm2Sm3:
        return 32;
    case SignatureAlgorithm::Es384:
        return 48;
    case SignatureAlgorithm::Es512:
        return 66;
    default:
        return 0;
    }
}

} // namespace

QByteArray signData(EVP_PKEY *privateKey, SignatureAlgorithm algorithm, QByteArrayView data)
{
    OpenSsl::EvpMdCtxPtr md(EVP_MD_CTX_new());
    if (!md || !privateKey)
        return {};
    EVP_PKEY_CTX *keyContext = nullptr;
    OpenSsl::EvpPkeyCtxPtr sm2Context;
    if (algorithm == SignatureAlgorithm::Sm2Sm3) {
        sm2Context.reset(EVP_PKEY_CTX_new(privateKey, nullptr));
        if (!sm2Context || EVP_PKEY_CTX_set1_id(sm2Context.get(), kSm2DefaultId, std::strlen(kSm2DefaultId)) <= 0)
            return {};
        EVP_MD_CTX_set_pkey_ctx(md.get(), sm2Context.get());
    }
    if (EVP_DigestSignInit(md.get(), algorithm == SignatureAlgorithm::Sm2Sm3 ? nullptr : &keyContext,
                           digestOf(algorithm), nullptr, privateKey)
        != 1)
        return {};
    const int components = componentBytes(algorithm);
    if (components == 0) {
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) <= 0
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) <= 0)
            return {};
    }
    size_t length = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    if (EVP_DigestSign(md.get(), nullptr, &length, bytes, size_t(data.size())) != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(md.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, bytes, size_t(data.size())) != 1)
        return {};
    signature.truncate(qsizetype(length));
    if (algorithm == SignatureAlgorithm::Sm2Sm3)
        EVP_MD_CTX_set_pkey_ctx(md.get(), nullptr);
    if (components == 0)
        return signature;

    // DER ECDSA-Sig-Value → raw r‖s, each left-padded to the field size.
    const auto *der = reinterpret_cast<const unsigned char *>(signature.constData());
    OpenSsl::EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &der, long(signature.size())));
    if (!sig)
        return {};
    QByteArray raw(2 * components, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    if (BN_bn2binpad(ECDSA_SIG_get0_r(sig.get()), out, components) != components
        || BN_bn2binpad(ECDSA_SIG_get0_s(sig.get()), out + components, components) != components)
        return {};
    return raw;
}

} // namespace CertDesk
