// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cose/cosesign1.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (auto rule : {CertDesk::CoseHeaderRule::ProtectedOnly, CertDesk::CoseHeaderRule::ProtectedThenUnprotected}) {
        const auto cose = CertDesk::parseCoseSign1(input, rule);
        if (cose.ok())
            (void)cose->toBeSigned();
    }
    return 0;
}
