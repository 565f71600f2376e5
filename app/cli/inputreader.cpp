// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "inputreader.h"

#include <QFile>
#include <QFileInfo>

namespace CertDesk::Cli {

namespace {

// Longest line kept from a text input: above the QR text limit (4,296), so an
// over-long payload still reaches the verifier and is reported as too_large; the
// rest of such a line is skipped, so a binary file read as text cannot exhaust memory.
constexpr qint64 kMaxLineBytes = 8 * 1024;

QByteArray trimmedLine(QByteArray line)
{
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return line.trimmed();
}

} // namespace

InputKind InputReader::sniff(const QByteArray &header, const QString &fileName)
{
    if (header.startsWith("\x89PNG") || header.startsWith("\xFF\xD8\xFF") || header.startsWith("BM")
        || header.startsWith("II*\0") || header.startsWith("MM\0*")
        || (header.startsWith("RIFF") && header.mid(8, 4) == "WEBP"))
        return InputKind::Image;
    if (header.startsWith("%PDF"))
        return InputKind::Pdf;
    if (header.mid(4, 4) == "ftyp" || header.startsWith("\x1A\x45\xDF\xA3")
        || (header.startsWith("RIFF") && header.mid(8, 4) == "AVI "))
        return InputKind::Video;
    // An image-sequence pattern names no existing file: frames/%04d.png.
    if (fileName.contains(u'%'))
        return InputKind::Video;
    return InputKind::Text;
}

QList<PayloadItem> InputReader::readText(QIODevice &device, const QString &sourceName)
{
    QList<PayloadItem> items;
    qsizetype lineNumber = 0;
    while (!device.atEnd()) {
        QByteArray line = device.readLine(kMaxLineBytes);
        if (line.isEmpty())
            break; // end of input or a read error
        ++lineNumber;
        // Swallow the rest of an over-long line; it is kept (truncated) and is
        // reported too_large by the verifier.
        if (line.size() >= kMaxLineBytes - 1 && !line.endsWith('\n')) {
            while (!device.atEnd()) {
                const QByteArray rest = device.readLine(kMaxLineBytes);
                if (rest.endsWith('\n') || rest.isEmpty())
                    break;
            }
        }
        QByteArray text = trimmedLine(std::move(line));
        if (text.isEmpty())
            continue;
        items.append({QStringLiteral("%1#%2").arg(sourceName).arg(lineNumber), std::move(text)});
    }
    return items;
}

std::optional<QList<PayloadItem>> InputReader::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QStringLiteral("%1: is a directory").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const InputKind kind = sniff({}, path);
        *error = kind == InputKind::Video
                     ? QStringLiteral("%1: image sequences need the scanning module, which this build lacks").arg(path)
                     : QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const InputKind kind = sniff(file.peek(16), path);
    switch (kind) {
    case InputKind::Text:
        return readText(file, path);
    case InputKind::Image:
        *error = QStringLiteral("%1: reading QR codes from images needs the scanning module, which this build lacks").arg(path);
        return std::nullopt;
    case InputKind::Pdf:
        *error = QStringLiteral("%1: reading QR codes from PDFs needs the scanning module, which this build lacks").arg(path);
        return std::nullopt;
    case InputKind::Video:
        *error = QStringLiteral("%1: reading QR codes from video needs the scanning module, which this build lacks").arg(path);
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace CertDesk::Cli
