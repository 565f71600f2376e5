// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "shcinflate.h"

#include <algorithm>

#include <zlib.h>

#include <QString>

#include "verify/limits.h"

namespace CertDesk::Shc {

namespace {

// Owns one zlib inflate stream (STYLE.md §4: every C handle has an owner).
struct InflateStream
{
    z_stream stream{};
    bool initialised = false;
    ~InflateStream()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

constexpr int kRawDeflateWindowBits = -15;
constexpr qsizetype kChunk = 16 * 1024;

} // namespace

Result<QByteArray> inflatePayload(QByteArrayView compressed, qsizetype maxOutput)
{
    InflateStream zs;
    if (inflateInit2(&zs.stream, kRawDeflateWindowBits) != Z_OK)
        return Reason{ReasonCode::DecodeCompression, QStringLiteral("cannot start inflating")};
    zs.initialised = true;
    zs.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    zs.stream.avail_in = uInt(compressed.size());
    QByteArray out;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        // One byte beyond the cap is asked for, so that exceeding it is detected.
        const qsizetype room = std::min<qsizetype>(kChunk, maxOutput + 1 - out.size());
        if (room <= 0)
            return Reason{ReasonCode::TooLarge, QStringLiteral("inflated payload is over %1 bytes").arg(maxOutput)};
        const qsizetype before = out.size();
        out.resize(before + room);
        zs.stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        zs.stream.avail_out = uInt(room);
        status = inflate(&zs.stream, Z_NO_FLUSH);
        out.resize(before + room - qsizetype(zs.stream.avail_out));
        if (status == Z_BUF_ERROR && zs.stream.avail_in == 0)
            return Reason{ReasonCode::DecodeCompression, QStringLiteral("the DEFLATE stream is truncated")};
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR) {
            return Reason{ReasonCode::DecodeCompression,
                          QStringLiteral("malformed DEFLATE stream: %1")
                              .arg(QString::fromLatin1(zs.stream.msg ? zs.stream.msg : "error"))};
        }
    }
    if (out.size() > maxOutput)
        return Reason{ReasonCode::TooLarge, QStringLiteral("inflated payload is over %1 bytes").arg(maxOutput)};
    if (zs.stream.avail_in > uInt(Limits::kMaxShcTrailingBytes)) {
        return Reason{ReasonCode::DecodeCompression,
                      QStringLiteral("%1 bytes follow the end of the DEFLATE stream").arg(zs.stream.avail_in)};
    }
    return out;
}

} // namespace CertDesk::Shc
