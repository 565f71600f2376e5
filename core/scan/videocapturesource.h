// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>
#include <optional>

#include <QSize>
#include <QString>

#include "scan/framesource.h"

namespace cv {
class VideoCapture;
}

namespace CertDesk::Scan {

/// What to ask a camera for when it is opened. Unset values keep the driver's choice.
struct CameraSettings
{
    QSize resolution;        ///< e.g. 1920x1080; empty keeps the driver default
    double frameRate = 0;    ///< frames per second; 0 keeps the driver default
    /// Ask for Motion-JPEG on V4L2 cameras: USB 2 cameras deliver 1080p at full rate
    /// only compressed. Ignored elsewhere.
    bool preferMjpeg = true;
    std::optional<bool> autoFocus;
    std::optional<double> focus;        ///< driver units (V4L2: usually 0-255 or 0-1023)
    std::optional<bool> autoExposure;
    std::optional<double> exposure;     ///< driver units (V4L2: 100 µs steps; MSMF: log2 seconds)
    std::optional<bool> torch;          ///< the camera's light, where the backend has it (Apple devices)
};

/// The outcome of a camera control request.
enum class ControlStatus {
    Applied,     ///< the backend accepted the value (the driver may still round it)
    Unsupported, ///< the backend or the driver has no such control
    NotOpen,     ///< the source is not open, or is not a camera
};

/**
 * Frames from OpenCV's VideoCapture: a camera (platform-native backend: V4L2 on Linux,
 * Media Foundation on Windows, AVFoundation on macOS), a video file, or an image sequence
 * such as frames/%04d.png. Files and sequences go through the very same code path as a
 * camera, which is how tests and the demo drive the camera pipeline without a webcam.
 *
 * Cameras are live; files and sequences are finite and time-stamped from their frame
 * index and frame rate (media time starting at 0), so that runs are reproducible.
 */
class VideoCaptureSource final : public FrameSource
{
public:
    enum class Kind {
        Camera,
        VideoFile,
        ImageSequence,
    };

    /// Frames above this many pixels are refused (TooLarge): no real camera or video comes near.
    static constexpr qint64 maxFramePixels = 100'000'000;
    /// The frame rate assumed for sequences and for files that do not state one.
    static constexpr double defaultFrameRate = 25.0;

    /// The camera at @p index of the native backend. @p name is only used for name().
    static std::unique_ptr<VideoCaptureSource> camera(int index, const CameraSettings &settings = {},
                                                      const QString &name = {});
    /// A video file in any format the OpenCV build reads (Motion-JPEG AVI always works).
    static std::unique_ptr<VideoCaptureSource> videoFile(const QString &path);
    /// An image sequence: @p pattern is a printf pattern such as "frames/%04d.png".
    static std::unique_ptr<VideoCaptureSource> imageSequence(const QString &pattern,
                                                             double frameRate = defaultFrameRate);

    /// The VideoCapture API preference for cameras on this platform (cv::CAP_V4L2, ...).
    static int nativeCameraBackend();

    ~VideoCaptureSource() override;

    SourceStatus open() override;
    void close() override;
    bool isOpen() const override;
    FrameResult read() override;
    QString name() const override;
    bool isLive() const override { return m_kind == Kind::Camera; }
    qint64 frameCount() const override;

    Kind kind() const { return m_kind; }
    /// The frame size the device or file reports after open(); empty before.
    QSize frameSize() const;
    /// The frame rate in use: reported by the device or file, else the nominal one.
    double frameRate() const { return m_frameRate; }

    /// Camera controls. They return Unsupported when the backend refuses the property;
    /// a driver may accept a value and still ignore it, which OpenCV cannot tell.
    ControlStatus setAutoFocus(bool enabled);
    ControlStatus setFocus(double value);
    ControlStatus setAutoExposure(bool enabled);
    ControlStatus setExposure(double value);
    /// The torch (LED) exists as a VideoCapture property only on Apple devices; elsewhere Unsupported.
    ControlStatus setTorch(bool enabled);

private:
    VideoCaptureSource(Kind kind, QString location, int cameraIndex, CameraSettings settings, QString name);
    ControlStatus setProperty(int property, double value);
    void applyCameraSettings();

    Kind m_kind;
    QString m_location;      ///< file path or pattern
    int m_cameraIndex = -1;
    CameraSettings m_settings;
    QString m_name;
    double m_frameRate = defaultFrameRate;
    qint64 m_nextIndex = 0;
    std::unique_ptr<cv::VideoCapture> m_capture;
};

} // namespace CertDesk::Scan
