// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "inputreader.h"

#include "parallel.h"

#ifdef CERTDESK_HAVE_SCAN
#include "codereader.h"
#endif

#include <QFile>
#include <QFileInfo>

#include "formats/shc/shcchunks.h"
#include "formats/shc/shcnumeric.h"

#include <algorithm>
#include <vector>

namespace CertDesk::Cli {

namespace {

// Longest line kept from a text input: above the QR text limit (4,296), so an
// over-long payload still reaches the verifier and is reported as too_large; the
// rest of such a line is skipped, so a binary file read as text cannot exhaust memory.
constexpr qint64 kMaxLineBytes = 8 * 1024;
// A text line carrying a binary QR code's bytes in base64 (CLI-CONTRACT.md, text file inputs).
constexpr QByteArrayView kBinaryLinePrefix = "B64:";

QByteArray trimmedLine(QByteArray line)
{
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    return line.trimmed();
}

// CLI-CONTRACT.md: consecutive SMART Health Card parts (shc:/C/N/...) of one input are one
// certificate; an incomplete set stays one item that the verifier reports as incomplete.
QList<PayloadItem> joinShcChunks(QList<PayloadItem> items)
{
    if (std::none_of(items.cbegin(), items.cend(), [](const PayloadItem &item) { return Shc::looksLikeChunk(item.text); }))
        return items;
    QList<QByteArray> texts;
    texts.reserve(items.size());
    for (const PayloadItem &item : std::as_const(items))
        texts.append(item.text);
    QList<PayloadItem> joined;
    for (Shc::JoinedText &text : Shc::joinConsecutiveChunks(texts)) {
        PayloadItem item = items.at(text.firstIndex);
        item.text = std::move(text.text);
        joined.append(std::move(item));
    }
    return joined;
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
        PayloadItem item;
        item.source = QStringLiteral("%1#%2").arg(sourceName).arg(lineNumber);
        // CLI-CONTRACT.md: "B64:<base64>" carries a binary QR code's raw bytes (DIVOC's ZIP). Text
        // that is not valid base64 stays as it is and is reported by the verifier.
        if (text.startsWith(kBinaryLinePrefix)) {
            auto bytes = QByteArray::fromBase64Encoding(text.sliced(kBinaryLinePrefix.size()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
            if (bytes && !bytes.decoded.isEmpty()) {
                text = std::move(bytes.decoded);
                item.binary = true;
            }
        }
        item.text = std::move(text);
        items.append(std::move(item));
    }
    return joinShcChunks(std::move(items));
}

bool InputReader::canReadImages()
{
#ifdef CERTDESK_HAVE_SCAN
    return true;
#else
    return false;
#endif
}

std::optional<QList<PayloadItem>> InputReader::readFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = QStringLiteral("%1: is a directory").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    InputKind kind = InputKind::Video; // an image-sequence pattern names no file
    if (file.open(QIODevice::ReadOnly)) {
        kind = sniff(file.peek(16), path);
        if (kind == InputKind::Text)
            return readText(file, path);
        file.close();
    } else if (sniff({}, path) != InputKind::Video) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
#ifdef CERTDESK_HAVE_SCAN
    return readCodes(path, kind, error);
#else
    *error = QStringLiteral("%1: reading QR codes from images, PDFs and video needs the scanning module, "
                            "which this build lacks").arg(path);
    return std::nullopt;
#endif
}

std::optional<QList<QList<PayloadItem>>> InputReader::readAll(const QStringList &inputs, QIODevice &standardInput,
                                                              int jobs, QString *error)
{
    QList<QList<PayloadItem>> results(inputs.size());
    QStringList errors(inputs.size());
    std::vector<char> failed(size_t(inputs.size()), 0);
    // Standard input first, on this thread: it is one stream, read once.
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs.at(i) == u"-")
            results[i] = readText(standardInput, QStringLiteral("-"));
    }
    forEachParallel(inputs.size(), jobs, [&](qsizetype i) {
        if (inputs.at(i) == u"-")
            return;
        QString message;
        auto read = readFile(inputs.at(i), &message);
        if (read) {
            results[i] = std::move(*read);
        } else {
            errors[i] = message;
            failed[size_t(i)] = 1;
        }
    });
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (failed[size_t(i)]) {
            *error = errors.at(i);
            return std::nullopt;
        }
    }
    return results;
}

} // namespace CertDesk::Cli
