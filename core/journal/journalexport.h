// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "journal.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace CertDesk::Journal {

/// The journal's export files, one format for `certdesk-cli journal export` and the station's
/// journal window. JSON: an array of objects (`id`, `time` RFC 3339 UTC, `station`,
/// `operator`, `input`, `format`, `issuer`, `verdict`, `reasons`, `policy`, `trust_version`,
/// `certificate_hash`, `chain_hash`, and `holder` only where identities were stored). CSV: RFC
/// 4180, UTF-8, CRLF, a header row, the same fields (reasons space-separated).
QJsonObject entryToJson(const JournalEntry &entry);
QByteArray csvHeader();
QByteArray entryToCsv(const JournalEntry &entry);
/// One CSV record of @p fields (RFC 4180: quoted where needed, quotes doubled, UTF-8, CRLF; a
/// field starting with = + - @ tab or CR is prefixed with an apostrophe against spreadsheet
/// formula injection); every CSV file CertDesk writes goes through it.
QByteArray csvRecord(const QStringList &fields);

/// Streams every row matching @p filter to @p out; the number of rows written, or the
/// journal's error (the device's write errors count as Io).
Outcome<qint64> exportCsv(const Journal &journal, const Filter &filter, QIODevice &out);
Outcome<qint64> exportJson(const Journal &journal, const Filter &filter, QIODevice &out);

} // namespace CertDesk::Journal
