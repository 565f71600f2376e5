// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journal.h"

#include "journal_p.h"
#include "journalschema_p.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace CertDesk::Journal {

Q_LOGGING_CATEGORY(lcJournal, "certdesk.journal", QtInfoMsg)

namespace {

constexpr char kEntryColumns[] = "id, time, station, operator, input, format, issuer, verdict, reasons, policy, "
                                 "trust_version, certificate_hash, chain_hash";

QByteArray joinReasons(const QStringList &reasons)
{
    return reasons.join(u',').toUtf8();
}

// Appends the WHERE clause of @p filter (parameters bound by bindFilter in the same order).
void appendWhere(QByteArray &sql, const Filter &filter, bool withVerdict)
{
    QList<QByteArray> conditions;
    if (filter.since)
        conditions.append("time >= ?");
    if (filter.until)
        conditions.append("time < ?");
    if (withVerdict && filter.verdict)
        conditions.append("verdict = ?");
    if (filter.format)
        conditions.append("format = ?");
    if (!filter.certificateHash.isEmpty())
        conditions.append("certificate_hash = ?");
    if (!conditions.isEmpty())
        sql += " WHERE " + conditions.join(" AND ");
}

int bindFilter(Sqlite::Statement &statement, const Filter &filter, bool withVerdict)
{
    int index = 1;
    if (filter.since)
        statement.bind(index++, *filter.since);
    if (filter.until)
        statement.bind(index++, *filter.until);
    if (withVerdict && filter.verdict)
        statement.bind(index++, verdictName(*filter.verdict).toUtf8());
    if (filter.format)
        statement.bind(index++, formatName(*filter.format).toUtf8());
    if (!filter.certificateHash.isEmpty())
        statement.bindBlob(index++, filter.certificateHash);
    return index;
}

} // namespace

QByteArray Journal::Private::selectColumns() const
{
    return QByteArray(kEntryColumns) + (schemaVersion >= 2 ? ", holder_name, holder_dob" : ", NULL, NULL");
}

Outcome<std::optional<ChainHead>> Journal::Private::recordedHead() const
{
    Sqlite::Statement statement(db.get(), "SELECT key, value FROM meta WHERE key IN ('head_id', 'head_hash')");
    if (!statement.isValid())
        return error(statement.prepareResult(), QStringLiteral("reading the head"));
    ChainHead head;
    int found = 0;
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW) {
        if (statement.bytes(0) == "head_id")
            head.id = statement.int64(1);
        else
            head.hash = statement.bytes(1);
        ++found;
    }
    if (rc != SQLITE_DONE)
        return error(rc, QStringLiteral("reading the head"));
    return found == 2 ? std::optional<ChainHead>(head) : std::nullopt;
}

Outcome<std::optional<Cut>> Journal::Private::latestCut() const
{
    if (!hasCuts())
        return std::optional<Cut>();
    Sqlite::Statement statement(db.get(), "SELECT last_row_id, last_row_hash, purged_at, cutoff, rows_purged FROM cuts "
                                          "ORDER BY last_row_id DESC LIMIT 1");
    if (!statement.isValid())
        return error(statement.prepareResult(), QStringLiteral("reading the cuts"));
    const int rc = statement.step();
    if (rc == SQLITE_DONE)
        return std::optional<Cut>();
    if (rc != SQLITE_ROW)
        return error(rc, QStringLiteral("reading the cuts"));
    return std::optional<Cut>(Cut{statement.int64(0), statement.bytes(1), statement.int64(2), statement.int64(3),
                                  statement.int64(4)});
}

Hash::StoredRow storedRowFromStatement(const Sqlite::Statement &statement, qint64 *id, QByteArray *chainHash)
{
    Hash::StoredRow row;
    *id = statement.int64(0);
    row.time = statement.int64(1);
    row.station = statement.bytes(2);
    row.operatorName = statement.bytes(3);
    row.input = statement.bytes(4);
    row.format = statement.bytes(5);
    row.issuer = statement.bytes(6);
    row.verdict = statement.bytes(7);
    row.reasons = statement.bytes(8);
    row.policy = statement.bytes(9);
    row.trustVersion = statement.bytes(10);
    row.certificateHash = statement.bytes(11);
    *chainHash = statement.bytes(12);
    row.holderName = statement.optionalBytes(13);
    row.holderDateOfBirth = statement.optionalBytes(14);
    return row;
}

Hash::StoredRow storedFromEntry(const JournalEntry &entry)
{
    Hash::StoredRow row;
    row.time = entry.time;
    row.station = entry.station.toUtf8();
    row.operatorName = entry.operatorName.toUtf8();
    row.input = inputKindName(entry.input).toUtf8();
    row.format = formatName(entry.format).toUtf8();
    row.issuer = entry.issuerCountry.toUtf8();
    row.verdict = verdictName(entry.verdict).toUtf8();
    row.reasons = joinReasons(entry.reasons);
    row.policy = entry.policy.toUtf8();
    row.trustVersion = entry.trustVersion.toUtf8();
    row.certificateHash = entry.certificateHash;
    if (entry.holderName)
        row.holderName = entry.holderName->toUtf8();
    if (entry.holderDateOfBirth)
        row.holderDateOfBirth = entry.holderDateOfBirth->toUtf8();
    return row;
}

JournalEntry entryFromStored(qint64 id, const Hash::StoredRow &row, const QByteArray &chainHash)
{
    JournalEntry entry;
    entry.id = id;
    entry.time = row.time;
    entry.station = QString::fromUtf8(row.station);
    entry.operatorName = QString::fromUtf8(row.operatorName);
    // Codes this version does not know (a newer writer) read as the neutral value.
    entry.input = inputKindFromName(QString::fromUtf8(row.input)).value_or(InputKind::File);
    entry.format = formatFromName(QString::fromUtf8(row.format)).value_or(CertificateFormat::Unknown);
    entry.issuerCountry = QString::fromUtf8(row.issuer);
    entry.verdict = verdictFromName(QString::fromUtf8(row.verdict)).value_or(Verdict::Invalid);
    if (!row.reasons.isEmpty())
        entry.reasons = QString::fromUtf8(row.reasons).split(u',');
    entry.policy = QString::fromUtf8(row.policy);
    entry.trustVersion = QString::fromUtf8(row.trustVersion);
    entry.certificateHash = row.certificateHash;
    if (row.holderName)
        entry.holderName = QString::fromUtf8(*row.holderName);
    if (row.holderDateOfBirth)
        entry.holderDateOfBirth = QString::fromUtf8(*row.holderDateOfBirth);
    entry.chainHash = chainHash;
    return entry;
}

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.sqlite");
}

Journal::Journal(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

Journal::Journal(Journal &&) noexcept = default;
Journal &Journal::operator=(Journal &&) noexcept = default;
Journal::~Journal() = default;

const QString &Journal::path() const
{
    return d->path;
}

int Journal::schemaVersion() const
{
    return d->schemaVersion;
}

Outcome<Journal> Journal::open(const QString &path, const Options &options)
{
    auto p = std::make_unique<Private>();
    p->path = path;
    p->readOnly = options.mode == Mode::ReadOnly;
    if (p->readOnly) {
        if (!QFileInfo(path).isFile())
            return Error{Error::Kind::CannotOpen, QStringLiteral("%1: no journal there").arg(path)};
    } else {
        const QString folder = QFileInfo(path).absolutePath();
        if (!QDir().mkpath(folder))
            return Error{Error::Kind::CannotOpen, QStringLiteral("%1: cannot create the folder %2").arg(path, folder)};
    }
    sqlite3 *raw = nullptr;
    const int flags = p->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    p->db.reset(raw);
    if (rc != SQLITE_OK)
        return p->error(rc, QStringLiteral("opening"));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, options.busyTimeoutMilliseconds);
    if (!p->readOnly && sqlite3_db_readonly(raw, "main") == 1)
        return p->error(SQLITE_READONLY, QStringLiteral("opening for writing"));

    if (auto prepared = Schema::prepare(*p, options); !prepared)
        return prepared.error();
    qCDebug(lcJournal) << "opened" << path << "schema" << p->schemaVersion;
    return Journal(std::move(p));
}

Outcome<std::vector<JournalEntry>> Journal::append(std::vector<JournalEntry> entries)
{
    if (d->readOnly)
        return d->error(SQLITE_READONLY, QStringLiteral("appending (opened read-only)"));
    if (entries.empty())
        return entries;
    sqlite3 *db = d->db.get();
    int rc = Sqlite::exec(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return d->error(rc, QStringLiteral("starting a transaction"));
    auto fail = [&](int code, const QString &action) -> Outcome<std::vector<JournalEntry>> {
        Error error = d->error(code, action);
        Sqlite::exec(db, "ROLLBACK");
        return error;
    };

    // The head is read inside the transaction: another process may have appended.
    const auto recorded = d->recordedHead();
    if (!recorded)
        return fail(SQLITE_ERROR, recorded.error().message);
    ChainHead head;
    if (*recorded) {
        head = **recorded;
    } else {
        const auto cut = d->latestCut();
        if (!cut)
            return fail(SQLITE_ERROR, cut.error().message);
        if (*cut)
            head = ChainHead{(*cut)->lastRowId, (*cut)->lastRowHash};
    }

    Sqlite::Statement insert(db, "INSERT INTO entries(id, time, station, operator, input, format, issuer, verdict, "
                                 "reasons, policy, trust_version, certificate_hash, chain_hash, holder_name, "
                                 "holder_dob) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return fail(insert.prepareResult(), QStringLiteral("preparing an insert"));
    for (JournalEntry &entry : entries) {
        entry.certificateHash = Hash::certificateHash(d->salt, entry.format, entry.certificateId);
        entry.certificateId.clear();
        const Hash::StoredRow row = storedFromEntry(entry);
        entry.id = head.id + 1;
        entry.chainHash = Hash::chainHash(row, head.hash);
        if (entry.chainHash.isEmpty())
            return fail(SQLITE_ERROR, QStringLiteral("hashing a row (OpenSSL failed)"));
        insert.bind(1, entry.id);
        insert.bind(2, row.time);
        insert.bind(3, row.station);
        insert.bind(4, row.operatorName);
        insert.bind(5, row.input);
        insert.bind(6, row.format);
        insert.bind(7, row.issuer);
        insert.bind(8, row.verdict);
        insert.bind(9, row.reasons);
        insert.bind(10, row.policy);
        insert.bind(11, row.trustVersion);
        insert.bindBlob(12, row.certificateHash);
        insert.bindBlob(13, entry.chainHash);
        insert.bindOptional(14, row.holderName);
        insert.bindOptional(15, row.holderDateOfBirth);
        if ((rc = insert.step()) != SQLITE_DONE)
            return fail(rc, QStringLiteral("inserting a row"));
        insert.reset();
        head = ChainHead{entry.id, entry.chainHash};
    }
    if (const auto written = Schema::writeHead(*d, head.id, head.hash); written != SQLITE_OK)
        return fail(written, QStringLiteral("recording the head"));
    if ((rc = Sqlite::exec(db, "COMMIT")) != SQLITE_OK)
        return fail(rc, QStringLiteral("committing"));
    return entries;
}

Outcome<Ok> Journal::forEach(const Filter &filter, const std::function<bool(const JournalEntry &)> &visit) const
{
    QByteArray sql = "SELECT " + d->selectColumns() + " FROM entries";
    appendWhere(sql, filter, true);
    sql += filter.newestFirst ? " ORDER BY id DESC" : " ORDER BY id";
    if (filter.limit > 0 || filter.offset > 0)
        sql += " LIMIT ? OFFSET ?";
    Sqlite::Statement statement(d->db.get(), sql.constData());
    if (!statement.isValid())
        return d->error(statement.prepareResult(), QStringLiteral("preparing a query"));
    int index = bindFilter(statement, filter, true);
    if (filter.limit > 0 || filter.offset > 0) {
        statement.bind(index++, filter.limit > 0 ? filter.limit : -1);
        statement.bind(index++, filter.offset);
    }
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW) {
        qint64 id = 0;
        QByteArray chainHash;
        const Hash::StoredRow row = storedRowFromStatement(statement, &id, &chainHash);
        if (!visit(entryFromStored(id, row, chainHash)))
            return Ok{};
    }
    if (rc != SQLITE_DONE)
        return d->error(rc, QStringLiteral("reading rows"));
    return Ok{};
}

Outcome<std::vector<JournalEntry>> Journal::query(const Filter &filter) const
{
    std::vector<JournalEntry> entries;
    const auto done = forEach(filter, [&](const JournalEntry &entry) {
        entries.push_back(entry);
        return true;
    });
    if (!done)
        return done.error();
    return entries;
}

Outcome<VerdictCounts> Journal::countByVerdict(const Filter &filter) const
{
    QByteArray sql = "SELECT verdict, count(*) FROM entries";
    appendWhere(sql, filter, false);
    sql += " GROUP BY verdict";
    Sqlite::Statement statement(d->db.get(), sql.constData());
    if (!statement.isValid())
        return d->error(statement.prepareResult(), QStringLiteral("preparing a count"));
    bindFilter(statement, filter, false);
    VerdictCounts counts;
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW) {
        const qint64 n = statement.int64(1);
        switch (verdictFromName(QString::fromUtf8(statement.bytes(0))).value_or(Verdict::Invalid)) {
        case Verdict::Valid:
            counts.valid += n;
            break;
        case Verdict::Invalid:
            counts.invalid += n;
            break;
        case Verdict::Unreadable:
            counts.unreadable += n;
            break;
        }
    }
    if (rc != SQLITE_DONE)
        return d->error(rc, QStringLiteral("counting rows"));
    return counts;
}

QByteArray Journal::certificateHash(CertificateFormat format, const QString &certificateId) const
{
    return Hash::certificateHash(d->salt, format, certificateId);
}

Outcome<Ok> Journal::checkpoint()
{
    const int rc = Sqlite::exec(d->db.get(), "PRAGMA wal_checkpoint(TRUNCATE)");
    if (rc != SQLITE_OK)
        return d->error(rc, QStringLiteral("checkpointing"));
    return Ok{};
}

} // namespace CertDesk::Journal
