// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Peer: plain ZXing-C++ (Debian 12's 1.4) with its default DecodeHints, formats
// restricted to QR Code (tryHarder, tryRotate, tryDownscale on, LocalAverage; 1.4 has
// no tryInvert). The image goes to ZXing as loaded: grey, BGR or BGRX (alpha ignored).
// 1.4 returns std::wstring from Result::text() unless told to return UTF-8.
#define ZX_USE_UTF8 1

#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include <ZXing/ReadBarcode.h>
#include <ZXing/ZXVersion.h>

#include "peerio.h"

int main()
{
    const auto hints = ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode);
    const std::string version = std::to_string(ZXING_VERSION_MAJOR) + "." + std::to_string(ZXING_VERSION_MINOR) + "."
        + std::to_string(ZXING_VERSION_PATCH);
    return PeerIo::run("zxing-cpp", version, [&hints](const cv::Mat &image) {
        std::vector<std::string> texts;
        const int channels = image.channels();
        const ZXing::ImageFormat format = channels == 1 ? ZXing::ImageFormat::Lum
            : channels == 3                             ? ZXing::ImageFormat::BGR
            : channels == 4                             ? ZXing::ImageFormat::BGRX
                                                        : ZXing::ImageFormat::None;
        if (image.depth() != CV_8U || format == ZXing::ImageFormat::None)
            return texts;
        const ZXing::ImageView view(image.data, image.cols, image.rows, format, static_cast<int>(image.step));
        for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
            if (result.isValid())
                texts.push_back(result.text());
        }
        return texts;
    });
}
