// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "sqlite_p.h"

namespace CertDesk::Journal::Sqlite {

Statement::Statement(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    m_prepareResult = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    m_statement.reset(statement);
}

int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

Error makeError(sqlite3 *db, int rc, const QString &path, const QString &action)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    Error error;
    QString what;
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        error.kind = Error::Kind::NotAJournal;
        what = QStringLiteral("not a CertDesk journal (not an SQLite database)");
        break;
    case SQLITE_CORRUPT:
        error.kind = Error::Kind::Corrupt;
        what = QStringLiteral("the journal is damaged");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        error.kind = Error::Kind::ReadOnly;
        what = QStringLiteral("the journal cannot be written (read-only)");
        break;
    case SQLITE_FULL:
        error.kind = Error::Kind::DiskFull;
        what = QStringLiteral("the disk is full (or the journal reached its size limit)");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.kind = Error::Kind::Busy;
        what = QStringLiteral("the journal is locked by another program");
        break;
    case SQLITE_CANTOPEN:
        error.kind = Error::Kind::CannotOpen;
        what = QStringLiteral("cannot open the journal");
        break;
    default:
        error.kind = Error::Kind::Io;
        what = QStringLiteral("journal error");
        break;
    }
    error.message = QStringLiteral("%1: %2 while %3: %4").arg(path, what, action, detail);
    return error;
}

} // namespace CertDesk::Journal::Sqlite
