// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/limits.h"
#include "verify/result.h"

#include <QByteArray>
#include <QCborValue>

namespace CertDesk::Cbor {

/// Checks that @p data is exactly one well-formed CBOR data item (RFC 8949) and
/// turns it into a QCborValue. Stricter than QCborValue::fromCbor alone:
/// - a map with a duplicate key is not well-formed (RFC 8949 §5.6, ITHC-1 §2);
/// - bytes after the item are refused;
/// - nesting deeper than @p maxDepth is too_large (ITHC-1 §2), and so are more
///   than Limits::kMaxCborItems items.
/// Indefinite-length items are accepted.
/// @return the value; ReasonCode::DecodeCbor (with the offset) or ReasonCode::TooLarge.
Result<QCborValue> parse(const QByteArray &data, int maxDepth = Limits::kMaxNestingDepth);

} // namespace CertDesk::Cbor
