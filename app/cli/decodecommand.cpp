// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "decodecommand.h"

#include "inputreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <thread>

namespace CertDesk::Cli {

namespace {

constexpr char kDecodeUsage[] =
    "Usage: certdesk-cli decode [--json] [--jobs N] INPUT...\n"
    "\n"
    "Reads QR codes without verifying them: one line per code found, the text alone, or with\n"
    "--json {\"source\", \"text\" (or \"bytes_b64\" for a binary code), \"position\": [[x,y] x4]}.\n"
    "INPUT: an image (PNG, JPEG, BMP, WebP, TIFF), a PDF, a video file, an image-sequence pattern\n"
    "(frames/%04d.png), a text file (one code per line) or - for standard input.\n"
    "\n"
    "Exit status: 0 every input held a code; 1 one did not; 2 usage or I/O error.\n";

int usageError(const Context &context, const QString &message)
{
    context.err->write(QStringLiteral("certdesk-cli decode: %1\n").arg(message).toUtf8());
    context.err->write("Run 'certdesk-cli decode --help' for usage.\n");
    return ExitUsage;
}

QByteArray jsonLine(const PayloadItem &item)
{
    QJsonObject object{{QStringLiteral("source"), item.source}};
    if (item.binary)
        object.insert(QStringLiteral("bytes_b64"), QString::fromLatin1(item.text.toBase64()));
    else
        object.insert(QStringLiteral("text"), QString::fromUtf8(item.text));
    if (item.position) {
        QJsonArray corners;
        for (const QPointF &point : *item.position)
            corners.append(QJsonArray{qRound(point.x() * 10) / 10.0, qRound(point.y() * 10) / 10.0});
        object.insert(QStringLiteral("position"), corners);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int runDecode(const QStringList &arguments, const Context &context)
{
    bool json = false;
    int jobs = int(qMax(1u, std::thread::hardware_concurrency()));
    QStringList inputs;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--help" || argument == u"-h") {
            context.out->write(kDecodeUsage);
            return ExitValid;
        } else if (argument == u"--json") {
            json = true;
        } else if (argument == u"--jobs" || argument.startsWith(u"--jobs=")) {
            const QString value = argument.contains(u'=') ? argument.section(u'=', 1)
                                                          : (i + 1 < arguments.size() ? arguments.at(++i) : QString());
            bool ok = false;
            jobs = value.toInt(&ok);
            if (!ok || jobs < 1)
                return usageError(context, QStringLiteral("--jobs needs a positive number"));
        } else if (argument == u"-" || !argument.startsWith(u'-')) {
            inputs.append(argument);
        } else {
            return usageError(context, QStringLiteral("unknown option '%1'").arg(argument));
        }
    }
    if (inputs.isEmpty())
        return usageError(context, QStringLiteral("no input given"));

    QString error;
    const auto perInput = InputReader::readAll(inputs, *context.in, jobs, &error);
    if (!perInput) {
        context.err->write(QStringLiteral("certdesk-cli decode: %1\n").arg(error).toUtf8());
        return ExitUsage;
    }
    bool everyInputHeldACode = true;
    QByteArray output;
    for (qsizetype i = 0; i < perInput->size(); ++i) {
        if (perInput->at(i).isEmpty()) {
            everyInputHeldACode = false;
            context.err->write(QStringLiteral("certdesk-cli decode: %1: no QR code found\n").arg(inputs.at(i)).toUtf8());
        }
        for (const PayloadItem &item : perInput->at(i)) {
            if (json)
                output += jsonLine(item);
            else
                output += (item.binary ? QByteArray("base64:") + item.text.toBase64() : item.text) + '\n';
        }
    }
    context.out->write(output);
    return everyInputHeldACode ? ExitValid : ExitNotValid;
}

} // namespace CertDesk::Cli
