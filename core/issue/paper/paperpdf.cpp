// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "paperpdf.h"

#include <cstdint>

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include "issue/paperfields.h"

namespace CertDesk::Issue::PaperPdf {

namespace {

using namespace Qt::StringLiterals;

constexpr int kResolution = 300; // dots per inch of the PDF's device coordinates
constexpr double kMarginMm = 18.0;

double mm(double millimetres)
{
    return millimetres * kResolution / 25.4;
}

// Points to device pixels at kResolution (fonts are sized in points).
int fontPixels(double points)
{
    return int(points * kResolution / 72.0 + 0.5);
}

QFont font(double points, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(fontPixels(points));
    f.setBold(bold);
    return f;
}

void drawSpecimenMark(QPainter &painter, const QRectF &page)
{
    painter.save();
    painter.translate(page.center());
    painter.rotate(-55.0);
    QFont mark = font(120, true);
    mark.setLetterSpacing(QFont::PercentageSpacing, 110);
    painter.setFont(mark);
    painter.setPen(QColor(220, 40, 40, 70));
    const QRectF box(-page.height(), -mm(40), 2 * page.height(), mm(80));
    painter.drawText(box, Qt::AlignCenter, u"SPECIMEN"_s);
    painter.restore();
}

// Draws the module matrix (quiet zone included) as filled squares: vector output, sharp at
// any print resolution.
void drawQr(QPainter &painter, const cv::Mat &modules, const QPointF &topLeft, double width)
{
    const double module = width / modules.cols;
    painter.save();
    painter.fillRect(QRectF(topLeft, QSizeF(width, width)), Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < modules.rows; ++y) {
        const auto *row = modules.ptr<std::uint8_t>(y);
        // Runs of dark modules become one rectangle each: fewer, seamless shapes.
        for (int x = 0; x < modules.cols;) {
            if (row[x] != 0) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < modules.cols && row[x] == 0)
                ++x;
            painter.drawRect(QRectF(topLeft.x() + start * module, topLeft.y() + y * module,
                                    (x - start) * module, module));
        }
    }
    painter.restore();
}

} // namespace

IssueResult<Written> write(const QString &path, const IssuedCertificate &issued, const Options &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return IssueError{u"the paper PDF needs a QGuiApplication (fonts)"_s};
    if (options.qrWidthMm < kMinimumQrWidthMm)
        return IssueError{u"the QR code must be at least %1 mm wide (ITHC-1 §6)"_s.arg(kMinimumQrWidthMm)};
    const cv::Mat modules = Scan::QrEncoder::encode(issued.qrText, options.errorCorrection);
    if (modules.empty())
        return IssueError{u"the QR text (%1 characters) does not fit a QR code"_s.arg(issued.qrText.size())};

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return IssueError{u"%1: %2"_s.arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(paperTitle(issued.format) + (options.specimenMark ? u" (SPECIMEN)"_s : QString()));
        writer.setCreator(u"CertDesk certdesk-cli issue"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return IssueError{u"%1: cannot start the PDF"_s.arg(path)};
        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF content = page.adjusted(mm(kMarginMm), mm(kMarginMm), -mm(kMarginMm), -mm(kMarginMm));
        if (options.specimenMark)
            drawSpecimenMark(painter, page);

        double y = content.top();
        painter.setPen(Qt::black);
        if (options.specimenMark) {
            const QRectF banner(content.left(), y, content.width(), mm(10));
            painter.fillRect(banner, QColor(200, 30, 30));
            painter.setPen(Qt::white);
            painter.setFont(font(13, true));
            painter.drawText(banner, Qt::AlignCenter, u"SPECIMEN — NOT A VALID TRAVEL DOCUMENT"_s);
            painter.setPen(Qt::black);
            y += mm(14);
        }
        painter.setFont(font(18, true));
        painter.drawText(QRectF(content.left(), y, content.width(), mm(10)), Qt::AlignLeft | Qt::AlignVCenter,
                         paperTitle(issued.format));
        y += mm(16);

        // The QR code, centred (ITHC-1 §6: at least 45 mm with a 4-module quiet zone).
        const double qrWidth = mm(options.qrWidthMm);
        drawQr(painter, modules, QPointF(content.center().x() - qrWidth / 2, y), qrWidth);
        y += qrWidth + mm(6);

        // The data in print, two columns.
        const double labelWidth = mm(52);
        for (const PaperField &field : paperFields(issued.certificate)) {
            painter.setFont(font(10, true));
            const QRectF labelBox(content.left(), y, labelWidth, mm(20));
            painter.drawText(labelBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, field.label);
            painter.setFont(font(10));
            const QRectF valueBox(content.left() + labelWidth, y, content.width() - labelWidth, mm(20));
            QRectF used;
            painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, field.value, &used);
            y += qMax(used.height(), mm(4.5)) + mm(2.2);
        }
        painter.setFont(font(8));
        painter.setPen(QColor(90, 90, 90));
        painter.drawText(QRectF(content.left(), content.bottom() - mm(10), content.width(), mm(10)),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                         u"The print is for people; the QR code is what is verified. Key %1, %2."_s.arg(
                             QString::fromLatin1(issued.kid.toHex()), signatureAlgorithmName(issued.algorithm)));
        if (!painter.end())
            return IssueError{u"%1: writing the PDF failed"_s.arg(path)};
    }
    if (file.error() != QFileDevice::NoError)
        return IssueError{u"%1: %2"_s.arg(path, file.errorString())};
    return Written{};
}

} // namespace CertDesk::Issue::PaperPdf
