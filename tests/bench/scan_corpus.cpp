// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Runs QrDecoder over corpus folders and prints one JSON line per image, then one
// summary line per folder (or scene) and per distortion kind: share read, misreads,
// median and 95th percentile milliseconds. A folder holds <name>.png|jpg with the
// expected text in <name>.txt (qr-photos); a manifest.jsonl names file, text, scene
// and distortions (synthetic-public). Usage:
//   scan_corpus [--one-core] [--first-pass-only] [--budget MS] PATH...
#include <sched.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <vector>

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "scan/qrdecoder.h"

using namespace CertDesk::Scan;

namespace {

struct Sample
{
    QString path;
    QString group;
    QStringList kinds;
    QString expected;
};

struct Tally
{
    int images = 0;
    int read = 0;
    int misreads = 0;
    std::vector<double> ms;
};

// The photos' .txt files use LF where some codes hold CRLF.
QString folded(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

QList<Sample> fromManifest(const QString &manifest)
{
    QList<Sample> samples;
    QFile file(manifest);
    if (!file.open(QIODevice::ReadOnly))
        return samples;
    const QDir dir = QFileInfo(manifest).dir();
    while (!file.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(file.readLine()).object();
        if (row.isEmpty())
            continue;
        Sample sample;
        sample.path = dir.filePath(row.value(QStringLiteral("file")).toString());
        sample.group = row.value(QStringLiteral("scene")).toString();
        for (const QJsonValue &kind : row.value(QStringLiteral("distortions")).toArray())
            sample.kinds.append(kind.toString());
        if (sample.kinds.isEmpty())
            sample.kinds.append(QStringLiteral("none"));
        sample.expected = row.value(QStringLiteral("text")).toString();
        samples.append(sample);
    }
    return samples;
}

QList<Sample> fromFolder(const QString &folder)
{
    QList<Sample> samples;
    QDirIterator it(folder, {QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        Sample sample;
        sample.path = info.filePath();
        sample.group = info.dir().dirName();
        QFile text(info.dir().filePath(info.completeBaseName() + QStringLiteral(".txt")));
        if (text.open(QIODevice::ReadOnly))
            sample.expected = QString::fromUtf8(text.readAll());
        samples.append(sample);
    }
    std::sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.path < b.path; });
    return samples;
}

double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(share * static_cast<double>(values.size() - 1) + 0.5)];
}

void printSummary(const char *by, const std::map<QString, Tally> &tallies)
{
    for (const auto &[name, tally] : tallies) {
        const QJsonObject line{{QStringLiteral("summary"), QString::fromLatin1(by)},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("images"), tally.images},
                               {QStringLiteral("read"), tally.read},
                               {QStringLiteral("share"), double(tally.read) / std::max(1, tally.images)},
                               {QStringLiteral("misreads"), tally.misreads},
                               {QStringLiteral("median_ms"), percentile(tally.ms, 0.5)},
                               {QStringLiteral("p95_ms"), percentile(tally.ms, 0.95)}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    DecoderOptions options;
    if (arguments.removeAll(QStringLiteral("--one-core")) > 0) {
        // The station shares two cores with capture and verification: measure one.
        cpu_set_t set;
        CPU_ZERO(&set);
        CPU_SET(0, &set);
        sched_setaffinity(0, sizeof(set), &set);
        cv::setNumThreads(1);
    }
    if (arguments.removeAll(QStringLiteral("--first-pass-only")) > 0)
        options.secondPasses = false;
    const qsizetype budgetAt = arguments.indexOf(QStringLiteral("--budget"));
    if (budgetAt >= 0 && budgetAt + 1 < arguments.size()) {
        options.secondPassBudgetMs = arguments.at(budgetAt + 1).toInt();
        arguments.remove(budgetAt, 2);
    }
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: scan_corpus [--one-core] [--first-pass-only] [--budget MS] FOLDER|manifest.jsonl...\n");
        return 2;
    }

    const QrDecoder decoder(options);
    std::map<QString, Tally> byGroup;
    std::map<QString, Tally> byKind;
    for (const QString &argument : arguments) {
        const QList<Sample> samples = argument.endsWith(QStringLiteral(".jsonl")) ? fromManifest(argument)
                                                                                  : fromFolder(argument);
        for (const Sample &sample : samples) {
            const cv::Mat image = cv::imread(sample.path.toStdString(), cv::IMREAD_UNCHANGED);
            const auto start = std::chrono::steady_clock::now();
            const QList<DecodedCode> codes = decoder.decode(image);
            const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();

            QJsonArray texts;
            bool read = false;
            bool misread = false;
            QString pass;
            for (const DecodedCode &code : codes) {
                texts.append(code.text);
                pass = code.pass;
                (folded(code.text) == folded(sample.expected) ? read : misread) = true;
            }
            const QJsonObject line{{QStringLiteral("file"), sample.path},
                                   {QStringLiteral("texts"), texts},
                                   {QStringLiteral("ms"), ms},
                                   {QStringLiteral("pass"), pass},
                                   {QStringLiteral("read"), read},
                                   {QStringLiteral("other_text"), misread}};
            std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
            // A misread is any text other than the expected one (the one double code in
            // qr-photos, an inner code inside an outer one, counts here too).
            auto count = [&](Tally &tally) {
                ++tally.images;
                tally.read += read ? 1 : 0;
                tally.misreads += misread ? 1 : 0;
                tally.ms.push_back(ms);
            };
            count(byGroup[sample.group]);
            for (const QString &kind : sample.kinds)
                count(byKind[kind]);
        }
    }
    printSummary("folder", byGroup);
    printSummary("distortion", byKind);
    return 0;
}
