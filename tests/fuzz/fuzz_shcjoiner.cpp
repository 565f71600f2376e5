// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// SMART Health Card chunks from hostile codes: each line of the input is one code
// seen by the scanner, with a made-up timestamp.
#include "scan/shcjoiner.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    CertDesk::Scan::ShcJoiner joiner;
    qint64 now = 0;
    for (const QByteArray &line : input.split('\n')) {
        now += line.size() % 7 == 0 ? 200'000 : 50;
        const QString text = QString::fromLatin1(line);
        if (!CertDesk::Scan::ShcJoiner::isChunk(text))
            continue;
        (void)joiner.add(text, now);
    }
    (void)joiner.incomplete();
    return 0;
}
