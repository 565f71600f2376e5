// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "scan/framesource.h"

namespace CertDesk::Scan {

/// Counters of a CaptureThread. captured == delivered + dropped + (one pending frame or none).
struct CaptureStatistics
{
    qint64 captured = 0;  ///< frames read from the source
    qint64 delivered = 0; ///< frames handed out by waitForFrame()
    qint64 dropped = 0;   ///< frames replaced by a newer one before anybody took them
};

/**
 * Reads a FrameSource on a thread of its own and keeps only the newest frame.
 *
 * There is no queue: when the consumer (the decoder) is slower than the camera, older
 * frames are overwritten and counted as dropped, so the consumer never falls behind and
 * always works on what the camera sees now. The thread owns the source: it opens, reads and
 * closes it (some backends, Media Foundation among them, want all three on one thread).
 *
 * A finite source (a video file, an image sequence) is paced at its frame rate by default,
 * so that it behaves like a camera: this is how tests and the demo drive the live pipeline.
 *
 * All public functions are thread-safe.
 */
class CaptureThread final
{
public:
    struct Options
    {
        /// Play finite sources at their media time instead of as fast as they can be read.
        bool paceFiniteSources = true;
        /// A live source that fails this many reads in a row counts as disconnected.
        int maxConsecutiveFailures = 5;
    };

    explicit CaptureThread(std::unique_ptr<FrameSource> source);
    CaptureThread(std::unique_ptr<FrameSource> source, Options options);
    ~CaptureThread();
    CaptureThread(const CaptureThread &) = delete;
    CaptureThread &operator=(const CaptureThread &) = delete;

    /// Starts the thread, which opens the source. Does nothing when already started.
    void start();
    /// Asks the thread to stop and waits for it; the source is closed on the capture thread.
    void stop();

    /**
     * The newest frame nobody has taken yet, waiting up to @p timeoutMs for one.
     * std::nullopt on timeout, or at once when the thread has finished and nothing is pending.
     */
    std::optional<Frame> waitForFrame(int timeoutMs);
    /// The newest frame, taken or not (for a preview); invalid before the first frame.
    Frame newestFrame() const;

    /// True once the thread has ended: stopped, end of stream, or a source error.
    bool isFinished() const;
    /// Why the thread ended: Ok after stop(), EndOfStream, or the error of open() or read().
    SourceStatus finalStatus() const;
    CaptureStatistics statistics() const;
    /// The source's name and liveness, readable while the thread owns it.
    QString sourceName() const { return m_sourceName; }
    bool isLiveSource() const { return m_live; }

private:
    void run(std::stop_token stopToken);
    void finish(SourceStatus status);

    std::unique_ptr<FrameSource> m_source;
    const Options m_options;
    const QString m_sourceName;
    const bool m_live;

    mutable std::mutex m_mutex;
    std::condition_variable_any m_frameArrived;
    Frame m_newest;
    bool m_pending = false;
    bool m_started = false;
    bool m_finished = false;
    SourceStatus m_finalStatus = SourceStatus::Ok;
    CaptureStatistics m_statistics;
    std::jthread m_thread; // last: joined first on destruction, while the members above still exist
};

} // namespace CertDesk::Scan
