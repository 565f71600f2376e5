// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalhash.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QtEndian>

namespace CertDesk::Journal::Hash {

namespace {

// Field tags of the canonical encoding; never renumber (stored hashes depend on them).
enum Tag : char {
    TagTime = 1,
    TagStation,
    TagOperator,
    TagInput,
    TagFormat,
    TagIssuer,
    TagVerdict,
    TagReasons,
    TagPolicy,
    TagTrustVersion,
    TagCertificateHash,
    TagHolderName,
    TagHolderDateOfBirth,
    TagPrevious = 0x7f,
};

void appendField(QByteArray &out, Tag tag, const QByteArray &bytes)
{
    out.append(char(tag));
    char length[4];
    qToBigEndian(quint32(bytes.size()), length);
    out.append(length, 4);
    out.append(bytes);
}

} // namespace

QByteArray genesisHash()
{
    return QByteArray(kChainHashSize, '\0');
}

QByteArray chainHash(const StoredRow &row, const QByteArray &previousHash)
{
    QByteArray encoding;
    encoding.reserve(256);
    encoding.append("CertDesk journal row");
    char time[8];
    qToBigEndian(quint64(row.time), time);
    appendField(encoding, TagTime, QByteArray::fromRawData(time, 8));
    appendField(encoding, TagStation, row.station);
    appendField(encoding, TagOperator, row.operatorName);
    appendField(encoding, TagInput, row.input);
    appendField(encoding, TagFormat, row.format);
    appendField(encoding, TagIssuer, row.issuer);
    appendField(encoding, TagVerdict, row.verdict);
    appendField(encoding, TagReasons, row.reasons);
    appendField(encoding, TagPolicy, row.policy);
    appendField(encoding, TagTrustVersion, row.trustVersion);
    appendField(encoding, TagCertificateHash, row.certificateHash);
    if (row.holderName)
        appendField(encoding, TagHolderName, *row.holderName);
    if (row.holderDateOfBirth)
        appendField(encoding, TagHolderDateOfBirth, *row.holderDateOfBirth);
    appendField(encoding, TagPrevious, previousHash);

    QByteArray digest(kChainHashSize, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(encoding.constData(), size_t(encoding.size()), reinterpret_cast<unsigned char *>(digest.data()),
                   &length, EVP_sha256(), nullptr)
            != 1
        || length != kChainHashSize)
        return {};
    return digest;
}

QByteArray certificateHash(const QByteArray &salt, CertificateFormat format, const QString &certificateId)
{
    if (certificateId.isEmpty())
        return {};
    const QByteArray message = formatName(format).toUtf8() + ':' + certificateId.toUtf8();
    unsigned char mac[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, "SHA256", nullptr, salt.constData(), size_t(salt.size()),
                   reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), mac,
                   sizeof mac, &length)
        || length < size_t(kCertificateHashSize))
        return {};
    return QByteArray(reinterpret_cast<const char *>(mac), kCertificateHashSize);
}

QByteArray randomSalt()
{
    QByteArray salt(kSaltSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size())) != 1)
        return {};
    return salt;
}

} // namespace CertDesk::Journal::Hash
