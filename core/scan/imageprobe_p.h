// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace CertDesk::Scan::ImageProbe {

/// Format and size of an image as its header states them.
struct ImageHeader
{
    QString format; ///< "png", "jpeg", "bmp", "tiff" or "webp": what the bytes are, whatever the file name says
    qint64 width = 0;
    qint64 height = 0;

    qint64 pixels() const { return width * height; }
};

/**
 * Reads the dimensions from the header of a PNG, JPEG, BMP, TIFF or WebP image without
 * decoding it, so that absurd sizes are refused before any pixel memory is allocated.
 * Sniffs the content (some ".png" files are JPEG). std::nullopt for any other format,
 * for BigTIFF and for truncated or inconsistent headers.
 */
std::optional<ImageHeader> probe(const QByteArray &data);

} // namespace CertDesk::Scan::ImageProbe
