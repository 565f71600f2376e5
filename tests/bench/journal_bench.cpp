// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The journal's targets (core/journal/JOURNAL.md "Performance"), measured, never asserted:
// 1,000,000 rows written through the real JournalWriter into a database on disk, then
//  - insert latency (append → commit callback), median and p95: at a paced rate of 200 per
//    second, and in bursts of 1,000 appended at once;
//  - a one-day filter over the 1M rows (every row of the day read into entries), and the
//    day's count per verdict;
//  - bytes per row (file size after a checkpoint / rows);
//  - verifyChain over every row.
//
//   journal_bench [--rows N] [--dir FOLDER]
#include "journal/journal.h"
#include "journal/journalwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

using namespace CertDesk;
using namespace CertDesk::Journal;
using Clock = std::chrono::steady_clock;

namespace {

constexpr Timestamp::Millis kStart = 1'704'067'200'000; // 2024-01-01T00:00:00Z
constexpr Timestamp::Millis kDay = 86'400'000;
constexpr int kDays = 100;

JournalEntry realisticEntry(qint64 n, Timestamp::Millis time)
{
    static const char *const countries[] = {"AT", "DE", "FR", "IT", "CN", "ES", "NL", "BE"};
    JournalEntry entry;
    entry.time = time;
    entry.station = QStringLiteral("PEK-T3-DESK-07");
    entry.operatorName = QStringLiteral("officer.%1").arg(4711 + n % 12);
    entry.input = n % 5 == 0 ? InputKind::Scanner : InputKind::Camera;
    entry.format = n % 3 == 0 ? CertificateFormat::Ithc : CertificateFormat::Dcc;
    entry.issuerCountry = QString::fromLatin1(countries[n % 8]);
    const int kind = int(n % 20);
    entry.verdict = kind < 17 ? Verdict::Valid : kind < 19 ? Verdict::Invalid : Verdict::Unreadable;
    if (kind == 17)
        entry.reasons = QStringList{QStringLiteral("expired")};
    else if (kind == 18)
        entry.reasons = QStringList{QStringLiteral("signature_invalid")};
    else if (kind == 19)
        entry.reasons = QStringList{QStringLiteral("decode_base45")};
    entry.policy = QStringLiteral("eu-travel-2022");
    entry.trustVersion = QStringLiteral("2024-03-01.1");
    if (entry.verdict != Verdict::Unreadable)
        entry.certificateId = QStringLiteral("URN:UVCI:01:%1:%2#X").arg(entry.issuerCountry).arg(n * 7919 % 250000);
    return entry;
}

struct Percentiles
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    auto at = [&](double q) { return values[std::min(values.size() - 1, size_t(q * double(values.size())))]; };
    return {at(0.5), at(0.95), values.back()};
}

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Appends @p count entries, one every @p pace (zero: all at once), and returns each
// one's latency from append to its commit callback, in milliseconds.
std::vector<double> measure(JournalWriter &writer, qint64 &next, int count, std::chrono::microseconds pace,
                            Timestamp::Millis time)
{
    std::vector<double> latencies(size_t(count), 0.0);
    std::atomic<int> failures = 0;
    const Clock::time_point begin = Clock::now();
    for (int i = 0; i < count; ++i) {
        if (pace.count() > 0)
            std::this_thread::sleep_until(begin + pace * i);
        const Clock::time_point appended = Clock::now();
        writer.append(realisticEntry(next++, time), [&latencies, &failures, i, appended](const Outcome<JournalEntry> &r) {
            latencies[size_t(i)] = millisecondsSince(appended);
            failures += r.ok() ? 0 : 1;
        });
    }
    writer.flush();
    if (failures > 0)
        std::fprintf(stderr, "journal_bench: %d appends failed\n", failures.load());
    return latencies;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1'000'000;
    QString folder;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--rows")
            rows = arguments.at(i + 1).toLongLong();
        else if (arguments.at(i) == u"--dir")
            folder = arguments.at(i + 1);
    }
    QTemporaryDir temporary(folder.isEmpty() ? QDir::tempPath() + u"/journal_bench-XXXXXX"_qs
                                             : folder + u"/journal_bench-XXXXXX"_qs);
    const QString path = temporary.filePath(u"journal.sqlite"_qs);
    std::printf("journal: %s\n", qPrintable(path));

    // 1. Fill through the real writer, at most 50,000 entries in flight.
    auto writer = JournalWriter::open(path);
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.error().message));
        return 2;
    }
    const Timestamp::Millis spacing = kDays * kDay / rows;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> failed = 0;
    const Clock::time_point fillStart = Clock::now();
    for (qint64 n = 0; n < rows; ++n) {
        while (n - done.load() > 50'000)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        (*writer)->append(realisticEntry(n, kStart + n * spacing), [&](const Outcome<JournalEntry> &r) {
            failed += r.ok() ? 0 : 1;
            ++done;
        });
    }
    (*writer)->flush();
    const double fillSeconds = millisecondsSince(fillStart) / 1000;
    const JournalWriter::Stats fillStats = (*writer)->stats();
    std::printf("fill: %lld rows in %.1f s (%.0f rows/s, %lld transactions, %lld failed)\n", rows, fillSeconds,
                double(rows) / fillSeconds, fillStats.transactions, failed.load());

    // 2. Size on disk, WAL folded in.
    {
        auto journal = Journal::Journal::open(path);
        if (!journal || !journal->checkpoint()) {
            std::fprintf(stderr, "checkpoint failed\n");
            return 2;
        }
        const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_qs).size();
        std::printf("size: %lld bytes, %.1f bytes per row\n", bytes, double(bytes) / double(rows));
    }

    // 3. Insert latency into the full journal.
    qint64 next = rows;
    const Timestamp::Millis later = kStart + kDays * kDay;
    const Percentiles paced = percentiles(measure(**writer, next, 2000, std::chrono::microseconds(5000), later));
    std::printf("insert latency, paced 200/s (2,000 appends): median %.3f ms, p95 %.3f ms, max %.3f ms\n",
                paced.median, paced.p95, paced.max);
    std::vector<double> bursts;
    for (int b = 0; b < 10; ++b) {
        const auto latencies = measure(**writer, next, 1000, std::chrono::microseconds(0), later);
        bursts.insert(bursts.end(), latencies.begin(), latencies.end());
    }
    const Percentiles burst = percentiles(bursts);
    std::printf("insert latency, bursts of 1,000 at once (10 bursts): median %.3f ms, p95 %.3f ms, max %.3f ms\n",
                burst.median, burst.p95, burst.max);
    writer->reset();

    // 4. A day's filter, and the day's counts, on a fresh connection.
    auto journal = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().message));
        return 2;
    }
    std::vector<double> dayQueries;
    std::vector<double> dayCounts;
    size_t rowsPerDay = 0;
    for (int day = 5; day < kDays; day += 5) {
        Filter filter;
        filter.since = kStart + day * kDay;
        filter.until = *filter.since + kDay;
        Clock::time_point start = Clock::now();
        const auto entries = journal->query(filter);
        dayQueries.push_back(millisecondsSince(start));
        rowsPerDay = entries ? entries->size() : 0;
        start = Clock::now();
        const auto counts = journal->countByVerdict(filter);
        dayCounts.push_back(millisecondsSince(start));
        if (!counts)
            return 2;
    }
    const Percentiles dayQuery = percentiles(dayQueries);
    const Percentiles dayCount = percentiles(dayCounts);
    std::printf("one-day filter (%zu rows read into entries, 19 days): median %.1f ms, p95 %.1f ms\n", rowsPerDay,
                dayQuery.median, dayQuery.p95);
    std::printf("one-day count per verdict: median %.1f ms, p95 %.1f ms\n", dayCount.median, dayCount.p95);
    Filter invalidDay;
    invalidDay.since = kStart + 50 * kDay;
    invalidDay.until = *invalidDay.since + kDay;
    invalidDay.verdict = Verdict::Invalid;
    Clock::time_point start = Clock::now();
    const auto invalid = journal->query(invalidDay);
    std::printf("one-day filter, invalid only (%zu rows): %.1f ms\n", invalid ? invalid->size() : 0,
                millisecondsSince(start));

    // 5. The whole chain.
    start = Clock::now();
    const auto report = journal->verifyChain();
    std::printf("verifyChain: %lld rows in %.2f s (%s)\n", report ? report->rowsChecked : 0,
                millisecondsSince(start) / 1000, report && report->intact() ? "intact" : "NOT intact");
    return report && report->intact() ? 0 : 1;
}
