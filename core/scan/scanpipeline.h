// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include "scan/capturethread.h"
#include "scan/codetracker.h"
#include "scan/framesource.h"
#include "scan/qrdecoder.h"
#include "scan/scenegate.h"
#include "scan/shcjoiner.h"

namespace CertDesk::Scan {

/// One text the pipeline reports.
struct ScanResult
{
    QString text;          ///< the code's text; for joined SMART Health Card chunks "shc:/<digits>"
    QByteArray bytes;      ///< the code's bytes exactly as encoded (the joined text's UTF-8 for chunks)
    bool binary = false;   ///< the content is not text (see DecodedCode::binary): use bytes
    bool joinedFromChunks = false;
    QString sourceName;
    qint64 frameIndex = -1;
    qint64 frameTimestampMs = 0; ///< Frame::timestampMs of the frame that produced it
    qint64 latencyMs = 0;        ///< from the frame leaving the device to the result leaving the pipeline
    /// Where the code was in its frame (DecodedCode::corners); all zero for joined chunks.
    std::array<cv::Point2f, 4> corners{};
};

/// Counters of a ScanPipeline run.
struct PipelineStatistics
{
    qint64 framesDecoded = 0;
    qint64 framesWithCodes = 0;
    qint64 resultsReported = 0;
    /// Live mode: frames on which the decoder's second passes ran; the others were left
    /// to the first pass because SceneGate found the scene already searched.
    qint64 framesWithSecondPasses = 0;
    /// Decoding time per frame over the last frames (at most recentFrames), in milliseconds.
    double decodeMedianMs = 0.0;
    double decodeP95Ms = 0.0;
    std::vector<float> recentDecodeMs; ///< those times, oldest first
    static constexpr int recentFrames = 1024;
    CaptureStatistics capture; ///< live mode only
};

/**
 * Ties a FrameSource to the QrDecoder, a CodeTracker and a ShcJoiner.
 *
 * Live sources go through a CaptureThread and the decoder always takes the newest frame
 * (no backlog, dropped frames are counted). Finite sources are read and decoded frame by
 * frame, none skipped. Either way several consecutive frames are several chances: a frame
 * the decoder cannot read costs nothing, because the tracker works on time since a code was
 * last seen, not on consecutive hits, and reports each code once per appearance.
 *
 * SMART Health Card chunks are not reported one by one: they go to the joiner, which
 * reports the joined card once complete; shcChunkStored() tells the UI what is missing.
 *
 * start() runs on a worker thread of the pipeline's own; signals are then emitted from that
 * thread and reach receivers in other threads queued. Do not call stop() or destroy the
 * pipeline from a slot connected with Qt::DirectConnection.
 */
class ScanPipeline final : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Automatic,   ///< newest-frame for live sources, sequential for finite ones
        Sequential,  ///< every frame, in order
        NewestFrame, ///< through a CaptureThread (a paced file then behaves like a camera)
    };

    struct Options
    {
        Mode mode = Mode::Automatic;
        qint64 reappearAfterMs = CodeTracker::defaultReappearAfterMs;
        ShcJoiner::Limits shcLimits;
        CaptureThread::Options capture;
        /// How long the live loop waits for a frame before checking for stop().
        int framePollMs = 50;
        /// Live mode: pause the second passes on a scene they have searched in vain
        /// (SceneGate). Finite sources always get every pass on every frame.
        bool gateSecondPasses = true;
        SceneGate::Options sceneGate;
    };

    explicit ScanPipeline(QObject *parent = nullptr);
    ScanPipeline(QrDecoder decoder, Options options, QObject *parent = nullptr);
    ~ScanPipeline() override;
    ScanPipeline(const ScanPipeline &) = delete;
    ScanPipeline &operator=(const ScanPipeline &) = delete;

    /// The clock latency is measured on; it is handed to the sources started. Call before start().
    void setClock(MonotonicClock clock);

    /// Scans @p source on a worker thread until it ends or stop(); results arrive via
    /// codeFound(), the end via finished(). Tracking and joining start afresh. A running
    /// scan is stopped first.
    void start(std::unique_ptr<FrameSource> source);
    /// Stops the worker and waits for it. finished() is emitted with SourceStatus::Ok.
    void stop();
    /// True from start() until the scan has ended (finished() emitted) or was stopped.
    bool isRunning() const;

    /// Reads a finite source to its end on the calling thread and returns what it found
    /// (for certdesk-cli and tests). Opens and closes @p source; tracking starts afresh.
    /// The signals are not emitted. Returns the source's error when it could not be read.
    QList<ScanResult> scanAll(FrameSource &source, SourceStatus *status = nullptr);

    /// One frame through decoder, tracker and joiner: the step both modes share.
    QList<ScanResult> processFrame(const Frame &frame, const QString &sourceName);

    /// The SMART Health Card sets still waiting for parts. Thread-safe.
    QList<ShcIncompleteSet> incompleteShc() const;
    /// Thread-safe.
    PipelineStatistics statistics() const;
    /// Live mode: the newest captured frame, decoded or not (for a preview that must not wait
    /// for the decoder); invalid before the first frame and outside live mode. Thread-safe.
    Frame newestFrame() const;

Q_SIGNALS:
    void codeFound(const CertDesk::Scan::ScanResult &result);
    /// A SMART Health Card part arrived: @p index of @p total, @p missing still to scan.
    void shcChunkStored(int index, int total, const QList<int> &missing);
    /// The scan ended: EndOfStream, Ok (stopped), or why the source failed.
    void finished(CertDesk::Scan::SourceStatus status);

private:
    struct FrameOutcome
    {
        QList<ScanResult> results;
        QList<ShcJoinResult> storedChunks;
    };

    FrameOutcome process(const Frame &frame, const QString &sourceName);
    void resetTracking();
    void run(std::stop_token stopToken, std::unique_ptr<FrameSource> source);
    SourceStatus runSequential(std::stop_token stopToken, FrameSource &source);
    SourceStatus runNewestFrame(std::stop_token stopToken, std::unique_ptr<FrameSource> source);
    void publish(const FrameOutcome &outcome);

    const QrDecoder m_decoder;
    const Options m_options;
    MonotonicClock m_clock = steadyClock();

    mutable std::mutex m_mutex; ///< guards the members below
    CodeTracker m_tracker;
    ShcJoiner m_joiner;
    PipelineStatistics m_statistics;
    std::vector<float> m_decodeMs; ///< ring of the last PipelineStatistics::recentFrames decode times
    std::size_t m_decodeMsNext = 0;
    // Used by the worker thread only (live mode), not guarded.
    SceneGate m_gate;
    bool m_gateActive = false;
    std::shared_ptr<CaptureThread> m_capture;
    std::atomic_bool m_running = false;

    std::jthread m_worker; // last: joined first on destruction
};

} // namespace CertDesk::Scan
