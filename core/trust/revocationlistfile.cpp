// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocationlistfile.h"

#include <zlib.h>

#include <QSaveFile>
#include <QtEndian>

#include <cstring>

namespace CertDesk::RevocationListFile {

namespace {

// Header (32 bytes, little-endian): magic, version, section count, entry count, CRC-32 of
// everything after the header, reserved (zero).
constexpr char kMagic[8] = {'C', 'D', 'R', 'E', 'V', 'L', 'S', 'T'};
constexpr quint32 kVersion = 1;

quint32 crc32Of(const char *data, qint64 size)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    // zlib takes uInt lengths: feed it in 1 GiB pieces.
    while (size > 0) {
        const uInt piece = uInt(qMin<qint64>(size, qint64(1) << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data), piece);
        data += piece;
        size -= piece;
    }
    return quint32(crc);
}

qsizetype paddedScope(qsizetype scopeLength)
{
    return (scopeLength + kRevocationHashSize - 1) / kRevocationHashSize * kRevocationHashSize;
}

bool isKnownKind(quint8 kind)
{
    return kind >= quint8(RevocationKind::DccUci) && kind <= quint8(RevocationKind::IthcCi);
}

} // namespace

bool looksLikeList(QByteArrayView head)
{
    return head.size() >= qsizetype(sizeof kMagic) && std::memcmp(head.data(), kMagic, sizeof kMagic) == 0;
}

Expected<std::vector<Section>, QString> read(std::shared_ptr<const QByteArray> bytes)
{
    const qsizetype size = bytes->size();
    const char *data = bytes->constData();
    if (size < kHeaderSize)
        return QStringLiteral("truncated: %1 bytes, shorter than the %2-byte header").arg(size).arg(kHeaderSize);
    if (!looksLikeList(QByteArrayView(data, size)))
        return QStringLiteral("not a CertDesk revocation list (wrong magic bytes)");
    const quint32 version = qFromLittleEndian<quint32>(data + 8);
    if (version != kVersion)
        return QStringLiteral("CertDesk revocation list version %1 is not supported (this station reads %2)")
            .arg(version)
            .arg(kVersion);
    const quint32 sectionCount = qFromLittleEndian<quint32>(data + 12);
    const quint64 entryCount = qFromLittleEndian<quint64>(data + 16);
    const quint32 storedCrc = qFromLittleEndian<quint32>(data + 24);
    if (qFromLittleEndian<quint32>(data + 28) != 0)
        return QStringLiteral("corrupt header (reserved bytes are not zero)");
    if (sectionCount > quint64(kMaxSections) || entryCount > quint64(kMaxEntries))
        return QStringLiteral("too large: %1 sections, %2 entries (at most %3 and %4)")
            .arg(sectionCount)
            .arg(entryCount)
            .arg(kMaxSections)
            .arg(kMaxEntries);
    // The header promises how long the file is at the least: tell truncation from corruption.
    const quint64 minimumSize
        = quint64(kHeaderSize) + quint64(sectionCount) * kSectionHeaderSize + entryCount * quint64(kRevocationHashSize);
    if (quint64(size) < minimumSize)
        return QStringLiteral("truncated: %1 bytes, the header promises at least %2").arg(size).arg(minimumSize);
    // First the structure (every bound checked, so a short file reads as truncated), then the
    // CRC over the body, then the order of the hashes, which the lookups rely on.
    struct Span
    {
        RevocationKind kind;
        QByteArray scope;
        qsizetype offset;
        qsizetype count;
    };
    std::vector<Span> spans;
    spans.reserve(sectionCount);
    qsizetype offset = kHeaderSize;
    quint64 seen = 0;
    for (quint32 s = 0; s < sectionCount; ++s) {
        if (size - offset < kSectionHeaderSize)
            return QStringLiteral("truncated in section %1").arg(s + 1);
        const char *header = data + offset;
        const quint8 kind = quint8(header[0]);
        const qsizetype scopeLength = quint8(header[1]);
        const quint64 count = qFromLittleEndian<quint64>(header + 8);
        if (!isKnownKind(kind))
            return QStringLiteral("section %1: unknown hash kind %2").arg(s + 1).arg(kind);
        if (header[2] != 0 || header[3] != 0 || qFromLittleEndian<quint32>(header + 4) != 0)
            return QStringLiteral("section %1: reserved bytes are not zero").arg(s + 1);
        if (scopeLength > kMaxScopeBytes)
            return QStringLiteral("section %1: scope of %2 bytes, over %3")
                .arg(s + 1)
                .arg(scopeLength)
                .arg(kMaxScopeBytes);
        if (count > entryCount - seen)
            return QStringLiteral("section %1: %2 entries, more than the header's total").arg(s + 1).arg(count);
        offset += kSectionHeaderSize;
        const qsizetype padded = paddedScope(scopeLength);
        if (size - offset < padded || quint64(size - offset - padded) < count * quint64(kRevocationHashSize))
            return QStringLiteral("truncated in section %1").arg(s + 1);
        for (qsizetype i = scopeLength; i < padded; ++i) {
            if (data[offset + i] != 0)
                return QStringLiteral("section %1: scope padding is not zero").arg(s + 1);
        }
        spans.push_back(
            {RevocationKind(kind), QByteArray(data + offset, scopeLength), offset + padded, qsizetype(count)});
        offset += padded + qsizetype(count) * kRevocationHashSize;
        seen += count;
    }
    if (seen != entryCount)
        return QStringLiteral("corrupt: the sections hold %1 entries, the header says %2").arg(seen).arg(entryCount);
    if (offset != size)
        return QStringLiteral("corrupt: %1 bytes after the last section").arg(size - offset);
    const quint32 crc = crc32Of(data + kHeaderSize, size - kHeaderSize);
    if (crc != storedCrc)
        return QStringLiteral("corrupt: CRC-32 %1 does not match the header's %2")
            .arg(crc, 8, 16, QLatin1Char('0'))
            .arg(storedCrc, 8, 16, QLatin1Char('0'));

    std::vector<Section> sections;
    sections.reserve(spans.size());
    for (size_t s = 0; s < spans.size(); ++s) {
        const Span &span = spans[s];
        if (!RevocationHashSet::isStrictlyAscending(
                reinterpret_cast<const unsigned char *>(data + span.offset), span.count))
            return QStringLiteral("section %1: hashes are not in ascending order or repeat").arg(s + 1);
        sections.push_back({span.kind, span.scope, RevocationHashSet::fromSorted(bytes, span.offset, span.count)});
    }
    return sections;
}

QByteArray encode(const std::vector<Section> &sections)
{
    qsizetype size = kHeaderSize;
    quint64 entries = 0;
    for (const Section &section : sections) {
        Q_ASSERT(section.scope.size() <= kMaxScopeBytes);
        size += kSectionHeaderSize + paddedScope(section.scope.size()) + section.hashes.size() * kRevocationHashSize;
        entries += quint64(section.hashes.size());
    }
    QByteArray out(size, '\0');
    char *data = out.data();
    std::memcpy(data, kMagic, sizeof kMagic);
    qToLittleEndian<quint32>(kVersion, data + 8);
    qToLittleEndian<quint32>(quint32(sections.size()), data + 12);
    qToLittleEndian<quint64>(entries, data + 16);
    qsizetype offset = kHeaderSize;
    for (const Section &section : sections) {
        data[offset] = char(section.kind);
        data[offset + 1] = char(section.scope.size());
        qToLittleEndian<quint64>(quint64(section.hashes.size()), data + offset + 8);
        offset += kSectionHeaderSize;
        std::memcpy(data + offset, section.scope.constData(), size_t(section.scope.size()));
        offset += paddedScope(section.scope.size());
        if (!section.hashes.isEmpty())
            std::memcpy(data + offset, section.hashes.data(), size_t(section.hashes.size() * kRevocationHashSize));
        offset += section.hashes.size() * kRevocationHashSize;
    }
    qToLittleEndian<quint32>(crc32Of(data + kHeaderSize, size - kHeaderSize), data + 24);
    return out;
}

std::optional<QString> save(const QString &path, const std::vector<Section> &sections)
{
    for (const Section &section : sections) {
        if (section.scope.size() > kMaxScopeBytes)
            return QStringLiteral("%1: a scope of %2 bytes is over %3")
                .arg(path)
                .arg(section.scope.size())
                .arg(kMaxScopeBytes);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    const QByteArray bytes = encode(sections);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    return std::nullopt;
}

} // namespace CertDesk::RevocationListFile
