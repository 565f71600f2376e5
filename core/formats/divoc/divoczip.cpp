// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "divoczip.h"

#include <zlib.h>

#include <QSet>

#include "codec/inflate.h"

namespace CertDesk::Divoc {

namespace {

// PKWARE APPNOTE 6.3 §4.3: record signatures and fixed sizes.
constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndOfDirectorySignature = 0x06054b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr qsizetype kLocalHeaderSize = 30;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr qsizetype kEndOfDirectorySize = 22;
constexpr qsizetype kZip64LocatorSize = 20;
// General purpose flags (§4.4.4): bit 0 encrypted, bit 3 data descriptor, bit 6 strong encryption.
constexpr quint16 kFlagEncrypted = 0x0001;
constexpr quint16 kFlagDataDescriptor = 0x0008;
constexpr quint16 kFlagStrongEncryption = 0x0040;
constexpr quint16 kMethodStored = 0;
constexpr quint16 kMethodDeflate = 8;
constexpr quint16 kZip64ExtraId = 0x0001;

Result<QByteArray> malformed(const QString &detail)
{
    return Result<QByteArray>(ReasonCode::DecodeCompression, QStringLiteral("ZIP archive: %1").arg(detail));
}

// Little-endian reads; callers check the bounds first.
quint16 u16(QByteArrayView data, qsizetype at)
{
    return quint16(uchar(data[at]) | uchar(data[at + 1]) << 8);
}

quint32 u32(QByteArrayView data, qsizetype at)
{
    return quint32(u16(data, at)) | quint32(u16(data, at + 2)) << 16;
}

struct Entry
{
    QByteArray name;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 uncompressedSize = 0;
    quint32 localOffset = 0;
};

bool hasZip64Extra(QByteArrayView extra)
{
    qsizetype at = 0;
    while (at + 4 <= extra.size()) {
        if (u16(extra, at) == kZip64ExtraId)
            return true;
        at += 4 + u16(extra, at + 2);
    }
    return false;
}

// A name that could escape an extraction folder or hide another entry (APPNOTE §4.4.17: relative,
// forward slashes only). CertDesk extracts nothing to disk, but such names mark a crafted archive.
bool isSafeName(QByteArrayView name)
{
    if (name.isEmpty() || name.startsWith('/') || name.contains('\\') || name.contains('\0'))
        return false;
    if (name.size() >= 2 && name[1] == ':')
        return false; // a drive letter
    for (QByteArrayView rest = name; !rest.isEmpty();) {
        const qsizetype slash = rest.indexOf('/');
        const QByteArrayView part = slash < 0 ? rest : rest.first(slash);
        if (part == "..")
            return false;
        rest = slash < 0 ? QByteArrayView() : rest.sliced(slash + 1);
    }
    return true;
}

} // namespace

bool looksLikeZip(QByteArrayView bytes)
{
    return bytes.size() >= 4 && u32(bytes, 0) == kLocalHeaderSignature;
}

Result<QByteArray> readCertificateEntry(QByteArrayView archive)
{
    using namespace ZipLimits;
    if (archive.size() > kMaxArchiveBytes) {
        return Result<QByteArray>(ReasonCode::TooLarge, QStringLiteral("the ZIP archive is %1 bytes, over %2")
                                                            .arg(archive.size())
                                                            .arg(kMaxArchiveBytes));
    }
    if (!looksLikeZip(archive))
        return malformed(QStringLiteral("no local file header at the start"));

    // 1. The end of central directory record: the last one in the final 22 + 65,535 bytes whose
    //    comment reaches exactly to the end of the archive.
    qsizetype end = -1;
    for (qsizetype at = archive.size() - kEndOfDirectorySize; at >= 0; --at) {
        if (u32(archive, at) == kEndOfDirectorySignature && at + kEndOfDirectorySize + u16(archive, at + 20) == archive.size()) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return malformed(QStringLiteral("no end of central directory record"));
    if (end >= kZip64LocatorSize && u32(archive, end - kZip64LocatorSize) == kZip64LocatorSignature)
        return malformed(QStringLiteral("ZIP64 archives are not accepted"));
    const quint16 diskNumber = u16(archive, end + 4);
    const quint16 directoryDisk = u16(archive, end + 6);
    const quint16 entriesOnDisk = u16(archive, end + 8);
    const quint16 entryCount = u16(archive, end + 10);
    const quint32 directorySize = u32(archive, end + 12);
    const quint32 directoryOffset = u32(archive, end + 16);
    if (diskNumber != 0 || directoryDisk != 0 || entriesOnDisk != entryCount)
        return malformed(QStringLiteral("multi-disk archives are not accepted"));
    if (entryCount == 0xFFFF || directorySize == 0xFFFFFFFF || directoryOffset == 0xFFFFFFFF)
        return malformed(QStringLiteral("ZIP64 archives are not accepted"));
    if (entryCount > kMaxEntries) {
        return Result<QByteArray>(ReasonCode::TooLarge,
                                  QStringLiteral("the ZIP archive has %1 entries, over %2").arg(entryCount).arg(kMaxEntries));
    }
    if (qint64(directoryOffset) + directorySize != end)
        return malformed(QStringLiteral("the central directory does not end where its end record starts"));

    // 2. The central directory: every entry is checked, only certificate.json is kept.
    std::optional<Entry> certificate;
    QSet<QByteArray> names;
    qsizetype at = directoryOffset;
    for (int i = 0; i < entryCount; ++i) {
        if (at + kCentralHeaderSize > end || u32(archive, at) != kCentralHeaderSignature)
            return malformed(QStringLiteral("central directory entry %1 is truncated or has no signature").arg(i + 1));
        Entry entry;
        entry.flags = u16(archive, at + 8);
        entry.method = u16(archive, at + 10);
        entry.crc = u32(archive, at + 16);
        entry.compressedSize = u32(archive, at + 20);
        entry.uncompressedSize = u32(archive, at + 24);
        const quint16 nameLength = u16(archive, at + 28);
        const quint16 extraLength = u16(archive, at + 30);
        const quint16 commentLength = u16(archive, at + 32);
        const quint16 startDisk = u16(archive, at + 34);
        entry.localOffset = u32(archive, at + 42);
        const qsizetype next = at + kCentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > end)
            return malformed(QStringLiteral("central directory entry %1 runs past the directory").arg(i + 1));
        if (nameLength > kMaxNameLength)
            return malformed(QStringLiteral("entry %1 has a name of %2 bytes").arg(i + 1).arg(nameLength));
        entry.name = archive.sliced(at + kCentralHeaderSize, nameLength).toByteArray();
        const QByteArrayView extra = archive.sliced(at + kCentralHeaderSize + nameLength, extraLength);
        if (startDisk != 0)
            return malformed(QStringLiteral("multi-disk archives are not accepted"));
        if (entry.compressedSize == 0xFFFFFFFF || entry.uncompressedSize == 0xFFFFFFFF
            || entry.localOffset == 0xFFFFFFFF || hasZip64Extra(extra))
            return malformed(QStringLiteral("ZIP64 entries are not accepted"));
        if (entry.flags & (kFlagEncrypted | kFlagStrongEncryption))
            return malformed(QStringLiteral("encrypted entries are not accepted"));
        if (!isSafeName(entry.name))
            return malformed(QStringLiteral("entry %1 has an unsafe name").arg(i + 1));
        if (names.contains(entry.name))
            return malformed(QStringLiteral("the name %1 appears twice").arg(QString::fromUtf8(entry.name)));
        names.insert(entry.name);
        if (entry.name == kCertificateEntryName)
            certificate = entry;
        at = next;
    }
    if (at != end)
        return malformed(QStringLiteral("%1 bytes of the central directory are not entries").arg(end - at));
    if (!certificate) {
        return Result<QByteArray>(ReasonCode::NotACertificate,
                                  QStringLiteral("the ZIP archive holds no certificate.json (not a DIVOC certificate)"));
    }

    // 3. The local header of certificate.json must agree with its central directory entry.
    const Entry &entry = *certificate;
    if (entry.method != kMethodStored && entry.method != kMethodDeflate)
        return malformed(QStringLiteral("compression method %1 is not accepted (stored or deflate only)").arg(entry.method));
    if (entry.uncompressedSize > kMaxEntryBytes) {
        return Result<QByteArray>(ReasonCode::TooLarge, QStringLiteral("certificate.json is %1 bytes, over %2")
                                                            .arg(entry.uncompressedSize)
                                                            .arg(kMaxEntryBytes));
    }
    const qsizetype local = entry.localOffset;
    if (local + kLocalHeaderSize > directoryOffset || u32(archive, local) != kLocalHeaderSignature)
        return malformed(QStringLiteral("the local header of certificate.json is missing"));
    const quint16 localFlags = u16(archive, local + 6);
    const quint16 localNameLength = u16(archive, local + 26);
    const quint16 localExtraLength = u16(archive, local + 28);
    const qsizetype dataStart = local + kLocalHeaderSize + localNameLength + localExtraLength;
    if (dataStart > directoryOffset)
        return malformed(QStringLiteral("the local header of certificate.json runs into the central directory"));
    if (archive.sliced(local + kLocalHeaderSize, localNameLength) != entry.name
        || u16(archive, local + 8) != entry.method || localFlags != entry.flags)
        return malformed(QStringLiteral("the local header of certificate.json disagrees with the central directory"));
    if (hasZip64Extra(archive.sliced(local + kLocalHeaderSize + localNameLength, localExtraLength)))
        return malformed(QStringLiteral("ZIP64 entries are not accepted"));
    if (!(localFlags & kFlagDataDescriptor)
        && (u32(archive, local + 14) != entry.crc || u32(archive, local + 18) != entry.compressedSize
            || u32(archive, local + 22) != entry.uncompressedSize))
        return malformed(QStringLiteral("the local header's CRC or sizes disagree with the central directory"));
    if (qint64(dataStart) + entry.compressedSize > directoryOffset)
        return malformed(QStringLiteral("the data of certificate.json runs past the archive's entries"));
    const QByteArrayView data = archive.sliced(dataStart, entry.compressedSize);

    // 4. The bytes, their size and CRC-32.
    QByteArray content;
    if (entry.method == kMethodStored) {
        if (entry.compressedSize != entry.uncompressedSize)
            return malformed(QStringLiteral("a stored entry's sizes differ"));
        content = data.toByteArray();
    } else {
        Result<QByteArray> inflated = Inflate::inflate(data, kMaxEntryBytes, Inflate::Container::Raw);
        if (!inflated)
            return inflated;
        content = std::move(*inflated);
    }
    if (content.size() != qsizetype(entry.uncompressedSize))
        return malformed(QStringLiteral("certificate.json inflates to %1 bytes, not the declared %2")
                             .arg(content.size())
                             .arg(entry.uncompressedSize));
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size()));
    if (crc != entry.crc)
        return malformed(QStringLiteral("certificate.json fails its CRC-32 check"));
    return content;
}

} // namespace CertDesk::Divoc
