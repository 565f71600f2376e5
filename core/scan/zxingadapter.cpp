// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "zxingadapter_p.h"

#include <cstdint>

#include <ZXing/ReadBarcode.h>

namespace CertDesk::Scan::ZXingAdapter {

namespace {

#ifdef CERTDESK_ZXING_READER_OPTIONS
// 2.2 renamed DecodeHints to ReaderOptions and Result to Barcode (the old names stay
// as deprecated aliases until 3.0, which drops them).
using Options = ZXing::ReaderOptions;
using Found = ZXing::Barcodes;
#else
using Options = ZXing::DecodeHints;
using Found = ZXing::Results;
#endif

ZXing::Binarizer toZXing(Binarizer binarizer)
{
    switch (binarizer) {
    case Binarizer::GlobalHistogram:
        return ZXing::Binarizer::GlobalHistogram;
    case Binarizer::FixedThreshold:
        return ZXing::Binarizer::FixedThreshold;
    case Binarizer::LocalAverage:
        break;
    }
    return ZXing::Binarizer::LocalAverage;
}

Options toOptions(const ReadSettings &settings)
{
    ZXing::BarcodeFormats formats;
    if (settings.qrCode)
        formats |= ZXing::BarcodeFormat::QRCode;
    if (settings.aztec)
        formats |= ZXing::BarcodeFormat::Aztec;
    if (settings.dataMatrix)
        formats |= ZXing::BarcodeFormat::DataMatrix;
    if (settings.pdf417)
        formats |= ZXing::BarcodeFormat::PDF417;

    Options options;
    options.setFormats(formats);
    options.setTryHarder(settings.tryHarder);
    options.setTryRotate(settings.tryRotate);
    options.setTryDownscale(settings.tryDownscale);
    options.setBinarizer(toZXing(settings.binarizer));
#ifdef CERTDESK_ZXING_V2
    // The decoder runs its own inverted pass (1.4 has none), so the library's
    // would only double the first pass's cost. Plain text mode is 1.4's text().
    options.setTryInvert(false);
    options.setTextMode(ZXing::TextMode::Plain);
#endif
    return options;
}

// Returns None for layouts ZXing cannot read, so the caller yields nothing.
ZXing::ImageFormat formatOf(const cv::Mat &image)
{
    if (image.empty() || image.depth() != CV_8U)
        return ZXing::ImageFormat::None;
    switch (image.channels()) {
    case 1:
        return ZXing::ImageFormat::Lum;
    case 3:
        return ZXing::ImageFormat::BGR;
    case 4:
        // 1.4 calls this layout BGRX, 2.3 BGRA and deprecates BGRX: the same value.
        return static_cast<ZXing::ImageFormat>(0x04020100);
    default:
        return ZXing::ImageFormat::None;
    }
}

} // namespace

QList<DecodedCode> read(const cv::Mat &image, const ReadSettings &settings)
{
    QList<DecodedCode> codes;
    const ZXing::ImageFormat format = formatOf(image);
    if (format == ZXing::ImageFormat::None)
        return codes;
    if (!settings.qrCode && !settings.aztec && !settings.dataMatrix && !settings.pdf417)
        return codes; // an empty format set means "every format" to ZXing

    const ZXing::ImageView view(image.ptr<std::uint8_t>(), image.cols, image.rows, format,
                                static_cast<int>(image.step[0]));
    const Found found = ZXing::ReadBarcodes(view, toOptions(settings));
    for (const auto &result : found) {
        if (!result.isValid())
            continue;
        DecodedCode code;
        const auto &bytes = result.bytes();
        code.bytes = QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
        code.binary = result.contentType() == ZXing::ContentType::Binary;
        if (!code.binary)
            code.text = QString::fromStdString(result.text());
        const auto &position = result.position();
        for (int i = 0; i < 4; ++i) {
            const auto corner = position[static_cast<std::size_t>(i)];
            code.corners[static_cast<std::size_t>(i)] = cv::Point2f(static_cast<float>(corner.x),
                                                                   static_cast<float>(corner.y));
        }
        codes.append(std::move(code));
    }
    return codes;
}

} // namespace CertDesk::Scan::ZXingAdapter
