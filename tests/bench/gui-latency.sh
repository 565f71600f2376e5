#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The station window's targets, measured on the real window (offscreen) playing the demo
# sequence through the camera pipeline, journal included:
#  - first frame that holds a code -> verdict on screen (p95 target 150 ms): the frame a code
#    entered is the showing's first frame in the demo manifest; the window reports the frame
#    each code was read in and the time from that frame's capture to the painted verdict, so
#    entry -> verdict = (read frame - first frame) / fps + that time;
#  - preview frames per second while verifying (target >= 25), start -> first preview frame
#    (target < 2 s), peak resident memory (target < 250 MB).
# A script, not a test: the figures depend on the machine. Usage:
#   tests/bench/gui-latency.sh [BUILD_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache" XDG_CONFIG_HOME="$work/home/config"
export QT_QPA_PLATFORM=offscreen
for run in $(seq 1 "$runs"); do
    "$build/bin/certdesk" --demo --quit-at-end --report-json "$work/run$run.json" >"$work/run$run.log" 2>&1
done
python3 - "$work" "$runs" <<'PY'
import json, os, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
manifest = json.load(open(os.path.join(work, 'home/cache/CertDesk/certdesk/demo/manifest.json')))
fps = manifest['frame_rate']
firsts = sorted(s['first_frame'] for c in manifest['certificates'] for s in c['showings'])
expected = {}
for c in manifest['certificates']:
    for s in c['showings']:
        expected[s['first_frame']] = c['expected_verdict']
entry, paint, fps_med, fps_min, start, rss, wrong, missing = [], [], [], [], [], [], 0, 0
for run in range(1, runs + 1):
    report = json.load(open(os.path.join(work, f'run{run}.json')))
    seen = set()
    for v in report['verifications']:
        frame = v['frame_index']
        first = max((f for f in firsts if f <= frame), default=None)
        if first is None:
            wrong += 1
            continue
        seen.add(first)
        wrong += v['verdict'] != expected[first]
        entry.append((frame - first) * 1000.0 / fps + v['latency_ms'])
        paint.append(v['latency_ms'])
    missing += len(firsts) - len(seen)
    fps_med.append(report['preview_fps_median']); fps_min.append(report['preview_fps_min'])
    start.append(report['start_to_preview_ms']); rss.append(report['resident_peak_mib'])
def p95(values):
    values = sorted(values)
    return values[min(len(values) - 1, int(0.95 * len(values)))]
print(f"runs {runs}, showings {len(firsts)} per run, verdicts {len(entry)}, wrong verdicts {wrong}, showings missed {missing}")
print(f"entry -> verdict on screen ms: median {statistics.median(entry):.0f}  p95 {p95(entry):.0f}  max {max(entry):.0f}  (target p95 < 150)")
print(f"read frame -> verdict on screen ms: median {statistics.median(paint):.0f}  p95 {p95(paint):.0f}")
print(f"preview fps while scanning: median {statistics.median(fps_med):.0f}  lowest 1 s sample {min(fps_min):.0f}  (target >= 25)")
print(f"start -> first preview frame ms: {', '.join(f'{s:.0f}' for s in start)}  (first run generates the demo; target < 2000)")
print(f"peak resident memory MiB: {max(rss):.0f}  (target < 250)")
PY
