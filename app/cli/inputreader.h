// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QPointF>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace CertDesk::Cli {

/// One QR payload found in an input, with where it came from.
struct PayloadItem
{
    QString source;  ///< "file.txt#3" (line 3), "-#1", "page.png#2" (the second code found)
    QByteArray text; ///< the QR text as read (trimmed of white space and BOM), or a binary code's bytes
    bool binary = false; ///< the code holds bytes, not text (CLI-CONTRACT.md "bytes_b64")
    /// Where the code was in its image (top-left, top-right, bottom-right, bottom-left);
    /// absent for text inputs.
    std::optional<std::array<QPointF, 4>> position;
};

/// What kind of input a path holds, sniffed from its first bytes.
enum class InputKind {
    Text,
    Image,
    Pdf,
    Video,
};

/// Reads the payloads of one input (CLI-CONTRACT.md "INPUT"): a text file gives one
/// payload per non-empty line; an image every QR code in it; a PDF every code on
/// every page; a video file or an image-sequence pattern the codes seen as the camera
/// pipeline sees them (each once, SMART Health Card parts joined). Images, PDFs and
/// video need the scanning module (CERTDESK_BUILD_SCAN).
class InputReader
{
public:
    /// Sniffs @p header (the first bytes of a file).
    static InputKind sniff(const QByteArray &header, const QString &fileName);

    /// Payloads of a text stream, one per non-empty line. @p sourceName is the
    /// input's name ("-" for standard input).
    static QList<PayloadItem> readText(QIODevice &device, const QString &sourceName);

    /// Payloads of a file; on failure std::nullopt and @p error says why.
    static std::optional<QList<PayloadItem>> readFile(const QString &path, QString *error);
    /// True when this build reads images, PDFs and video.
    static bool canReadImages();

    /// Reads every input ("-" is @p standardInput) on up to @p jobs threads. Returns
    /// one list per input, in the inputs' order; std::nullopt with @p error naming the
    /// first input that could not be read.
    static std::optional<QList<QList<PayloadItem>>> readAll(const QStringList &inputs, QIODevice &standardInput,
                                                             int jobs, QString *error);
};

} // namespace CertDesk::Cli
