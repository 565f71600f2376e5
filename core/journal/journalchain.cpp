// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Tamper evidence: walking the hash chain, and the retention purge that keeps it verifiable.
#include "journal.h"

#include "journal_p.h"

namespace CertDesk::Journal {

namespace {

struct ChainRow
{
    qint64 id = 0;
    Hash::StoredRow row;
    QByteArray hash;
};

ChainRow readRow(const Sqlite::Statement &statement)
{
    ChainRow chainRow;
    chainRow.row = storedRowFromStatement(statement, &chainRow.id, &chainRow.hash);
    return chainRow;
}

ChainReport broken(ChainReport report, ChainReport::Problem problem, qint64 row, const QString &detail)
{
    report.problem = problem;
    report.firstBadRow = row;
    report.detail = detail;
    return report;
}

// Why row @p bad does not chain onto @p previous: tells an edited row from an inserted one by
// whether the next row chains onto the bad row's stored hash (edited: its successor still
// trusts it) or onto @p previous (inserted: its successor skips it).
Outcome<ChainReport> classifyMismatch(const Journal::Private &p, ChainReport report, const ChainRow &bad,
                                      const QByteArray &previous, Sqlite::Statement &rows)
{
    const int rc = rows.step();
    if (rc == SQLITE_ROW) {
        const ChainRow next = readRow(rows);
        if (Hash::chainHash(next.row, bad.hash) == next.hash)
            return broken(report, ChainReport::Problem::Edited, bad.id,
                          QStringLiteral("row %1 was edited: its content no longer matches its hash").arg(bad.id));
        if (Hash::chainHash(next.row, previous) == next.hash)
            return broken(report, ChainReport::Problem::Inserted, bad.id,
                          QStringLiteral("row %1 was inserted: the next row chains onto row %2").arg(bad.id).arg(bad.id - 1));
        return broken(report, ChainReport::Problem::Edited, bad.id,
                      QStringLiteral("row %1 was edited: neither it nor the next row matches its hash").arg(bad.id));
    }
    if (rc != SQLITE_DONE)
        return p.error(rc, QStringLiteral("verifying the chain"));
    // The last row: the head recorded with the last genuine append tells an appended row.
    const auto head = p.recordedHead();
    if (!head)
        return head.error();
    if (*head && (*head)->id == bad.id - 1 && (*head)->hash == previous)
        return broken(report, ChainReport::Problem::Inserted, bad.id,
                      QStringLiteral("row %1 was inserted after the last row the journal wrote").arg(bad.id));
    return broken(report, ChainReport::Problem::Edited, bad.id,
                  QStringLiteral("row %1 was edited: its content no longer matches its hash").arg(bad.id));
}

// The walk itself; the caller holds a transaction so it sees one snapshot.
Outcome<ChainReport> walkChain(const Journal::Private &p)
{
    ChainReport report;
    const auto anchor = p.latestCut();
    if (!anchor)
        return anchor.error();
    report.anchor = *anchor;
    qint64 expectedId = *anchor ? (*anchor)->lastRowId + 1 : 1;
    QByteArray previous = *anchor ? (*anchor)->lastRowHash : Hash::genesisHash();

    const QByteArray sql = "SELECT " + p.selectColumns() + " FROM entries ORDER BY id";
    Sqlite::Statement rows(p.db.get(), sql.constData());
    if (!rows.isValid())
        return p.error(rows.prepareResult(), QStringLiteral("verifying the chain"));
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const ChainRow row = readRow(rows);
        if (row.id < expectedId)
            return broken(report, ChainReport::Problem::Inserted, row.id,
                          QStringLiteral("row %1 was inserted: the chain starts at row %2").arg(row.id).arg(expectedId));
        if (row.id > expectedId)
            return broken(report, ChainReport::Problem::Deleted, expectedId,
                          row.id - 1 == expectedId
                              ? QStringLiteral("row %1 was deleted").arg(expectedId)
                              : QStringLiteral("rows %1 to %2 were deleted").arg(expectedId).arg(row.id - 1));
        if (Hash::chainHash(row.row, previous) != row.hash)
            return classifyMismatch(p, report, row, previous, rows);
        ++report.rowsChecked;
        previous = row.hash;
        ++expectedId;
    }
    if (rc != SQLITE_DONE)
        return p.error(rc, QStringLiteral("verifying the chain"));

    // Rows cut off the end leave no gap: the head recorded with every append shows them.
    const qint64 lastId = expectedId - 1;
    report.headHash = previous;
    const auto head = p.recordedHead();
    if (!head)
        return head.error();
    if (!*head) {
        if (lastId > 0)
            return broken(report, ChainReport::Problem::Edited, lastId,
                          QStringLiteral("the journal's record of its last row is missing"));
        return report;
    }
    if ((*head)->id > lastId)
        return broken(report, ChainReport::Problem::Deleted, lastId + 1,
                      (*head)->id == lastId + 1
                          ? QStringLiteral("row %1 was deleted (the last row written)").arg(lastId + 1)
                          : QStringLiteral("rows %1 to %2 were deleted (the last rows written)").arg(lastId + 1).arg((*head)->id));
    if ((*head)->id < lastId)
        return broken(report, ChainReport::Problem::Inserted, (*head)->id + 1,
                      QStringLiteral("row %1 was inserted after the last row the journal wrote").arg((*head)->id + 1));
    if ((*head)->hash != previous)
        return broken(report, ChainReport::Problem::Edited, lastId,
                      QStringLiteral("row %1 does not match the journal's record of its last row").arg(lastId));
    return report;
}

} // namespace

Outcome<ChainReport> Journal::verifyChain() const
{
    sqlite3 *db = d->db.get();
    int rc = Sqlite::exec(db, "BEGIN");
    if (rc != SQLITE_OK)
        return d->error(rc, QStringLiteral("verifying the chain"));
    auto report = walkChain(*d);
    Sqlite::exec(db, "COMMIT");
    return report;
}

Outcome<PurgeReport> Journal::purgeOlderThan(Timestamp::Millis cutoff, Timestamp::Millis now)
{
    if (d->readOnly)
        return d->error(SQLITE_READONLY, QStringLiteral("purging (opened read-only)"));
    sqlite3 *db = d->db.get();
    int rc = Sqlite::exec(db, "BEGIN IMMEDIATE");
    if (rc != SQLITE_OK)
        return d->error(rc, QStringLiteral("purging"));
    auto fail = [&](const Error &error) -> Outcome<PurgeReport> {
        Sqlite::exec(db, "ROLLBACK");
        return error;
    };
    // A purge must not remove the evidence of tampering: it refuses on a broken chain.
    const auto chain = walkChain(*d);
    if (!chain)
        return fail(chain.error());
    if (!chain->intact())
        return fail(Error{Error::Kind::ChainBroken,
                          QStringLiteral("%1: not purging, the chain is broken: %2").arg(d->path, chain->detail)});

    // The purge removes a prefix (ids up to lastId), so what stays is one chain from the cut.
    // A row older than the cutoff after a newer one (the clock was set back) waits for the next purge.
    Sqlite::Statement firstKept(db, "SELECT id FROM entries WHERE time >= ? ORDER BY id LIMIT 1");
    firstKept.bind(1, cutoff);
    rc = firstKept.step();
    qint64 lastId = 0;
    if (rc == SQLITE_ROW) {
        lastId = firstKept.int64(0) - 1;
    } else if (rc == SQLITE_DONE) {
        Sqlite::Statement maxId(db, "SELECT coalesce(max(id), 0) FROM entries");
        if ((rc = maxId.step()) != SQLITE_ROW)
            return fail(d->error(rc, QStringLiteral("purging")));
        lastId = maxId.int64(0);
    } else {
        return fail(d->error(rc, QStringLiteral("purging")));
    }

    Sqlite::Statement last(db, "SELECT chain_hash, (SELECT count(*) FROM entries WHERE id <= ?1) FROM entries "
                               "WHERE id = ?1");
    last.bind(1, lastId);
    rc = last.step();
    if (rc == SQLITE_DONE) {
        Sqlite::exec(db, "ROLLBACK");
        return PurgeReport{};
    }
    if (rc != SQLITE_ROW)
        return fail(d->error(rc, QStringLiteral("purging")));
    const Cut cut{lastId, last.bytes(0), now, cutoff, last.int64(1)};

    Sqlite::Statement record(db, "INSERT INTO cuts(last_row_id, last_row_hash, purged_at, cutoff, rows_purged) "
                                 "VALUES (?, ?, ?, ?, ?)");
    record.bind(1, cut.lastRowId);
    record.bindBlob(2, cut.lastRowHash);
    record.bind(3, cut.purgedAt);
    record.bind(4, cut.cutoff);
    record.bind(5, cut.rowsPurged);
    if ((rc = record.step()) != SQLITE_DONE)
        return fail(d->error(rc, QStringLiteral("recording the cut")));
    Sqlite::Statement remove(db, "DELETE FROM entries WHERE id <= ?");
    remove.bind(1, cut.lastRowId);
    if ((rc = remove.step()) != SQLITE_DONE)
        return fail(d->error(rc, QStringLiteral("deleting old rows")));
    if ((rc = Sqlite::exec(db, "COMMIT")) != SQLITE_OK)
        return fail(d->error(rc, QStringLiteral("committing the purge")));
    qCInfo(lcJournal) << "purged" << cut.rowsPurged << "rows up to row" << cut.lastRowId;
    return PurgeReport{cut.rowsPurged, cut};
}

Outcome<QList<Cut>> Journal::cuts() const
{
    QList<Cut> cuts;
    if (!d->hasCuts())
        return cuts;
    Sqlite::Statement statement(d->db.get(), "SELECT last_row_id, last_row_hash, purged_at, cutoff, rows_purged "
                                             "FROM cuts ORDER BY last_row_id");
    if (!statement.isValid())
        return d->error(statement.prepareResult(), QStringLiteral("reading the cuts"));
    int rc;
    while ((rc = statement.step()) == SQLITE_ROW)
        cuts.append(Cut{statement.int64(0), statement.bytes(1), statement.int64(2), statement.int64(3),
                        statement.int64(4)});
    if (rc != SQLITE_DONE)
        return d->error(rc, QStringLiteral("reading the cuts"));
    return cuts;
}

} // namespace CertDesk::Journal
