// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opencv2/core/mat.hpp>

namespace CertDesk::Scan {

/**
 * Decides, frame by frame on a live camera, whether the decoder's second passes are worth
 * their milliseconds.
 *
 * The first pass runs on every frame. The second passes (QrDecoder) cost up to their whole
 * budget on a frame without a readable code, and a desk camera mostly looks at a desk. So:
 * once the second passes have run on @ref Options::exhaustAfterFrames frames of one unchanged
 * scene (with the rotation of QrDecoder::decode(image, attempt) every pass has had several
 * turns by then, and a code they can read has been read), they pause until the scene changes:
 * a phone or a sheet coming into view, the camera moving. Every @ref Options::retryEveryFrames
 * frames they run once anyway, so a code held perfectly still is looked at again (and stays
 * "in view" for CodeTracker, whose window is longer than the retry interval).
 *
 * "The scene" is a 32 x 18 thumbnail (cell means, area-averaged), normalised to zero mean and
 * unit deviation, so that sensor noise (averaged over each cell) and brightness flicker or
 * exposure steps (removed by the normalisation) do not count as change; a code entering covers
 * at least a cell or two and changes them by far more than @ref Options::changeThreshold.
 * A frame uniform to the cell (lens cap, dark room) gets the first pass only.
 * Not thread-safe: one gate per frame stream.
 */
class SceneGate
{
public:
    struct Options
    {
        /// Frames of one scene on which the second passes ran before they pause: half a second
        /// at 30 fps, several full rotations of the second passes; a marginal code (read on
        /// some noisy frames only) needs several chances (scan_latency: with 8, one marginal
        /// 720p scene in 20 went unread under load).
        int exhaustAfterFrames = 15;
        /// While paused, the second passes still run on one frame in this many: a code held
        /// perfectly still is looked at hard three times a second, and an empty desk pays for
        /// the second passes on 10 % of its frames (its 95th percentile stays under 33 ms).
        int retryEveryFrames = 10;
        /// Largest change of one thumbnail cell, in units of the scene's own standard deviation,
        /// that still counts as the same scene.
        double changeThreshold = 0.35;
    };

    SceneGate();
    explicit SceneGate(Options options);

    /// Called before decoding @p image (8-bit; grey, BGR or BGRA): true when the second passes should run.
    bool secondPassesWanted(const cv::Mat &image);
    /// Called after decoding the frame last passed to secondPassesWanted(): whether the
    /// second passes actually ran (false when the first pass read a code or they were not wanted).
    void frameDecoded(bool secondPassesRan);
    /// Forgets the scene (a new source starts).
    void reset();

    /// True while the second passes are paused on an unchanged scene.
    bool paused() const;
    /// Largest normalised cell change between the last two frames passed (for tuning).
    double lastChange() const { return m_lastChange; }

    /// The normalised grey thumbnail of @p image (as secondPassesWanted() takes it); empty for
    /// an empty, unsupported or uniform image.
    static cv::Mat thumbnail(const cv::Mat &image);
    /// Largest absolute cell difference between two thumbnails; infinity when either is empty.
    static double change(const cv::Mat &a, const cv::Mat &b);

private:
    Options m_options;
    cv::Mat m_scene;       ///< the thumbnail the current run of failures started on
    int m_searched = 0;    ///< frames of m_scene on which the second passes ran
    int m_sincePaused = 0; ///< frames since the gate last let the second passes run
    bool m_wanted = false;
    double m_lastChange = 0.0;
};

} // namespace CertDesk::Scan
