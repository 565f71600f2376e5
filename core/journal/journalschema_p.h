// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The journal's schema: creation, the upgrade steps and the header checks (JOURNAL.md "Schema").
#pragma once

#include "journal_p.h"

namespace CertDesk::Journal::Schema {

/// Checks the file is a CertDesk journal, creates or upgrades it (read-write only), sets
/// WAL and synchronous=FULL, and loads the salt into @p p.
Outcome<Ok> prepare(Journal::Private &p, const Journal::Options &options);

/// Records the chain head in meta (inside the caller's transaction); an SQLite result code.
int writeHead(Journal::Private &p, qint64 id, const QByteArray &hash);

} // namespace CertDesk::Journal::Schema
