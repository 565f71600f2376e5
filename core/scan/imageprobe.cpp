// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "imageprobe_p.h"

using namespace Qt::StringLiterals;

namespace CertDesk::Scan::ImageProbe {

namespace {

class Reader
{
public:
    Reader(const QByteArray &data, bool littleEndian)
        : m_data(data)
        , m_littleEndian(littleEndian)
    {
    }

    bool has(qint64 offset, qint64 size) const { return offset >= 0 && size >= 0 && offset + size <= m_data.size(); }
    quint32 byte(qint64 offset) const { return quint8(m_data.at(offset)); }

    quint32 u16(qint64 offset) const
    {
        return m_littleEndian ? byte(offset) | byte(offset + 1) << 8 : byte(offset) << 8 | byte(offset + 1);
    }

    quint32 u24le(qint64 offset) const { return byte(offset) | byte(offset + 1) << 8 | byte(offset + 2) << 16; }

    quint32 u32(qint64 offset) const
    {
        return m_littleEndian ? u16(offset) | u16(offset + 2) << 16 : u16(offset) << 16 | u16(offset + 2);
    }

private:
    const QByteArray &m_data;
    bool m_littleEndian;
};

std::optional<ImageHeader> make(const QString &format, qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0)
        return std::nullopt;
    return ImageHeader{format, width, height};
}

// PNG: the IHDR chunk must come first (PNG spec §5.6).
std::optional<ImageHeader> probePng(const QByteArray &data)
{
    const Reader reader(data, false);
    if (!reader.has(16, 8) || data.mid(12, 4) != "IHDR")
        return std::nullopt;
    return make(u"png"_s, reader.u32(16), reader.u32(20));
}

// JPEG: walk the marker segments to the first start-of-frame (ITU T.81 §B.2).
std::optional<ImageHeader> probeJpeg(const QByteArray &data)
{
    const Reader reader(data, false);
    qint64 offset = 2;
    while (reader.has(offset, 4)) {
        if (reader.byte(offset) != 0xFF)
            return std::nullopt;
        const quint32 marker = reader.byte(offset + 1);
        if (marker == 0xFF) { // fill byte
            ++offset;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // no length field
            offset += 2;
            continue;
        }
        const qint64 length = reader.u16(offset + 2);
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8
            && marker != 0xCC;
        if (startOfFrame) {
            if (!reader.has(offset + 5, 4))
                return std::nullopt;
            return make(u"jpeg"_s, reader.u16(offset + 7), reader.u16(offset + 5));
        }
        if (marker == 0xD9 || marker == 0xDA || length < 2) // end of image or scan before a frame header
            return std::nullopt;
        offset += 2 + length;
    }
    return std::nullopt;
}

std::optional<ImageHeader> probeBmp(const QByteArray &data)
{
    const Reader reader(data, true);
    if (!reader.has(14, 4))
        return std::nullopt;
    const quint32 headerSize = reader.u32(14);
    if (headerSize == 12 && reader.has(18, 4)) // BITMAPCOREHEADER: 16-bit sizes
        return make(u"bmp"_s, reader.u16(18), reader.u16(20));
    if (headerSize < 40 || !reader.has(18, 8))
        return std::nullopt;
    const qint64 width = qint32(reader.u32(18));
    const qint64 height = qint32(reader.u32(22)); // negative: rows stored top-down
    return make(u"bmp"_s, width, height < 0 ? -height : height);
}

// TIFF: the first image file directory's ImageWidth (256) and ImageLength (257) tags (TIFF 6.0 §2).
std::optional<ImageHeader> probeTiff(const QByteArray &data)
{
    const Reader reader(data, data.startsWith("II"));
    if (!reader.has(4, 4) || reader.u16(2) != 42) // 43 is BigTIFF: not probed
        return std::nullopt;
    const qint64 directory = reader.u32(4);
    if (!reader.has(directory, 2))
        return std::nullopt;
    const qint64 entries = reader.u16(directory);
    qint64 width = 0;
    qint64 height = 0;
    for (qint64 i = 0; i < entries; ++i) {
        const qint64 entry = directory + 2 + i * 12;
        if (!reader.has(entry, 12))
            return std::nullopt;
        const quint32 tag = reader.u16(entry);
        const quint32 type = reader.u16(entry + 2);
        if (tag != 256 && tag != 257)
            continue;
        qint64 value = 0;
        if (type == 3) // SHORT
            value = reader.u16(entry + 8);
        else if (type == 4) // LONG
            value = reader.u32(entry + 8);
        else
            return std::nullopt;
        (tag == 256 ? width : height) = value;
    }
    return make(u"tiff"_s, width, height);
}

// WebP: the first chunk is VP8 (lossy), VP8L (lossless) or VP8X (extended) (RFC 9649 §2.5-2.7).
std::optional<ImageHeader> probeWebp(const QByteArray &data)
{
    const Reader reader(data, true);
    const QByteArray chunk = data.mid(12, 4);
    if (chunk == "VP8 " && reader.has(26, 4))
        return make(u"webp"_s, reader.u16(26) & 0x3FFF, reader.u16(28) & 0x3FFF);
    if (chunk == "VP8L" && reader.has(21, 4)) {
        const quint32 bits = reader.u32(21);
        return make(u"webp"_s, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (chunk == "VP8X" && reader.has(24, 6))
        return make(u"webp"_s, qint64(reader.u24le(24)) + 1, qint64(reader.u24le(27)) + 1);
    return std::nullopt;
}

} // namespace

std::optional<ImageHeader> probe(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return probePng(data);
    if (data.startsWith("\xFF\xD8\xFF"))
        return probeJpeg(data);
    if (data.startsWith("BM"))
        return probeBmp(data);
    if (data.startsWith("II*") || data.startsWith(QByteArray("MM\0*", 4)))
        return probeTiff(data);
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return probeWebp(data);
    return std::nullopt;
}

} // namespace CertDesk::Scan::ImageProbe
