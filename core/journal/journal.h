// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "journalentry.h"
#include "journalerror.h"
#include "verify/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace CertDesk::Journal {

/// Which rows a query reads. Every condition is optional; they combine with "and".
struct Filter
{
    std::optional<Timestamp::Millis> since; ///< time ≥ since
    std::optional<Timestamp::Millis> until; ///< time < until
    std::optional<Verdict> verdict;
    std::optional<CertificateFormat> format;
    QByteArray certificateHash; ///< only presentations of this certificate (Journal::certificateHash)
    qint64 limit = 0;           ///< at most this many rows; 0: all
    qint64 offset = 0;
    bool newestFirst = false; ///< row order: by id, ascending unless set
};

struct VerdictCounts
{
    qint64 valid = 0;
    qint64 invalid = 0;
    qint64 unreadable = 0;
    qint64 total() const { return valid + invalid + unreadable; }
};

/// A retention purge: rows up to lastRowId were deleted; verification starts from lastRowHash.
struct Cut
{
    qint64 lastRowId = 0;
    QByteArray lastRowHash;
    Timestamp::Millis purgedAt = 0;
    Timestamp::Millis cutoff = 0; ///< rows older than this were due
    qint64 rowsPurged = 0;
};

/// What Journal::verifyChain() found.
struct ChainReport
{
    enum class Problem {
        None,
        Edited,   ///< the row's content no longer matches its hash
        Inserted, ///< the row was not written by the journal (the chain skips it)
        Deleted,  ///< rows are missing; firstBadRow is the first missing id
    };
    Problem problem = Problem::None;
    qint64 rowsChecked = 0;
    qint64 firstBadRow = 0; ///< 0 when intact
    QString detail;         ///< English, for the CLI
    std::optional<Cut> anchor; ///< the latest cut, where verification started
    QByteArray headHash;       ///< the last row's hash: anchor it elsewhere to detect a rewritten chain

    bool intact() const { return problem == Problem::None; }
};

struct PurgeReport
{
    qint64 rowsPurged = 0;
    std::optional<Cut> cut; ///< the cut recorded; absent when nothing was old enough
};

/// The station's verification journal: one SQLite database (WAL, synchronous=FULL), rows
/// chained by SHA-256 for tamper evidence (core/journal/JOURNAL.md). One connection; use
/// an object from one thread at a time (JournalWriter owns one on its worker thread).
/// Several Journal objects, in several processes, may share a file.
class Journal
{
public:
    enum class Mode {
        ReadWrite, ///< creates the file (and its folder) when missing; upgrades an older schema
        ReadOnly,  ///< never writes; a missing file or an older schema is an error
    };
    struct Options
    {
        Mode mode = Mode::ReadWrite;
        qint64 maxPages = 0;             ///< size cap in pages of 4 KiB (0: none); reaching it is DiskFull
        int busyTimeoutMilliseconds = 5000; ///< how long to wait for another program's lock
    };

    static constexpr int kSchemaVersion = 2;
    static constexpr int kDefaultRetentionDays = 90;

    /// QStandardPaths::AppDataLocation + "/journal.sqlite": the GUI and the CLI set the same
    /// organisation and application names, so both find this one file.
    static QString defaultPath();

    /// Opens (ReadWrite: creates or upgrades) the journal at @p path. Errors: CannotOpen,
    /// NotAJournal, Corrupt, ReadOnly, NewerSchema, Busy, DiskFull, Io.
    static Outcome<Journal> open(const QString &path, const Options &options);
    static Outcome<Journal> open(const QString &path) { return open(path, Options{}); }

    Journal(Journal &&) noexcept;
    Journal &operator=(Journal &&) noexcept;
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;
    ~Journal();

    const QString &path() const;
    int schemaVersion() const;

    /// Appends @p entries in one transaction, in order: each gets the next id, its salted
    /// certificate hash and its chain hash. Returns them as stored once the transaction has
    /// committed (synchronous=FULL: on disk); on an error nothing is stored.
    Outcome<std::vector<JournalEntry>> append(std::vector<JournalEntry> entries);

    /// Calls @p visit for each row matching @p filter (streaming, for exports of any size)
    /// until it returns false.
    Outcome<Ok> forEach(const Filter &filter, const std::function<bool(const JournalEntry &)> &visit) const;
    Outcome<std::vector<JournalEntry>> query(const Filter &filter) const;
    /// Rows per verdict among those matching @p filter (its verdict, limit and offset ignored).
    Outcome<VerdictCounts> countByVerdict(const Filter &filter) const;

    /// Walks the chain from the latest cut (or the first row) and reports the first edited,
    /// inserted or deleted row. A damaged file is an error (Corrupt), not a broken chain.
    Outcome<ChainReport> verifyChain() const;

    /// Deletes the oldest rows, those with time < @p cutoff up to the first row that is not
    /// (so the rest stays one chain), and records the cut in the same transaction.
    Outcome<PurgeReport> purgeOlderThan(Timestamp::Millis cutoff, Timestamp::Millis now);
    /// Every cut recorded, oldest first.
    Outcome<QList<Cut>> cuts() const;

    /// The salted hash this journal stores for @p certificateId (to look up earlier presentations).
    QByteArray certificateHash(CertificateFormat format, const QString &certificateId) const;

    /// Moves the WAL into the database file (PRAGMA wal_checkpoint(TRUNCATE)).
    Outcome<Ok> checkpoint();

    struct Private;

private:
    explicit Journal(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace CertDesk::Journal
