// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Thin owners for the sqlite3 C API, private to core/journal (STYLE.md §4: every C
// handle has an owner).
#pragma once

#include "journalerror.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace CertDesk::Journal::Sqlite {

struct DatabaseCloser
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseCloser>;

/// The journal error for an SQLite result code, naming @p path and what was being done.
Error makeError(sqlite3 *db, int rc, const QString &path, const QString &action);

/// A prepared statement. Binds are 1-based as in SQLite; columns 0-based.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql);

    bool isValid() const { return m_statement != nullptr; }
    int prepareResult() const { return m_prepareResult; }

    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement.get(), index, value); }
    void bind(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_statement.get(), index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    void bindBlob(int index, const QByteArray &blob)
    {
        sqlite3_bind_blob(m_statement.get(), index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    }
    void bindOptional(int index, const std::optional<QByteArray> &text)
    {
        if (text)
            bind(index, *text);
        else
            sqlite3_bind_null(m_statement.get(), index);
    }

    /// SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement.get()); }
    void reset()
    {
        sqlite3_reset(m_statement.get());
        sqlite3_clear_bindings(m_statement.get());
    }

    qint64 int64(int column) const { return sqlite3_column_int64(m_statement.get(), column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL; }
    /// The column's bytes (text as stored, UTF-8; a blob as is).
    QByteArray bytes(int column) const
    {
        const void *data = sqlite3_column_blob(m_statement.get(), column);
        const int size = sqlite3_column_bytes(m_statement.get(), column);
        return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
    }
    std::optional<QByteArray> optionalBytes(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<QByteArray>(bytes(column));
    }

private:
    struct Finalizer
    {
        void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
    };
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    int m_prepareResult = SQLITE_MISUSE;
};

/// Runs @p sql (one or more statements without results); SQLITE_OK or the error code.
int exec(sqlite3 *db, const char *sql);

} // namespace CertDesk::Journal::Sqlite
