// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "stillimagesource.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QFile>
#include <QFileInfo>

#include "imageprobe_p.h"
#include "sourcelogging_p.h"

namespace CertDesk::Scan {

StillImageSource::StillImageSource(QString path)
    : StillImageSource(path, {}, QFileInfo(path).fileName())
{
}

StillImageSource::StillImageSource(QString path, QByteArray data, QString name)
    : m_path(std::move(path))
    , m_data(std::move(data))
    , m_name(std::move(name))
{
}

std::unique_ptr<StillImageSource> StillImageSource::fromData(QByteArray data, QString name)
{
    return std::unique_ptr<StillImageSource>(new StillImageSource({}, std::move(data), std::move(name)));
}

SourceStatus StillImageSource::open()
{
    close();
    if (m_path.isEmpty())
        return decode(m_data);

    const QFileInfo info(m_path);
    if (!info.isFile())
        return SourceStatus::NotFound;
    if (info.size() > maxFileBytes)
        return SourceStatus::TooLarge;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return SourceStatus::CannotOpen;
    const QByteArray data = file.read(maxFileBytes + 1);
    if (data.size() > maxFileBytes) // grew since stat()
        return SourceStatus::TooLarge;
    return decode(data);
}

SourceStatus StillImageSource::decode(const QByteArray &data)
{
    if (data.size() > maxFileBytes)
        return SourceStatus::TooLarge;
    const std::optional<ImageProbe::ImageHeader> header = ImageProbe::probe(data);
    if (!header)
        return data.isEmpty() ? SourceStatus::Unreadable : SourceStatus::Unsupported;
    m_format = header->format;
    if (header->pixels() > maxPixels) {
        qCInfo(lcScanSource) << m_name << "refused:" << header->width << "x" << header->height << "pixels";
        return SourceStatus::TooLarge;
    }
    m_reduced = header->pixels() > reducedDecodeAbovePixels;
    const int flags = m_reduced ? cv::IMREAD_REDUCED_COLOR_2 : cv::IMREAD_COLOR;

    cv::Mat image;
    try {
        // imdecode does not copy: the Mat header only wraps the bytes for the call.
        const cv::Mat encoded(1, int(data.size()), CV_8UC1, const_cast<char *>(data.constData()));
        image = cv::imdecode(encoded, flags);
    } catch (const cv::Exception &error) {
        qCInfo(lcScanSource) << m_name << "could not be decoded:" << error.what();
        return SourceStatus::Unreadable;
    }
    if (image.empty())
        return SourceStatus::Unreadable;
    // The header may lie (a TIFF whose first directory is a thumbnail): check what came out.
    if (qint64(image.cols) * image.rows > maxPixels)
        return SourceStatus::TooLarge;
    m_image = image;
    m_open = true;
    m_delivered = false;
    return SourceStatus::Ok;
}

void StillImageSource::close()
{
    m_image.release();
    m_open = false;
    m_delivered = false;
}

FrameResult StillImageSource::read()
{
    if (!m_open)
        return {SourceStatus::NotOpen, {}};
    if (m_delivered)
        return {SourceStatus::EndOfStream, {}};
    m_delivered = true;
    Frame frame;
    frame.image = m_image;
    frame.index = 0;
    frame.timestampMs = 0;
    frame.capturedAtMs = now();
    return {SourceStatus::Ok, frame};
}

} // namespace CertDesk::Scan
