// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "journal.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace CertDesk::Journal {

/// Writes journal entries on a worker thread that owns its own connection (STYLE.md §1.6).
/// Group commit: every entry queued while a transaction commits goes into the next one, so
/// a burst costs one disk sync per transaction, not per entry. An entry counts as logged
/// only once its transaction has committed; its callback (or future) then says so, or
/// carries the error. Nothing is dropped silently: a failed transaction fails each of its
/// entries, and entries still queued when the writer is destroyed are written first.
class JournalWriter
{
public:
    /// Runs on the writer thread once the entry's transaction committed (the stored entry,
    /// with its id) or failed (the error). Must not throw or block for long; post to the UI
    /// thread with QMetaObject::invokeMethod and a context object.
    using Callback = std::function<void(const Outcome<JournalEntry> &)>;

    struct Stats
    {
        qint64 transactions = 0;
        qint64 committed = 0;
        qint64 failed = 0;
    };

    /// Most entries one transaction takes from the queue.
    static constexpr std::size_t kMaxBatch = 4096;

    /// Opens the journal at @p path (read-write) and starts the worker.
    static Outcome<std::unique_ptr<JournalWriter>> open(const QString &path, const Journal::Options &options);
    static Outcome<std::unique_ptr<JournalWriter>> open(const QString &path)
    {
        return open(path, Journal::Options{});
    }

    explicit JournalWriter(Journal journal);
    /// Writes what is still queued, then stops the worker.
    ~JournalWriter();
    JournalWriter(const JournalWriter &) = delete;
    JournalWriter &operator=(const JournalWriter &) = delete;

    void append(JournalEntry entry, Callback done);
    std::future<Outcome<JournalEntry>> append(JournalEntry entry);
    /// Returns once every entry appended before the call has committed or failed.
    void flush();

    const QString &path() const { return m_path; }
    Stats stats() const;

private:
    struct Pending
    {
        JournalEntry entry;
        Callback done;
    };

    void run(std::stop_token stop);
    void finish(std::vector<Pending> &batch, const Outcome<std::vector<JournalEntry>> &result);

    QString m_path;
    Journal m_journal; ///< used on the worker thread only
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::condition_variable m_progress;
    std::deque<Pending> m_queue;
    qint64 m_enqueued = 0;
    qint64 m_finished = 0;
    Stats m_stats;
    std::jthread m_thread; ///< last: it starts after, and stops before, the members it uses
};

} // namespace CertDesk::Journal
