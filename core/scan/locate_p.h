// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <vector>

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

/// Finds where a code probably is, independently of ZXing's detector, so that the
/// decoder can cut the region out, turn it upright, enlarge it and run strong
/// steps on a small image. Nothing here reads a code: a region is only a place
/// to look, and ZXing still has to find and error-correct the code inside it.
namespace CertDesk::Scan::Locate {

/// A convex quadrilateral in image pixels, clockwise (in image coordinates) from any corner.
using Quad = std::array<cv::Point2f, 4>;

/// At most this many regions are returned, largest first.
constexpr int kMaxRegions = 2;

/// How finely edges are pooled into regions: coarse keeps blurred codes in one
/// piece, fine separates a code from the text printed close around it.
enum class Grain {
    Coarse,
    Fine,
};

/// Regions of dense edges shaped like a (possibly tilted) square: a code, or the
/// paper around it when the two merge. The search runs on a copy whose short side
/// is at most 540 px, so it costs about the same on any frame size (3-4 ms).
std::vector<Quad> codeRegions(const cv::Mat &gray, Grain grain);

/// True when @p a and @p b are about the same region (centres closer than a
/// quarter of the smaller one's side, sides within 25 %), so that one look is enough.
bool sameRegion(const Quad &a, const Quad &b);

/// @p region of @p gray warped to an upright @p side x @p side square, with a quiet
/// zone of @p margin pixels on every side. @p toImage receives the homography that
/// maps the result's pixels back to @p gray's.
cv::Mat rectified(const cv::Mat &gray, const Quad &region, int side, int margin, cv::Mat &toImage);

} // namespace CertDesk::Scan::Locate
