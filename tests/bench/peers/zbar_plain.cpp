// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Peer: libzbar (the library behind zbarimg) through its C API, in process so that
// no process start-up is timed. Default scanner configuration with every symbology
// but QR Code disabled; the image is converted to 8-bit grey (Y800) inside the timed
// call, as zbarimg does.
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <zbar.h>

#include "peerio.h"

// In C++, zbar.h declares its C API inside namespace zbar.
using namespace zbar;

namespace {

struct ScannerDeleter
{
    void operator()(zbar_image_scanner_t *scanner) const { zbar_image_scanner_destroy(scanner); }
};

struct ImageDeleter
{
    void operator()(zbar_image_t *image) const { zbar_image_destroy(image); }
};

} // namespace

int main()
{
    std::unique_ptr<zbar_image_scanner_t, ScannerDeleter> scanner(zbar_image_scanner_create());
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    unsigned major = 0;
    unsigned minor = 0;
    unsigned patch = 0;
    zbar_version(&major, &minor, &patch);
    const std::string version = std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
    return PeerIo::run("zbar", version, [&scanner](const cv::Mat &input) {
        std::vector<std::string> texts;
        if (input.depth() != CV_8U)
            return texts;
        cv::Mat grey;
        if (input.channels() == 3)
            cv::cvtColor(input, grey, cv::COLOR_BGR2GRAY);
        else if (input.channels() == 4)
            cv::cvtColor(input, grey, cv::COLOR_BGRA2GRAY);
        else
            grey = input.isContinuous() ? input : input.clone();
        std::unique_ptr<zbar_image_t, ImageDeleter> image(zbar_image_create());
        zbar_image_set_format(image.get(), zbar_fourcc('Y', '8', '0', '0'));
        zbar_image_set_size(image.get(), static_cast<unsigned>(grey.cols), static_cast<unsigned>(grey.rows));
        zbar_image_set_data(image.get(), grey.data, grey.total(), nullptr);
        zbar_scan_image(scanner.get(), image.get());
        for (const zbar_symbol_t *symbol = zbar_image_first_symbol(image.get()); symbol != nullptr;
             symbol = zbar_symbol_next(symbol))
            texts.emplace_back(zbar_symbol_get_data(symbol), zbar_symbol_get_data_length(symbol));
        return texts;
    });
}
