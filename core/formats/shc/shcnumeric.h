// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace CertDesk::Shc {

/// The chunk header of a multi-part QR text "shc:/C/N/<digits>" (SMART Health Cards
/// Framework, "Encoding Chunks as QR codes", deprecated but still printed).
struct ChunkHeader
{
    int index = 1; ///< C, 1-based
    int total = 1; ///< N
    qsizetype digitsOffset = 0; ///< where the digits start in the text
};

/// True when @p text has the form shc:/C/N/... (C and N decimal), valid numbers or not.
bool looksLikeChunk(QByteArrayView text);

/// Reads the chunk header of @p text ("shc:/C/N/..."); for a whole card ("shc:/<digits>")
/// index = total = 1. ReasonCode::DecodeBase45 when C or N are malformed, 0, or C > N.
Result<ChunkHeader> readChunkHeader(QByteArrayView text);

/// Decodes the SHC numeric encoding (SMART Health Cards Framework, "Encoding QRs"): each pair
/// of digits is a character's code minus 45, so pairs run 00..77 ('-' .. 'z').
/// @return the compact JWS; ReasonCode::DecodeBase45 (the contract's code for this encoding)
/// for an odd digit count, a non-digit or a pair over 77.
Result<QByteArray> decodeNumeric(QByteArrayView digits);

/// The inverse of decodeNumeric() (tests and specimens); characters outside '-'..'z' give {}.
QByteArray encodeNumeric(QByteArrayView jws);

} // namespace CertDesk::Shc
