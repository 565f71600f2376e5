// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "codereader.h"

#include "scan/framesource.h"
#include "scan/pdf/pdfsource.h"
#include "scan/qrdecoder.h"
#include "scan/scanpipeline.h"
#include "scan/stillimagesource.h"
#include "scan/videocapturesource.h"

#include <algorithm>

namespace CertDesk::Cli {

namespace {

// A file is not a camera: nobody waits for the next frame, so the second passes may
// take longer than they may on a live preview.
constexpr int kFileSecondPassBudgetMs = 250;

std::array<QPointF, 4> toPosition(const std::array<cv::Point2f, 4> &corners)
{
    std::array<QPointF, 4> out;
    for (size_t i = 0; i < corners.size(); ++i)
        out[i] = QPointF(corners[i].x, corners[i].y);
    return out;
}

PayloadItem toItem(const QString &path, qsizetype number, const QByteArray &bytes, const QString &text, bool binary,
                   const std::array<cv::Point2f, 4> &corners, bool hasPosition)
{
    PayloadItem item;
    item.source = QStringLiteral("%1#%2").arg(path).arg(number);
    item.binary = binary;
    item.text = binary ? bytes : text.toUtf8();
    if (hasPosition)
        item.position = toPosition(corners);
    return item;
}

QString describe(const QString &path, Scan::SourceStatus status)
{
    switch (status) {
    case Scan::SourceStatus::NotFound:
        return QStringLiteral("%1: not found").arg(path);
    case Scan::SourceStatus::CannotOpen:
        return QStringLiteral("%1: cannot be opened").arg(path);
    case Scan::SourceStatus::Unsupported:
        return QStringLiteral("%1: format not supported").arg(path);
    case Scan::SourceStatus::TooLarge:
        return QStringLiteral("%1: too large").arg(path);
    case Scan::SourceStatus::Unreadable:
        return QStringLiteral("%1: cannot be read (corrupt or truncated)").arg(path);
    default:
        return QStringLiteral("%1: %2").arg(path, Scan::sourceStatusCode(status));
    }
}

// Codes in reading order: top to bottom, then left to right, so numbering is stable.
void sortByPosition(QList<Scan::DecodedCode> &codes)
{
    std::stable_sort(codes.begin(), codes.end(), [](const Scan::DecodedCode &a, const Scan::DecodedCode &b) {
        const float ay = std::min({a.corners[0].y, a.corners[1].y, a.corners[2].y, a.corners[3].y});
        const float by = std::min({b.corners[0].y, b.corners[1].y, b.corners[2].y, b.corners[3].y});
        if (std::abs(ay - by) > 8.0f)
            return ay < by;
        return a.corners[0].x < b.corners[0].x;
    });
}

// Stills and PDF pages: every code on every frame, each reported (a PDF may print
// the same code on two pages; both are there).
std::optional<QList<PayloadItem>> readFrames(Scan::FrameSource &source, const QString &path, QString *error)
{
    Scan::DecoderOptions options;
    options.secondPassBudgetMs = kFileSecondPassBudgetMs;
    const Scan::QrDecoder decoder(options);
    const Scan::SourceStatus opened = source.open();
    if (opened != Scan::SourceStatus::Ok) {
        *error = describe(path, opened);
        return std::nullopt;
    }
    QList<PayloadItem> items;
    while (true) {
        const Scan::FrameResult frame = source.read();
        if (frame.status == Scan::SourceStatus::EndOfStream)
            break;
        if (!frame.ok()) {
            source.close();
            *error = describe(path, frame.status);
            return std::nullopt;
        }
        QList<Scan::DecodedCode> codes = decoder.decode(frame.frame.image);
        sortByPosition(codes);
        for (const Scan::DecodedCode &code : std::as_const(codes))
            items.append(toItem(path, items.size() + 1, code.bytes, code.text, code.binary, code.corners, true));
        if (!source.isLive() && source.frameCount() == 1)
            break;
    }
    source.close();
    return items;
}

} // namespace

std::optional<QList<PayloadItem>> readCodes(const QString &path, InputKind kind, QString *error)
{
    switch (kind) {
    case InputKind::Image: {
        Scan::StillImageSource source(path);
        return readFrames(source, path, error);
    }
    case InputKind::Pdf: {
        Scan::PdfSource source(path);
        return readFrames(source, path, error);
    }
    case InputKind::Video: {
        // As the camera pipeline reads: each code once, SMART Health Card parts joined.
        std::unique_ptr<Scan::VideoCaptureSource> source = path.contains(u'%')
                                                               ? Scan::VideoCaptureSource::imageSequence(path)
                                                               : Scan::VideoCaptureSource::videoFile(path);
        Scan::ScanPipeline::Options options;
        options.mode = Scan::ScanPipeline::Mode::Sequential;
        Scan::ScanPipeline pipeline(Scan::QrDecoder(), options);
        Scan::SourceStatus status = Scan::SourceStatus::Ok;
        const QList<Scan::ScanResult> results = pipeline.scanAll(*source, &status);
        if (status != Scan::SourceStatus::EndOfStream && status != Scan::SourceStatus::Ok && results.isEmpty()) {
            *error = describe(path, status);
            return std::nullopt;
        }
        QList<PayloadItem> items;
        for (const Scan::ScanResult &result : results)
            items.append(toItem(path, items.size() + 1, result.bytes, result.text, result.binary, result.corners,
                                !result.joinedFromChunks));
        return items;
    }
    case InputKind::Text:
        break;
    }
    *error = QStringLiteral("%1: not an image, PDF or video").arg(path);
    return std::nullopt;
}

} // namespace CertDesk::Cli
