// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "qrdecoder.h"

#include <array>
#include <chrono>

#include <opencv2/imgproc.hpp>

#include "preprocess_p.h"
#include "zxingadapter_p.h"

namespace CertDesk::Scan {

namespace {

using Binarizer = ZXingAdapter::Binarizer;
using Clock = std::chrono::steady_clock;

/// One second pass: an image step, the ZXing settings for it, the scale it applies
/// (to map corners back) and its cost as a multiple of the first pass's time.
struct Pass
{
    const char *name;
    cv::Mat (*prepare)(const cv::Mat &gray);
    Binarizer binarizer;
    double scale;
    double relativeCost;
};

cv::Mat thresholdedPaper(const cv::Mat &gray)
{
    return Preprocess::thresholded(gray, 31);
}

cv::Mat halved(const cv::Mat &gray)
{
    return Preprocess::scaled(gray, 0.5);
}

cv::Mat smoothed(const cv::Mat &gray)
{
    cv::Mat result;
    cv::GaussianBlur(gray, result, cv::Size(), 1.0);
    return result;
}

cv::Mat unchanged(const cv::Mat &gray)
{
    return gray;
}

cv::Mat enlarged(const cv::Mat &gray)
{
    return Preprocess::scaled(gray, 1.5);
}

// In greedy order of images rescued per millisecond, measured on the frames the
// first pass misses (DECODER.md has the table). Passes that never rescued an image
// or that misread one (a global histogram on a halved image did) are left out.
constexpr std::array kSecondPasses{
    Pass{"thresholded", thresholdedPaper, Binarizer::FixedThreshold, 1.0, 1.0},
    Pass{"downscaled", halved, Binarizer::LocalAverage, 0.5, 0.4},
    Pass{"sharpened", Preprocess::sharpened, Binarizer::LocalAverage, 1.0, 1.4},
    Pass{"inverted", Preprocess::inverted, Binarizer::LocalAverage, 1.0, 1.1},
    Pass{"smoothed", smoothed, Binarizer::LocalAverage, 1.0, 1.1},
    Pass{"global-histogram", unchanged, Binarizer::GlobalHistogram, 1.0, 0.8},
    Pass{"upscaled", enlarged, Binarizer::LocalAverage, 1.5, 2.3},
    Pass{"equalised", Preprocess::equalised, Binarizer::LocalAverage, 1.0, 2.4},
};

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Corners come back in the pass's image; callers want them in the caller's image.
void rescale(QList<DecodedCode> &codes, double scale, const char *pass)
{
    for (DecodedCode &code : codes) {
        for (cv::Point2f &corner : code.corners)
            corner *= static_cast<float>(1.0 / scale);
        code.pass = QString::fromLatin1(pass);
    }
}

} // namespace

QrDecoder::QrDecoder(DecoderOptions options)
    : m_options(options)
{
}

QList<DecodedCode> QrDecoder::decode(const cv::Mat &image) const
{
    return decode(image, 0);
}

QList<DecodedCode> QrDecoder::decode(const cv::Mat &image, int attempt) const
{
    cv::Mat gray = Preprocess::toGray(image);
    if (gray.empty())
        return {};
    const double fit = Preprocess::fitScale(gray.size());
    if (fit < 1.0)
        gray = Preprocess::scaled(gray, fit);

    ZXingAdapter::ReadSettings settings;
    settings.qrCode = m_options.qrCode;
    settings.aztec = m_options.aztec;
    settings.dataMatrix = m_options.dataMatrix;
    settings.pdf417 = m_options.pdf417;
    // tryHarder (every row scanned for finder patterns) reads 28 more synthetic
    // frames for +20 % time; tryRotate and tryDownscale read nothing more for QR.
    settings.tryHarder = true;

    const Clock::time_point start = Clock::now();
    QList<DecodedCode> codes = ZXingAdapter::read(gray, settings);
    const double firstPassMs = millisecondsSince(start);
    if (!codes.isEmpty() || !m_options.secondPasses) {
        rescale(codes, fit, "plain");
        return codes;
    }

    const Clock::time_point secondStart = Clock::now();
    const int count = static_cast<int>(kSecondPasses.size());
    const int first = attempt < 0 ? 0 : attempt % count;
    for (int i = 0; i < count; ++i) {
        const Pass &pass = kSecondPasses[static_cast<std::size_t>((first + i) % count)];
        // Predicting from the first pass keeps the budget honest on any image size
        // and machine: a pass that cannot finish in time is skipped, not started.
        if (millisecondsSince(secondStart) + pass.relativeCost * firstPassMs > m_options.secondPassBudgetMs)
            continue;
        settings.binarizer = pass.binarizer;
        codes = ZXingAdapter::read(pass.prepare(gray), settings);
        if (!codes.isEmpty()) {
            rescale(codes, fit * pass.scale, pass.name);
            return codes;
        }
    }
    return {};
}

} // namespace CertDesk::Scan
