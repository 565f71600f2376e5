// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace CertDesk::Shc {

/// Inflates a JWS payload with "zip":"DEF" (RFC 7516 §4.1.3: raw DEFLATE, RFC 1951), refusing to
/// produce more than @p maxOutput bytes. Unlike Inflate::inflate(), up to
/// Limits::kMaxShcTrailingBytes bytes after the end of the stream are tolerated: production
/// issuers (e.g. Senegal's) sign payloads that still carry a gzip trailer (CRC-32 and size), and
/// common SHC readers (pako's inflateRaw) ignore it. They are covered by the signature all the same.
/// @return the bytes; TooLarge over @p maxOutput; DecodeCompression for a malformed or truncated
/// stream or more trailing bytes.
Result<QByteArray> inflatePayload(QByteArrayView compressed, qsizetype maxOutput);

} // namespace CertDesk::Shc
