// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace CertDesk::Cli {

/// One QR payload found in an input, with where it came from.
struct PayloadItem
{
    QString source;  ///< "file.txt#3" (line 3), "-#1", later "page.png#2" (second code)
    QByteArray text; ///< the QR text as read (trimmed of white space and BOM)
};

/// What kind of input a path holds, sniffed from its first bytes.
enum class InputKind {
    Text,
    Image,
    Pdf,
    Video,
};

/// Reads the payloads of one input. Text files give one payload per non-empty
/// line (CLI-CONTRACT.md); images, PDFs and video are read by the scanning module
/// and report "not supported" until it is built in.
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
};

} // namespace CertDesk::Cli
