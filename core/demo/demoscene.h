// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>

#include <opencv2/core.hpp>

#include <QList>
#include <QString>

#include "issue/paperfields.h"

namespace CertDesk::Demo {

/// How a certificate is held up to the camera.
enum class Presentation {
    Phone, ///< the QR code on a phone screen
    Paper, ///< the printed paper version
};

/// "phone" or "paper".
QString presentationName(Presentation presentation);

/// A phone or a sheet of paper, drawn flat, and where it lies in the frame.
struct SceneItem
{
    Presentation presentation = Presentation::Phone;
    cv::Mat canvas; ///< BGR drawing in its own coordinates
    cv::Mat mask;   ///< 8-bit, 255 where the canvas is opaque (a phone's round corners are not)
    /// Corners of the canvas in the frame (top-left, top-right, bottom-right, bottom-left):
    /// a slight perspective (phone) or rotation (paper).
    std::array<cv::Point2f, 4> placement{};
};

/**
 * Draws the demo's camera frames with OpenCV: a desk seen from above (wood-coloured, with
 * a fixed texture and vignetting), the phone or paper on it, drifting a few pixels as a
 * hand-held object does, with sensor noise that differs per frame. Deterministic for a seed.
 */
class DemoScene
{
public:
    DemoScene(cv::Size frameSize, quint64 seed);

    /// A phone (dark body, bright screen) showing @p qrModules (QrEncoder::encode()) under
    /// @p caption, with @p lines below it.
    SceneItem phone(const cv::Mat &qrModules, const QString &caption, const QStringList &lines);
    /// A white sheet with @p title, a SPECIMEN banner and diagonal mark when @p specimenMark,
    /// the QR code and the printed fields (text outside ASCII is left out: OpenCV's fonts
    /// have no other glyphs).
    SceneItem paper(const cv::Mat &qrModules, const QString &title, const QList<Issue::PaperField> &fields,
                    bool specimenMark);

    /// The next frame: the desk, with @p item when not null, placed at @p phase (0 to 1
    /// across one showing) of its drift.
    cv::Mat compose(const SceneItem *item, double phase);

    cv::Size frameSize() const { return m_size; }

private:
    cv::Size m_size;
    cv::RNG m_rng;
    cv::Mat m_desk;     ///< BGR, 8-bit
    cv::Mat m_vignette; ///< 8-bit, 3 channels: the gain (0.8 to 1.0) × 255
    static constexpr int kNoiseSlack = 64;
    std::array<cv::Mat, 4> m_noise; ///< 16-bit signed BGR noise fields, kNoiseSlack larger than a frame
};

} // namespace CertDesk::Demo
