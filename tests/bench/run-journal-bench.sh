#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The journal's figures (core/journal/JOURNAL.md "Performance"): 1,000,000 rows through the
# real writer into a database on disk (not tmpfs: synchronous=FULL must really sync), then
# insert latency paced and in bursts, a one-day filter, bytes per row and verifyChain.
#
#   tests/bench/run-journal-bench.sh [BUILD_DIR] [ROWS]   (default build/release, 1000000)
#   JOURNAL_BENCH_DIR=/some/disk tests/bench/run-journal-bench.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
rows="${2:-1000000}"
dir="${JOURNAL_BENCH_DIR:-$build}"

if [[ ! -x "$build/bin/journal_bench" ]]; then
    cmake --build "$build" --target journal_bench
fi
echo "== machine"
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "disk: $(df -hT "$dir" | awk 'NR == 2 {print $1, $2}')"
echo
echo "== journal_bench, $rows rows"
"$build/bin/journal_bench" --rows "$rows" --dir "$dir"
