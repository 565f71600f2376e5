// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "shcnumeric.h"

#include <QString>

namespace CertDesk::Shc {

namespace {

constexpr QByteArrayView kPrefix = "shc:/";
/// SHC "Encoding QRs": Ord(c) - 45, so the largest pair is Ord('z') - 45 = 77.
constexpr int kOffset = 45;
constexpr int kMaxPair = 77;
/// A chunk number has at most this many digits (the joiner's 16 parts need two).
constexpr qsizetype kMaxNumberDigits = 4;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads a decimal number ending in '/', from @p position; -1 when malformed.
int readNumber(QByteArrayView text, qsizetype &position)
{
    const qsizetype start = position;
    int value = 0;
    while (position < text.size() && isDigit(text[position])) {
        if (position - start >= kMaxNumberDigits)
            return -1;
        value = value * 10 + (text[position] - '0');
        ++position;
    }
    if (position == start || position >= text.size() || text[position] != '/')
        return -1;
    ++position;
    return value;
}

} // namespace

bool looksLikeChunk(QByteArrayView text)
{
    if (!text.startsWith(kPrefix))
        return false;
    qsizetype position = kPrefix.size();
    while (position < text.size() && isDigit(text[position]))
        ++position;
    return position > kPrefix.size() && position < text.size() && text[position] == '/';
}

Result<ChunkHeader> readChunkHeader(QByteArrayView text)
{
    if (!text.startsWith(kPrefix))
        return Reason{ReasonCode::NotACertificate, QStringLiteral("no shc:/ prefix")};
    ChunkHeader header;
    header.digitsOffset = kPrefix.size();
    if (!looksLikeChunk(text))
        return header;
    qsizetype position = kPrefix.size();
    const int index = readNumber(text, position);
    const int total = readNumber(text, position);
    if (index < 1 || total < 1 || index > total) {
        return Reason{ReasonCode::DecodeBase45,
                      QStringLiteral("malformed chunk header (part %1 of %2)").arg(index).arg(total)};
    }
    header.index = index;
    header.total = total;
    header.digitsOffset = position;
    return header;
}

Result<QByteArray> decodeNumeric(QByteArrayView digits)
{
    if (digits.isEmpty())
        return Reason{ReasonCode::DecodeBase45, QStringLiteral("no digits after shc:/")};
    if (digits.size() % 2 != 0)
        return Reason{ReasonCode::DecodeBase45, QStringLiteral("odd number of digits (%1)").arg(digits.size())};
    QByteArray out(digits.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < digits.size(); i += 2) {
        const char high = digits[i];
        const char low = digits[i + 1];
        if (!isDigit(high) || !isDigit(low))
            return Reason{ReasonCode::DecodeBase45, QStringLiteral("not a digit at position %1").arg(i)};
        const int pair = (high - '0') * 10 + (low - '0');
        if (pair > kMaxPair)
            return Reason{ReasonCode::DecodeBase45, QStringLiteral("digit pair %1 over 77 at position %2").arg(pair).arg(i)};
        out[i / 2] = char(pair + kOffset);
    }
    return out;
}

QByteArray encodeNumeric(QByteArrayView jws)
{
    QByteArray out;
    out.reserve(jws.size() * 2);
    for (const char c : jws) {
        const int pair = int(uchar(c)) - kOffset;
        if (pair < 0 || pair > kMaxPair)
            return {};
        out.append(char('0' + pair / 10));
        out.append(char('0' + pair % 10));
    }
    return out;
}

} // namespace CertDesk::Shc
