// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "videocapturesource.h"

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "sourcelogging_p.h"

using namespace Qt::StringLiterals;

namespace CertDesk::Scan {

namespace {

// V4L2 takes its own menu values for V4L2_CID_EXPOSURE_AUTO (1 manual, 3 aperture
// priority), which OpenCV 4 passes through; the other backends use the old DC1394-style
// 0.25 (manual) / 0.75 (automatic) convention.
#if defined(Q_OS_LINUX)
constexpr double autoExposureOn = 3.0;
constexpr double autoExposureOff = 1.0;
#else
constexpr double autoExposureOn = 0.75;
constexpr double autoExposureOff = 0.25;
#endif

std::string localPath(const QString &path)
{
    return QFile::encodeName(QDir::toNativeSeparators(path)).toStdString();
}

} // namespace

VideoCaptureSource::VideoCaptureSource(Kind kind, QString location, int cameraIndex, CameraSettings settings,
                                       QString name)
    : m_kind(kind)
    , m_location(std::move(location))
    , m_cameraIndex(cameraIndex)
    , m_settings(std::move(settings))
    , m_name(std::move(name))
{
}

VideoCaptureSource::~VideoCaptureSource() = default;

std::unique_ptr<VideoCaptureSource> VideoCaptureSource::camera(int index, const CameraSettings &settings,
                                                               const QString &name)
{
    const QString shownName = name.isEmpty() ? u"Camera %1"_s.arg(index) : name;
    return std::unique_ptr<VideoCaptureSource>(new VideoCaptureSource(Kind::Camera, {}, index, settings, shownName));
}

std::unique_ptr<VideoCaptureSource> VideoCaptureSource::videoFile(const QString &path)
{
    return std::unique_ptr<VideoCaptureSource>(
        new VideoCaptureSource(Kind::VideoFile, path, -1, {}, QFileInfo(path).fileName()));
}

std::unique_ptr<VideoCaptureSource> VideoCaptureSource::imageSequence(const QString &pattern, double frameRate)
{
    auto source = std::unique_ptr<VideoCaptureSource>(
        new VideoCaptureSource(Kind::ImageSequence, pattern, -1, {}, QFileInfo(pattern).fileName()));
    if (frameRate > 0)
        source->m_frameRate = frameRate;
    return source;
}

int VideoCaptureSource::nativeCameraBackend()
{
#if defined(Q_OS_LINUX)
    return cv::CAP_V4L2;
#elif defined(Q_OS_WIN)
    return cv::CAP_MSMF;
#elif defined(Q_OS_MACOS)
    return cv::CAP_AVFOUNDATION;
#else
    return cv::CAP_ANY;
#endif
}

SourceStatus VideoCaptureSource::open()
{
    close();
    switch (m_kind) {
    case Kind::VideoFile:
        if (!QFileInfo(m_location).isFile())
            return SourceStatus::NotFound;
        break;
    case Kind::ImageSequence:
        if (!QFileInfo(m_location).absoluteDir().exists())
            return SourceStatus::NotFound;
        break;
    case Kind::Camera:
        if (m_cameraIndex < 0)
            return SourceStatus::NotFound;
        break;
    }

    // OpenCV reports most failures by return value, but some backends throw
    // cv::Exception; exceptions never leave the scan library (STYLE.md §4).
    try {
        auto capture = std::make_unique<cv::VideoCapture>();
        bool opened = false;
        switch (m_kind) {
        case Kind::Camera:
            opened = capture->open(m_cameraIndex, nativeCameraBackend());
            break;
        case Kind::VideoFile:
            opened = capture->open(localPath(m_location), cv::CAP_ANY);
            break;
        case Kind::ImageSequence:
            opened = capture->open(localPath(m_location), cv::CAP_IMAGES);
            break;
        }
        if (!opened || !capture->isOpened()) {
            qCInfo(lcScanSource) << "cannot open" << m_name;
            return SourceStatus::CannotOpen;
        }
        m_capture = std::move(capture);
    } catch (const cv::Exception &error) {
        qCWarning(lcScanSource) << "OpenCV refused" << m_name << error.what();
        m_capture.reset();
        return SourceStatus::CannotOpen;
    }

    if (m_kind == Kind::Camera)
        applyCameraSettings();

    // A file states its rate; a sequence has none (CAP_IMAGES reports a placeholder of 1 fps),
    // so the nominal rate stays. Cameras report what the driver granted.
    const double reportedRate = m_kind == Kind::ImageSequence ? 0.0 : m_capture->get(cv::CAP_PROP_FPS);
    if (reportedRate > 0.5 && reportedRate < 1000.0)
        m_frameRate = reportedRate;
    m_nextIndex = 0;
    qCDebug(lcScanSource) << "opened" << m_name << frameSize() << m_frameRate << "fps";
    return SourceStatus::Ok;
}

void VideoCaptureSource::applyCameraSettings()
{
#if defined(Q_OS_LINUX)
    if (m_settings.preferMjpeg)
        m_capture->set(cv::CAP_PROP_FOURCC, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'));
#endif
    if (!m_settings.resolution.isEmpty()) {
        m_capture->set(cv::CAP_PROP_FRAME_WIDTH, m_settings.resolution.width());
        m_capture->set(cv::CAP_PROP_FRAME_HEIGHT, m_settings.resolution.height());
    }
    if (m_settings.frameRate > 0)
        m_capture->set(cv::CAP_PROP_FPS, m_settings.frameRate);
    if (m_settings.autoFocus)
        setAutoFocus(*m_settings.autoFocus);
    if (m_settings.focus)
        setFocus(*m_settings.focus);
    if (m_settings.autoExposure)
        setAutoExposure(*m_settings.autoExposure);
    if (m_settings.exposure)
        setExposure(*m_settings.exposure);
    if (m_settings.torch)
        setTorch(*m_settings.torch);
}

void VideoCaptureSource::close()
{
    if (m_capture) {
        try {
            m_capture->release();
        } catch (const cv::Exception &error) {
            qCWarning(lcScanSource) << "releasing" << m_name << "failed:" << error.what();
        }
    }
    m_capture.reset();
}

bool VideoCaptureSource::isOpen() const
{
    return m_capture && m_capture->isOpened();
}

FrameResult VideoCaptureSource::read()
{
    if (!isOpen())
        return {SourceStatus::NotOpen, {}};

    cv::Mat image;
    bool ok = false;
    try {
        ok = m_capture->read(image);
    } catch (const cv::Exception &error) {
        qCWarning(lcScanSource) << "reading" << m_name << "failed:" << error.what();
        return {isLive() ? SourceStatus::Disconnected : SourceStatus::Unreadable, {}};
    }
    if (!ok || image.empty())
        return {isLive() ? SourceStatus::Disconnected : SourceStatus::EndOfStream, {}};
    if (qint64(image.cols) * image.rows > maxFramePixels)
        return {SourceStatus::TooLarge, {}};
    if (image.depth() != CV_8U)
        return {SourceStatus::Unsupported, {}};
    // A backend may hand out a header over its own buffer; the frame must own its pixels,
    // since it outlives the next read on another thread.
    if (!image.u)
        image = image.clone();

    Frame frame;
    frame.image = image;
    frame.index = m_nextIndex++;
    frame.capturedAtMs = now();
    // Files and sequences: media time from the index, exact for constant-rate video and
    // independent of how fast frames are read. Cameras: the capture time.
    frame.timestampMs = isLive() ? frame.capturedAtMs : qRound64(double(frame.index) * 1000.0 / m_frameRate);
    return {SourceStatus::Ok, frame};
}

QString VideoCaptureSource::name() const
{
    return m_name;
}

qint64 VideoCaptureSource::frameCount() const
{
    if (isLive() || !isOpen())
        return -1;
    const double count = m_capture->get(cv::CAP_PROP_FRAME_COUNT);
    return count > 0 ? qint64(count) : -1;
}

QSize VideoCaptureSource::frameSize() const
{
    if (!isOpen())
        return {};
    return QSize(int(m_capture->get(cv::CAP_PROP_FRAME_WIDTH)), int(m_capture->get(cv::CAP_PROP_FRAME_HEIGHT)));
}

ControlStatus VideoCaptureSource::setProperty(int property, double value)
{
    if (!isOpen() || !isLive())
        return ControlStatus::NotOpen;
    try {
        return m_capture->set(property, value) ? ControlStatus::Applied : ControlStatus::Unsupported;
    } catch (const cv::Exception &error) {
        qCDebug(lcScanSource) << "property" << property << "refused:" << error.what();
        return ControlStatus::Unsupported;
    }
}

ControlStatus VideoCaptureSource::setAutoFocus(bool enabled)
{
    return setProperty(cv::CAP_PROP_AUTOFOCUS, enabled ? 1.0 : 0.0);
}

ControlStatus VideoCaptureSource::setFocus(double value)
{
    return setProperty(cv::CAP_PROP_FOCUS, value);
}

ControlStatus VideoCaptureSource::setAutoExposure(bool enabled)
{
    return setProperty(cv::CAP_PROP_AUTO_EXPOSURE, enabled ? autoExposureOn : autoExposureOff);
}

ControlStatus VideoCaptureSource::setExposure(double value)
{
    return setProperty(cv::CAP_PROP_EXPOSURE, value);
}

ControlStatus VideoCaptureSource::setTorch(bool enabled)
{
#if defined(Q_OS_DARWIN)
    return setProperty(cv::CAP_PROP_IOS_DEVICE_TORCH, enabled ? 1.0 : 0.0);
#else
    Q_UNUSED(enabled)
    return isOpen() && isLive() ? ControlStatus::Unsupported : ControlStatus::NotOpen;
#endif
}

} // namespace CertDesk::Scan
