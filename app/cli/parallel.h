// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <atomic>
#include <thread>
#include <vector>

namespace CertDesk::Cli {

/// Calls @p work(i) for every i in [0, count) on up to @p jobs threads (this one
/// included); each index exactly once, in no particular order. Results go into
/// per-index slots the caller owns, so the output order stays the input order.
template<typename Work>
void forEachParallel(qsizetype count, int jobs, const Work &work)
{
    std::atomic<qsizetype> next{0};
    auto run = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    };
    const int threads = int(qBound<qsizetype>(1, qsizetype(jobs), qMax<qsizetype>(1, count)));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (auto &thread : pool)
        thread.join();
}

} // namespace CertDesk::Cli
