// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

/// Image steps for the decoder's passes. All take and return 8-bit grey images
/// and never modify their input; DECODER.md records what each one is worth.
namespace CertDesk::Scan::Preprocess {

/// Frames above 4K are scaled down: beyond that ZXing only gets slower, and a 4K frame
/// already has modules to spare.
constexpr int kMaxLongSide = 3840;
/// Most pixels a frame keeps: a 4K frame's (3840 x 2160) with room for portrait pages.
/// An A4 page scanned at 300 dpi (2480 x 3508, 8.7 MP) is not shrunk: resizing it costs
/// more than decoding it, and its modules are what the decoder reads best.
constexpr long long kMaxPixels = 3840LL * 2560;

/// 8-bit grey from 8-bit grey, BGR or BGRA; an empty image for anything else.
cv::Mat toGray(const cv::Mat &image);

/// The factor (at most 1) that brings @p size to at most kMaxLongSide on its long side and
/// kMaxPixels in all ("frames larger than 4K are downscaled").
double fitScale(cv::Size size);

/// @p gray scaled by @p factor: area averaging down, bilinear up.
cv::Mat scaled(const cv::Mat &gray, double factor);

/// Dark for light: ZXing 1.4 reads only dark modules on a light background.
cv::Mat inverted(const cv::Mat &gray);

/// Contrast-limited adaptive histogram equalisation, for low light, low contrast
/// and glare: it stretches each tile's range without letting noise explode.
cv::Mat equalised(const cv::Mat &gray);

/// Binarised with a local mean threshold over @p blockSize pixels (odd), for creased
/// or unevenly lit paper where ZXing's 8x8-block thresholds break.
cv::Mat thresholded(const cv::Mat &gray, int blockSize);

/// Unsharp mask: restores module edges softened by defocus or motion blur.
cv::Mat sharpened(const cv::Mat &gray);

} // namespace CertDesk::Scan::Preprocess
