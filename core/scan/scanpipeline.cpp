// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "scanpipeline.h"

#include "sourcelogging_p.h"

#include <algorithm>
#include <chrono>

namespace CertDesk::Scan {

ScanPipeline::ScanPipeline(QObject *parent)
    : ScanPipeline(QrDecoder(), Options{}, parent)
{
}

ScanPipeline::ScanPipeline(QrDecoder decoder, Options options, QObject *parent)
    : QObject(parent)
    , m_decoder(std::move(decoder))
    , m_options(options)
    , m_tracker(options.reappearAfterMs)
    , m_joiner(options.shcLimits)
    , m_gate(options.sceneGate)
{
}

ScanPipeline::~ScanPipeline()
{
    if (m_worker.joinable()) {
        m_worker.request_stop();
        m_worker.join();
    }
}

void ScanPipeline::setClock(MonotonicClock clock)
{
    m_clock = clock ? std::move(clock) : steadyClock();
}

void ScanPipeline::resetTracking()
{
    std::lock_guard lock(m_mutex);
    m_tracker.reset();
    m_joiner.clear();
    m_statistics = {};
    m_decodeMs.clear();
    m_decodeMsNext = 0;
}

void ScanPipeline::start(std::unique_ptr<FrameSource> source)
{
    stop();
    if (!source) {
        Q_EMIT finished(SourceStatus::NotOpen);
        return;
    }
    resetTracking();
    source->setClock(m_clock);
    m_running = true;
    m_worker = std::jthread([this, owned = std::move(source)](std::stop_token stopToken) mutable {
        run(std::move(stopToken), std::move(owned));
    });
}

void ScanPipeline::stop()
{
    if (!m_worker.joinable())
        return;
    m_worker.request_stop();
    m_worker.join();
    m_worker = {};
    m_running = false;
}

bool ScanPipeline::isRunning() const
{
    return m_running;
}

void ScanPipeline::run(std::stop_token stopToken, std::unique_ptr<FrameSource> source)
{
    const bool live = m_options.mode == Mode::NewestFrame
        || (m_options.mode == Mode::Automatic && source->isLive());
    SourceStatus status = SourceStatus::Ok;
    m_gate.reset();
    m_gateActive = live && m_options.gateSecondPasses;
    // Nothing may escape a worker thread (STYLE.md §4): a decoder precondition failure ends the scan.
    try {
        if (live) {
            status = runNewestFrame(stopToken, std::move(source));
        } else {
            status = runSequential(stopToken, *source);
            source->close();
        }
    } catch (const std::exception &error) {
        qCWarning(lcScanSource) << "scan ended by an exception:" << error.what();
        status = SourceStatus::Unreadable;
    }
    if (stopToken.stop_requested())
        status = SourceStatus::Ok;
    m_running = false;
    Q_EMIT finished(status);
}

SourceStatus ScanPipeline::runSequential(std::stop_token stopToken, FrameSource &source)
{
    const QString name = source.name();
    const SourceStatus opened = source.open();
    if (opened != SourceStatus::Ok)
        return opened;
    while (!stopToken.stop_requested()) {
        const FrameResult result = source.read();
        if (!result.ok())
            return result.status;
        publish(process(result.frame, name));
    }
    return SourceStatus::Ok;
}

SourceStatus ScanPipeline::runNewestFrame(std::stop_token stopToken, std::unique_ptr<FrameSource> source)
{
    auto capture = std::make_shared<CaptureThread>(std::move(source), m_options.capture);
    {
        std::lock_guard lock(m_mutex);
        m_capture = capture;
    }
    capture->start();
    const QString name = capture->sourceName();
    while (!stopToken.stop_requested()) {
        const std::optional<Frame> frame = capture->waitForFrame(m_options.framePollMs);
        if (frame) {
            publish(process(*frame, name));
            continue;
        }
        if (capture->isFinished())
            break;
    }
    capture->stop();
    std::lock_guard lock(m_mutex);
    m_statistics.capture = capture->statistics();
    m_capture.reset();
    return capture->finalStatus();
}

void ScanPipeline::publish(const FrameOutcome &outcome)
{
    for (const ShcJoinResult &chunk : outcome.storedChunks)
        Q_EMIT shcChunkStored(chunk.index, chunk.total, chunk.missing);
    for (const ScanResult &result : outcome.results)
        Q_EMIT codeFound(result);
}

QList<ScanResult> ScanPipeline::scanAll(FrameSource &source, SourceStatus *status)
{
    resetTracking();
    source.setClock(m_clock);
    QList<ScanResult> results;
    const QString name = source.name();
    SourceStatus outcome = source.open();
    while (outcome == SourceStatus::Ok) {
        const FrameResult frame = source.read();
        outcome = frame.status;
        if (frame.ok())
            results += process(frame.frame, name).results;
    }
    source.close();
    if (status)
        *status = outcome;
    return results;
}

QList<ScanResult> ScanPipeline::processFrame(const Frame &frame, const QString &sourceName)
{
    return process(frame, sourceName).results;
}

ScanPipeline::FrameOutcome ScanPipeline::process(const Frame &frame, const QString &sourceName)
{
    // Decoding runs outside the lock: it is the slow part, and QrDecoder::decode() is const.
    // Consecutive frames are several chances: the frame index rotates the order of the
    // budgeted second passes (QrDecoder::decode(image, attempt)).
    // On a live camera, a scene the second passes have searched in vain gets the first pass only
    // until it changes (SceneGate).
    const int attempt = frame.index >= 0 ? int(frame.index % 65536) : 0;
    QList<DecodedCode> codes;
    bool secondPasses = false;
    const auto started = std::chrono::steady_clock::now();
    if (frame.isValid()) {
        secondPasses = !m_gateActive || m_gate.secondPassesWanted(frame.image);
        codes = m_decoder.decode(frame.image, attempt, secondPasses);
        if (m_gateActive)
            m_gate.frameDecoded(secondPasses && (codes.isEmpty() || !codes.constFirst().readByFirstPass()));
    }
    const auto decodeMs = float(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());

    qCDebug(lcScanSource).nospace() << "frame " << frame.index << ": " << decodeMs << " ms, second passes "
                                    << secondPasses << ", scene change " << m_gate.lastChange() << ", codes "
                                    << codes.size();

    FrameOutcome outcome;
    std::lock_guard lock(m_mutex);
    ++m_statistics.framesDecoded;
    if (frame.isValid()) {
        m_statistics.framesWithSecondPasses += secondPasses && m_gateActive ? 1 : 0;
        if (m_decodeMs.size() < std::size_t(PipelineStatistics::recentFrames))
            m_decodeMs.push_back(decodeMs);
        else
            m_decodeMs[m_decodeMsNext] = decodeMs;
        m_decodeMsNext = (m_decodeMsNext + 1) % std::size_t(PipelineStatistics::recentFrames);
    }
    if (codes.isEmpty())
        return outcome;
    ++m_statistics.framesWithCodes;

    QList<QByteArray> keys;
    keys.reserve(codes.size());
    for (const DecodedCode &code : codes)
        keys.append(code.bytes);
    const QList<QByteArray> fresh = m_tracker.observeFrame(keys, frame.timestampMs);

    auto makeResult = [&](QString text, QByteArray bytes, bool binary, bool joined,
                          const std::array<cv::Point2f, 4> &corners) {
        ScanResult result;
        result.corners = corners;
        result.text = std::move(text);
        result.bytes = std::move(bytes);
        result.binary = binary;
        result.joinedFromChunks = joined;
        result.sourceName = sourceName;
        result.frameIndex = frame.index;
        result.frameTimestampMs = frame.timestampMs;
        result.latencyMs = qMax<qint64>(0, m_clock() - frame.capturedAtMs);
        return result;
    };

    for (const DecodedCode &code : codes) {
        if (!fresh.contains(code.bytes))
            continue;
        if (!code.binary && ShcJoiner::isChunk(code.text)) {
            const ShcJoinResult joined = m_joiner.add(code.text, frame.timestampMs);
            if (joined.status == ShcChunkStatus::Complete)
                outcome.results.append(makeResult(joined.joined, joined.joined.toUtf8(), false, true, {}));
            else if (joined.status == ShcChunkStatus::Stored || joined.status == ShcChunkStatus::Conflict)
                outcome.storedChunks.append(joined);
            else
                qCDebug(lcScanSource) << "SMART Health Card chunk ignored:" << int(joined.status);
            continue;
        }
        outcome.results.append(makeResult(code.text, code.bytes, code.binary, false, code.corners));
    }
    m_statistics.resultsReported += outcome.results.size();
    return outcome;
}

QList<ShcIncompleteSet> ScanPipeline::incompleteShc() const
{
    std::lock_guard lock(m_mutex);
    return m_joiner.incomplete();
}

Frame ScanPipeline::newestFrame() const
{
    std::shared_ptr<CaptureThread> capture;
    {
        std::lock_guard lock(m_mutex);
        capture = m_capture;
    }
    return capture ? capture->newestFrame() : Frame();
}

PipelineStatistics ScanPipeline::statistics() const
{
    std::lock_guard lock(m_mutex);
    PipelineStatistics statistics = m_statistics;
    if (!m_decodeMs.empty()) {
        statistics.recentDecodeMs = m_decodeMs;
        if (m_decodeMs.size() == std::size_t(PipelineStatistics::recentFrames))
            std::rotate(statistics.recentDecodeMs.begin(),
                statistics.recentDecodeMs.begin() + std::ptrdiff_t(m_decodeMsNext), statistics.recentDecodeMs.end());
        std::vector<float> sorted = m_decodeMs;
        std::sort(sorted.begin(), sorted.end());
        const auto at = [&](double share) {
            return double(sorted[std::min(sorted.size() - 1, std::size_t(share * double(sorted.size())))]);
        };
        statistics.decodeMedianMs = at(0.5);
        statistics.decodeP95Ms = at(0.95);
    }
    if (m_capture)
        statistics.capture = m_capture->statistics();
    return statistics;
}

} // namespace CertDesk::Scan
