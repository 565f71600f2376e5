// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "shcjoiner.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace CertDesk::Scan {

namespace {

constexpr QStringView shcPrefix = u"shc:/";
// C and N are small numbers; more digits than this cannot be a valid index.
constexpr qsizetype maxIndexDigits = 4;

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar character : text) {
        if (character < u'0' || character > u'9')
            return false;
    }
    return true;
}

struct ParsedChunk
{
    ShcChunkStatus status = ShcChunkStatus::NotChunk;
    int index = 0;
    int total = 0;
    QStringView digits;
};

// shc:/C/N/<digits>. The prefix is compared case-insensitively: it is encoded in byte mode
// and some generators print it upper-case.
ParsedChunk parse(QStringView text)
{
    ParsedChunk chunk;
    if (!text.startsWith(shcPrefix, Qt::CaseInsensitive))
        return chunk;
    const QStringView rest = text.mid(shcPrefix.size());
    const qsizetype firstSlash = rest.indexOf(u'/');
    if (firstSlash < 0)
        return chunk; // a whole card: shc:/<digits>
    const qsizetype secondSlash = rest.indexOf(u'/', firstSlash + 1);
    chunk.status = ShcChunkStatus::Invalid;
    if (secondSlash < 0)
        return chunk;
    const QStringView index = rest.first(firstSlash);
    const QStringView total = rest.sliced(firstSlash + 1, secondSlash - firstSlash - 1);
    chunk.digits = rest.sliced(secondSlash + 1);
    if (!allDigits(index) || !allDigits(total) || index.size() > maxIndexDigits || total.size() > maxIndexDigits)
        return chunk;
    chunk.index = index.toInt();
    chunk.total = total.toInt();
    // Each character of the JWS is two digits (SMART Health Cards, "Encoding Chunks as QR codes").
    if (chunk.index < 1 || chunk.index > chunk.total || !allDigits(chunk.digits) || chunk.digits.size() % 2 != 0)
        return chunk;
    chunk.status = ShcChunkStatus::Stored;
    return chunk;
}

} // namespace

ShcJoiner::ShcJoiner(Limits limits)
    : m_limits(limits)
{
}

bool ShcJoiner::isChunk(const QString &text)
{
    return parse(text).status != ShcChunkStatus::NotChunk;
}

QList<int> ShcJoiner::missingParts(const PartSet &set, int total)
{
    QList<int> missing;
    for (int index = 1; index <= total; ++index) {
        if (!set.parts.contains(index))
            missing.append(index);
    }
    return missing;
}

ShcJoinResult ShcJoiner::add(const QString &text, qint64 timestampMs)
{
    const ParsedChunk chunk = parse(text);
    ShcJoinResult result;
    result.status = chunk.status;
    result.index = chunk.index;
    result.total = chunk.total;
    if (chunk.status != ShcChunkStatus::Stored)
        return result;
    if (chunk.total > m_limits.maxParts || chunk.digits.size() > m_limits.maxDigitsPerPart) {
        result.status = ShcChunkStatus::TooLarge;
        return result;
    }

    expire(timestampMs);
    const QByteArray digits = chunk.digits.toLatin1();
    auto found = m_sets.find(chunk.total);
    if (found == m_sets.end())
        found = m_sets.insert(chunk.total, PartSet{{}, timestampMs, timestampMs});
    PartSet &set = found.value();
    const auto held = set.parts.constFind(chunk.index);
    if (held != set.parts.constEnd() && held.value() != digits) {
        // Another card with the same N: never join parts across a detected conflict.
        set = PartSet{{}, timestampMs, timestampMs};
        result.status = ShcChunkStatus::Conflict;
    } else if (held != set.parts.constEnd()) {
        result.status = ShcChunkStatus::Duplicate;
    }
    set.parts.insert(chunk.index, digits);
    set.lastSeenMs = qMax(set.lastSeenMs, timestampMs);
    result.missing = missingParts(set, chunk.total);
    if (!result.missing.isEmpty())
        return result;

    QByteArray joined;
    joined.reserve(qsizetype(chunk.total) * digits.size());
    for (const QByteArray &part : std::as_const(set.parts))
        joined += part;
    m_sets.erase(found);
    result.status = ShcChunkStatus::Complete;
    result.joined = shcPrefix.toString() + QString::fromLatin1(joined);
    return result;
}

QList<ShcIncompleteSet> ShcJoiner::incomplete() const
{
    QList<ShcIncompleteSet> sets;
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
        ShcIncompleteSet set;
        set.total = it.key();
        set.present = it.value().parts.keys();
        set.missing = missingParts(it.value(), it.key());
        set.firstSeenMs = it.value().firstSeenMs;
        set.lastSeenMs = it.value().lastSeenMs;
        sets.append(set);
    }
    return sets;
}

void ShcJoiner::expire(qint64 nowMs)
{
    m_sets.removeIf([this, nowMs](const QMap<int, PartSet>::iterator &entry) {
        return nowMs - entry.value().lastSeenMs > m_limits.expireAfterMs;
    });
}

void ShcJoiner::clear()
{
    m_sets.clear();
}

} // namespace CertDesk::Scan
