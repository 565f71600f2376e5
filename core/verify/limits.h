// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace CertDesk::Limits {

/// Alphanumeric capacity of a version 40 QR symbol (ITHC-1 §1, CLI-CONTRACT.md too_large).
inline constexpr qsizetype kMaxQrTextLength = 4296;
/// Cap on the inflated CWT (ITHC-1 §1): 65,536 bytes pass, one more is too_large.
inline constexpr qsizetype kMaxInflatedBytes = 64 * 1024;
/// Deepest CBOR/JSON nesting accepted (ITHC-1 §2: deeper than 16 levels is too_large).
inline constexpr int kMaxNestingDepth = 16;
/// Most CBOR data items in one document: bounds the work a hostile payload can cause.
inline constexpr int kMaxCborItems = 16 * 1024;
/// Allowed clock skew before iat (ITHC-1 §5 step 7), in milliseconds.
inline constexpr qint64 kClockSkewMs = 300 * 1000;

} // namespace CertDesk::Limits
