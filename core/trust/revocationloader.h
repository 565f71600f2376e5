// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "revocationstore.h"
#include "trustbundle.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace CertDesk {

/// Revocation material loaded for a run.
struct LoadedRevocation
{
    /// Never null. Not to be used when there are errors: an unreadable list must never
    /// count as "not revoked".
    std::shared_ptr<const RevocationStore> store;
    QStringList errors; ///< each names the file and the problem
    QStringList warnings; ///< non-fatal remarks (a skipped file in a folder, a repeated rid)
};

/// What kind of revocation file some bytes are (sniffed from their content, not their name).
enum class RevocationFileKind {
    Unknown,
    CertDeskList, ///< the binary CertDesk revocation list
    EuDccBatch, ///< an EU gateway revocation batch (or a JSON array of batches)
    DccHashesByKid, ///< {kid: {hashType: [hashes]}}
    ShcCrl, ///< a SMART Health Cards CRL, {"kid","method":"rid","ctr","rids"}
    Blocklist, ///< the station's local blocklist
};

/// Loads every path (a file, or a folder read recursively) into one store. A file named
/// explicitly that is not a revocation list is an error; in a folder it is skipped with a
/// warning. Formats: core/trust/REVOCATION.md.
/// The revocation entries of @p bundleEntries (trust bundles' revocation/ folders) are loaded
/// as well, as files named explicitly.
LoadedRevocation loadRevocation(const QStringList &paths, const QList<TrustBundle::Entry> &bundleEntries = {});

/// Sniffs @p bytes.
RevocationFileKind sniffRevocationFile(const QByteArray &bytes);

/// Parses one file's @p bytes into @p store; @p source names it in entries and messages.
/// @return the error (naming @p source), std::nullopt when the whole file was read.
/// Nothing is added to @p store when there is an error.
std::optional<QString> loadRevocationData(
    const QByteArray &bytes, const QString &source, RevocationStore &store, QStringList *warnings = nullptr);

} // namespace CertDesk
