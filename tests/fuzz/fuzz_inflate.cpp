// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "codec/inflate.h"
#include "verify/limits.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto zlib = CertDesk::Inflate::inflate(input, CertDesk::Limits::kMaxInflatedBytes);
    if (zlib.ok() && zlib->size() > CertDesk::Limits::kMaxInflatedBytes)
        __builtin_trap();
    const auto raw = CertDesk::Inflate::inflate(input, 4096, CertDesk::Inflate::Container::Raw);
    if (raw.ok() && raw->size() > 4096)
        __builtin_trap();
    return 0;
}
