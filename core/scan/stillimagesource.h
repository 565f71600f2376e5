// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "scan/framesource.h"

namespace CertDesk::Scan {

/**
 * One still image (PNG, JPEG, BMP, TIFF or WebP) as a finite source of one frame.
 *
 * The format is sniffed from the content, not from the file name (some ".png" files hold
 * JPEG data), and the size is read from the header before any decoding: images above
 * maxPixels are refused as TooLarge without allocating their pixels. Images above
 * reducedDecodeAbovePixels are decoded at half size (cv::IMREAD_REDUCED_COLOR_2), which loses
 * nothing: the decoder shrinks anything larger than 4K anyway. Other formats are refused
 * (Unsupported) so that no exotic codec sees untrusted input. Only the first page of a
 * multi-page TIFF is read.
 *
 * The file is read through QFile and decoded with cv::imdecode, so paths that are not
 * ASCII work on every platform.
 */
class StillImageSource final : public FrameSource
{
public:
    static constexpr qint64 maxFileBytes = 256 * 1024 * 1024;
    static constexpr qint64 maxPixels = 100'000'000;
    static constexpr qint64 reducedDecodeAbovePixels = 4LL * 3840 * 2160;

    /// An image file.
    explicit StillImageSource(QString path);
    /// Encoded image bytes already in memory (drag and drop, clipboard); @p name is shown.
    static std::unique_ptr<StillImageSource> fromData(QByteArray data, QString name);

    /// Reads and decodes the image. Returns Ok, NotFound, CannotOpen, Unsupported, TooLarge or Unreadable.
    SourceStatus open() override;
    void close() override;
    bool isOpen() const override { return m_open; }
    /// The image once (timestamp 0), then EndOfStream.
    FrameResult read() override;
    QString name() const override { return m_name; }
    bool isLive() const override { return false; }
    qint64 frameCount() const override { return 1; }

    /// The format found in the content ("png", "jpeg", "bmp", "tiff", "webp"); empty before open().
    QString detectedFormat() const { return m_format; }
    /// True when the image was decoded at reduced size.
    bool wasReduced() const { return m_reduced; }

private:
    StillImageSource(QString path, QByteArray data, QString name);
    SourceStatus decode(const QByteArray &data);

    QString m_path;
    QByteArray m_data;
    QString m_name;
    QString m_format;
    cv::Mat m_image;
    bool m_open = false;
    bool m_delivered = false;
    bool m_reduced = false;
};

} // namespace CertDesk::Scan
