// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cose/cborvalidator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto value = CertDesk::Cbor::parse(input);
    if (value.ok())
        (void)value->toCbor(); // what was accepted can be written again
    return 0;
}
