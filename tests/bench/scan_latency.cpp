// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Measures the live scan path against the target "from the moment a code enters a video
// source's frame to its text leaving the pipeline: under 100 ms at the 95th percentile".
//
// Clips are built at run time in a temporary directory from the webcam frames of
// synthetic-public (manifest.jsonl gives each frame's text and qr_quad): frames 0..k-1
// show the scene with the code painted over (background only), frames k..k+29 the code;
// every frame gets sensor noise, a little defocus, brightness flicker and JPEG (24 background
// and 30 code variants per scene are rendered once; each trial starts at a random variant).
// Each trial plays one clip as an image sequence (or an MJPG AVI) through
// VideoCaptureSource -> ScanPipeline in Mode::NewestFrame, paced at 30 fps like a camera.
//
// Latency runs from the moment the capture thread hands out frame k (the pacing clock,
// Frame::capturedAtMs of frame k, recorded even when the decoder never sees that frame)
// to the moment codeFound() is emitted with the expected text. Also printed: the
// pipeline's own ScanResult::latencyMs (from the frame the code was read in), how many
// source frames after k the first read came, decoded frames per second, dropped frames,
// and the decoder's cost on frames without a code. A program, not a timed test.
//
// Usage: scan_latency [--shared DIR] [--trials N] [--avi-trials N] [--scenes N] [--png]
//                     [--resolutions 720,1080] [--seed N] [--keep] [--verbose] [--no-gate]
// DIR defaults to $CERTDESK_SHARED_DIR, else ../shared next to the repository.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "scan/qrdecoder.h"
#include "scan/scanpipeline.h"
#include "scan/scenegate.h"
#include "scan/videocapturesource.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

namespace {

constexpr double clipFrameRate = 30.0;
constexpr int visibleFrames = 30; // the code stays in view for one second
constexpr int backgroundVariants = 24; // background frames are reused cyclically
constexpr int firstEntryFrame = 10; // k is drawn from [firstEntryFrame, lastEntryFrame]
constexpr int lastEntryFrame = 45;
constexpr double targetMs = 100.0;
constexpr int lingerAfterReadMs = 100; // keep playing a little after the read, then stop

qint64 steadyMicroseconds()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

double percentile(std::vector<double> values, double fraction)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(fraction * static_cast<double>(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

// ---- scenes and clips -------------------------------------------------------------------

struct Scene
{
    QString file;
    QString text;
    cv::Mat withCode;
    cv::Mat withoutCode;
};

// The scene with the code's quadrilateral (grown by 15 %) filled with the colour of the
// paper just around it, so that the frames before k hold no code at all.
cv::Mat eraseCode(const cv::Mat &image, const QJsonArray &quad)
{
    std::vector<cv::Point2f> corners;
    for (const QJsonValue &corner : quad)
        corners.emplace_back(static_cast<float>(corner[0].toDouble()), static_cast<float>(corner[1].toDouble()));
    cv::Point2f centre(0, 0);
    for (const cv::Point2f &corner : corners)
        centre += corner * 0.25f;
    auto grown = [&](float factor) {
        std::vector<cv::Point> points;
        for (const cv::Point2f &corner : corners)
            points.emplace_back(centre + (corner - centre) * factor);
        return points;
    };
    cv::Mat ring(image.size(), CV_8U, cv::Scalar(0));
    cv::fillConvexPoly(ring, grown(1.35f), cv::Scalar(255));
    cv::fillConvexPoly(ring, grown(1.15f), cv::Scalar(0));
    cv::Mat erased = image.clone();
    cv::fillConvexPoly(erased, grown(1.15f), cv::mean(image, ring));
    return erased;
}

// The webcam frames of @p sceneName that the decoder reads on their own, with exact text,
// and whose erased version yields nothing. HC1 only: SMART Health Card chunks wait for parts.
std::vector<Scene> loadScenes(const QString &corpusDir, const QString &sceneName, int wanted)
{
    std::vector<Scene> scenes;
    QFile manifest(QDir(corpusDir).filePath(u"manifest.jsonl"_s));
    if (!manifest.open(QIODevice::ReadOnly))
        return scenes;
    const QrDecoder decoder;
    int tried = 0;
    while (!manifest.atEnd() && static_cast<int>(scenes.size()) < wanted) {
        const QJsonObject row = QJsonDocument::fromJson(manifest.readLine()).object();
        if (row.value(u"scene"_s).toString() != sceneName || row.value(u"payload"_s).toString() != u"hc1"_s)
            continue;
        Scene scene;
        scene.file = row.value(u"file"_s).toString();
        scene.text = row.value(u"text"_s).toString();
        scene.withCode = cv::imread(QFile::encodeName(QDir(corpusDir).filePath(scene.file)).toStdString());
        const QJsonArray quad = row.value(u"params"_s)[u"qr_quad"_s].toArray();
        if (scene.withCode.empty() || quad.size() != 4)
            continue;
        ++tried;
        const QList<DecodedCode> codes = decoder.decode(scene.withCode);
        if (codes.size() != 1 || codes.first().text != scene.text)
            continue;
        scene.withoutCode = eraseCode(scene.withCode, quad);
        if (!decoder.decode(scene.withoutCode).isEmpty())
            continue;
        scenes.push_back(std::move(scene));
    }
    std::printf(
        "# %s: %zu scenes read on their own out of the first %d tried\n", qPrintable(sceneName), scenes.size(), tried);
    return scenes;
}

// One frame as a webcam would deliver it: sensor noise, defocus now and then, exposure flicker.
cv::Mat cameraFrame(const cv::Mat &scene, std::mt19937 &random)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    cv::Mat frame;
    scene.convertTo(frame, CV_16SC3, 1.0, (unit(random) - 0.5) * 8.0);
    cv::Mat noise(scene.size(), CV_16SC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(2.0 + 2.0 * unit(random)));
    frame += noise;
    frame.convertTo(frame, CV_8UC3);
    if (unit(random) < 0.5)
        cv::GaussianBlur(frame, frame, cv::Size(0, 0), 0.3 + 0.6 * unit(random));
    return frame;
}

struct ResolutionSet
{
    QString label; // "720p", "1080p"
    QString directory; // s<scene>_bg_NN and s<scene>_code_NN images, trial clips
    std::vector<Scene> scenes;
    QString extension; // "jpg" or "png"
};

QString framePath(const ResolutionSet &set, size_t scene, bool code, int variant)
{
    return u"%1/s%2_%3_%4.%5"_s.arg(set.directory)
        .arg(scene)
        .arg(code ? u"code"_s : u"bg"_s)
        .arg(variant, 2, 10, QChar(u'0'))
        .arg(set.extension);
}

bool writeImage(const QString &path, const cv::Mat &image)
{
    const std::vector<int> parameters {cv::IMWRITE_JPEG_QUALITY, 85, cv::IMWRITE_PNG_COMPRESSION, 1};
    return cv::imwrite(QFile::encodeName(path).toStdString(), image, parameters);
}

bool renderFrames(const ResolutionSet &set, std::mt19937 &random)
{
    for (size_t scene = 0; scene < set.scenes.size(); ++scene) {
        for (int variant = 0; variant < backgroundVariants; ++variant) {
            if (!writeImage(framePath(set, scene, false, variant), cameraFrame(set.scenes[scene].withoutCode, random)))
                return false;
        }
        for (int variant = 0; variant < visibleFrames; ++variant) {
            if (!writeImage(framePath(set, scene, true, variant), cameraFrame(set.scenes[scene].withCode, random)))
                return false;
        }
    }
    return true;
}

struct Clip
{
    size_t scene = 0;
    int entryFrame = 0; // k
    int codeOffset = 0; // the first code variant shown, so that trials of one scene differ
    QString location; // a sequence pattern or an AVI file
    bool video = false;
};

// The source frame paths of a clip: k background frames, then the code frames.
QStringList clipFrames(const ResolutionSet &set, const Clip &clip)
{
    QStringList frames;
    for (int index = 0; index < clip.entryFrame; ++index)
        frames.append(framePath(set, clip.scene, false, (clip.codeOffset + index) % backgroundVariants));
    for (int index = 0; index < visibleFrames; ++index)
        frames.append(framePath(set, clip.scene, true, (clip.codeOffset + index) % visibleFrames));
    return frames;
}

std::optional<Clip> makeSequenceClip(const ResolutionSet &set, Clip clip, int trial)
{
    const QString directory = u"%1/trial%2"_s.arg(set.directory).arg(trial);
    if (!QDir().mkpath(directory))
        return std::nullopt;
    const QStringList frames = clipFrames(set, clip);
    for (int index = 0; index < frames.size(); ++index) {
        const QString link = u"%1/%2.%3"_s.arg(directory).arg(index, 4, 10, QChar(u'0')).arg(set.extension);
        if (!QFile::link(frames[index], link))
            return std::nullopt;
    }
    clip.location = u"%1/%04d.%2"_s.arg(directory, set.extension);
    clip.video = false;
    return clip;
}

// OpenCV's own MJPEG writer is in every build. FFmpeg's reader may warn "error dc" about the
// last block of a frame it wrote; the block is at the bottom-right corner, away from the codes.
std::optional<Clip> makeVideoClip(const ResolutionSet &set, Clip clip, int trial)
{
    const QString path = u"%1/trial%2.avi"_s.arg(set.directory).arg(trial);
    const cv::Mat first = cv::imread(QFile::encodeName(framePath(set, clip.scene, false, 0)).toStdString());
    cv::VideoWriter writer;
    try {
        writer.open(QFile::encodeName(path).toStdString(), cv::CAP_OPENCV_MJPEG,
            cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), clipFrameRate, first.size(),
            {cv::VIDEOWRITER_PROP_QUALITY, 85});
    } catch (const cv::Exception &) {
        return std::nullopt;
    }
    if (!writer.isOpened())
        return std::nullopt;
    for (const QString &frame : clipFrames(set, clip))
        writer.write(cv::imread(QFile::encodeName(frame).toStdString()));
    writer.release();
    clip.location = path;
    clip.video = true;
    return clip;
}

// ---- the measured run -------------------------------------------------------------------

// When the capture thread handed out each frame. The pipeline's clock goes to the source,
// and CaptureThread reads it (through FrameSource::now()) right after pacing a frame, on the
// thread that opened the source: those calls are the capture times. Calls from the decoding
// thread (ScanResult::latencyMs) are not.
class CaptureLog
{
public:
    void opened()
    {
        std::lock_guard lock(m_mutex);
        m_captureThread = std::this_thread::get_id();
    }
    void reading(qint64 index)
    {
        std::lock_guard lock(m_mutex);
        m_reading = index;
    }
    void clockRead(qint64 microseconds)
    {
        std::lock_guard lock(m_mutex);
        if (std::this_thread::get_id() != m_captureThread || m_reading < 0)
            return;
        if (static_cast<qint64>(m_capturedAt.size()) <= m_reading)
            m_capturedAt.resize(static_cast<size_t>(m_reading) + 1, -1);
        m_capturedAt[static_cast<size_t>(m_reading)] = microseconds;
    }
    /// Microseconds; -1 when @p index was never handed out.
    qint64 capturedAt(qint64 index) const
    {
        std::lock_guard lock(m_mutex);
        return index >= 0 && index < static_cast<qint64>(m_capturedAt.size()) ? m_capturedAt[static_cast<size_t>(index)]
                                                                              : -1;
    }

private:
    mutable std::mutex m_mutex;
    std::thread::id m_captureThread;
    qint64 m_reading = -1;
    std::vector<qint64> m_capturedAt;
};

// A VideoCaptureSource that tells the log which frame it just read.
class LoggingSource final : public FrameSource
{
public:
    LoggingSource(std::unique_ptr<VideoCaptureSource> source, std::shared_ptr<CaptureLog> log)
        : m_source(std::move(source))
        , m_log(std::move(log))
    {
    }
    SourceStatus open() override
    {
        m_log->opened();
        return m_source->open();
    }
    void close() override { m_source->close(); }
    bool isOpen() const override { return m_source->isOpen(); }
    FrameResult read() override
    {
        FrameResult result = m_source->read();
        if (result.ok())
            m_log->reading(result.frame.index);
        return result;
    }
    QString name() const override { return m_source->name(); }
    bool isLive() const override { return m_source->isLive(); }
    qint64 frameCount() const override { return m_source->frameCount(); }

private:
    std::unique_ptr<VideoCaptureSource> m_source;
    std::shared_ptr<CaptureLog> m_log;
};

struct Trial
{
    bool read = false;
    bool wrong = false; // a report before k, or another text
    double latencyMs = 0; // frame k handed out -> codeFound()
    double pipelineLatencyMs = 0; // ScanResult::latencyMs
    qint64 framesAfterEntry = 0; // first-read frame index - k
    double entryLagMs = 0; // frame k handed out this late against a steady 30 fps from frame 1
    double decodedPerSecond = 0;
    qint64 captured = 0;
    qint64 dropped = 0;
    SourceStatus status = SourceStatus::Ok;
    size_t scene = 0;
    std::vector<float> decodeMs; // every decoded frame's decode time (ScanPipeline statistics)
    qint64 framesDecoded = 0;
    qint64 framesWithSecondPasses = 0;
};

// --no-gate: every frame gets the second passes (the pipeline before SceneGate), for comparison.
bool g_gate = true;

Trial runTrial(const Clip &clip, const QString &expected)
{
    auto log = std::make_shared<CaptureLog>();
    std::unique_ptr<VideoCaptureSource> source = clip.video
        ? VideoCaptureSource::videoFile(clip.location)
        : VideoCaptureSource::imageSequence(clip.location, clipFrameRate);

    ScanPipeline::Options options;
    options.mode = ScanPipeline::Mode::NewestFrame;
    options.capture.paceFiniteSources = true;
    options.gateSecondPasses = g_gate;
    ScanPipeline pipeline(QrDecoder(), options);
    pipeline.setClock([log] {
        const qint64 microseconds = steadyMicroseconds();
        log->clockRead(microseconds);
        return microseconds / 1000;
    });

    std::mutex mutex;
    std::condition_variable changed;
    Trial trial;
    trial.scene = clip.scene;
    qint64 foundAt = -1;
    bool finished = false;
    QObject::connect(
        &pipeline, &ScanPipeline::codeFound, &pipeline,
        [&](const ScanResult &result) {
            const qint64 now = steadyMicroseconds();
            std::lock_guard lock(mutex);
            if (result.text != expected || result.frameIndex < clip.entryFrame) {
                trial.wrong = true;
                return;
            }
            if (foundAt >= 0)
                return;
            foundAt = now;
            trial.pipelineLatencyMs = static_cast<double>(result.latencyMs);
            trial.framesAfterEntry = result.frameIndex - clip.entryFrame;
            changed.notify_all();
        },
        Qt::DirectConnection);
    QObject::connect(
        &pipeline, &ScanPipeline::finished, &pipeline,
        [&](SourceStatus status) {
            std::lock_guard lock(mutex);
            finished = true;
            trial.status = status;
            changed.notify_all();
        },
        Qt::DirectConnection);

    const int clipMs = static_cast<int>((clip.entryFrame + visibleFrames) * 1000 / clipFrameRate);
    pipeline.start(std::make_unique<LoggingSource>(std::move(source), log));
    {
        std::unique_lock lock(mutex);
        changed.wait_for(lock, std::chrono::milliseconds(clipMs + 10'000), [&] { return finished || foundAt >= 0; });
        if (foundAt >= 0)
            changed.wait_for(lock, std::chrono::milliseconds(lingerAfterReadMs), [&] { return finished; });
    }
    pipeline.stop();
    const qint64 stoppedAt = steadyMicroseconds();

    const PipelineStatistics statistics = pipeline.statistics();
    trial.captured = statistics.capture.captured;
    trial.dropped = statistics.capture.dropped;
    trial.decodeMs = statistics.recentDecodeMs;
    trial.framesDecoded = statistics.framesDecoded;
    trial.framesWithSecondPasses = statistics.framesWithSecondPasses;
    const qint64 firstCapture = log->capturedAt(0);
    if (firstCapture > 0 && stoppedAt > firstCapture)
        trial.decodedPerSecond
            = static_cast<double>(statistics.framesDecoded) * 1e6 / static_cast<double>(stoppedAt - firstCapture);
    const qint64 entryCapture = log->capturedAt(clip.entryFrame);
    if (foundAt >= 0 && entryCapture > 0) {
        trial.read = true;
        trial.latencyMs = static_cast<double>(foundAt - entryCapture) / 1000.0;
    }
    // Frame 1, not 0: frame 0 leaves late by its own read time, as pacing starts after open().
    const qint64 secondCapture = log->capturedAt(1);
    if (entryCapture > 0 && secondCapture > 0)
        trial.entryLagMs = static_cast<double>(entryCapture - secondCapture) / 1000.0
            - (clip.entryFrame - 1) * 1000.0 / clipFrameRate;
    return trial;
}

void summarise(const QString &label, const std::vector<Trial> &trials, const std::vector<Scene> &scenes)
{
    std::vector<double> latencies, pipelineLatencies, rates, withMisses, lags;
    std::vector<int> histogram(7, 0); // frames after k: 0..5, 6+
    int read = 0, wrong = 0, underTarget = 0;
    qint64 captured = 0, dropped = 0, decoded = 0, withSecondPasses = 0;
    std::vector<double> frameMs;
    for (const Trial &trial : trials) {
        frameMs.insert(frameMs.end(), trial.decodeMs.begin(), trial.decodeMs.end());
        decoded += trial.framesDecoded;
        withSecondPasses += trial.framesWithSecondPasses;
        wrong += trial.wrong ? 1 : 0;
        captured += trial.captured;
        dropped += trial.dropped;
        if (trial.decodedPerSecond > 0)
            rates.push_back(trial.decodedPerSecond);
        withMisses.push_back(trial.read ? trial.latencyMs : HUGE_VAL);
        if (!trial.read)
            continue;
        ++read;
        underTarget += trial.latencyMs < targetMs ? 1 : 0;
        latencies.push_back(trial.latencyMs);
        pipelineLatencies.push_back(trial.pipelineLatencyMs);
        lags.push_back(trial.entryLagMs);
        ++histogram[static_cast<size_t>(std::clamp<qint64>(trial.framesAfterEntry, 0, 6))];
    }
    const double p95 = percentile(latencies, 0.95);
    const double p95WithMisses = percentile(withMisses, 0.95);
    std::printf("%s: %zu trials, %d read, %d missed, %d wrong/early reports\n", qPrintable(label), trials.size(), read,
        static_cast<int>(trials.size()) - read, wrong);
    std::printf("  entry->codeFound ms: median %.1f  p95 %.1f  max %.1f  (p95 counting misses: %s)  under %.0f ms: "
                "%d/%zu\n",
        percentile(latencies, 0.5), p95, percentile(latencies, 1.0),
        std::isinf(p95WithMisses) ? "miss" : qPrintable(QString::number(p95WithMisses, 'f', 1)), targetMs, underTarget,
        trials.size());
    std::printf("  ScanResult::latencyMs (from the frame read): median %.1f  p95 %.1f\n",
        percentile(pipelineLatencies, 0.5), percentile(pipelineLatencies, 0.95));
    std::printf("  capture pacing: frame k handed out late by median %.1f  max %.1f ms\n", percentile(lags, 0.5),
        percentile(lags, 1.0));
    if (percentile(lags, 0.5) > 1000.0 / clipFrameRate)
        std::printf("  note: reading the files cannot keep up with %.0f fps here; the source, not the decoder, "
                    "sets the pace, and the latency above does not include that lag\n",
            clipFrameRate);
    std::printf("  frames after k to first read: 0:%d 1:%d 2:%d 3:%d 4:%d 5:%d 6+:%d\n", histogram[0], histogram[1],
        histogram[2], histogram[3], histogram[4], histogram[5], histogram[6]);
    // Per scene: a marginal code (read on some noisy frames only) shows up as one scene's tail.
    for (size_t scene = 0; scene < scenes.size(); ++scene) {
        QStringList shown;
        for (const Trial &trial : trials) {
            if (trial.scene == scene)
                shown.append(
                    trial.read ? u"%1ms/+%2"_s.arg(qRound(trial.latencyMs)).arg(trial.framesAfterEntry) : u"miss"_s);
        }
        if (!shown.isEmpty())
            std::printf("    %s: %s\n", qPrintable(scenes[scene].file), qPrintable(shown.join(u' ')));
    }
    std::printf("  decoded frames/s: median %.1f  min %.1f   dropped: %lld of %lld captured (%.0f %%)\n",
        percentile(rates, 0.5), percentile(rates, 0.0), static_cast<long long>(dropped),
        static_cast<long long>(captured),
        captured > 0 ? 100.0 * static_cast<double>(dropped) / static_cast<double>(captured) : 0.0);
    std::printf("  decode ms per live frame (all frames of all trials, %zu): median %.1f  p95 %.1f  max %.1f;"
                " second passes on %lld of %lld frames (%s)\n",
        frameMs.size(), percentile(frameMs, 0.5), percentile(frameMs, 0.95), percentile(frameMs, 1.0),
        static_cast<long long>(withSecondPasses), static_cast<long long>(decoded),
        g_gate ? "scene gate on" : "scene gate off: every frame");
    QJsonObject json {{u"clips"_s, label}, {u"trials"_s, static_cast<int>(trials.size())}, {u"read"_s, read},
        {u"wrong"_s, wrong}, {u"median_ms"_s, percentile(latencies, 0.5)}, {u"p95_ms"_s, p95},
        {u"p95_with_misses_ms"_s, std::isinf(p95WithMisses) ? QJsonValue() : QJsonValue(p95WithMisses)},
        {u"pipeline_latency_p95_ms"_s, percentile(pipelineLatencies, 0.95)},
        {u"decoded_fps_median"_s, percentile(rates, 0.5)}, {u"frame_median_ms"_s, percentile(frameMs, 0.5)},
        {u"frame_p95_ms"_s, percentile(frameMs, 0.95)}, {u"gate"_s, g_gate}, {u"dropped"_s, dropped}, {u"captured"_s, captured}};
    std::printf("  %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// ---- decode-only cost -------------------------------------------------------------------

double timeDecodeMs(const QrDecoder &decoder, const cv::Mat &image)
{
    const qint64 start = steadyMicroseconds();
    const QList<DecodedCode> codes = decoder.decode(image);
    Q_UNUSED(codes)
    return static_cast<double>(steadyMicroseconds() - start) / 1000.0;
}

void measureDecodeCost(const ResolutionSet &set)
{
    DecoderOptions firstPassOnly;
    firstPassOnly.secondPasses = false;
    const QrDecoder full, fast(firstPassOnly);
    std::vector<double> emptyFull, emptyFast, withCode, imageRead;
    for (size_t scene = 0; scene < set.scenes.size(); ++scene) {
        for (int variant = 0; variant < 8; ++variant) {
            const std::string path = QFile::encodeName(framePath(set, scene, false, variant)).toStdString();
            const qint64 start = steadyMicroseconds();
            const cv::Mat image = cv::imread(path);
            imageRead.push_back(static_cast<double>(steadyMicroseconds() - start) / 1000.0);
            emptyFull.push_back(timeDecodeMs(full, image));
            emptyFast.push_back(timeDecodeMs(fast, image));
        }
        for (int variant = 0; variant < 4; ++variant)
            withCode.push_back(
                timeDecodeMs(full, cv::imread(QFile::encodeName(framePath(set, scene, true, variant)).toStdString())));
    }
    auto line = [](const char *what, const std::vector<double> &values) {
        std::printf("  %-40s median %6.1f  p95 %6.1f  (n=%zu)\n", what, percentile(values, 0.5),
            percentile(values, 0.95), values.size());
    };
    // One clip per scene, decoded frame after frame on this thread with the frames in memory
    // (no capture thread, no pacing): the decoder's own cost per live frame on one core, with
    // the pipeline's SceneGate and without it. 60 background frames (two seconds of an empty
    // desk), then 30 with the code.
    std::vector<double> clipGated, clipUngated;
    int readGated = 0, readUngated = 0;
    for (size_t scene = 0; scene < set.scenes.size(); ++scene) {
        std::vector<cv::Mat> clip;
        for (int frame = 0; frame < 2 * backgroundVariants + 12; ++frame)
            clip.push_back(cv::imread(QFile::encodeName(framePath(set, scene, false, frame % backgroundVariants)).toStdString()));
        for (int frame = 0; frame < visibleFrames; ++frame)
            clip.push_back(cv::imread(QFile::encodeName(framePath(set, scene, true, frame)).toStdString()));
        for (const bool gated : {true, false}) {
            SceneGate gate;
            bool read = false;
            for (size_t index = 0; index < clip.size(); ++index) {
                const qint64 start = steadyMicroseconds();
                const bool secondPasses = !gated || gate.secondPassesWanted(clip[index]);
                const QList<DecodedCode> codes = full.decode(clip[index], static_cast<int>(index), secondPasses);
                if (gated)
                    gate.frameDecoded(secondPasses && (codes.isEmpty() || !codes.constFirst().readByFirstPass()));
                (gated ? clipGated : clipUngated).push_back(static_cast<double>(steadyMicroseconds() - start) / 1000.0);
                read = read || !codes.isEmpty();
            }
            (gated ? readGated : readUngated) += read ? 1 : 0;
        }
    }

    std::printf("%s decode-only ms per frame:\n", qPrintable(set.label));
    line("empty frame, full decoder (as the pipeline)", emptyFull);
    line("empty frame, first pass only", emptyFast);
    line("frame with the code, full decoder", withCode);
    line("reading the frame file (capture side)", imageRead);
    line("clip frames, scene gate (as live)", clipGated);
    line("clip frames, every pass on every frame", clipUngated);
    std::printf("  clips read: %d/%zu with the scene gate, %d/%zu without\n", readGated, set.scenes.size(), readUngated,
        set.scenes.size());
    std::fflush(stdout);
}

QString sharedDirectory(const QCommandLineParser &parser)
{
    if (parser.isSet(u"shared"_s))
        return parser.value(u"shared"_s);
    const QString fromEnvironment = qEnvironmentVariable("CERTDESK_SHARED_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStringLiteral(CERTDESK_SOURCE_DIR)).filePath(u"../shared"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Latency of the live scan pipeline on generated 30 fps clips."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"shared"_s, u"The shared folder (corpus/synthetic-public inside)."_s, u"dir"_s},
        {u"trials"_s, u"Image-sequence trials per resolution (40)."_s, u"n"_s, u"40"_s},
        {u"avi-trials"_s, u"MJPG AVI trials per resolution (20; 0 skips)."_s, u"n"_s, u"20"_s},
        {u"scenes"_s, u"Different code scenes per resolution (8)."_s, u"n"_s, u"8"_s},
        {u"resolutions"_s, u"Which clip sizes: 720, 1080 or both (720,1080)."_s, u"list"_s, u"720,1080"_s},
        {u"seed"_s, u"Seed for noise and entry frames."_s, u"n"_s, u"2026"_s},
        {u"png"_s, u"Write the sequences as PNG instead of JPEG."_s},
        {u"keep"_s, u"Keep the temporary clips and print where they are."_s},
        {u"verbose"_s, u"One line per trial."_s},
        {u"no-gate"_s, u"Second passes on every frame (no SceneGate), for comparison."_s},
    });
    parser.process(application);
    g_gate = !parser.isSet(u"no-gate"_s);

    const QString corpus = QDir(sharedDirectory(parser)).filePath(u"corpus/synthetic-public"_s);
    QTemporaryDir temporary(QDir::temp().filePath(u"scan_latency-XXXXXX"_s));
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    temporary.setAutoRemove(!parser.isSet(u"keep"_s));
    std::mt19937 random(parser.value(u"seed"_s).toUInt());
    cv::setRNGSeed(static_cast<int>(parser.value(u"seed"_s).toUInt()));
    const int trials = parser.value(u"trials"_s).toInt();
    const int aviTrials = parser.value(u"avi-trials"_s).toInt();
    const bool verbose = parser.isSet(u"verbose"_s);

    std::printf("# scan_latency: target %.0f ms at p95; clips %.0f fps, code visible %d frames, k in [%d, %d]\n",
        targetMs, clipFrameRate, visibleFrames, firstEntryFrame, lastEntryFrame);
    std::printf("# corpus %s; clips in %s; cores %u; load average %s\n", qPrintable(corpus),
        qPrintable(temporary.path()), std::thread::hardware_concurrency(), qPrintable(loadAverage()));
    std::fflush(stdout);

    for (const QString &resolution : parser.value(u"resolutions"_s).split(u',', Qt::SkipEmptyParts)) {
        ResolutionSet set;
        set.label = resolution + u'p';
        set.directory = QDir(temporary.path()).filePath(set.label);
        set.extension = parser.isSet(u"png"_s) ? u"png"_s : u"jpg"_s;
        set.scenes = loadScenes(corpus, u"webcam"_s + resolution, parser.value(u"scenes"_s).toInt());
        if (set.scenes.empty() || !QDir().mkpath(set.directory)) {
            std::printf("%s: no usable scenes in %s, skipped\n", qPrintable(set.label), qPrintable(corpus));
            continue;
        }
        const qint64 renderStart = steadyMicroseconds();
        if (!renderFrames(set, random)) {
            std::printf("%s: cannot write frames to %s\n", qPrintable(set.label), qPrintable(set.directory));
            return 1;
        }
        std::printf("# %s: %dx%d frames rendered in %.1f s\n", qPrintable(set.label), set.scenes.front().withCode.cols,
            set.scenes.front().withCode.rows, static_cast<double>(steadyMicroseconds() - renderStart) / 1e6);
        measureDecodeCost(set);

        std::uniform_int_distribution<int> entry(firstEntryFrame, lastEntryFrame);
        std::uniform_int_distribution<int> offset(0, visibleFrames - 1);
        for (const bool video : {false, true}) {
            const int count = video ? aviTrials : trials;
            std::vector<Trial> results;
            for (int index = 0; index < count; ++index) {
                Clip plan;
                plan.scene = static_cast<size_t>(index) % set.scenes.size();
                plan.entryFrame = entry(random);
                plan.codeOffset = offset(random);
                const size_t scene = plan.scene;
                const int entryFrame = plan.entryFrame;
                const int trialId = index + (video ? 10'000 : 0);
                const std::optional<Clip> clip
                    = video ? makeVideoClip(set, plan, trialId) : makeSequenceClip(set, plan, trialId);
                if (!clip) {
                    std::printf("%s: cannot build %s clips here, skipped\n", qPrintable(set.label),
                        video ? "MJPG AVI" : "image-sequence");
                    break;
                }
                const Trial trial = runTrial(*clip, set.scenes[scene].text);
                if (verbose)
                    std::printf("  trial %d %s k=%d read=%d wrong=%d latency=%.1f pipeline=%.0f after=%lld "
                                "fps=%.1f dropped=%lld/%lld status=%s\n",
                        index, qPrintable(set.scenes[scene].file), entryFrame, trial.read, trial.wrong, trial.latencyMs,
                        trial.pipelineLatencyMs, static_cast<long long>(trial.framesAfterEntry), trial.decodedPerSecond,
                        static_cast<long long>(trial.dropped), static_cast<long long>(trial.captured),
                        qPrintable(sourceStatusCode(trial.status)));
                std::fflush(stdout);
                results.push_back(trial);
                if (clip->video)
                    QFile::remove(clip->location);
            }
            const QString kind = video ? u"MJPG AVI"_s : u"image sequence (%1)"_s.arg(set.extension);
            if (!results.empty())
                summarise(set.label + u' ' + kind, results, set.scenes);
        }
    }
    std::printf("# load average at the end %s\n", qPrintable(loadAverage()));
    return 0;
}
