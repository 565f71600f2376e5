// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "scenegate.h"

#include <cmath>
#include <limits>

#include <opencv2/imgproc.hpp>

namespace CertDesk::Scan {

namespace {

// 40 x 40 px cells at 1280 x 720, 60 x 60 at 1920 x 1080: the smallest code a camera
// can read still fills one, and per-pixel sensor noise averages out over 1,600 pixels.
const cv::Size kThumbnailSize(32, 18);

} // namespace

SceneGate::SceneGate()
    : SceneGate(Options{})
{
}

SceneGate::SceneGate(Options options)
    : m_options(options)
{
}

cv::Mat SceneGate::thumbnail(const cv::Mat &image)
{
    const cv::Mat &gray = image;
    if (gray.empty() || gray.depth() != CV_8U || (gray.channels() != 1 && gray.channels() != 3 && gray.channels() != 4))
        return {};
    // Averaging first and converting the 576 cells after costs a fraction of converting the frame.
    cv::Mat small;
    cv::resize(gray, small, kThumbnailSize, 0, 0, cv::INTER_AREA);
    if (small.channels() == 3)
        cv::cvtColor(small, small, cv::COLOR_BGR2GRAY);
    else if (small.channels() == 4)
        cv::cvtColor(small, small, cv::COLOR_BGRA2GRAY);
    cv::Mat cells;
    small.convertTo(cells, CV_32F);
    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(cells, mean, deviation);
    // A uniform frame (lens cap, dark room) has no scene to compare.
    if (deviation[0] < 1.0)
        return {};
    cells = (cells - mean[0]) / deviation[0];
    return cells;
}

double SceneGate::change(const cv::Mat &a, const cv::Mat &b)
{
    if (a.empty() || b.empty() || a.size() != b.size())
        return std::numeric_limits<double>::infinity();
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    double largest = 0.0;
    cv::minMaxLoc(difference, nullptr, &largest);
    return largest;
}

bool SceneGate::secondPassesWanted(const cv::Mat &image)
{
    cv::Mat scene = thumbnail(image);
    if (scene.empty()) {
        // Uniform to the cell (lens cap, a dark room, a blank wall): no code to find that the
        // first pass would miss.
        m_wanted = false;
        m_lastChange = 0.0;
        return false;
    }
    m_lastChange = change(scene, m_scene);
    if (m_lastChange > m_options.changeThreshold) {
        // Something moved: what the second passes found or missed before says nothing
        // about this frame.
        m_scene = std::move(scene);
        m_searched = 0;
        m_sincePaused = 0;
    }
    if (m_searched < m_options.exhaustAfterFrames || ++m_sincePaused >= m_options.retryEveryFrames) {
        m_sincePaused = 0;
        m_wanted = true;
    } else {
        m_wanted = false;
    }
    return m_wanted;
}

void SceneGate::frameDecoded(bool secondPassesRan)
{
    if (m_wanted && secondPassesRan)
        ++m_searched;
}

void SceneGate::reset()
{
    m_scene.release();
    m_searched = 0;
    m_sincePaused = 0;
    m_wanted = false;
    m_lastChange = 0.0;
}

bool SceneGate::paused() const
{
    return m_searched >= m_options.exhaustAfterFrames;
}

} // namespace CertDesk::Scan
