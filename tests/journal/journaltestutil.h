// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Test support for the journal tests: sample entries and raw SQL on a journal file
// (to tamper with it the way someone with sqlite3 would).
#pragma once

#include "journal/journal.h"

#include <sqlite3.h>

#include <QByteArray>
#include <QString>

namespace CertDesk::Test {

constexpr Timestamp::Millis kDay = 86'400'000;
constexpr Timestamp::Millis kT0 = 1'710'400'000'000; // 2024-03-14T07:06:40Z

inline Journal::JournalEntry sampleEntry(int n, Timestamp::Millis time = kT0)
{
    Journal::JournalEntry entry;
    entry.time = time;
    entry.station = QStringLiteral("desk-1");
    entry.operatorName = QString::number(n);
    entry.input = Journal::InputKind::Scanner;
    entry.format = n % 2 ? CertificateFormat::Dcc : CertificateFormat::Ithc;
    entry.issuerCountry = QStringLiteral("AT");
    entry.verdict = n % 3 == 0 ? Verdict::Invalid : Verdict::Valid;
    if (entry.verdict == Verdict::Invalid)
        entry.reasons = QStringList{QStringLiteral("expired"), QStringLiteral("schema")};
    entry.policy = QStringLiteral("eu-travel-2022");
    entry.trustVersion = QStringLiteral("2024-03-01");
    entry.certificateId = QStringLiteral("URN:UVCI:01:AT:%1#B").arg(n);
    return entry;
}

/// Runs @p sql on the file with a raw connection; the SQLite result code.
inline int rawExec(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    return rc;
}

/// The first column of the first row of @p sql, as an integer (-1 on an error).
inline qint64 rawInt(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    qint64 value = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close_v2(db);
    return value;
}

} // namespace CertDesk::Test
