// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scan/qrdecoder.h"

#include <opencv2/core/mat.hpp>

#include <QList>

/// The only place that includes ZXing-C++. It hides the difference between the
/// 1.4 API (DecodeHints, Result) and the 2.x API (ReaderOptions, Barcode), which
/// decoder.cmake selects with CERTDESK_ZXING_V2, behind one call.
namespace CertDesk::Scan::ZXingAdapter {

/// How ZXing turns grey into black and white (ZXing's own enum, mirrored so that
/// callers need no ZXing header).
enum class Binarizer {
    LocalAverage,    ///< ZXing's HybridBinarizer: local thresholds, good for uneven light
    GlobalHistogram, ///< one threshold per image: faster, good for blur and clean scans
    FixedThreshold,  ///< T = 127: for images already binarised by us
};

/// One call's settings.
struct ReadSettings
{
    bool qrCode = true;
    bool aztec = false;
    bool dataMatrix = false;
    bool pdf417 = false;
    bool tryHarder = false;    ///< scan every row for finder patterns instead of every few
    bool tryRotate = false;    ///< also 90/180/270 degrees (matters for linear codes, not for QR)
    bool tryDownscale = false; ///< also a ZXing-internal downscaled copy of large images
    Binarizer binarizer = Binarizer::LocalAverage;
};

/// Every valid code ZXing finds in @p image (8-bit, 1, 3 (BGR) or 4 (BGRA)
/// channels). Any other depth or channel count, or an empty image, yields
/// nothing rather than a guess. Corners are in @p image's pixels; pass is empty.
QList<DecodedCode> read(const cv::Mat &image, const ReadSettings &settings);

} // namespace CertDesk::Scan::ZXingAdapter
