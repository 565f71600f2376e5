// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Peer: OpenCV contrib's wechat_qrcode. Debian's build ships no CNN model files, so
// the detector is constructed without them and falls back to its built-in (ZXing-derived,
// non-CNN) detector; that is the configuration measured here. It converts to grey itself.
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/core/version.hpp>
#include <opencv2/wechat_qrcode.hpp>

#include "peerio.h"

int main()
{
    cv::wechat_qrcode::WeChatQRCode detector;
    return PeerIo::run("wechat_qrcode", CV_VERSION " (no CNN models)",
        [&detector](const cv::Mat &image) { return detector.detectAndDecode(image); });
}
