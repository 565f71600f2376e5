#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# The QR decoder beside its peers, on the same images in one run (a script: timings
# depend on the machine and its load, so no test asserts them):
#  certdesk    scan_corpus --one-core (QrDecoder as shipped: first pass + 25 ms of second passes)
#  zxing-cpp   Debian 12's ZXing-C++ 1.4, default DecodeHints, QR only   (zxing_plain.cpp)
#  zbar        libzbar in process, default config, QR only               (zbar_plain.cpp)
#  wechat      OpenCV contrib wechat_qrcode without its CNN models       (wechat_plain.cpp)
#  zxing-wasm  upstream zxing-cpp 3.x as WebAssembly under Node.js, defaults, QR only
#              (zxing_wasm.mjs; pinned in package.json, installed into node_modules here)
# Each runs niced and pinned to one core over qr-photos and synthetic-public; images of
# zxing-qrcode-1 are decoded once first as a warm-up whose results are discarded.
# score.py turns the JSON lines into Markdown: stdout and $BUILD_DIR/peers/peers.md.
#
#   tests/bench/peers/run-peers.sh
#   PEERS="certdesk zxing-wasm" tests/bench/peers/run-peers.sh
# Environment: BUILD_DIR (build/h-peers), CERTDESK_SHARED_DIR (../shared), PEERS (all five),
# CORE (0), NICE (10), PEER_TIMEOUT (seconds per peer and round, 900), ROUNDS (1; with 2, each
# image counts the lesser time of two rounds run in alternating peer order, twice as long).
set -euo pipefail
cd "$(dirname "$0")/../../.."
here=tests/bench/peers
build="${BUILD_DIR:-build/h-peers}"
corpus="$(realpath "${CERTDESK_SHARED_DIR:-../shared}/corpus")"
peers="${PEERS:-certdesk zxing-cpp zbar wechat zxing-wasm}"
out="$build/peers"
results="$out/results"
limit=(timeout "${PEER_TIMEOUT:-900}" nice -n "${NICE:-10}" taskset -c "${CORE:-0}")
mkdir -p "$out/bin" "$results"
wants() { [[ " $peers " == *" $1 "* ]]; }

echo "== building peers" >&2
if wants certdesk; then
    if [[ ! -f "$build/CMakeCache.txt" ]]; then
        nice cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCERTDESK_BUILD_SCAN=ON \
            -DCERTDESK_BUILD_GUI=OFF >"$out/cmake.log"
    fi
    nice cmake --build "$build" --target scan_corpus >>"$out/cmake.log"
fi
# Debian's OpenCV module packages ship no pkg-config files: name the paths directly.
native() {
    local name=$1 source=$here/$2
    shift 2
    if [[ ! -x "$out/bin/$name" || "$source" -nt "$out/bin/$name" || "$here/peerio.h" -nt "$out/bin/$name" ]]; then
        nice g++ -std=c++20 -O2 -DNDEBUG -isystem /usr/include/opencv4 "$source" -o "$out/bin/$name" "$@" \
            -lopencv_imgcodecs -lopencv_imgproc -lopencv_core
    fi
}
wants zxing-cpp && native zxing_plain zxing_plain.cpp -lZXing
wants zbar && native zbar_plain zbar_plain.cpp -lzbar
wants wechat && native wechat_plain wechat_plain.cpp -lopencv_wechat_qrcode
if wants zxing-wasm && ! npm ls --prefix "$here" >/dev/null 2>&1; then
    npm install --prefix "$here" --no-package-lock --no-audit --no-fund >&2
fi

python3 "$here/score.py" list "$corpus" >"$out/images.txt"
info="$out/run.md"
{
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//');" \
        "each peer on core ${CORE:-0} at nice ${NICE:-10}; images: $(sort -u "$out/images.txt" | wc -l)"
    echo "- packages: $(dpkg-query -W -f '${Package} ${Version}, ' libzxing2 libzbar0 libopencv-contrib406 \
        libopencv-imgcodecs406 nodejs 2>/dev/null | sed 's/, $//'); $(g++ --version | head -n 1)"
    echo "- CertDesk $(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt" 2>/dev/null)," \
        "scan_corpus from $build (CMAKE_BUILD_TYPE $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' \
        "$build/CMakeCache.txt" 2>/dev/null)), built from the work tree as it was:" \
        "core/scan sources sha256 $(cat core/scan/*.h core/scan/*.cpp | sha256sum | cut -c1-12)"
} >"$info"

# One peer over every image: its JSON lines, wall time, exit status and the load around it.
run() {
    local name=$1
    shift
    local before start status=0
    before=$(cut -d' ' -f1-3 /proc/loadavg)
    start=$(date +%s)
    echo "== $name" >&2
    "${limit[@]}" "$@" <"$out/images.txt" >>"$results/$name.jsonl" 2>"$results/$name.log" || status=$?
    echo "- $name: $(($(date +%s) - start)) s wall, exit $status$([[ $status == 124 ]] && echo ' (PEER_TIMEOUT)')," \
        "load average $before before, $(cut -d' ' -f1-3 /proc/loadavg) after" | tee -a "$info" >&2
}

# One peer's command: scan_corpus takes the folders and the manifest, the others the image list.
run_peer() {
    case $1 in
    certdesk)
        [[ -s "$results/certdesk.jsonl" ]] || echo "{\"peer\":\"certdesk\",\"version\":\"$(sed -n \
            's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")\",\"decoder\":\"QrDecoder," \
            "scan_corpus --one-core, default 25 ms budget\"}" >"$results/certdesk.jsonl"
        run certdesk "$build/bin/scan_corpus" --one-core "$corpus/qr-photos/zxing-qrcode-1" "$corpus/qr-photos" \
            "$corpus/synthetic-public/manifest.jsonl"
        ;;
    zxing-cpp) run zxing-cpp "$out/bin/zxing_plain" ;;
    zbar) run zbar "$out/bin/zbar_plain" ;;
    wechat) run wechat "$out/bin/wechat_plain" ;;
    zxing-wasm) run zxing-wasm node "$here/zxing_wasm.mjs" ;;
    *) echo "unknown peer: $1" >&2 ;;
    esac
}

rounds="${ROUNDS:-1}"
order="$peers"
for peer in $peers; do
    rm -f "$results/$peer.jsonl"
done
for round in $(seq "$rounds"); do
    # Peers run one after another, so load from other work lands on some more than others:
    # with ROUNDS > 1 the order alternates and score.py keeps each image's least time.
    if [[ $round -gt 1 ]]; then
        order="$(echo "$order" | tr ' ' '\n' | tac | tr '\n' ' ')"
        echo "- round $round of $rounds, in reverse order" | tee -a "$info" >&2
    fi
    for peer in $order; do
        run_peer "$peer"
    done
done

python3 "$here/score.py" report "$corpus" "$results" --run-info "$info" --out "$out/peers.md"
echo "(written to $out/peers.md)" >&2
