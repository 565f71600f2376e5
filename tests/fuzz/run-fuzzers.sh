#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# Builds the libFuzzer targets (preset `fuzz`: clang-16, ASan + UBSan), makes seed
# corpora from ../shared/conformance and runs each target for a while.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Default: 600 s for each parser (the issues ask ten clean minutes) and 1200 s for fuzz_verify
# (the whole path).
# Corpora and logs go to build/fuzz/corpus and build/fuzz/logs; a crash leaves its
# input in build/fuzz/artifacts and makes the script exit 1.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(verify base45 inflate cbor cose ithcpayload dccpayload ddcc trustloader textinput image shcjoiner vdsnc shc
             divoc certlogic revocation revocationtext trustbundle)
fi
shared="${CERTDESK_SHARED_DIR:-../shared}"

packaging/install-deps.sh --fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build/fuzz/seeds build/fuzz/corpus build/fuzz/logs build/fuzz/artifacts
if [[ -d "$shared/conformance" ]]; then
    python3 tests/fuzz/make-seeds.py "$shared" build/fuzz/seeds >/dev/null
    # fuzz_vdsnc: the ICAO VDS-NC seals of the khc suite, one file each.
    python3 -c 'import json, pathlib, sys
out = pathlib.Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
for line in open(sys.argv[1]):
    case = json.loads(line)
    if case["id"].startswith("vdsnc_"):
        (out / case["id"]).write_text(case["payload"])' "$shared/conformance/khc/manifest.jsonl" build/fuzz/seeds/vdsnc
    # fuzz_shc: the SMART Health Card QR texts of the shc suite, and its JWS payloads as JSON.
    python3 -c 'import json, pathlib, sys
out = pathlib.Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
for line in open(sys.argv[1]):
    case = json.loads(line)
    (out / case["id"]).write_text(case["payload"])
for path in pathlib.Path(sys.argv[3]).glob("spec-examples/*-c-jws-payload-minified.json"):
    (out / path.name).write_bytes(path.read_bytes())' "$shared/conformance/shc/manifest.jsonl" build/fuzz/seeds/shc \
        "$shared/conformance/shc"
    # fuzz_certlogic: each CertLogic test-suite assertion as "expression NUL data".
    python3 -c 'import json, pathlib, sys
out = pathlib.Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
n = 0
for path in sorted(pathlib.Path(sys.argv[1]).glob("*/*.json")):
    for case in json.loads(path.read_text()).get("cases", []):
        for assertion in case.get("assertions", [{}]):
            expression = assertion.get("certLogicExpression", case.get("certLogicExpression"))
            n += 1
            (out / f"case{n}").write_bytes(json.dumps(expression).encode() + b"\0" + json.dumps(assertion.get("data")).encode())' \
        "$shared/conformance/certlogic" build/fuzz/seeds/certlogic
    # fuzz_divoc: the real DIVOC QR content of the khc suite.
    mkdir -p build/fuzz/seeds/divoc
    cp "$shared/conformance/khc/autotests/data/divoc/partial-vaccination.bin" build/fuzz/seeds/divoc/ 2>/dev/null || true
else
    echo "run-fuzzers: $shared not found: fuzzing from empty corpora"
fi
# Our own vectors: signed DIVOC credentials and revocation lists.
mkdir -p build/fuzz/seeds/divoc build/fuzz/seeds/revocation
cp tests/data/divoc/*.bin build/fuzz/seeds/divoc/
cp tests/data/revocation/* build/fuzz/seeds/revocation/ 2>/dev/null || true

status=0
for target in "${targets[@]}"; do
    duration="${seconds:-600}"
    [[ -z "$seconds" && "$target" == verify ]] && duration=1200
    max_len=8192
    [[ "$target" == trustloader || "$target" == image ]] && max_len=65536
    mkdir -p "build/fuzz/corpus/$target" "build/fuzz/seeds/$target"
    echo "run-fuzzers: fuzz_$target for ${duration}s"
    if ! CERTDESK_FUZZ_TRUST="$shared/conformance/ithc/keys" \
        CERTDESK_FUZZ_SHC_TRUST="$shared/conformance/shc/trust/spec-issuer.jwks.json" "build/fuzz/bin/fuzz_$target" \
        -max_total_time="$duration" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/artifacts/${target}-" \
        "build/fuzz/corpus/$target" "build/fuzz/seeds/$target" >"build/fuzz/logs/$target.log" 2>&1; then
        echo "run-fuzzers: fuzz_$target FAILED, see build/fuzz/logs/$target.log"
        status=1
    fi
    grep -E "^Done|stat::number_of_executed_units|stat::peak_rss_mb" "build/fuzz/logs/$target.log" || true
done
exit $status
