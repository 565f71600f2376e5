// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "masterlist.h"

#include "crypto/opensslpp.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/x509.h>

namespace CertDesk::MasterList {

namespace {

using BioPtr = std::unique_ptr<BIO, OpenSsl::Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, OpenSsl::Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using StorePtr = std::unique_ptr<X509_STORE, OpenSsl::Deleter<X509_STORE, X509_STORE_free>>;

// Doc 9303-12 §9: id-icao-cscaMasterList.
constexpr char kMasterListOid[] = "2.23.136.1.1.2";
// DER of the OID 1.2.840.113549.1.7.2 (id-signedData).
constexpr QByteArrayView kSignedDataOid("\x06\x09\x2A\x86\x48\x86\xF7\x0D\x01\x07\x02", 11);

std::optional<Contents> failed(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return std::nullopt;
}

// The certificates of CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate },
// each exactly as encoded.
std::optional<QList<QByteArray>> readCertList(const QByteArray &content)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(content.constData());
    const unsigned char *end = cursor + content.size();
    long length = 0;
    int tag = 0;
    int xclass = 0;
    int result = ASN1_get_object(&cursor, &length, &tag, &xclass, long(end - cursor));
    if ((result & 0x80) || tag != V_ASN1_SEQUENCE || cursor + length != end)
        return std::nullopt;
    result = ASN1_get_object(&cursor, &length, &tag, &xclass, long(end - cursor));
    if ((result & 0x80) || tag != V_ASN1_INTEGER || length > end - cursor)
        return std::nullopt;
    cursor += length;
    result = ASN1_get_object(&cursor, &length, &tag, &xclass, long(end - cursor));
    if ((result & 0x80) || tag != V_ASN1_SET || cursor + length != end)
        return std::nullopt;
    QList<QByteArray> certificates;
    while (cursor < end) {
        const unsigned char *start = cursor;
        result = ASN1_get_object(&cursor, &length, &tag, &xclass, long(end - cursor));
        if ((result & 0x80) || tag != V_ASN1_SEQUENCE || length > end - cursor)
            return std::nullopt;
        cursor += length;
        certificates.append(QByteArray(reinterpret_cast<const char *>(start), qsizetype(cursor - start)));
    }
    return certificates;
}

} // namespace

bool looksLikeSignedData(QByteArrayView der)
{
    // SEQUENCE (long-form length) { OBJECT IDENTIFIER id-signedData, ... }
    if (der.size() < 4 || uchar(der[0]) != 0x30 || uchar(der[1]) < 0x81 || uchar(der[1]) > 0x84)
        return false;
    const qsizetype header = 2 + (uchar(der[1]) & 0x7f);
    return der.sliced(header).startsWith(kSignedDataOid);
}

std::optional<Contents> read(const QByteArray &der, QString *error)
{
    BioPtr in(BIO_new_mem_buf(der.constData(), int(der.size())));
    CmsPtr cms(in ? d2i_CMS_bio(in.get(), nullptr) : nullptr);
    if (!cms)
        return failed(error, QStringLiteral("not a CMS structure: %1").arg(OpenSsl::takeErrors()));
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return failed(error, QStringLiteral("the CMS structure is not SignedData"));
    char oid[64] = {};
    if (OBJ_obj2txt(oid, sizeof oid, CMS_get0_eContentType(cms.get()), 1) <= 0 || qstrcmp(oid, kMasterListOid) != 0)
        return failed(error,
            QStringLiteral("the SignedData does not hold a CSCA master list (content type %1)")
                .arg(QString::fromLatin1(oid)));

    // The signature, with the signer certificate embedded in the list; its chain is checked below
    // against the list's own CSCAs, since no store of master list signers exists.
    const StorePtr store(X509_STORE_new());
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!store || !out
        || CMS_verify(cms.get(), nullptr, store.get(), nullptr, out.get(), CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) != 1)
        return failed(
            error, QStringLiteral("the master list's signature does not verify: %1").arg(OpenSsl::takeErrors()));
    STACK_OF(X509) *signers = CMS_get0_signers(cms.get());
    X509 *signer = sk_X509_num(signers) == 1 ? sk_X509_value(signers, 0) : nullptr;
    sk_X509_free(signers);
    if (!signer)
        return failed(error, QStringLiteral("the master list must have exactly one signer"));

    char *data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    const std::optional<QList<QByteArray>> certificates = readCertList(QByteArray(data, qsizetype(size)));
    if (!certificates || certificates->isEmpty())
        return failed(error, QStringLiteral("the master list's content is not a CscaMasterList"));

    Contents contents;
    contents.certificates = *certificates;
    char name[256] = {};
    X509_NAME_oneline(X509_get_subject_name(signer), name, sizeof name);
    contents.signerSubject = QString::fromUtf8(name);
    bool anchored = false;
    for (const QByteArray &certificate : *certificates) {
        const auto *cursor = reinterpret_cast<const unsigned char *>(certificate.constData());
        const OpenSsl::X509Ptr csca(d2i_X509(nullptr, &cursor, long(certificate.size())));
        if (!csca)
            continue;
        if (X509_NAME_cmp(X509_get_subject_name(csca.get()), X509_get_issuer_name(signer)) == 0
            && X509_verify(signer, X509_get0_pubkey(csca.get())) == 1) {
            anchored = true;
            break;
        }
    }
    ERR_clear_error();
    if (!anchored)
        return failed(error,
            QStringLiteral("the master list signer (%1) is not issued by a CSCA in the list")
                .arg(contents.signerSubject));
    return contents;
}

} // namespace CertDesk::MasterList
