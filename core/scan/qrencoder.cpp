// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "qrencoder.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QFile>

namespace CertDesk::Scan::QrEncoder {

namespace {

// MultiFormatWriter takes the QR level as 0-8 and maps it with (level - 1) / 2 onto L, M, Q, H
// (zxing-cpp core/src/MultiFormatWriter.cpp, the same in 1.4 and 2.x): 2 → L, 4 → M, 6 → Q, 8 → H.
int writerLevel(ErrorCorrection level)
{
    switch (level) {
    case ErrorCorrection::Low:
        return 2;
    case ErrorCorrection::Medium:
        return 4;
    case ErrorCorrection::Quartile:
        return 6;
    case ErrorCorrection::High:
        return 8;
    }
    return 6;
}

} // namespace

cv::Mat encode(QByteArrayView text, ErrorCorrection level)
{
    if (text.isEmpty())
        return {};
    ZXing::BitMatrix matrix;
    try {
        // Width and height 0: one pixel per module, with the margin in modules.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEccLevel(writerLevel(level))
                     .setMargin(kQuietZoneModules)
                     .encode(std::string(text.data(), std::size_t(text.size())), 0, 0);
    } catch (const std::exception &) {
        // The writer throws std::invalid_argument for a text no version holds.
        return {};
    }
    if (matrix.width() <= 0 || matrix.height() <= 0)
        return {};
    cv::Mat image(matrix.height(), matrix.width(), CV_8UC1);
    for (int y = 0; y < matrix.height(); ++y) {
        auto *row = image.ptr<std::uint8_t>(y);
        for (int x = 0; x < matrix.width(); ++x)
            row[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

cv::Mat render(QByteArrayView text, ErrorCorrection level, int modulePixels)
{
    if (modulePixels < 1)
        return {};
    const cv::Mat modules = encode(text, level);
    if (modules.empty() || modulePixels == 1)
        return modules;
    cv::Mat scaled;
    cv::resize(modules, scaled, cv::Size(), modulePixels, modulePixels, cv::INTER_NEAREST);
    return scaled;
}

std::optional<QString> writePng(const QString &path, QByteArrayView text, ErrorCorrection level, int modulePixels)
{
    const cv::Mat image = render(text, level, modulePixels);
    if (image.empty())
        return QStringLiteral("the text does not fit a QR code");
    std::vector<uchar> png;
    if (!cv::imencode(".png", image, png))
        return QStringLiteral("PNG encoding failed");
    // Written through QFile, so that paths are not limited to the local 8-bit encoding.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    if (file.write(reinterpret_cast<const char *>(png.data()), qint64(png.size())) != qint64(png.size()))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

} // namespace CertDesk::Scan::QrEncoder
