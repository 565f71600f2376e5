// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "verdictpanel.h"

#include "mainwindow/reasontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace CertDesk::Ui {

VerdictIcon::VerdictIcon(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(sizeHint());
    setAccessibleName(tr("Verdict symbol"));
}

void VerdictIcon::setVerdict(std::optional<Verdict> verdict)
{
    m_verdict = verdict;
    update();
}

void VerdictIcon::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(4, 4, -4, -4);
    if (!m_verdict) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 4, Qt::DashLine));
        painter.drawEllipse(box);
        return;
    }
    const QColor colour = VerdictPanel::colourOf(*m_verdict);
    QPen pen(Qt::white, box.width() / 9.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPainterPath symbol;
    switch (*m_verdict) {
    case Verdict::Valid:
        // A circle with a tick.
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(box);
        symbol.moveTo(box.left() + box.width() * 0.27, box.top() + box.height() * 0.52);
        symbol.lineTo(box.left() + box.width() * 0.44, box.top() + box.height() * 0.69);
        symbol.lineTo(box.left() + box.width() * 0.74, box.top() + box.height() * 0.33);
        break;
    case Verdict::Invalid: {
        // An octagon (a stop sign's shape) with a cross.
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const double angle = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << box.center() + QPointF(std::cos(angle), std::sin(angle)) * box.width() / 2.0;
        }
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(octagon);
        const double inset = box.width() * 0.3;
        symbol.moveTo(box.topLeft() + QPointF(inset, inset));
        symbol.lineTo(box.bottomRight() - QPointF(inset, inset));
        symbol.moveTo(box.topRight() + QPointF(-inset, inset));
        symbol.lineTo(box.bottomLeft() + QPointF(inset, -inset));
        break;
    }
    case Verdict::Unreadable: {
        // A triangle (a warning's shape) with a question mark.
        QPolygonF triangle;
        triangle << QPointF(box.center().x(), box.top()) << box.bottomRight() << box.bottomLeft();
        painter.setBrush(colour);
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(triangle);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(box.height() * 0.55));
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(box.adjusted(0, box.height() * 0.25, 0, 0), Qt::AlignCenter, QStringLiteral("?"));
        return;
    }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(pen);
    painter.drawPath(symbol);
}

VerdictPanel::VerdictPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("verdictPanel"));
    auto *layout = new QHBoxLayout(this);
    m_icon = new VerdictIcon(this);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    auto *texts = new QVBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_titleLabel->setAccessibleName(tr("Verdict"));
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setAccessibleName(tr("Reason"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_titleLabel);
    texts->addWidget(m_reasonLabel);
    texts->addStretch();
    layout->addLayout(texts, 1);
    setLarge(false);
    clear();
}

QColor VerdictPanel::colourOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QColor(0x1b, 0x7f, 0x3b);
    case Verdict::Invalid:
        return QColor(0xb3, 0x26, 0x1e);
    case Verdict::Unreadable:
        break;
    }
    return QColor(0xf2, 0xb7, 0x05);
}

void VerdictPanel::setLarge(bool large)
{
    m_large = large;
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * (large ? 4.0 : 2.6));
    m_titleLabel->setFont(title);
    QFont reason = font();
    reason.setPointSizeF(font().pointSizeF() * (large ? 2.0 : 1.3));
    m_reasonLabel->setFont(reason);
    m_icon->setFixedSize(large ? QSize(160, 160) : QSize(96, 96));
}

void VerdictPanel::showVerdict(Verdict verdict, const QString &reason)
{
    m_icon->setVerdict(verdict);
    m_titleLabel->setText(verdictTitle(verdict));
    // Dark text on the amber of "cannot read", the verdict's colour otherwise: the word and
    // the symbol's shape carry the verdict for anyone who cannot tell the colours apart.
    const QColor colour = verdict == Verdict::Unreadable ? QColor(0x6b, 0x4f, 0x00) : colourOf(verdict);
    m_titleLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
    m_reasonLabel->setText(reason);
    setAccessibleDescription(QStringLiteral("%1. %2").arg(verdictTitle(verdict), reason));
}

void VerdictPanel::clear()
{
    m_icon->setVerdict(std::nullopt);
    m_titleLabel->setText(tr("Ready to scan"));
    m_titleLabel->setStyleSheet(QString());
    m_reasonLabel->setText(tr("Hold the certificate's QR code in front of the camera, scan it, or drop a file here."));
    setAccessibleDescription(QString());
}

QString VerdictPanel::titleText() const
{
    return m_titleLabel->text();
}

QString VerdictPanel::reasonText() const
{
    return m_reasonLabel->text();
}

} // namespace CertDesk::Ui
