// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The journal writer: callbacks only after commit, order, group commit, failures
// reported to every waiting caller, and draining on destruction.
#include "journal/journalwriter.h"
#include "journaltestutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <latch>
#include <thread>

using namespace CertDesk;
using namespace CertDesk::Journal;
using namespace CertDesk::Test;

class TestJournalWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void callbackAfterCommit()
    {
        const QString path = newPath();
        auto writer = JournalWriter::open(path);
        QVERIFY(writer.ok());
        // A second connection (another process, in effect) sees the row when the callback runs.
        auto reader = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
        QVERIFY(reader.ok());
        std::promise<std::pair<qint64, size_t>> seen;
        (*writer)->append(sampleEntry(1), [&](const Outcome<JournalEntry> &result) {
            const auto rows = reader->query({});
            seen.set_value({result.ok() ? result->id : -1, rows.ok() ? rows->size() : 0});
        });
        const auto [id, rows] = seen.get_future().get();
        QCOMPARE(id, 1);
        QCOMPARE(rows, size_t(1));
    }

    void futuresKeepOrder()
    {
        const QString path = newPath();
        auto writer = JournalWriter::open(path);
        QVERIFY(writer.ok());
        std::vector<std::future<Outcome<JournalEntry>>> futures;
        for (int i = 1; i <= 500; ++i)
            futures.push_back((*writer)->append(sampleEntry(i, kT0 + i)));
        for (int i = 1; i <= 500; ++i) {
            const auto result = futures[size_t(i - 1)].get();
            QVERIFY(result.ok());
            QCOMPARE(result->id, i);
            QCOMPARE(result->operatorName, QString::number(i));
            QCOMPARE(result->certificateHash.size(), 16);
        }
        writer->reset();
        auto journal = Journal::Journal::open(path);
        QVERIFY(journal.ok());
        const auto rows = journal->query({});
        QCOMPARE(rows->size(), size_t(500));
        for (int i = 0; i < 500; ++i)
            QCOMPARE(rows->at(size_t(i)).operatorName, QString::number(i + 1));
        QVERIFY(journal->verifyChain()->intact());
    }

    void groupCommit()
    {
        auto writer = JournalWriter::open(newPath());
        QVERIFY(writer.ok());
        // The first entry's callback holds the worker until 999 more are queued: they must
        // then all go into one transaction.
        std::latch started(1);
        std::latch queued(1);
        (*writer)->append(sampleEntry(0), [&](const Outcome<JournalEntry> &) {
            started.count_down();
            queued.wait();
        });
        started.wait();
        std::atomic<int> committed = 0;
        for (int i = 1; i < 1000; ++i)
            (*writer)->append(sampleEntry(i), [&](const Outcome<JournalEntry> &result) { committed += result.ok(); });
        queued.count_down();
        (*writer)->flush();
        QCOMPARE(committed.load(), 999);
        const JournalWriter::Stats stats = (*writer)->stats();
        QCOMPARE(stats.committed, 1000);
        QCOMPARE(stats.failed, 0);
        QCOMPARE(stats.transactions, 2);
    }

    void concurrentAppenders()
    {
        const QString path = newPath();
        {
            auto writer = JournalWriter::open(path);
            QVERIFY(writer.ok());
            std::vector<std::jthread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&, t] {
                    for (int i = 0; i < 250; ++i)
                        (*writer)->append(sampleEntry(t * 1000 + i), JournalWriter::Callback());
                });
            }
            threads.clear();
        } // the destructor drains the queue
        auto journal = Journal::Journal::open(path);
        QVERIFY(journal.ok());
        const auto report = journal->verifyChain();
        QVERIFY(report.ok());
        QVERIFY(report->intact());
        QCOMPARE(report->rowsChecked, 1000);
    }

    void destructorDrains()
    {
        const QString path = newPath();
        std::atomic<int> called = 0;
        {
            auto writer = JournalWriter::open(path);
            QVERIFY(writer.ok());
            for (int i = 1; i <= 300; ++i)
                (*writer)->append(sampleEntry(i), [&](const Outcome<JournalEntry> &result) { called += result.ok(); });
        }
        QCOMPARE(called.load(), 300);
        QCOMPARE(rawInt(path, "SELECT count(*) FROM entries"), 300);
    }

    void diskFullReachesEveryCaller()
    {
        Journal::Journal::Options options;
        options.maxPages = 12;
        const QString path = newPath();
        auto writer = JournalWriter::open(path, options);
        QVERIFY(writer.ok());
        std::vector<std::future<Outcome<JournalEntry>>> futures;
        for (int i = 1; i <= 3000; ++i)
            futures.push_back((*writer)->append(sampleEntry(i)));
        qint64 failed = 0;
        qint64 ok = 0;
        for (auto &future : futures) {
            const auto result = future.get();
            if (result.ok()) {
                ++ok;
                QCOMPARE(result->id, ok); // a failed transaction leaves no gap
            } else {
                ++failed;
                QCOMPARE(result.error().kind, Error::Kind::DiskFull);
            }
        }
        QVERIFY(failed > 0);
        (*writer)->flush(); // the statistics are updated after the callbacks
        const JournalWriter::Stats stats = (*writer)->stats();
        QCOMPARE(stats.failed, failed);
        QCOMPARE(stats.committed, ok);
        QCOMPARE(rawInt(path, "SELECT count(*) FROM entries"), ok);
    }

    void lockedJournalIsReported()
    {
        const QString path = newPath();
        Journal::Journal::Options options;
        options.busyTimeoutMilliseconds = 50;
        auto writer = JournalWriter::open(path, options);
        QVERIFY(writer.ok());
        QVERIFY((*writer)->append(sampleEntry(1)).get().ok());
        // Another program holds the write lock.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        const auto blocked = (*writer)->append(sampleEntry(2)).get();
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().kind, Error::Kind::Busy);
        QVERIFY(blocked.error().message.contains(path));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        // Nothing half-written: the next entry takes the next id.
        const auto next = (*writer)->append(sampleEntry(3)).get();
        QVERIFY(next.ok());
        QCOMPARE(next->id, 2);
    }

    void openErrorIsReturned()
    {
        const auto writer = JournalWriter::open(u"/proc/certdesk-test/journal.sqlite"_qs);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().kind, Error::Kind::CannotOpen);
    }
};

QTEST_GUILESS_MAIN(TestJournalWriter)
#include "tst_journalwriter.moc"
