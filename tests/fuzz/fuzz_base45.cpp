// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "codec/base45.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = CertDesk::Base45::decode(input);
    // Whatever decodes must encode back to the same text (the encoding is unique).
    if (decoded.ok() && CertDesk::Base45::encode(*decoded) != input.toByteArray())
        __builtin_trap();
    return 0;
}
