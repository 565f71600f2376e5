// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace CertDesk::Divoc {

/// Limits of the DIVOC binary QR code and its ZIP archive (DIVOC.md "Limits").
namespace ZipLimits {
/// Byte capacity of a version 40-L QR symbol: a larger archive cannot have come from a QR code.
inline constexpr qsizetype kMaxArchiveBytes = 2953;
/// Cap on the inflated certificate.json (the 64 KiB of ITHC-1 §1, as for every format).
inline constexpr qsizetype kMaxEntryBytes = 64 * 1024;
/// Most entries in the central directory; DIVOC writes one.
inline constexpr int kMaxEntries = 8;
/// Longest entry name accepted.
inline constexpr int kMaxNameLength = 255;
} // namespace ZipLimits

/// The name of the one entry DIVOC reads from the archive.
inline constexpr QByteArrayView kCertificateEntryName = "certificate.json";

/// True when @p bytes start with a ZIP local file header ("PK\x03\x04"), as a DIVOC QR does.
bool looksLikeZip(QByteArrayView bytes);

/// Reads `certificate.json` from a DIVOC ZIP archive (PKWARE APPNOTE 6.3: local headers, central
/// directory, end of central directory record), bounded by ZipLimits.
///
/// Only what DIVOC writes is accepted: one disk, no ZIP64, no encryption, methods stored (0) and
/// deflate (8), names without path tricks (absolute paths, "..", backslashes, NUL), each name once.
/// The local header must agree with the central directory (name, method; CRC and sizes unless bit 3
/// defers them to a data descriptor), the data must lie inside the archive, and the inflated bytes
/// must have the declared size and CRC-32.
/// @return the entry's bytes; TooLarge over a limit; DecodeCompression for a malformed archive or
///         DEFLATE stream; NotACertificate when the archive has no `certificate.json`.
Result<QByteArray> readCertificateEntry(QByteArrayView archive);

} // namespace CertDesk::Divoc
