// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Helper of tst_journalcrash: appends COUNT entries through the JournalWriter, one every
// PACE microseconds, and prints each entry's sequence number on standard output the moment
// its transaction has committed. The test kills it with SIGKILL in the middle.
//
//   journal_burst PATH COUNT PACE_MICROSECONDS
#include "journal/journalwriter.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include <unistd.h>

using namespace CertDesk::Journal;

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fputs("usage: journal_burst PATH COUNT PACE_MICROSECONDS\n", stderr);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int count = std::atoi(argv[2]);
    const int pace = std::atoi(argv[3]);
    auto writer = JournalWriter::open(path);
    if (!writer) {
        std::fprintf(stderr, "journal_burst: %s\n", qPrintable(writer.error().message));
        return 2;
    }
    for (int seq = 1; seq <= count; ++seq) {
        JournalEntry entry;
        entry.time = 1'710'400'000'000 + seq;
        entry.station = QStringLiteral("crash-desk");
        entry.operatorName = QString::number(seq);
        entry.input = InputKind::Camera;
        entry.format = CertDesk::CertificateFormat::Dcc;
        entry.verdict = CertDesk::Verdict::Valid;
        entry.certificateId = QStringLiteral("URN:UVCI:%1").arg(seq);
        (*writer)->append(std::move(entry), [seq](const Outcome<JournalEntry> &result) {
            // write(2), unbuffered: the line is in the pipe before the next commit starts.
            const std::string line = (result ? "committed " : "failed ") + std::to_string(seq) + '\n';
            [[maybe_unused]] const ssize_t written = ::write(STDOUT_FILENO, line.data(), line.size());
        });
        if (pace > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(pace));
    }
    (*writer)->flush();
    return 0;
}
