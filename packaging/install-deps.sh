#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 CertDesk developers
# SPDX-License-Identifier: Apache-2.0
#
# Installs exactly the packages CertDesk needs to build and test, on Debian 12 or
# Ubuntu 24.04. Idempotent: packages already present are left alone, and apt is
# not touched at all when nothing is missing.
#
#   packaging/install-deps.sh            build + test dependencies
#   packaging/install-deps.sh --fuzz     also clang-16 and its libFuzzer runtime
set -euo pipefail

want=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev
    libssl-dev zlib1g-dev libsqlite3-dev
    libzxing-dev
    libopencv-core-dev libopencv-imgproc-dev libopencv-imgcodecs-dev libopencv-videoio-dev
    qt6-pdf-dev qt6-serialport-dev qt6-multimedia-dev
    libbenchmark-dev
    python3
)
if [[ "${1:-}" == "--fuzz" ]]; then
    want+=(clang-16 libclang-rt-16-dev)
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if ((${#missing[@]} == 0)); then
    echo "install-deps: everything is installed"
    exit 0
fi

sudo_cmd=()
if ((EUID != 0)); then
    sudo_cmd=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
