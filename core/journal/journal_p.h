// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "journal.h"
#include "journalhash.h"
#include "sqlite_p.h"

#include <QLoggingCategory>

namespace CertDesk::Journal {

Q_DECLARE_LOGGING_CATEGORY(lcJournal)

/// The application_id of a CertDesk journal ("CDJN"): tells our file from any other SQLite database.
constexpr int kApplicationId = 0x43444A4E;

/// The position the next row chains onto: the last row, else the latest cut, else genesis.
struct ChainHead
{
    qint64 id = 0;
    QByteArray hash = Hash::genesisHash();
};

struct Journal::Private
{
    Sqlite::DatabasePtr db;
    QString path;
    QByteArray salt;
    int schemaVersion = 0;
    bool readOnly = false;

    Error error(int rc, const QString &action) const { return Sqlite::makeError(db.get(), rc, path, action); }
    /// The columns of a row, in the order rowFromStatement() reads them (schema 1 has no holder columns).
    QByteArray selectColumns() const;
    bool hasCuts() const { return schemaVersion >= 2; }

    /// The head recorded in meta (written with every append); std::nullopt when none is recorded.
    Outcome<std::optional<ChainHead>> recordedHead() const;
    /// The latest cut, if any.
    Outcome<std::optional<Cut>> latestCut() const;
};

/// Reads the row at the statement's current position (columns as selectColumns()).
Hash::StoredRow storedRowFromStatement(const Sqlite::Statement &statement, qint64 *id, QByteArray *chainHash);
JournalEntry entryFromStored(qint64 id, const Hash::StoredRow &row, const QByteArray &chainHash);
Hash::StoredRow storedFromEntry(const JournalEntry &entry);

} // namespace CertDesk::Journal
