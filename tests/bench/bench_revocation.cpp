// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Revocation at scale (issue 6): a CertDesk revocation list of 5,000,000 DCC hashes must load
// in under 1 s and cost under 120 MB, and a lookup must take under 5 µs. The list is written to
// a temporary file once; each load reads it from the page cache, as a station does at start.
// Resident memory is read from /proc/self/statm around a load (Linux only).
#include "trust/revocationlistfile.h"
#include "trust/revocationloader.h"

#include <benchmark/benchmark.h>

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <unistd.h>

using namespace CertDesk;

namespace {

constexpr qsizetype kEntries = 5'000'000;
const QByteArray kKid = QByteArray::fromBase64("AAECAwQFBgc=");

struct World
{
    QTemporaryDir dir;
    QString path;
    std::vector<RevocationHash> present; ///< a sample of the listed hashes
    std::vector<RevocationHash> absent;

    World()
    {
        // Random 128-bit values are what truncated SHA-256 hashes look like, and cheaper to make.
        QRandomGenerator random(6);
        std::vector<RevocationHash> hashes(static_cast<size_t>(kEntries));
        random.fillRange(reinterpret_cast<quint32 *>(hashes.data()), qsizetype(hashes.size()) * 4);
        for (size_t i = 0; i < 4096; ++i) {
            present.push_back(hashes[i * 1201]);
            RevocationHash other;
            random.fillRange(reinterpret_cast<quint32 *>(other.data()), 4);
            absent.push_back(other);
        }
        std::vector<RevocationListFile::Section> sections;
        sections.push_back({RevocationKind::DccSignature, kKid, RevocationHashSet::fromUnsorted(std::move(hashes))});
        path = dir.filePath(QStringLiteral("5m.cdrl"));
        if (const auto error = RevocationListFile::save(path, sections))
            qFatal("%s", qPrintable(*error));
    }

    static World &instance()
    {
        static World world;
        return world;
    }
};

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0) : 0;
}

void loadFiveMillion(benchmark::State &state)
{
    World &world = World::instance();
    double growth = 0;
    for (auto _ : state) {
        const double before = residentMegabytes();
        LoadedRevocation loaded = loadRevocation({world.path});
        const double after = residentMegabytes();
        if (!loaded.errors.isEmpty() || loaded.store->entryCount() != kEntries)
            state.SkipWithError("the list did not load");
        growth = after - before;
        benchmark::DoNotOptimize(loaded);
        state.PauseTiming(); // freeing 80 MB is not part of loading
        loaded = {};
        state.ResumeTiming();
    }
    state.counters["entries"] = double(kEntries);
    state.counters["resident_MB"] = growth;
}
BENCHMARK(loadFiveMillion)->Unit(benchmark::kMillisecond)->Iterations(5)->Repetitions(3)->ReportAggregatesOnly(false);

void lookup(benchmark::State &state, bool hit)
{
    World &world = World::instance();
    const LoadedRevocation loaded = loadRevocation({world.path});
    const std::vector<RevocationHash> &probes = hit ? world.present : world.absent;
    size_t i = 0;
    size_t found = 0;
    for (auto _ : state) {
        found += loaded.store->findHash(RevocationKind::DccSignature, kKid, probes[i++ & 4095]).has_value();
    }
    if (found != (hit ? size_t(state.iterations()) : 0))
        state.SkipWithError("a lookup gave the wrong answer");
}
void lookupHit(benchmark::State &state)
{
    lookup(state, true);
}
void lookupMiss(benchmark::State &state)
{
    lookup(state, false);
}
BENCHMARK(lookupHit)->Unit(benchmark::kNanosecond);
BENCHMARK(lookupMiss)->Unit(benchmark::kNanosecond);

// What a whole DCC check adds: the three hashes computed (SHA-256) and looked up.
void dccCheckHashes(benchmark::State &state)
{
    World &world = World::instance();
    const LoadedRevocation loaded = loadRevocation({world.path});
    const QByteArray uci = "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B";
    const QByteArray signature(64, '\x5a');
    const QList<QByteArray> inputs {uci, "AT" + uci, signature.left(32)};
    for (auto _ : state) {
        for (const QByteArray &input : inputs) {
            const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
            RevocationHash hash;
            std::copy_n(reinterpret_cast<const unsigned char *>(digest.constData()), hash.size(), hash.begin());
            benchmark::DoNotOptimize(loaded.store->findHash(RevocationKind::DccSignature, kKid, hash));
        }
    }
}
BENCHMARK(dccCheckHashes)->Unit(benchmark::kNanosecond);

} // namespace

BENCHMARK_MAIN();
