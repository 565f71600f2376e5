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

/// ICAO VDS-NC: the seal is a QR code in byte mode, whose version 40-L symbol holds at
/// most 2,953 bytes; a longer text cannot have come from a seal (too_large).
inline constexpr qsizetype kMaxVdsNcTextBytes = 2953;
/// ICAO VDS-NC: deepest JSON nesting accepted. The deepest the schemas need is 7
/// (seal › data › msg › ve › [] › vd › []); one level of slack, deeper is too_large.
inline constexpr int kMaxVdsNcNestingDepth = 8;

// SMART Health Cards (SMART Health Cards Framework, "Encoding QRs" and "Chunking").
/// Longest compact JWS accepted: a single QR holds 1,195 characters (version 22); the deprecated
/// chunked form spreads larger cards over several codes, so allow well above that, but bounded.
inline constexpr qsizetype kMaxShcJwsLength = 16 * 1024;
/// Longest shc:/ text (joined chunks included): the numeric encoding takes two digits per JWS character.
inline constexpr qsizetype kMaxShcTextLength = 5 + 2 * kMaxShcJwsLength;
/// Most parts of a chunked card (the scanner's ShcJoiner holds at most 16 as well).
// The SHC spec sets no count; the SMART validation SDK's own test card comes in 17 small parts.
// A card's JWS is at most kMaxShcJwsLength, so even 1195-digit parts stay far below this.
inline constexpr int kMaxShcChunks = 32;
/// Cap on the JWS header's JSON.
inline constexpr qsizetype kMaxShcHeaderBytes = 1024;
/// Cap on the inflated JWS payload (the same 64 KiB as ITHC-1 §1).
inline constexpr qsizetype kMaxShcPayloadBytes = 64 * 1024;
/// Bytes tolerated after the end of an SHC payload's DEFLATE stream: a gzip trailer (CRC-32, size),
/// as some production issuers sign it (see formats/shc/shcinflate.h).
inline constexpr qsizetype kMaxShcTrailingBytes = 8;
/// Deepest JSON nesting in an SHC payload: a FHIR bundle is about 10 levels deep, so 16 would
/// reject real cards; 32 leaves room and still bounds the parser.
inline constexpr int kMaxShcJsonDepth = 32;
/// Most FHIR entries read from one bundle.
inline constexpr int kMaxShcBundleEntries = 256;

} // namespace CertDesk::Limits
