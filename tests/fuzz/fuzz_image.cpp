// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// An image file as a traveller might e-mail it: decoded by OpenCV, then every decoder
// pass (first pass, located regions, second passes) run over it. Nothing may crash,
// hang or leak, whatever the pixels.
#include "scan/qrdecoder.h"

#include <opencv2/imgcodecs.hpp>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CertDesk::Scan::QrDecoder decoder([] {
        CertDesk::Scan::DecoderOptions options;
        options.secondPassBudgetMs = 1000; // every pass, whatever the machine's speed
        return options;
    }());
    const std::vector<uint8_t> bytes(data, data + size);
    cv::Mat image;
    try {
        image = cv::imdecode(bytes, cv::IMREAD_UNCHANGED | cv::IMREAD_REDUCED_GRAYSCALE_2);
    } catch (const cv::Exception &) {
        return 0;
    }
    if (image.empty() || image.total() > 4'000'000)
        return 0;
    for (const auto &code : decoder.decode(image)) {
        if (code.bytes.isEmpty())
            __builtin_trap();
    }
    return 0;
}
