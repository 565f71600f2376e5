// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

#include <opencv2/core/mat.hpp>

#include <QString>
#include <QtGlobal>

namespace CertDesk::Scan {

/// Why a source could not deliver a frame. Codes are stable (see sourceStatusCode()).
enum class SourceStatus {
    Ok,
    NotOpen,      ///< read() before a successful open()
    NotFound,     ///< the file, camera or pattern does not exist
    CannotOpen,   ///< it exists, but no backend could open it
    Unsupported,  ///< the format or the requested control is not supported
    TooLarge,     ///< a named limit (pixels, pages, bytes) was exceeded
    Unreadable,   ///< opened, but the data could not be decoded
    EndOfStream,  ///< a finite source has delivered its last frame
    Disconnected, ///< a live source stopped delivering (camera unplugged)
};

/// The snake_case code of @p status, for logs and JSON; never translated.
QString sourceStatusCode(SourceStatus status);

/// Milliseconds on a monotonic clock. Core never reads the wall clock (STYLE.md §5);
/// latency is measured on a clock the caller may replace (tests use a fake one).
using MonotonicClock = std::function<qint64()>;

/// The process's steady clock in milliseconds (std::chrono::steady_clock).
MonotonicClock steadyClock();

/// One image from a source.
struct Frame
{
    cv::Mat image;           ///< 8-bit BGR or grey; the source never writes into it again
    qint64 index = -1;       ///< 0 for the first frame the source delivered
    /// When the frame was taken: media time for files, sequences and documents
    /// (deterministic, starts at 0), the monotonic capture time for cameras.
    /// CodeTracker and ShcJoiner run on this time.
    qint64 timestampMs = 0;
    /// Monotonic time at which the frame left the device or file; latency is measured from here.
    qint64 capturedAtMs = 0;

    bool isValid() const { return !image.empty(); }
};

/// The result of FrameSource::read(): a frame, or the reason there is none.
struct FrameResult
{
    SourceStatus status = SourceStatus::NotOpen;
    Frame frame;

    bool ok() const { return status == SourceStatus::Ok; }
};

/**
 * Anything that yields images: a camera, a video file, an image sequence, a still image,
 * the pages of a PDF. A source is used from one thread at a time (CaptureThread opens and
 * reads it on its own thread); it is not thread-safe.
 *
 * Live sources (cameras) produce frames whether or not anybody reads them and read()
 * returns the next one the device delivers; finite sources (files, documents) return
 * every frame once, in order, then SourceStatus::EndOfStream.
 */
class FrameSource
{
public:
    FrameSource() = default;
    virtual ~FrameSource();
    FrameSource(const FrameSource &) = delete;
    FrameSource &operator=(const FrameSource &) = delete;

    /// Opens the device or file. Returns Ok, NotFound, CannotOpen, Unsupported or TooLarge.
    virtual SourceStatus open() = 0;
    /// Releases the device or file; open() may be called again afterwards.
    virtual void close() = 0;
    virtual bool isOpen() const = 0;

    /// The next frame. Status: Ok, NotOpen, EndOfStream (finite sources), Disconnected
    /// (live sources), Unreadable or TooLarge.
    virtual FrameResult read() = 0;

    /// A short human-readable name (camera name, file name); may be shown in the UI.
    virtual QString name() const = 0;
    /// True for cameras: frames keep coming and old ones are worthless.
    virtual bool isLive() const = 0;
    /// Number of frames of a finite source when known, -1 otherwise.
    virtual qint64 frameCount() const { return -1; }

    /// Replaces the clock used for Frame::capturedAtMs (and, for cameras, Frame::timestampMs).
    void setClock(MonotonicClock clock);
    /// The time on that clock, in milliseconds.
    qint64 now() const;

private:
    MonotonicClock m_clock = steadyClock();
};

} // namespace CertDesk::Scan
