// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "shcchunks.h"

#include "shcnumeric.h"

#include <QMap>

#include "verify/limits.h"

namespace CertDesk::Shc {

namespace {

// The chunk header of @p text when it is a well-formed part of a multi-part card.
std::optional<ChunkHeader> chunkOf(const QByteArray &text)
{
    if (!looksLikeChunk(text))
        return std::nullopt;
    const auto header = readChunkHeader(text);
    if (!header || header->total < 2 || header->total > Limits::kMaxShcChunks)
        return std::nullopt;
    return *header;
}

} // namespace

QList<JoinedText> joinConsecutiveChunks(const QList<QByteArray> &texts)
{
    QList<JoinedText> out;
    qsizetype i = 0;
    while (i < texts.size()) {
        const auto first = chunkOf(texts.at(i));
        if (!first) {
            out.append({texts.at(i), i, 1});
            ++i;
            continue;
        }
        QMap<int, QByteArrayView> parts; // C -> digits
        parts.insert(first->index, QByteArrayView(texts.at(i)).sliced(first->digitsOffset));
        qsizetype next = i + 1;
        while (next < texts.size() && parts.size() < first->total) {
            const auto header = chunkOf(texts.at(next));
            if (!header || header->total != first->total)
                break;
            const QByteArrayView digits = QByteArrayView(texts.at(next)).sliced(header->digitsOffset);
            const auto held = parts.constFind(header->index);
            if (held != parts.cend() && *held != digits)
                break; // another card with the same N begins here
            parts.insert(header->index, digits);
            ++next;
        }
        const int consumed = int(next - i);
        if (parts.size() == first->total) {
            QByteArray joined("shc:/");
            for (const QByteArrayView digits : std::as_const(parts))
                joined.append(digits);
            out.append({joined, i, consumed});
        } else {
            out.append({texts.at(i), i, consumed});
        }
        i = next;
    }
    return out;
}

} // namespace CertDesk::Shc
