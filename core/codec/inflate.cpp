// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "inflate.h"

#include <zlib.h>

#include <memory>

namespace CertDesk::Inflate {

namespace {

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

int windowBits(Container container)
{
    return container == Container::Zlib ? 15 : -15;
}

} // namespace

Result<QByteArray> inflate(QByteArrayView compressed, qsizetype maxOutput, Container container)
{
    InflateStream zs;
    if (inflateInit2(&zs.stream, windowBits(container)) != Z_OK)
        return Result<QByteArray>(ReasonCode::DecodeCompression, QStringLiteral("zlib could not be initialised"));
    zs.initialised = true;

    // One byte beyond the cap tells "exactly the cap" from "larger".
    QByteArray out;
    out.resize(qMin<qsizetype>(maxOutput + 1, qMax<qsizetype>(4096, compressed.size() * 4)));
    zs.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.data()));
    zs.stream.avail_in = uInt(compressed.size());
    qsizetype produced = 0;
    int status = Z_OK;
    while (true) {
        if (produced == out.size()) {
            if (out.size() > maxOutput) {
                return Result<QByteArray>(ReasonCode::TooLarge,
                                          QStringLiteral("inflated payload exceeds %1 bytes").arg(maxOutput));
            }
            out.resize(qMin<qsizetype>(maxOutput + 1, out.size() * 2));
        }
        zs.stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.stream.avail_out = uInt(out.size() - produced);
        status = ::inflate(&zs.stream, Z_NO_FLUSH);
        produced = out.size() - qsizetype(zs.stream.avail_out);
        if (status == Z_STREAM_END)
            break;
        if (status == Z_BUF_ERROR && zs.stream.avail_in == 0 && zs.stream.avail_out != 0) {
            return Result<QByteArray>(ReasonCode::DecodeCompression, QStringLiteral("compressed stream is truncated"));
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            const QString message = zs.stream.msg ? QString::fromLatin1(zs.stream.msg) : QStringLiteral("error %1").arg(status);
            return Result<QByteArray>(ReasonCode::DecodeCompression, QStringLiteral("malformed compressed stream: %1").arg(message));
        }
    }
    if (produced > maxOutput) {
        return Result<QByteArray>(ReasonCode::TooLarge,
                                  QStringLiteral("inflated payload exceeds %1 bytes").arg(maxOutput));
    }
    if (zs.stream.avail_in != 0) {
        return Result<QByteArray>(ReasonCode::DecodeCompression,
                                  QStringLiteral("%1 bytes follow the end of the compressed stream").arg(zs.stream.avail_in));
    }
    out.truncate(produced);
    return out;
}

QByteArray deflate(QByteArrayView data, int level, Container container)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, windowBits(container), 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = ::deflate(&stream, Z_FINISH);
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : QByteArray();
}

} // namespace CertDesk::Inflate
