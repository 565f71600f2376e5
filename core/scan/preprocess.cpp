// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "preprocess_p.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

namespace CertDesk::Scan::Preprocess {

cv::Mat toGray(const cv::Mat &image)
{
    if (image.empty() || image.depth() != CV_8U)
        return {};
    cv::Mat gray;
    switch (image.channels()) {
    case 1:
        return image;
    case 3:
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
        return gray;
    case 4:
        cv::cvtColor(image, gray, cv::COLOR_BGRA2GRAY);
        return gray;
    default:
        return {};
    }
}

double fitScale(cv::Size size)
{
    const int longSide = std::max(size.width, size.height);
    const long long pixels = static_cast<long long>(size.width) * size.height;
    if (longSide <= kMaxLongSide && pixels <= kMaxPixels)
        return 1.0;
    return std::min(double(kMaxLongSide) / longSide, std::sqrt(double(kMaxPixels) / double(pixels)));
}

cv::Mat scaled(const cv::Mat &gray, double factor)
{
    cv::Mat result;
    cv::resize(gray, result, cv::Size(), factor, factor, factor < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    return result;
}

cv::Mat inverted(const cv::Mat &gray)
{
    cv::Mat result;
    cv::bitwise_not(gray, result);
    return result;
}

cv::Mat equalised(const cv::Mat &gray)
{
    // 8 x 8 tiles: a QR code in a webcam frame spans about two tiles, so each
    // finder pattern is stretched against its own neighbourhood, not the glare's.
    const cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(3.0, cv::Size(8, 8));
    cv::Mat result;
    clahe->apply(gray, result);
    return result;
}

cv::Mat thresholded(const cv::Mat &gray, int blockSize)
{
    cv::Mat result;
    // A small negative offset keeps flat paper white instead of salt-and-pepper.
    cv::adaptiveThreshold(gray, result, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, blockSize | 1, 5);
    return result;
}

cv::Mat sharpened(const cv::Mat &gray)
{
    cv::Mat blurred;
    cv::GaussianBlur(gray, blurred, cv::Size(), 1.5);
    cv::Mat result;
    cv::addWeighted(gray, 2.0, blurred, -1.0, 0.0, result);
    return result;
}

} // namespace CertDesk::Scan::Preprocess
