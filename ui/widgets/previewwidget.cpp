// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "previewwidget.h"

#include <QPainter>
#include <QPainterPath>

#include <opencv2/core/mat.hpp>

namespace CertDesk::Ui {

namespace {

// A QImage sharing nothing with the frame (the capture thread reuses no buffer, but a
// deep copy keeps the lifetime question out of paintEvent()).
QImage toImage(const cv::Mat &mat)
{
    if (mat.empty() || mat.depth() != CV_8U)
        return {};
    switch (mat.channels()) {
    case 1:
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step[0]), QImage::Format_Grayscale8).copy();
    case 3:
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step[0]), QImage::Format_BGR888).copy();
    case 4:
        // OpenCV's BGRA is QImage's ARGB32 on little-endian machines.
        return QImage(mat.data, mat.cols, mat.rows, int(mat.step[0]), QImage::Format_ARGB32).copy();
    default:
        return {};
    }
}

} // namespace

PreviewWidget::PreviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPreview"));
    setAccessibleName(tr("Camera preview"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_idleMessage = tr("No camera");
    m_clock.start();
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PreviewWidget::refresh);
}

void PreviewWidget::setFrameProvider(FrameProvider provider)
{
    m_provider = std::move(provider);
    m_lastFrameIndex = -1;
    m_lastFrameCapturedAtMs = -1;
    m_framesShown = 0;
    m_paintTimesMs.clear();
    m_image = QImage();
    m_outlineUntilMs = -1;
    if (m_provider)
        m_timer.start();
    else
        m_timer.stop();
    update();
}

void PreviewWidget::setIdleMessage(const QString &message)
{
    m_idleMessage = message;
    update();
}

void PreviewWidget::showOutline(const std::array<QPointF, 4> &corners, const QColor &colour)
{
    m_outline = corners;
    m_outlineColour = colour;
    m_outlineUntilMs = m_clock.elapsed() + outlineHoldMs;
    update();
}

double PreviewWidget::framesPerSecond() const
{
    const qint64 now = m_clock.elapsed();
    return double(std::count_if(m_paintTimesMs.begin(), m_paintTimesMs.end(), [now](qint64 at) {
        return now - at <= 1000;
    }));
}

void PreviewWidget::refresh()
{
    if (!m_provider)
        return;
    const Scan::Frame frame = m_provider();
    // A new frame is a new index, or a new capture time (a restarted source starts at 0).
    if (!frame.isValid() || (frame.index == m_lastFrameIndex && frame.capturedAtMs == m_lastFrameCapturedAtMs)) {
        if (m_outlineUntilMs >= 0 && m_clock.elapsed() > m_outlineUntilMs) {
            m_outlineUntilMs = -1;
            update();
        }
        return;
    }
    m_lastFrameIndex = frame.index;
    m_lastFrameCapturedAtMs = frame.capturedAtMs;
    m_image = toImage(frame.image);
    ++m_framesShown;
    const qint64 now = m_clock.elapsed();
    m_paintTimesMs.push_back(now);
    while (!m_paintTimesMs.empty() && now - m_paintTimesMs.front() > 1000)
        m_paintTimesMs.pop_front();
    update();
}

QRectF PreviewWidget::imageRect() const
{
    if (m_image.isNull())
        return {};
    QSizeF size = m_image.size();
    size.scale(this->size(), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2.0, (height() - size.height()) / 2.0), size);
}

void PreviewWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 24));
    if (m_image.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_idleMessage);
        return;
    }
    const QRectF target = imageRect();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false); // 30 fps beats smoothness here
    painter.drawImage(target, m_image);
    if (m_outlineUntilMs >= 0 && m_clock.elapsed() <= m_outlineUntilMs) {
        const double scale = target.width() / m_image.width();
        QPainterPath path;
        for (size_t i = 0; i < m_outline.size(); ++i) {
            const QPointF point = target.topLeft() + m_outline[i] * scale;
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        path.closeSubpath();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(m_outlineColour, 4));
        painter.drawPath(path);
    }
}

} // namespace CertDesk::Ui
