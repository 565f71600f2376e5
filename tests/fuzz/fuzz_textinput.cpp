// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Text inputs of certdesk-cli verify: lines, BOMs, CR/LF, over-long lines.
#include "inputreader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const auto items = CertDesk::Cli::InputReader::readText(buffer, QStringLiteral("-"));
    for (const auto &item : items) {
        if (item.text.isEmpty())
            __builtin_trap();
    }
    (void)CertDesk::Cli::InputReader::sniff(input.left(16), QStringLiteral("x"));
    return 0;
}
