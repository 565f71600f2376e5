#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# Installs what is missing, builds, and runs every test: the release build's
# CTest suite, the conformance scores of ../shared/tools/conformance.py (when
# ../shared is there), and the whole suite again under ASan + UBSan.
# This is the README's test command and what .ci/run calls.
#
#   tests/run-all.sh            everything
#   tests/run-all.sh --quick    release build and CTest only
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[[ "${1:-}" == "--quick" ]] && quick=1
jobs="$(nproc 2>/dev/null || echo 2)"
strict=()
if [[ "${CI:-}" == "true" ]]; then
    strict=(-DCERTDESK_WARNINGS_AS_ERRORS=ON)
fi

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
packaging/install-deps.sh

step "release build"
cmake --preset release "${strict[@]}" >/dev/null
cmake --build --preset release -j "$jobs"

step "release tests"
ctest --preset release -j "$jobs"

if ((quick)); then
    exit 0
fi

shared="${CERTDESK_SHARED_DIR:-../shared}"
if [[ -f "$shared/tools/conformance.py" ]]; then
    step "conformance: ITHC-1 (all must pass)"
    python3 "$shared/tools/conformance.py" --manifest "$shared/conformance/ithc/manifest.jsonl" --jobs "$jobs"
    step "conformance: SMART Health Cards (all must pass, with and without pictures)"
    python3 "$shared/tools/conformance.py" --manifest "$shared/conformance/shc/manifest.jsonl" --images --jobs "$jobs"
    step "conformance: KHC (EU DCC, ICAO VDS-NC, SHC; all must pass)"
    python3 "$shared/tools/conformance.py" --manifest "$shared/conformance/khc/manifest.jsonl" --jobs "$jobs"
    step "conformance: EU DCC test data (at least 95%)"
    python3 "$shared/tools/conformance.py" --dgc "$shared/conformance/dcc" --min-pass 0.95 --jobs "$jobs" \
        --report build/release/dgc-report.md | tail -n 1
else
    step "conformance: skipped, $shared/tools/conformance.py not found"
fi

step "ASan + UBSan build"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"

step "ASan + UBSan tests"
# LSAN_OPTIONS (suppressions for system libraries) comes from each test's environment.
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 ctest --preset asan -j "$jobs"
