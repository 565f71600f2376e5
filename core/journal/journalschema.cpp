// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalschema_p.h"

namespace CertDesk::Journal::Schema {

namespace {

// Schema 2 (JOURNAL.md). Schema 1 had no holder columns, no verdict index and no cuts table.
constexpr char kCreateSchema[] = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;
CREATE TABLE entries(
    id INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    station TEXT NOT NULL,
    operator TEXT NOT NULL,
    input TEXT NOT NULL,
    format TEXT NOT NULL,
    issuer TEXT NOT NULL,
    verdict TEXT NOT NULL,
    reasons TEXT NOT NULL,
    policy TEXT NOT NULL,
    trust_version TEXT NOT NULL,
    certificate_hash BLOB NOT NULL,
    chain_hash BLOB NOT NULL,
    holder_name TEXT,
    holder_dob TEXT);
CREATE INDEX entries_time ON entries(time);
CREATE INDEX entries_verdict_time ON entries(verdict, time);
CREATE TABLE cuts(
    last_row_id INTEGER PRIMARY KEY,
    last_row_hash BLOB NOT NULL,
    purged_at INTEGER NOT NULL,
    cutoff INTEGER NOT NULL,
    rows_purged INTEGER NOT NULL);
)sql";

// Upgrade steps: kUpgrades[n - 1] takes schema n to n + 1. Each runs in one transaction
// with the new user_version, so an interrupted upgrade leaves the old schema intact.
constexpr const char *kUpgrades[] = {
    R"sql(
ALTER TABLE entries ADD COLUMN holder_name TEXT;
ALTER TABLE entries ADD COLUMN holder_dob TEXT;
CREATE INDEX entries_verdict_time ON entries(verdict, time);
CREATE TABLE cuts(
    last_row_id INTEGER PRIMARY KEY,
    last_row_hash BLOB NOT NULL,
    purged_at INTEGER NOT NULL,
    cutoff INTEGER NOT NULL,
    rows_purged INTEGER NOT NULL);
)sql",
};
static_assert(std::size(kUpgrades) == Journal::kSchemaVersion - 1, "one upgrade step per schema version");

struct Header
{
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    qint64 objects = 0;
};

int readInt(sqlite3 *db, const char *sql, qint64 *value)
{
    Sqlite::Statement statement(db, sql);
    if (!statement.isValid())
        return statement.prepareResult();
    const int rc = statement.step();
    if (rc != SQLITE_ROW)
        return rc;
    *value = statement.int64(0);
    return SQLITE_OK;
}

int readHeader(sqlite3 *db, Header *header)
{
    int rc = readInt(db, "PRAGMA application_id", &header->applicationId);
    if (rc == SQLITE_OK)
        rc = readInt(db, "PRAGMA user_version", &header->userVersion);
    if (rc == SQLITE_OK)
        rc = readInt(db, "SELECT count(*) FROM sqlite_schema", &header->objects);
    return rc;
}

bool isEmpty(const Header &header)
{
    return header.applicationId == 0 && header.userVersion == 0 && header.objects == 0;
}

Outcome<Ok> create(Journal::Private &p)
{
    sqlite3 *db = p.db.get();
    int rc = Sqlite::exec(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return p.error(rc, QStringLiteral("creating the journal"));
    // Another program may have created it between our check and our lock.
    Header header;
    if ((rc = readHeader(db, &header)) != SQLITE_OK || !isEmpty(header)) {
        Sqlite::exec(db, "ROLLBACK");
        return rc == SQLITE_OK ? Outcome<Ok>(Ok{}) : p.error(rc, QStringLiteral("creating the journal"));
    }
    const QByteArray salt = Hash::randomSalt();
    if (salt.isEmpty()) {
        Sqlite::exec(db, "ROLLBACK");
        return Error{Error::Kind::Io, QStringLiteral("%1: cannot draw a random salt (OpenSSL)").arg(p.path)};
    }
    const QByteArray pragmas = QByteArray("PRAGMA application_id = ") + QByteArray::number(kApplicationId)
                               + "; PRAGMA user_version = " + QByteArray::number(Journal::kSchemaVersion) + ";";
    rc = Sqlite::exec(db, kCreateSchema);
    if (rc == SQLITE_OK)
        rc = Sqlite::exec(db, pragmas.constData());
    if (rc == SQLITE_OK) {
        Sqlite::Statement insert(db, "INSERT INTO meta(key, value) VALUES ('salt', ?)");
        insert.bindBlob(1, salt);
        rc = insert.isValid() ? insert.step() : insert.prepareResult();
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    if (rc == SQLITE_OK)
        rc = Sqlite::exec(db, "COMMIT");
    if (rc != SQLITE_OK) {
        Error error = p.error(rc, QStringLiteral("creating the journal"));
        Sqlite::exec(db, "ROLLBACK");
        return error;
    }
    return Ok{};
}

Outcome<Ok> upgrade(Journal::Private &p)
{
    sqlite3 *db = p.db.get();
    int rc = Sqlite::exec(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return p.error(rc, QStringLiteral("upgrading the journal"));
    qint64 version = 0;
    rc = readInt(db, "PRAGMA user_version", &version);
    for (; rc == SQLITE_OK && version < Journal::kSchemaVersion; ++version) {
        rc = Sqlite::exec(db, kUpgrades[version - 1]);
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version + 1);
        if (rc == SQLITE_OK)
            rc = Sqlite::exec(db, pragma.constData());
    }
    if (rc == SQLITE_OK)
        rc = Sqlite::exec(db, "COMMIT");
    if (rc != SQLITE_OK) {
        Error error = p.error(rc, QStringLiteral("upgrading the journal to schema %1").arg(version + 1));
        Sqlite::exec(db, "ROLLBACK");
        return error;
    }
    return Ok{};
}

} // namespace

Outcome<Ok> prepare(Journal::Private &p, const Journal::Options &options)
{
    sqlite3 *db = p.db.get();
    Header header;
    int rc = readHeader(db, &header);
    if (rc != SQLITE_OK)
        return p.error(rc, QStringLiteral("reading the header"));
    if (!p.readOnly) {
        // WAL lets the GUI write while the CLI reads; FULL syncs the WAL on every commit, so a
        // committed verification survives a power cut (JOURNAL.md "Durability").
        qint64 ignored = 0;
        Sqlite::Statement walMode(db, "PRAGMA journal_mode = WAL");
        rc = walMode.isValid() ? walMode.step() : walMode.prepareResult();
        if (rc != SQLITE_ROW)
            return p.error(rc, QStringLiteral("switching to WAL"));
        if (walMode.bytes(0) != "wal")
            return Error{Error::Kind::Io, QStringLiteral("%1: the journal cannot use WAL mode (%2)")
                                              .arg(p.path, QString::fromUtf8(walMode.bytes(0)))};
        if ((rc = Sqlite::exec(db, "PRAGMA synchronous = FULL")) != SQLITE_OK)
            return p.error(rc, QStringLiteral("setting synchronous"));
        if (options.maxPages > 0) {
            const QByteArray pragma = "PRAGMA max_page_count = " + QByteArray::number(options.maxPages);
            if ((rc = readInt(db, pragma.constData(), &ignored)) != SQLITE_OK)
                return p.error(rc, QStringLiteral("setting the size limit"));
        }
    }
    if (isEmpty(header)) {
        if (p.readOnly)
            return Error{Error::Kind::NotAJournal, QStringLiteral("%1: empty file, not a CertDesk journal").arg(p.path)};
        if (auto created = create(p); !created)
            return created;
        if ((rc = readHeader(db, &header)) != SQLITE_OK)
            return p.error(rc, QStringLiteral("reading the header"));
    }
    if (header.applicationId != kApplicationId)
        return Error{Error::Kind::NotAJournal,
                     QStringLiteral("%1: an SQLite database, but not a CertDesk journal").arg(p.path)};
    if (header.userVersion > Journal::kSchemaVersion)
        return Error{Error::Kind::NewerSchema,
                     QStringLiteral("%1: written by a newer CertDesk (journal schema %2; this version reads up to %3)")
                         .arg(p.path)
                         .arg(header.userVersion)
                         .arg(Journal::kSchemaVersion)};
    if (header.userVersion < 1)
        return Error{Error::Kind::NotAJournal, QStringLiteral("%1: journal schema version missing").arg(p.path)};
    if (header.userVersion < Journal::kSchemaVersion && !p.readOnly) {
        if (auto upgraded = upgrade(p); !upgraded)
            return upgraded;
        if ((rc = readHeader(db, &header)) != SQLITE_OK)
            return p.error(rc, QStringLiteral("reading the header"));
    }
    p.schemaVersion = int(header.userVersion);

    Sqlite::Statement salt(db, "SELECT value FROM meta WHERE key = 'salt'");
    rc = salt.isValid() ? salt.step() : salt.prepareResult();
    if (rc == SQLITE_DONE || (rc == SQLITE_ROW && salt.bytes(0).size() != Hash::kSaltSize))
        return Error{Error::Kind::Corrupt, QStringLiteral("%1: the journal's salt is missing or damaged").arg(p.path)};
    if (rc != SQLITE_ROW)
        return p.error(rc, QStringLiteral("reading the salt"));
    p.salt = salt.bytes(0);
    return Ok{};
}

int writeHead(Journal::Private &p, qint64 id, const QByteArray &hash)
{
    Sqlite::Statement statement(p.db.get(),
                                "INSERT OR REPLACE INTO meta(key, value) VALUES ('head_id', ?), ('head_hash', ?)");
    if (!statement.isValid())
        return statement.prepareResult();
    statement.bind(1, id);
    statement.bindBlob(2, hash);
    const int rc = statement.step();
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace CertDesk::Journal::Schema
