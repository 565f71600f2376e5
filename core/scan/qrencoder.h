// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <opencv2/core/mat.hpp>

#include <QByteArrayView>
#include <QString>

/// QR codes for specimen certificates, made with ZXing-C++'s writer (MultiFormatWriter, the
/// same API in 1.4 and 2.x). The counterpart of QrDecoder.
namespace CertDesk::Scan::QrEncoder {

/// QR error-correction levels (ISO/IEC 18004 §7.5.1).
enum class ErrorCorrection {
    Low,      ///< L, ~7 %
    Medium,   ///< M, ~15 %
    Quartile, ///< Q, ~25 %: DCC (EU guidelines); also allowed for ITHC-1 (§1: M or Q)
    High,     ///< H, ~30 %
};

/// The quiet zone around every symbol, in modules (ISO/IEC 18004 §6.3.8; ITHC-1 §6).
inline constexpr int kQuietZoneModules = 4;

/**
 * Encodes @p text (UTF-8; texts of the QR alphanumeric set, as "ITHC1:"/"HC1:" payloads are,
 * are encoded in alphanumeric mode) as a QR code, model 2, in the smallest version that
 * holds it at @p level.
 * @return an 8-bit, one-channel image with one pixel per module, black (0) on white (255),
 * the quiet zone of kQuietZoneModules included; empty when @p text is empty or does not fit
 * a version 40 symbol.
 */
cv::Mat encode(QByteArrayView text, ErrorCorrection level);

/// As encode(), scaled up to @p modulePixels pixels per module (nearest neighbour, so the
/// modules stay sharp). Empty as encode() is, or when @p modulePixels < 1.
cv::Mat render(QByteArrayView text, ErrorCorrection level, int modulePixels);

/// Writes render() as a PNG. @return std::nullopt, or what went wrong.
std::optional<QString> writePng(const QString &path, QByteArrayView text, ErrorCorrection level, int modulePixels);

} // namespace CertDesk::Scan::QrEncoder
