// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

/// Image steps for the decoder's passes. All take and return 8-bit grey images
/// and never modify their input; DECODER.md records what each one is worth.
namespace CertDesk::Scan::Preprocess {

/// Frames above 4K (3840 x 2160, either orientation) are scaled down to fit it:
/// beyond that ZXing only gets slower, a 4K frame already has modules to spare.
constexpr int kMaxLongSide = 3840;
constexpr int kMaxShortSide = 2160;

/// 8-bit grey from 8-bit grey, BGR or BGRA; an empty image for anything else.
cv::Mat toGray(const cv::Mat &image);

/// The factor (at most 1) that fits @p size into kMaxLongSide x kMaxShortSide.
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
