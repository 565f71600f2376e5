// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "base45.h"

#include <array>

namespace CertDesk::Base45 {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

constexpr std::array<qint8, 256> makeDecodeTable()
{
    std::array<qint8, 256> table{};
    for (auto &entry : table)
        entry = -1;
    for (int i = 0; i < 45; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<qint8>(i);
    return table;
}

constexpr auto kDecodeTable = makeDecodeTable();

} // namespace

Result<QByteArray> decode(QByteArrayView text)
{
    const qsizetype length = text.size();
    if (length % 3 == 1) {
        return Result<QByteArray>(ReasonCode::DecodeBase45,
                                  QStringLiteral("Base45 text length %1 leaves a single character").arg(length));
    }
    QByteArray out;
    out.resize(length / 3 * 2 + (length % 3 == 2 ? 1 : 0));
    char *dst = out.data();
    const auto *src = reinterpret_cast<const unsigned char *>(text.data());
    for (qsizetype i = 0; i < length; i += 3) {
        const qsizetype groupLength = qMin<qsizetype>(3, length - i);
        quint32 value = 0;
        quint32 weight = 1;
        for (qsizetype j = 0; j < groupLength; ++j) {
            const qint8 digit = kDecodeTable[src[i + j]];
            if (digit < 0) {
                return Result<QByteArray>(ReasonCode::DecodeBase45,
                                          QStringLiteral("character at offset %1 is not in the Base45 alphabet").arg(i + j));
            }
            value += quint32(digit) * weight;
            weight *= 45;
        }
        // RFC 9285 §4.2: a triplet above 65535 or a pair above 255 is an error.
        if (groupLength == 3) {
            if (value > 0xFFFF) {
                return Result<QByteArray>(ReasonCode::DecodeBase45,
                                          QStringLiteral("group at offset %1 decodes to %2, over 65535").arg(i).arg(value));
            }
            *dst++ = char(value >> 8);
            *dst++ = char(value & 0xFF);
        } else {
            if (value > 0xFF) {
                return Result<QByteArray>(ReasonCode::DecodeBase45,
                                          QStringLiteral("final pair decodes to %1, over 255").arg(value));
            }
            *dst++ = char(value);
        }
    }
    return out;
}

QByteArray encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() / 2 * 3 + 2);
    const auto *src = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        quint32 value = quint32(src[i]) * 256 + src[i + 1];
        out.append(kAlphabet[value % 45]);
        value /= 45;
        out.append(kAlphabet[value % 45]);
        out.append(kAlphabet[value / 45]);
    }
    if (i < bytes.size()) {
        const quint32 value = src[i];
        out.append(kAlphabet[value % 45]);
        out.append(kAlphabet[value / 45]);
    }
    return out;
}

} // namespace CertDesk::Base45
