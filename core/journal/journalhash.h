// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace CertDesk::Journal::Hash {

constexpr qsizetype kChainHashSize = 32;       ///< SHA-256
constexpr qsizetype kCertificateHashSize = 16; ///< truncated HMAC-SHA256
constexpr qsizetype kSaltSize = 32;

/// One row exactly as stored: every column as its bytes (text as UTF-8). The chain hash
/// is computed over this form, so verification needs no knowledge of the codes' meaning.
struct StoredRow
{
    qint64 time = 0;
    QByteArray station;
    QByteArray operatorName;
    QByteArray input;
    QByteArray format;
    QByteArray issuer;
    QByteArray verdict;
    QByteArray reasons; ///< codes joined by ','
    QByteArray policy;
    QByteArray trustVersion;
    QByteArray certificateHash;
    std::optional<QByteArray> holderName; ///< absent (NULL) unless identities are stored
    std::optional<QByteArray> holderDateOfBirth;
};

/// The all-zero hash that the first row of a journal chains onto.
QByteArray genesisHash();

/// SHA-256 over a canonical encoding of @p row followed by @p previousHash: for each
/// column a tag byte, a 4-byte big-endian length and the bytes (the time as 8 bytes
/// big-endian); absent optional columns contribute nothing, so rows written before a
/// column existed keep their hash (JOURNAL.md "Chain"). Empty on an OpenSSL failure.
QByteArray chainHash(const StoredRow &row, const QByteArray &previousHash);

/// HMAC-SHA256(@p salt, formatName(@p format) ":" @p certificateId), first 16 bytes.
/// Empty when @p certificateId is empty or OpenSSL fails.
QByteArray certificateHash(const QByteArray &salt, CertificateFormat format, const QString &certificateId);

/// kSaltSize bytes from OpenSSL's CSPRNG; empty on failure.
QByteArray randomSalt();

} // namespace CertDesk::Journal::Hash
