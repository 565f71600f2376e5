// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Test support for ICAO VDS-NC: a CSCA (optionally with explicit EC parameters, as
// Japan's), barcode signers it issues, and seals signed over the RFC 8785 form of
// `data`, all made at test time with OpenSSL.
#pragma once

#include "crypto/opensslpp.h"
#include "formats/vdsnc/jcs.h"

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509v3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace CertDesk::Test::VdsNc {

using KeyPtr = std::shared_ptr<EVP_PKEY>;

inline KeyPtr ecKey(const char *curve, bool explicitParameters = false)
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve), EVP_PKEY_free);
    // Doc 9303 CSCAs may encode their curve as explicit parameters (Japan's does).
    if (explicitParameters)
        EVP_PKEY_set_utf8_string_param(key.get(), OSSL_PKEY_PARAM_EC_ENCODING, OSSL_PKEY_EC_ENCODING_EXPLICIT);
    return key;
}

inline void addExtension(X509 *certificate, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
}

inline QByteArray toDer(X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    QByteArray der(length, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &out);
    return der;
}

inline OpenSsl::X509Ptr fromDer(const QByteArray &der)
{
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    return OpenSsl::X509Ptr(d2i_X509(nullptr, &in, long(der.size())));
}

struct Authority
{
    KeyPtr key;
    QByteArray der;
};

/// A self-signed CSCA: basicConstraints CA, subject key identifier, C=@p country.
inline Authority makeCsca(KeyPtr key, const char *commonName = "CertDesk test CSCA", const char *country = "UT",
    qint64 notBefore = 1500000000, qint64 notAfter = 2100000000, bool isCa = true,
    const QByteArray &subjectKeyId = "hash")
{
    OpenSsl::X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter));
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(country), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    addExtension(cert.get(), nullptr, NID_basic_constraints, isCa ? "critical,CA:TRUE,pathlen:0" : "CA:FALSE");
    addExtension(cert.get(), nullptr, NID_subject_key_identifier, subjectKeyId.constData());
    X509_sign(cert.get(), key.get(), EVP_sha384());
    return {key, toDer(cert.get())};
}

struct SignerOptions
{
    qint64 notBefore = 1600000000; // 2020-09-13
    qint64 notAfter = 1900000000; // 2030-03-17
    const char *privateKeyUsage = nullptr; // e.g. "notBefore:20200913000000Z,notAfter:20210101000000Z"
    const char *keyUsage = "critical,digitalSignature";
    const char *country = "UT";
};

/// A barcode signer certificate for @p key issued by @p csca (signed with @p issuerKey,
/// normally the CSCA's own).
inline QByteArray makeBarcodeSigner(
    EVP_PKEY *key, const Authority &csca, EVP_PKEY *issuerKey, const SignerOptions &options = {})
{
    const OpenSsl::X509Ptr issuer = fromDer(csca.der);
    OpenSsl::X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 2);
    ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(options.notBefore));
    ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(options.notAfter));
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "C", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(options.country), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("CertDesk barcode signer"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuer.get()));
    addExtension(cert.get(), issuer.get(), NID_authority_key_identifier, "keyid:always");
    if (options.keyUsage)
        addExtension(cert.get(), issuer.get(), NID_key_usage, options.keyUsage);
    if (options.privateKeyUsage) {
        PKEY_USAGE_PERIOD *period = PKEY_USAGE_PERIOD_new();
        // "YYYYMMDDhhmmssZ,YYYYMMDDhhmmssZ"
        const QByteArray text(options.privateKeyUsage);
        period->notBefore = ASN1_GENERALIZEDTIME_new();
        period->notAfter = ASN1_GENERALIZEDTIME_new();
        ASN1_GENERALIZEDTIME_set_string(period->notBefore, text.split(',').at(0).constData());
        ASN1_GENERALIZEDTIME_set_string(period->notAfter, text.split(',').at(1).constData());
        X509_add1_ext_i2d(cert.get(), NID_private_key_usage_period, period, 0, X509V3_ADD_DEFAULT);
        PKEY_USAGE_PERIOD_free(period);
    }
    X509_sign(cert.get(), issuerKey, EVP_sha384());
    return toDer(cert.get());
}

/// The subject key identifier of @p der as "AB:CD:..." (what makeCsca takes to copy it).
inline QByteArray subjectKeyIdText(const QByteArray &der)
{
    const OpenSsl::X509Ptr certificate = fromDer(der);
    const ASN1_OCTET_STRING *id = X509_get0_subject_key_id(certificate.get());
    char *text = OPENSSL_buf2hexstr(ASN1_STRING_get0_data(id), ASN1_STRING_length(id));
    const QByteArray out(text);
    OPENSSL_free(text);
    return out;
}

inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// ECDSA over @p message with the hash of the key's size, as raw r‖s.
inline QByteArray signRaw(EVP_PKEY *key, const QByteArray &message, const EVP_MD *digest, int componentBytes)
{
    OpenSsl::EvpMdCtxPtr context(EVP_MD_CTX_new());
    EVP_DigestSignInit(context.get(), nullptr, digest, nullptr, key);
    size_t length = 0;
    EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(message.constData()),
        size_t(message.size()));
    QByteArray der(qsizetype(length), '\0');
    EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(der.data()), &length,
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    const auto *in = reinterpret_cast<const unsigned char *>(der.constData());
    OpenSsl::EcdsaSigPtr signature(d2i_ECDSA_SIG(nullptr, &in, long(length)));
    QByteArray raw(2 * componentBytes, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(signature.get()), reinterpret_cast<unsigned char *>(raw.data()), componentBytes);
    BN_bn2binpad(ECDSA_SIG_get0_s(signature.get()), reinterpret_cast<unsigned char *>(raw.data()) + componentBytes,
        componentBytes);
    return raw;
}

/// An icao.vacc `data` object (ICAO TR VDS-NC §4.2): two doses.
inline QJsonObject vaccinationData(const QString &lastDose = QStringLiteral("2021-03-24"))
{
    const QJsonObject pid {{u"n"_qs, u"Smith Bill"_qs}, {u"dob"_qs, u"1990-01-02"_qs}, {u"sex"_qs, u"M"_qs},
        {u"i"_qs, u"A1234567Z"_qs}, {u"ai"_qs, u"L4567890Z"_qs}};
    const QJsonArray vd {QJsonObject {{u"dvc"_qs, u"2021-03-03"_qs}, {u"seq"_qs, 1}, {u"ctr"_qs, u"UTO"_qs},
                             {u"adm"_qs, u"General Hospital"_qs}, {u"lot"_qs, u"VC35679"_qs}},
        QJsonObject {{u"dvc"_qs, lastDose}, {u"seq"_qs, 2}, {u"ctr"_qs, u"UTO"_qs}, {u"adm"_qs, u"General Hospital"_qs},
            {u"lot"_qs, u"VC87540"_qs}}};
    const QJsonArray ve {QJsonObject {
        {u"des"_qs, u"XM68M6"_qs}, {u"nam"_qs, u"Comirnaty"_qs}, {u"dis"_qs, u"RA01.0"_qs}, {u"vd"_qs, vd}}};
    return QJsonObject {{u"hdr"_qs, QJsonObject {{u"t"_qs, u"icao.vacc"_qs}, {u"v"_qs, 1}, {u"is"_qs, u"UTO"_qs}}},
        {u"msg"_qs, QJsonObject {{u"uvci"_qs, u"U32870"_qs}, {u"pid"_qs, pid}, {u"ve"_qs, ve}}}};
}

/// An icao.test `data` object (ICAO TR VDS-NC §4.1): a negative PCR.
inline QJsonObject testData()
{
    const QJsonObject pid {
        {u"n"_qs, u"Cook Gerald"_qs}, {u"dob"_qs, u"1990-01-29"_qs}, {u"dt"_qs, u"P"_qs}, {u"dn"_qs, u"E1234567P"_qs}};
    const QJsonObject msg {{u"utci"_qs, u"U01932"_qs}, {u"pid"_qs, pid},
        {u"sp"_qs, QJsonObject {{u"spn"_qs, u"General Hospital"_qs}, {u"ctr"_qs, u"UTO"_qs}}},
        {u"dat"_qs,
            QJsonObject {{u"sc"_qs, u"2021-02-10T12:00:00+08:00"_qs}, {u"ri"_qs, u"2021-02-11T14:00:00+08:00"_qs}}},
        {u"tr"_qs,
            QJsonObject {
                {u"tc"_qs, u"molecular(PCR)"_qs}, {u"r"_qs, u"negative"_qs}, {u"m"_qs, u"nasopharyngeal"_qs}}}};
    return QJsonObject {
        {u"hdr"_qs, QJsonObject {{u"t"_qs, u"icao.test"_qs}, {u"v"_qs, 1}, {u"is"_qs, u"UTO"_qs}}}, {u"msg"_qs, msg}};
}

/// The seal as one line of JSON: @p data signed by @p key (whose certificate is @p signerDer).
inline QByteArray seal(
    const QJsonObject &data, EVP_PKEY *key, const QByteArray &signerDer, const QString &algorithm = u"ES256"_qs)
{
    const EVP_MD *digest = algorithm == u"ES384" ? EVP_sha384() : algorithm == u"ES512" ? EVP_sha512() : EVP_sha256();
    const int component = algorithm == u"ES384" ? 48 : algorithm == u"ES512" ? 66 : 32;
    const QByteArray signature = signRaw(key, CertDesk::Jcs::canonicalize(data), digest, component);
    const QJsonObject sig {{u"alg"_qs, algorithm}, {u"cer"_qs, QString::fromLatin1(base64Url(signerDer))},
        {u"sigvl"_qs, QString::fromLatin1(base64Url(signature))}};
    return QJsonDocument(QJsonObject {{u"data"_qs, data}, {u"sig"_qs, sig}}).toJson(QJsonDocument::Compact);
}

} // namespace CertDesk::Test::VdsNc
