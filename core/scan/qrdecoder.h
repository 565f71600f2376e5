// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <opencv2/core/mat.hpp>
#include <opencv2/core/types.hpp>

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>

namespace CertDesk::Scan {

/// One code found in an image.
struct DecodedCode
{
    QByteArray bytes;   ///< the code's content exactly as encoded
    QString text;       ///< the content as text (UTF-8/Latin-1 as the code says); empty when binary
    bool binary = false;///< true when the content is not text (e.g. DIVOC's ZIP): use bytes
    std::array<cv::Point2f, 4> corners{}; ///< top-left, top-right, bottom-right, bottom-left, in image pixels
    QString pass;       ///< which decoding pass found it ("plain", "inverted", "upscaled", ...), for tuning

    /// The fast first pass read it ("plain"); otherwise one of the second passes did.
    bool readByFirstPass() const { return pass == QLatin1String("plain"); }
};

/// What the decoder looks for and how hard it tries.
struct DecoderOptions
{
    bool qrCode = true;
    bool aztec = false;
    bool dataMatrix = false;
    bool pdf417 = false;
    /// Run the second passes (inverted, rescaled, contrast-normalised, thresholded)
    /// when the fast first pass finds nothing.
    bool secondPasses = true;
    /// Most milliseconds the second passes may take for one image. A pass whose
    /// expected cost (a measured multiple of the first pass's time) would exceed
    /// what is left is skipped; a cheaper later pass may still run.
    int secondPassBudgetMs = 25;
};

/// Reads every code in an image with ZXing-C++ (the 1.4 API of Debian 12 or the 2.x
/// API of Ubuntu 24.04, chosen at configure time): a fast first pass on the image
/// as given, then, only when it finds nothing, budgeted second passes. Images
/// larger than 4K are downscaled first. Thread-safe: decode() is const.
class QrDecoder
{
public:
    explicit QrDecoder(DecoderOptions options = {});

    /// Every code found, each once. @p image: 8-bit, 1 (grey), 3 (BGR) or 4 (BGRA)
    /// channels; any other depth or channel count yields nothing.
    QList<DecodedCode> decode(const cv::Mat &image) const;

    /// As decode(), for the @p attempt-th consecutive frame of one scene (0, 1, 2, ...):
    /// the second passes start at a different pass on each attempt, so that passes
    /// the budget cuts off on one frame run first on a later one.
    QList<DecodedCode> decode(const cv::Mat &image, int attempt) const;

    /// As decode(image, attempt), with the second passes run only when @p secondPasses is
    /// true (and options().secondPasses): a live pipeline leaves them out on frames of a
    /// scene they have already searched in vain (SceneGate).
    QList<DecodedCode> decode(const cv::Mat &image, int attempt, bool secondPasses) const;

    const DecoderOptions &options() const { return m_options; }

private:
    DecoderOptions m_options;
};

} // namespace CertDesk::Scan
