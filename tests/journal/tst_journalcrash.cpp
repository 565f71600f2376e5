// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// A writer killed with SIGKILL in the middle of a burst of 1,000 verifications loses no
// committed row and leaves a journal that opens and verifies.
#include "journal/journal.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace CertDesk;
using namespace CertDesk::Journal;

class TestJournalCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidBurst_data()
    {
        QTest::addColumn<int>("paceMicroseconds");
        QTest::addColumn<int>("killAfter");
        QTest::addColumn<bool>("mustBeMidBurst");
        QTest::newRow("paced-early") << 1000 << 20 << true;
        QTest::newRow("paced-middle") << 1000 << 400 << true;
        QTest::newRow("paced-late") << 500 << 800 << true;
        QTest::newRow("burst") << 0 << 1 << false;
    }
    void killedMidBurst()
    {
        QFETCH(int, paceMicroseconds);
        QFETCH(int, killAfter);
        QFETCH(bool, mustBeMidBurst);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"journal.sqlite"_qs);

        QProcess burst;
        burst.setProcessChannelMode(QProcess::SeparateChannels);
        burst.start(QStringLiteral(JOURNAL_BURST_PATH),
                    {path, QStringLiteral("1000"), QString::number(paceMicroseconds)});
        QVERIFY(burst.waitForStarted());
        QSet<int> committed;
        QByteArray pending;
        auto collect = [&] {
            pending += burst.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                QVERIFY2(line.startsWith("committed "), line.constData());
                committed.insert(line.mid(10).toInt());
            }
        };
        while (committed.size() < killAfter && burst.state() == QProcess::Running) {
            burst.waitForReadyRead(5000);
            collect();
        }
        ::kill(pid_t(burst.processId()), SIGKILL);
        QVERIFY(burst.waitForFinished(10000));
        collect(); // lines written before the kill are committed too
        QVERIFY(committed.size() >= killAfter);
        if (mustBeMidBurst) {
            QCOMPARE(burst.exitStatus(), QProcess::CrashExit);
            QVERIFY2(committed.size() < 1000, "the writer finished before it was killed");
        }

        // The journal opens (recovering its WAL), verifies, and holds every committed row.
        auto journal = Journal::Journal::open(path);
        QVERIFY2(journal.ok(), qPrintable(journal.ok() ? QString() : journal.error().message));
        const auto report = journal->verifyChain();
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(report->detail));
        const auto rows = journal->query({});
        QVERIFY(rows.ok());
        QSet<int> stored;
        for (size_t i = 0; i < rows->size(); ++i) {
            const int seq = rows->at(i).operatorName.toInt();
            QCOMPARE(seq, int(i) + 1); // a prefix of the burst, in order
            stored.insert(seq);
        }
        for (const int seq : std::as_const(committed))
            QVERIFY2(stored.contains(seq), qPrintable(QStringLiteral("committed row %1 lost").arg(seq)));
        // And it takes new rows after the crash.
        JournalEntry entry;
        entry.time = 1;
        QVERIFY(journal->append({entry}).ok());
        QVERIFY(journal->verifyChain()->intact());
    }
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journalcrash.moc"
