// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scan/framesource.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <array>
#include <deque>
#include <functional>

namespace CertDesk::Ui {

/**
 * The live camera picture with the last code found outlined.
 *
 * It pulls the newest captured frame on its own timer (never waiting for the decoder,
 * which may be busy with second passes), converts it once and paints it scaled to fit. The
 * outline of a code stays for a moment after the code was read, so the officer sees what
 * was read. Frames shown per second are counted for the status bar and the targets.
 */
class PreviewWidget final : public QWidget
{
    Q_OBJECT

public:
    using FrameProvider = std::function<Scan::Frame()>;

    explicit PreviewWidget(QWidget *parent = nullptr);

    /// Where frames come from; an empty provider shows the idle message.
    void setFrameProvider(FrameProvider provider);
    /// Outlines @p corners (frame pixels) for outlineHoldMs.
    void showOutline(const std::array<QPointF, 4> &corners, const QColor &colour);
    void setIdleMessage(const QString &message);

    /// Distinct frames painted during the last second.
    double framesPerSecond() const;
    /// Distinct frames painted since the provider was set.
    qint64 framesShown() const { return m_framesShown; }
    /// The image last painted (for tests and screenshots).
    const QImage &currentImage() const { return m_image; }

    static constexpr int refreshIntervalMs = 15; ///< faster than any camera's 30 fps
    static constexpr int outlineHoldMs = 1500;

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    QRectF imageRect() const;

    FrameProvider m_provider;
    QTimer m_timer;
    QImage m_image;
    qint64 m_lastFrameIndex = -1;
    qint64 m_lastFrameCapturedAtMs = -1;
    qint64 m_framesShown = 0;
    std::deque<qint64> m_paintTimesMs;
    QElapsedTimer m_clock;
    std::array<QPointF, 4> m_outline{};
    QColor m_outlineColour;
    qint64 m_outlineUntilMs = -1;
    QString m_idleMessage;
};

} // namespace CertDesk::Ui
