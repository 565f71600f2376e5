// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "revocationstore.h"
#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

/// The CertDesk revocation list: a compact binary file of sorted 16-byte hashes, read in one
/// piece and searched in place (layout in core/trust/REVOCATION.md, "CertDesk revocation list").
namespace CertDesk::RevocationListFile {

/// Limits on what a reader accepts: 50,000,000 hashes (800 MB) and 65,535 sections.
constexpr qint64 kMaxEntries = 50'000'000;
constexpr qint64 kMaxSections = 65'535;
constexpr qsizetype kMaxScopeBytes = 64;
constexpr qsizetype kHeaderSize = 32;
constexpr qsizetype kSectionHeaderSize = 16;

/// One run of hashes of one kind for one scope (kid or issuer; empty: all).
struct Section
{
    RevocationKind kind = RevocationKind::DccUci;
    QByteArray scope;
    RevocationHashSet hashes;
};

/// True when @p head starts with the list's magic bytes.
bool looksLikeList(QByteArrayView head);

/// Reads a whole list held in @p bytes; the sections view into it (no copy). Every byte is
/// checked: magic, version, the CRC-32 over the body, each section's bounds, kind and scope,
/// ascending order without duplicates, the total count and the exact length. Errors say
/// what is wrong (truncated, corrupt, unsupported version) without the file name.
Expected<std::vector<Section>, QString> read(std::shared_ptr<const QByteArray> bytes);

/// The file's bytes for @p sections.
QByteArray encode(const std::vector<Section> &sections);
/// Writes @p sections to @p path atomically (QSaveFile); the error names the file.
std::optional<QString> save(const QString &path, const std::vector<Section> &sections);

} // namespace CertDesk::RevocationListFile
