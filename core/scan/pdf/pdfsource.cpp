// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "pdfsource.h"

#include <cmath>

#include <opencv2/core.hpp>

#include <QFileInfo>
#include <QImage>
#include <QPdfDocument>

#include "scan/sourcelogging_p.h"

namespace CertDesk::Scan {

namespace {

constexpr double pointsPerInch = 72.0;

// Composites the premultiplied page over white paper: c + (255 - alpha).
cv::Mat toBgrOnWhite(const QImage &rendered)
{
    const QImage image = rendered.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    cv::Mat bgr(image.height(), image.width(), CV_8UC3);
    for (int y = 0; y < image.height(); ++y) {
        const auto *source = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        auto *target = bgr.ptr<cv::Vec3b>(y);
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = source[x];
            const int background = 255 - qAlpha(pixel);
            target[x] = cv::Vec3b(uchar(qBlue(pixel) + background), uchar(qGreen(pixel) + background),
                                  uchar(qRed(pixel) + background));
        }
    }
    return bgr;
}

} // namespace

PdfSource::PdfSource(QString path)
    : PdfSource(std::move(path), Limits{})
{
}

PdfSource::PdfSource(QString path, Limits limits)
    : m_path(std::move(path))
    , m_name(QFileInfo(m_path).fileName())
    , m_limits(limits)
{
}

PdfSource::~PdfSource() = default;

SourceStatus PdfSource::open()
{
    close();
    const QFileInfo info(m_path);
    if (!info.isFile())
        return SourceStatus::NotFound;
    if (info.size() > m_limits.maxFileBytes)
        return SourceStatus::TooLarge;

    auto document = std::make_unique<QPdfDocument>(nullptr);
    const QPdfDocument::Error error = document->load(m_path);
    switch (error) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::FileNotFound:
        return SourceStatus::NotFound;
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return SourceStatus::Unsupported;
    default:
        qCInfo(lcScanSource) << m_name << "is not a readable PDF, error" << int(error);
        return SourceStatus::Unreadable;
    }
    if (document->pageCount() <= 0)
        return SourceStatus::Unreadable;
    if (document->pageCount() > m_limits.maxPages)
        return SourceStatus::TooLarge;
    // No thread affinity: the pipeline may open on its worker and destroy on the GUI thread.
    document->moveToThread(nullptr);
    m_document = std::move(document);
    m_nextPage = 0;
    return SourceStatus::Ok;
}

void PdfSource::close()
{
    m_document.reset();
    m_nextPage = 0;
}

bool PdfSource::isOpen() const
{
    return m_document != nullptr;
}

qint64 PdfSource::frameCount() const
{
    return m_document ? m_document->pageCount() : -1;
}

FrameResult PdfSource::read()
{
    if (!m_document)
        return {SourceStatus::NotOpen, {}};
    if (m_nextPage >= m_document->pageCount())
        return {SourceStatus::EndOfStream, {}};
    const int page = m_nextPage++;

    const QSizeF points = m_document->pagePointSize(page);
    if (!(points.width() > 0 && points.height() > 0))
        return {SourceStatus::Unreadable, {}};
    double dpi = m_limits.dpi;
    const double pixelsAtDpi = points.width() * points.height() * std::pow(dpi / pointsPerInch, 2);
    if (pixelsAtDpi > double(m_limits.maxPixelsPerPage)) {
        dpi *= std::sqrt(double(m_limits.maxPixelsPerPage) / pixelsAtDpi);
        qCDebug(lcScanSource) << m_name << "page" << page + 1 << "rendered at" << dpi << "dpi to stay bounded";
    }
    const QSize size(qMax(1, int(std::floor(points.width() * dpi / pointsPerInch))),
                     qMax(1, int(std::floor(points.height() * dpi / pointsPerInch))));

    QPdfDocumentRenderOptions options;
    // Aliased images: a QR code embedded small and scaled up keeps sharp module edges
    // instead of being smoothed into grey ramps.
    options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::Annotations
                           | QPdfDocumentRenderOptions::RenderFlag::ImageAliased);
    const QImage rendered = m_document->render(page, size, options);
    if (rendered.isNull())
        return {SourceStatus::Unreadable, {}};
    m_lastPageDpi = dpi;

    Frame frame;
    frame.image = toBgrOnWhite(rendered);
    frame.index = page;
    frame.timestampMs = page;
    frame.capturedAtMs = now();
    return {SourceStatus::Ok, frame};
}

} // namespace CertDesk::Scan
