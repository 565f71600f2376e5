// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "locate_p.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <opencv2/imgproc.hpp>

namespace CertDesk::Scan::Locate {

namespace {

// The working copy's short side: modules of 2 px in a 1080p frame stay about
// 1 px, which still leaves the code's edge density far above paper and wall.
constexpr double kWorkShortSide = 540.0;

// Smallest region worth a look: a version 1 code at 1 px per module in the copy.
constexpr double kMinSide = 21.0;

// A square tilted by up to ~45 degrees keeps its sides within this ratio.
constexpr float kMaxSideRatio = 2.2f;

double signedArea(const Quad &quad)
{
    double area = 0.0;
    for (std::size_t i = 0; i < quad.size(); ++i) {
        const cv::Point2f &a = quad[i];
        const cv::Point2f &b = quad[(i + 1) % quad.size()];
        area += static_cast<double>(a.x * b.y - b.x * a.y);
    }
    return area / 2.0;
}

// Four corners of a blob: its polygon when that is a quadrilateral (keeps the
// perspective), else its smallest enclosing rectangle.
Quad cornersOf(const std::vector<cv::Point> &hull, double toImage)
{
    std::vector<cv::Point> polygon;
    cv::approxPolyDP(hull, polygon, 0.05 * cv::arcLength(hull, true), true);
    std::array<cv::Point2f, 4> corners;
    if (polygon.size() == 4) {
        for (std::size_t i = 0; i < 4; ++i)
            corners[i] = cv::Point2f(polygon[i]);
    } else {
        cv::minAreaRect(hull).points(corners.data());
    }
    for (cv::Point2f &corner : corners)
        corner *= static_cast<float>(toImage);
    // Clockwise on screen: a mirrored warp would hide the code from ZXing.
    if (signedArea(corners) < 0)
        std::reverse(corners.begin(), corners.end());
    return corners;
}

bool squareEnough(const Quad &quad)
{
    float shortest = std::numeric_limits<float>::max();
    float longest = 0.0f;
    for (std::size_t i = 0; i < quad.size(); ++i) {
        const float side = static_cast<float>(cv::norm(quad[i] - quad[(i + 1) % quad.size()]));
        shortest = std::min(shortest, side);
        longest = std::max(longest, side);
    }
    return longest <= kMaxSideRatio * shortest;
}

} // namespace

std::vector<Quad> codeRegions(const cv::Mat &gray, Grain grain)
{
    const double factor = std::min(1.0, kWorkShortSide / std::min(gray.cols, gray.rows));
    cv::Mat work = gray;
    if (factor < 1.0)
        cv::resize(gray, work, cv::Size(), factor, factor, cv::INTER_AREA);

    // Edge density: |dx| + |dy| averaged over 5 x 5 (fine: 3 x 3). Modules make edges everywhere
    // inside a code, even blurred or dim, so Otsu splits codes (and text) from the
    // smooth rest; the morphology closes the gaps between modules and drops thin lines.
    cv::Mat dx;
    cv::Mat dy;
    cv::Sobel(work, dx, CV_16S, 1, 0);
    cv::Sobel(work, dy, CV_16S, 0, 1);
    cv::convertScaleAbs(dx, dx);
    cv::convertScaleAbs(dy, dy);
    cv::Mat density;
    cv::add(dx, dy, density);
    const bool fine = grain == Grain::Fine;
    cv::blur(density, density, fine ? cv::Size(3, 3) : cv::Size(5, 5));
    cv::Mat mask;
    cv::threshold(density, mask, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::morphologyEx(
        mask, mask, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, fine ? cv::Size(5, 5) : cv::Size(7, 7)));

    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<std::pair<double, Quad>> found;
    for (const std::vector<cv::Point> &contour : contours) {
        const double area = cv::contourArea(contour);
        if (area < 2.0 * kMinSide * kMinSide)
            continue;
        std::vector<cv::Point> hull;
        cv::convexHull(contour, hull);
        // A code is a filled convex blob; text columns and clutter are ragged.
        if (area < 0.75 * cv::contourArea(hull))
            continue;
        const Quad quad = cornersOf(hull, 1.0 / factor);
        if (squareEnough(quad))
            found.emplace_back(area, quad);
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<Quad> regions;
    for (std::size_t i = 0; i < found.size() && regions.size() < static_cast<std::size_t>(kMaxRegions); ++i)
        regions.push_back(found[i].second);
    return regions;
}

bool sameRegion(const Quad &a, const Quad &b)
{
    const cv::Point2f centreA = (a[0] + a[1] + a[2] + a[3]) * 0.25f;
    const cv::Point2f centreB = (b[0] + b[1] + b[2] + b[3]) * 0.25f;
    const double sideA = cv::norm(a[0] - a[1]) + cv::norm(a[1] - a[2]);
    const double sideB = cv::norm(b[0] - b[1]) + cv::norm(b[1] - b[2]);
    // A code inside a sheet shares its centre but not its size: both get a look.
    return cv::norm(centreA - centreB) < std::min(sideA, sideB) / 8.0
        && std::max(sideA, sideB) < 1.25 * std::min(sideA, sideB);
}

cv::Mat rectified(const cv::Mat &gray, const Quad &region, int side, int margin, cv::Mat &toImage)
{
    const int total = side + 2 * margin;
    const float near = static_cast<float>(margin);
    const float far = static_cast<float>(margin + side);
    const std::array<cv::Point2f, 4> square {
        cv::Point2f(near, near), cv::Point2f(far, near), cv::Point2f(far, far), cv::Point2f(near, far)};
    const cv::Mat toRegion = cv::getPerspectiveTransform(region.data(), square.data());
    toImage = toRegion.inv();
    cv::Mat result;
    // Replicated borders, not black: a black frame would look like a finder's edge.
    cv::warpPerspective(gray, result, toRegion, cv::Size(total, total), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return result;
}

} // namespace CertDesk::Scan::Locate
