// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace CertDesk::Base45 {

/// Decodes Base45 (RFC 9285). Only the 45 upper-case characters of RFC 9285 §4
/// are accepted; a length of 1 mod 3 or a group whose value exceeds 65535 (or 255
/// for a trailing pair) is rejected.
/// @return the bytes, or ReasonCode::DecodeBase45 naming the first offending offset.
Result<QByteArray> decode(QByteArrayView text);

/// Encodes bytes as Base45 (RFC 9285 §4). Used by the specimen issuer and tests.
QByteArray encode(QByteArrayView bytes);

} // namespace CertDesk::Base45
