// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Shared by the native peers of run-peers.sh. Reads image paths from standard input,
// one a line; loads each with OpenCV imgcodecs exactly as scan_corpus does
// (IMREAD_UNCHANGED, so every peer sees the same pixels); times only the peer's decode
// call (grey conversion included, as in QrDecoder::decode) and prints one JSON line per
// image: {"file","texts","ms"}, plus "error" when the image could not be read or the
// peer threw. The first line names the peer and the version it reports.
#pragma once

#include <chrono>
#include <cstdio>
#include <exception>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

namespace PeerIo {

inline std::string jsonString(const std::string &text)
{
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += ch; // bytes that are not UTF-8 stay as they are; score.py reads with replacement
        }
    }
    return out + "\"";
}

using Decode = std::function<std::vector<std::string>(const cv::Mat &)>;

inline int run(const std::string &peer, const std::string &version, const Decode &decode)
{
    // One thread, like scan_corpus --one-core: the driver pins the process to one core.
    cv::setNumThreads(1);
    std::printf("{\"peer\":%s,\"version\":%s}\n", jsonString(peer).c_str(), jsonString(version).c_str());
    std::string path;
    while (std::getline(std::cin, path)) {
        if (path.empty())
            continue;
        const cv::Mat image = cv::imread(path, cv::IMREAD_UNCHANGED);
        std::vector<std::string> texts;
        std::string error;
        double ms = 0.0;
        if (image.empty()) {
            error = "unreadable image";
        } else {
            try {
                const auto start = std::chrono::steady_clock::now();
                texts = decode(image);
                ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            } catch (const std::exception &e) {
                error = e.what();
            }
        }
        std::string line = "{\"file\":" + jsonString(path) + ",\"texts\":[";
        for (std::size_t i = 0; i < texts.size(); ++i)
            line += (i > 0 ? "," : "") + jsonString(texts[i]);
        line += "],\"ms\":" + std::to_string(ms);
        if (!error.empty())
            line += ",\"error\":" + jsonString(error);
        std::printf("%s}\n", line.c_str());
        // Flush per image: a crash on one image must not lose the lines before it.
        std::fflush(stdout);
    }
    return 0;
}

} // namespace PeerIo
