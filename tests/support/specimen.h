// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Test support: specimen keys, signer certificates and signed QR texts made at
// test time with OpenSSL, so every reason code can be provoked on purpose.
#pragma once

#include "codec/base45.h"
#include "codec/inflate.h"
#include "crypto/opensslpp.h"
#include "crypto/signer.h"
#include "trust/trustloader.h"

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <cstring>
#include <memory>

namespace CertDesk::Test {

enum class KeyType {
    P256,
    Sm2,
    Rsa2048,
};

inline OpenSsl::EvpPkeyPtr generateKey(KeyType type)
{
    switch (type) {
    case KeyType::P256:
        return OpenSsl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case KeyType::Sm2:
        return OpenSsl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2"));
    case KeyType::Rsa2048:
        return OpenSsl::EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    }
    return {};
}

/// A self-signed signer certificate for @p key, valid [notBefore, notAfter]
/// (seconds since the epoch), with the given extended key usage OIDs.
inline QByteArray makeCertificate(EVP_PKEY *key, qint64 notBefore, qint64 notAfter, const QByteArray &country = "XA",
                                  const QList<QByteArray> &ekuOids = {})
{
    OpenSsl::X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), long(notBefore & 0x7fffffff));
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter));
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(country.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("CertDesk test signer"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!ekuOids.isEmpty()) {
        QByteArray value;
        for (const QByteArray &oid : ekuOids)
            value += (value.isEmpty() ? QByteArray() : QByteArray(",")) + oid;
        X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, nullptr, NID_ext_key_usage, value.constData());
        X509_add_ext(cert.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    // SM2 certificates are signed SM2-with-SM3; the test only needs some signature.
    const bool isSm2 = EVP_PKEY_is_a(key, "SM2");
    if (isSm2) {
        OpenSsl::EvpMdCtxPtr md(EVP_MD_CTX_new());
        EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new(key, nullptr);
        EVP_PKEY_CTX_set1_id(pctx, "1234567812345678", 16);
        EVP_MD_CTX_set_pkey_ctx(md.get(), pctx);
        EVP_DigestSignInit(md.get(), nullptr, EVP_sm3(), nullptr, key);
        X509_sign_ctx(cert.get(), md.get());
        EVP_MD_CTX_set_pkey_ctx(md.get(), nullptr);
        EVP_PKEY_CTX_free(pctx);
    } else {
        X509_sign(cert.get(), key, EVP_sha256());
    }
    const int length = i2d_X509(cert.get(), nullptr);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(cert.get(), &out);
    return der;
}

/// A key with its certificate.
/// @p key's private key as PEM (PKCS#8), as certdesk-cli and Issue::SigningKey read it.
inline QByteArray privateKeyPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, size);
    BIO_free(bio);
    return pem;
}

struct SpecimenSigner
{
    std::shared_ptr<EVP_PKEY> key;
    QByteArray certificateDer;
    QByteArray kid() const { return kidOf(certificateDer); }

    static SpecimenSigner make(KeyType type, qint64 notBefore = 1600000000, qint64 notAfter = 2000000000,
                               const QList<QByteArray> &eku = {})
    {
        SpecimenSigner s;
        s.key = std::shared_ptr<EVP_PKEY>(generateKey(type).release(), EVP_PKEY_free);
        s.certificateDer = makeCertificate(s.key.get(), notBefore, notAfter, "XA", eku);
        return s;
    }
};

/// Builds a COSE_Sign1 and the QR text around it, with every knob a test needs.
struct CoseBuilder
{
    QCborMap protectedHeader;
    QCborMap unprotectedHeader;
    QByteArray payload;
    bool tag18 = true;
    bool compress = true;
    QByteArray signatureOverride; ///< used instead of a real signature when set

    QByteArray encode(const SpecimenSigner &signer, SignatureAlgorithm algorithm) const
    {
        const QByteArray protectedBytes = protectedHeader.isEmpty() ? QByteArray() : protectedHeader.toCborValue().toCbor();
        QCborArray toBeSigned{QStringLiteral("Signature1"), protectedBytes, QByteArray(), payload};
        const QByteArray signature = signatureOverride.isNull()
                                         ? signData(signer.key.get(), algorithm, toBeSigned.toCborValue().toCbor())
                                         : signatureOverride;
        QCborArray cose{protectedBytes, unprotectedHeader, payload, signature};
        QCborValue value(cose);
        if (tag18)
            value = QCborValue(QCborTag(18), cose);
        return value.toCbor();
    }

    QByteArray qrText(const QByteArray &prefix, const SpecimenSigner &signer, SignatureAlgorithm algorithm) const
    {
        const QByteArray cose = encode(signer, algorithm);
        return prefix + Base45::encode(compress ? Inflate::deflate(cose) : cose);
    }
};

/// A valid ITHC-1 claims map (ITHC-1 §3, §4) issued at @p iat, expiring at @p exp.
inline QCborMap ithcClaims(qint64 iat, qint64 exp)
{
    QCborMap nat{{QStringLiteral("sc"), QStringLiteral("2024-03-14T08:00:00+08:00")},
                 {QStringLiteral("m"), QStringLiteral("RT-PCR")},
                 {QStringLiteral("r"), QStringLiteral("negative")},
                 {QStringLiteral("co"), QStringLiteral("CN")}};
    QCborMap certificate{{QStringLiteral("v"), QStringLiteral("1.0")},
                         {QStringLiteral("ci"), QStringLiteral("URN:ITHC:CN:TEST0001")},
                         {QStringLiteral("nam"), QCborMap{{QStringLiteral("fn"), QStringLiteral("张")},
                                                          {QStringLiteral("gn"), QStringLiteral("三")},
                                                          {QStringLiteral("fnt"), QStringLiteral("ZHANG")},
                                                          {QStringLiteral("gnt"), QStringLiteral("SAN")}}},
                         {QStringLiteral("dob"), QStringLiteral("1990-01-02")},
                         {QStringLiteral("doc"), QCborMap{{QStringLiteral("t"), QStringLiteral("P")},
                                                          {QStringLiteral("n"), QStringLiteral("E12345678")},
                                                          {QStringLiteral("co"), QStringLiteral("CN")}}},
                         {QStringLiteral("nat"), QCborArray{nat}}};
    return QCborMap{{1, QStringLiteral("CN")}, {6, iat}, {4, exp}, {-65537, QCborMap{{1, certificate}}}};
}

/// A valid DCC vaccination claims map (HCERT, DCC schema 1.3.0).
inline QCborMap dccVaccinationClaims(qint64 iat, qint64 exp)
{
    QCborMap v{{QStringLiteral("tg"), QStringLiteral("840539006")},
               {QStringLiteral("vp"), QStringLiteral("1119349007")},
               {QStringLiteral("mp"), QStringLiteral("EU/1/20/1528")},
               {QStringLiteral("ma"), QStringLiteral("ORG-100030215")},
               {QStringLiteral("dn"), 2},
               {QStringLiteral("sd"), 2},
               {QStringLiteral("dt"), QStringLiteral("2021-05-29")},
               {QStringLiteral("co"), QStringLiteral("AT")},
               {QStringLiteral("is"), QStringLiteral("Ministry of Health, Austria")},
               {QStringLiteral("ci"), QStringLiteral("URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B")}};
    QCborMap dcc{{QStringLiteral("ver"), QStringLiteral("1.3.0")},
                 {QStringLiteral("nam"), QCborMap{{QStringLiteral("fn"), QStringLiteral("Musterfrau-Gößinger")},
                                                  {QStringLiteral("fnt"), QStringLiteral("MUSTERFRAU<GOESSINGER")},
                                                  {QStringLiteral("gn"), QStringLiteral("Gabriele")},
                                                  {QStringLiteral("gnt"), QStringLiteral("GABRIELE")}}},
                 {QStringLiteral("dob"), QStringLiteral("1998-02-26")},
                 {QStringLiteral("v"), QCborArray{v}}};
    return QCborMap{{1, QStringLiteral("AT")}, {6, iat}, {4, exp}, {-260, QCborMap{{1, dcc}}}};
}

} // namespace CertDesk::Test
