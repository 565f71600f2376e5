#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The speed figures of the verification core, measured side by side with their
# peers in one run (never asserted by a test):
#  1. bench_verify (Google Benchmark): QR text → verdict for an ES256 DCC, a PS256
#     DCC and an SM2-SM3 ITHC-1 against 5,000 trusted certificates, each beside
#     OpenSSL's own check of the same signature; loading 5,000 certificates.
#  2. `openssl speed` for the three algorithms, the reference the targets cite.
#  3. certdesk-cli verify over 10,000 payload lines from standard input, 1 and 2 jobs.
#
#   tests/bench/run-benchmarks.sh        (after a release build)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=build/release/bin
shared="${CERTDESK_SHARED_DIR:-../shared}"
repetitions="${REPETITIONS:-9}"

echo "== machine"
echo "$(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"

echo
echo "== bench_verify (medians of $repetitions repetitions)"
"$bin/bench_verify" --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true 2>/dev/null |
    grep -E '_median|^Benchmark'

echo
echo "== openssl speed (one core)"
openssl speed -seconds 2 ecdsap256 rsa2048 2>/dev/null | grep -E '^ *(256 bits ecdsa|rsa 2048)' || true
openssl speed -seconds 2 sm2 2>/dev/null | grep -E 'sm2' | tail -n 1 || true

if [[ -f "$shared/conformance/ithc/manifest.jsonl" ]]; then
    echo
    echo "== certdesk-cli verify, 10,000 ITHC-1 payload lines on standard input"
    lines="$(mktemp)"
    python3 - "$shared/conformance/ithc/manifest.jsonl" >"$lines" <<'PY'
import json, sys
payloads = [json.loads(l)["payload"] for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
print("\n".join((payloads * (10000 // len(payloads) + 1))[:10000]))
PY
    keys="$shared/conformance/ithc/keys"
    for jobs in 1 2; do
        python3 - "$bin/certdesk-cli" "$jobs" "$keys" "$lines" <<'PY'
import subprocess, sys, time
cli, jobs, keys, lines = sys.argv[1:]
times = []
for _ in range(3):
    with open(lines, "rb") as stdin:
        start = time.perf_counter()
        subprocess.run([cli, "verify", "--json", "--jobs", jobs, "--trust", keys + "/ithc-dsc-es256.pem",
                        "--trust", keys + "/ithc-dsc-sm2.pem", "--at", "2024-03-15T04:46:00Z", "-"],
                       stdin=stdin, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
print("jobs=%s: median of 3 %.2f s (runs: %s)" % (jobs, sorted(times)[1], ", ".join("%.2f" % t for t in times)))
PY
    done
    rm -f "$lines"
fi
