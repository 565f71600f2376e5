// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalwriter.h"

#include "journal_p.h"

#include <exception>

namespace CertDesk::Journal {

Outcome<std::unique_ptr<JournalWriter>> JournalWriter::open(const QString &path, const Journal::Options &options)
{
    Journal::Options writable = options;
    writable.mode = Journal::Mode::ReadWrite;
    auto journal = Journal::open(path, writable);
    if (!journal)
        return journal.error();
    return std::make_unique<JournalWriter>(std::move(journal).value());
}

JournalWriter::JournalWriter(Journal journal)
    : m_path(journal.path())
    , m_journal(std::move(journal))
    , m_thread([this](std::stop_token stop) { run(std::move(stop)); })
{
}

JournalWriter::~JournalWriter()
{
    // The worker drains the queue before it honours the stop request.
    m_thread.request_stop();
    m_thread.join();
}

void JournalWriter::append(JournalEntry entry, Callback done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Pending{std::move(entry), std::move(done)});
        ++m_enqueued;
    }
    m_wake.notify_one();
}

std::future<Outcome<JournalEntry>> JournalWriter::append(JournalEntry entry)
{
    auto promise = std::make_shared<std::promise<Outcome<JournalEntry>>>();
    auto future = promise->get_future();
    append(std::move(entry), [promise](const Outcome<JournalEntry> &result) { promise->set_value(result); });
    return future;
}

void JournalWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const qint64 target = m_enqueued;
    m_progress.wait(lock, [&] { return m_finished >= target; });
}

JournalWriter::Stats JournalWriter::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

void JournalWriter::run(std::stop_token stop)
{
    for (;;) {
        std::vector<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, stop, [&] { return !m_queue.empty(); });
            if (m_queue.empty())
                return; // stop requested and nothing left to write
            const std::size_t count = std::min(m_queue.size(), kMaxBatch);
            batch.reserve(count);
            for (std::size_t i = 0; i < count; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        std::vector<JournalEntry> entries;
        entries.reserve(batch.size());
        for (const Pending &pending : batch)
            entries.push_back(pending.entry);
        finish(batch, m_journal.append(std::move(entries)));
    }
}

void JournalWriter::finish(std::vector<Pending> &batch, const Outcome<std::vector<JournalEntry>> &result)
{
    if (!result)
        qCWarning(lcJournal) << "journal write failed:" << result.error().message;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!batch[i].done)
            continue;
        // Exceptions never cross the thread boundary (STYLE.md §4).
        try {
            if (result)
                batch[i].done(Outcome<JournalEntry>(result->at(i)));
            else
                batch[i].done(Outcome<JournalEntry>(result.error()));
        } catch (const std::exception &exception) {
            qCWarning(lcJournal) << "journal callback threw:" << exception.what();
        } catch (...) {
            qCWarning(lcJournal) << "journal callback threw";
        }
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_stats.transactions;
        (result ? m_stats.committed : m_stats.failed) += qint64(batch.size());
        m_finished += qint64(batch.size());
    }
    m_progress.notify_all();
}

} // namespace CertDesk::Journal
