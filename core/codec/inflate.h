// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace CertDesk::Inflate {

enum class Container {
    Zlib, ///< RFC 1950: header, DEFLATE, Adler-32 (HCERT, ITHC-1)
    Raw,  ///< RFC 1951 DEFLATE only (JWS "zip":"DEF")
};

/// Inflates one complete stream, refusing to produce more than @p maxOutput bytes.
/// @return the bytes; ReasonCode::TooLarge when the output would exceed
/// @p maxOutput; ReasonCode::DecodeCompression for a malformed, truncated stream,
/// a bad checksum, or bytes after the end of the stream.
Result<QByteArray> inflate(QByteArrayView compressed, qsizetype maxOutput, Container container = Container::Zlib);

/// Compresses with zlib (specimen issuing and tests). @p level as in zlib (0-9).
QByteArray deflate(QByteArrayView data, int level = 9, Container container = Container::Zlib);

} // namespace CertDesk::Inflate
