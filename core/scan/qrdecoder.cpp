// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "qrdecoder.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "locate_p.h"
#include "preprocess_p.h"
#include "zxingadapter_p.h"

namespace CertDesk::Scan {

namespace {

using Binarizer = ZXingAdapter::Binarizer;
using Clock = std::chrono::steady_clock;

/// One second pass: an image step, the ZXing settings for it, the scale it applies
/// (to map corners back) and its cost as a multiple of the first pass's time. A
/// located pass has no image step but its own reader, which stops at a deadline.
struct Pass
{
    const char *name;
    cv::Mat (*prepare)(const cv::Mat &gray);
    Binarizer binarizer;
    double scale;
    double relativeCost;
    QList<DecodedCode> (*readLocated)(
        const cv::Mat &gray, const ZXingAdapter::ReadSettings &settings, Clock::time_point deadline)
        = nullptr;
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

// 480 px holds a version 8-20 code (49-97 modules) at 5-10 px per module, where
// ZXing's binariser copes with blur it cannot at 2-3 px per module.
constexpr int kRegionSide = 480;
// A quiet zone of 8 % (4 modules of a version 10 code) around the region.
constexpr int kRegionMargin = kRegionSide / 12 + 4;

/// The steps tried on each rectified region, in the order of images rescued per
/// millisecond (DECODER.md). A rectified region is small, so steps too slow for a
/// whole frame are cheap here.
enum class RegionStep {
    Plain,
    Sharpened,
    Thresholded,
    InvertedSharpened,
    Equalised,
};

constexpr std::array kRegionSteps {
    RegionStep::Plain,
    RegionStep::Sharpened,
    RegionStep::Thresholded,
    RegionStep::InvertedSharpened,
    RegionStep::Equalised,
};

const char *nameOf(RegionStep step)
{
    switch (step) {
    case RegionStep::Sharpened:
        return "located-sharpened";
    case RegionStep::Thresholded:
        return "located-thresholded";
    case RegionStep::InvertedSharpened:
        return "located-inverted-sharpened";
    case RegionStep::Equalised:
        return "located-equalised";
    case RegionStep::Plain:
        break;
    }
    return "located";
}

/// A rectified region and the copies the steps make of it, each made once.
class RegionImages
{
public:
    explicit RegionImages(cv::Mat crop)
        : m_crop(std::move(crop))
    {
    }

    cv::Mat forStep(RegionStep step)
    {
        switch (step) {
        case RegionStep::Sharpened:
            return sharpened();
        case RegionStep::Thresholded:
            return Preprocess::thresholded(m_crop, 25);
        case RegionStep::InvertedSharpened:
            return Preprocess::inverted(sharpened());
        case RegionStep::Equalised:
            return equalised();
        case RegionStep::Plain:
            break;
        }
        return m_crop;
    }

private:
    // Stronger than the whole-frame unsharp mask (sigma 2 at 5-10 px per module).
    const cv::Mat &sharpened()
    {
        if (m_sharpened.empty()) {
            cv::Mat blurred;
            cv::GaussianBlur(m_crop, blurred, cv::Size(), 2.0);
            cv::addWeighted(m_crop, 2.0, blurred, -1.0, 0.0, m_sharpened);
        }
        return m_sharpened;
    }

    // 4 x 4 tiles of 120 px, a quarter of a code each, as 8 x 8 tiles are on a frame.
    cv::Mat equalised() const
    {
        const cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(3.0, cv::Size(4, 4));
        cv::Mat result;
        clahe->apply(m_crop, result);
        return result;
    }

    cv::Mat m_crop;
    cv::Mat m_sharpened;
};

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Turns @p region upright at kRegionSide and runs the region steps on it, until a
// code is read or @p deadline passes. Corners are mapped back to @p gray's pixels.
QList<DecodedCode> readRegion(const cv::Mat &gray, const Locate::Quad &region,
    const ZXingAdapter::ReadSettings &settings, Clock::time_point deadline)
{
    if (Clock::now() > deadline)
        return {};
    cv::Mat toImage;
    RegionImages images(Locate::rectified(gray, region, kRegionSide, kRegionMargin, toImage));
    for (const RegionStep step : kRegionSteps) {
        if (Clock::now() > deadline)
            return {};
        QList<DecodedCode> codes = ZXingAdapter::read(images.forStep(step), settings);
        if (codes.isEmpty())
            continue;
        for (DecodedCode &code : codes) {
            std::vector<cv::Point2f> corners(code.corners.begin(), code.corners.end());
            cv::perspectiveTransform(corners, corners, toImage);
            std::copy(corners.begin(), corners.end(), code.corners.begin());
            code.pass = QString::fromLatin1(nameOf(step));
        }
        return codes;
    }
    return {};
}

// Reads the code-like regions of one grain that no coarser search has looked at.
QList<DecodedCode> readRegions(
    const cv::Mat &gray, Locate::Grain grain, const ZXingAdapter::ReadSettings &settings, Clock::time_point deadline)
{
    std::vector<Locate::Quad> tried;
    if (grain == Locate::Grain::Fine)
        tried = Locate::codeRegions(gray, Locate::Grain::Coarse); // 3 ms, cheaper than a second look
    for (const Locate::Quad &region : Locate::codeRegions(gray, grain)) {
        const bool seen = std::any_of(
            tried.begin(), tried.end(), [&](const Locate::Quad &other) { return Locate::sameRegion(region, other); });
        if (seen)
            continue;
        tried.push_back(region);
        QList<DecodedCode> codes = readRegion(gray, region, settings, deadline);
        if (!codes.isEmpty())
            return codes;
    }
    return {};
}

QList<DecodedCode> readCoarseRegions(
    const cv::Mat &gray, const ZXingAdapter::ReadSettings &settings, Clock::time_point deadline)
{
    return readRegions(gray, Locate::Grain::Coarse, settings, deadline);
}

QList<DecodedCode> readFineRegions(
    const cv::Mat &gray, const ZXingAdapter::ReadSettings &settings, Clock::time_point deadline)
{
    return readRegions(gray, Locate::Grain::Fine, settings, deadline);
}

// In greedy order of images rescued per millisecond, measured on the frames the
// first pass misses (DECODER.md has the table). Passes that never rescued an image
// or that misread one (a global histogram on a halved image did) are left out.
// A located pass costs about the same on any frame size; its relative cost only
// decides whether it starts, its own deadline (the budget left) stops it.
constexpr std::array kSecondPasses {
    Pass {"located", nullptr, Binarizer::LocalAverage, 1.0, 1.0, readCoarseRegions},
    Pass {"downscaled", halved, Binarizer::LocalAverage, 0.5, 0.4},
    Pass {"sharpened", Preprocess::sharpened, Binarizer::LocalAverage, 1.0, 1.4},
    Pass {"thresholded", thresholdedPaper, Binarizer::FixedThreshold, 1.0, 1.0},
    Pass {"equalised", Preprocess::equalised, Binarizer::LocalAverage, 1.0, 2.4},
    Pass {"inverted", Preprocess::inverted, Binarizer::LocalAverage, 1.0, 1.1},
    Pass {"smoothed", smoothed, Binarizer::LocalAverage, 1.0, 1.1},
    Pass {"global-histogram", unchanged, Binarizer::GlobalHistogram, 1.0, 0.8},
    Pass {"upscaled", enlarged, Binarizer::LocalAverage, 1.5, 2.3},
    Pass {"located-fine", nullptr, Binarizer::LocalAverage, 1.0, 1.0, readFineRegions},
};

// Corners come back in the pass's image; callers want them in the caller's image.
void rescale(QList<DecodedCode> &codes, double scale, const char *pass)
{
    for (DecodedCode &code : codes) {
        for (cv::Point2f &corner : code.corners)
            corner *= static_cast<float>(1.0 / scale);
        if (code.pass.isEmpty())
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
    return decode(image, attempt, true);
}

QList<DecodedCode> QrDecoder::decode(const cv::Mat &image, int attempt, bool secondPasses) const
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
    if (!codes.isEmpty() || !m_options.secondPasses || !secondPasses) {
        rescale(codes, fit, "plain");
        return codes;
    }

    const Clock::time_point secondStart = Clock::now();
    // The first second pass (the located regions) rescues most and always runs first;
    // the others rotate with the attempt, so that on a live camera the passes the
    // budget cuts off on one frame run on the next.
    const int count = static_cast<int>(kSecondPasses.size());
    const int rotating = count - 1;
    const int first = attempt <= 0 || rotating <= 0 ? 0 : attempt % rotating;
    for (int i = 0; i < count; ++i) {
        const int index = i == 0 ? 0 : 1 + (first + i - 1) % rotating;
        const Pass &pass = kSecondPasses[static_cast<std::size_t>(index)];
        // Predicting from the first pass keeps the budget honest on any image size
        // and machine: a pass that cannot finish in time is skipped, not started.
        if (millisecondsSince(secondStart) + pass.relativeCost * firstPassMs > m_options.secondPassBudgetMs)
            continue;
        settings.binarizer = pass.binarizer;
        if (!pass.readLocated) {
            codes = ZXingAdapter::read(pass.prepare(gray), settings);
        } else {
            const auto left = std::chrono::duration<double, std::milli>(
                m_options.secondPassBudgetMs - millisecondsSince(secondStart));
            codes = pass.readLocated(gray, settings, Clock::now() + std::chrono::duration_cast<Clock::duration>(left));
        }
        if (!codes.isEmpty()) {
            rescale(codes, fit * pass.scale, pass.name);
            return codes;
        }
    }
    return {};
}

} // namespace CertDesk::Scan
