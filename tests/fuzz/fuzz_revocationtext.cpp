// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The text lines `certdesk-cli revocation build` reads (RevocationText::parseLine), each line
// of the input on its own; an entry it accepts must hash into the binary list and read back.
#include "trust/revocationlistfile.h"
#include "trust/revocationtext.h"

#include <cstddef>
#include <cstdint>
#include <map>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace CertDesk;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    std::map<std::pair<int, QByteArray>, std::vector<RevocationHash>> sections;
    for (const QString &line : text.split(u'\n')) {
        const auto parsed = RevocationText::parseLine(line);
        if (!parsed || !*parsed)
            continue;
        sections[{int(parsed->value().kind), parsed->value().scope}].push_back(parsed->value().hash);
    }
    std::vector<RevocationListFile::Section> list;
    for (auto &[key, hashes] : sections)
        list.push_back({RevocationKind(key.first), key.second, RevocationHashSet::fromUnsorted(std::move(hashes))});
    if (list.empty())
        return 0;
    const auto written = std::make_shared<const QByteArray>(RevocationListFile::encode(list));
    if (!RevocationListFile::read(written))
        __builtin_trap(); // what the tool writes must read back
    return 0;
}
