// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "capturethread.h"

#include <chrono>

#include "sourcelogging_p.h"

namespace CertDesk::Scan {

namespace {

// Pause after a failed read of a live source before the next attempt.
constexpr auto failedReadPause = std::chrono::milliseconds(20);

} // namespace

CaptureThread::CaptureThread(std::unique_ptr<FrameSource> source)
    : CaptureThread(std::move(source), Options{})
{
}

CaptureThread::CaptureThread(std::unique_ptr<FrameSource> source, Options options)
    : m_source(std::move(source))
    , m_options(options)
    , m_sourceName(m_source ? m_source->name() : QString())
    , m_live(m_source && m_source->isLive())
{
}

CaptureThread::~CaptureThread()
{
    stop();
}

void CaptureThread::start()
{
    std::lock_guard lock(m_mutex);
    if (m_started)
        return;
    m_started = true;
    if (!m_source) {
        m_finished = true;
        m_finalStatus = SourceStatus::NotOpen;
        return;
    }
    m_thread = std::jthread([this](std::stop_token stopToken) { run(std::move(stopToken)); });
}

void CaptureThread::stop()
{
    if (m_thread.joinable()) {
        m_thread.request_stop();
        m_thread.join();
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_frameArrived.notify_all();
}

void CaptureThread::finish(SourceStatus status)
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_finalStatus = status;
    m_frameArrived.notify_all();
}

void CaptureThread::run(std::stop_token stopToken)
{
    const SourceStatus opened = m_source->open();
    if (opened != SourceStatus::Ok) {
        qCInfo(lcScanSource) << "capture of" << m_sourceName << "did not start:" << sourceStatusCode(opened);
        finish(opened);
        return;
    }

    const bool pace = m_options.paceFiniteSources && !m_live;
    const auto playbackStart = std::chrono::steady_clock::now();
    qint64 firstTimestamp = -1;
    int consecutiveFailures = 0;
    SourceStatus endStatus = SourceStatus::Ok;

    while (!stopToken.stop_requested()) {
        FrameResult result = m_source->read();
        if (!result.ok()) {
            const bool retry = m_live && result.status == SourceStatus::Disconnected
                && ++consecutiveFailures < m_options.maxConsecutiveFailures;
            if (retry) {
                std::this_thread::sleep_for(failedReadPause);
                continue;
            }
            endStatus = result.status;
            break;
        }
        consecutiveFailures = 0;

        std::unique_lock lock(m_mutex);
        if (pace) {
            // Wait until the frame's media time, as a camera would deliver it; stop() interrupts.
            if (firstTimestamp < 0)
                firstTimestamp = result.frame.timestampMs;
            const auto due = playbackStart + std::chrono::milliseconds(result.frame.timestampMs - firstTimestamp);
            m_frameArrived.wait_until(lock, stopToken, due, [] { return false; });
            if (stopToken.stop_requested())
                break;
            // Latency starts when the paced frame "leaves the camera".
            result.frame.capturedAtMs = m_source->now();
        }
        if (m_pending)
            ++m_statistics.dropped;
        m_newest = std::move(result.frame);
        m_pending = true;
        ++m_statistics.captured;
        m_frameArrived.notify_all();
    }

    m_source->close();
    if (endStatus != SourceStatus::Ok)
        qCDebug(lcScanSource) << "capture of" << m_sourceName << "ended:" << sourceStatusCode(endStatus);
    finish(endStatus);
}

std::optional<Frame> CaptureThread::waitForFrame(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    m_frameArrived.wait_for(lock, std::chrono::milliseconds(qMax(0, timeoutMs)),
                            [this] { return m_pending || m_finished; });
    if (!m_pending)
        return std::nullopt;
    m_pending = false;
    ++m_statistics.delivered;
    return m_newest;
}

Frame CaptureThread::newestFrame() const
{
    std::lock_guard lock(m_mutex);
    return m_newest;
}

bool CaptureThread::isFinished() const
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

SourceStatus CaptureThread::finalStatus() const
{
    std::lock_guard lock(m_mutex);
    return m_finalStatus;
}

CaptureStatistics CaptureThread::statistics() const
{
    std::lock_guard lock(m_mutex);
    return m_statistics;
}

} // namespace CertDesk::Scan
