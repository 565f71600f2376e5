// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// certdesk-cli journal list|export|verify|purge and verify --journal, in-process
// (Cli::run with injected streams), plus the default path through the real executable.
#include "cli.h"
#include "journal/journal.h"
#include "journaltestutil.h"
#include "specimen.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kIat = 1710400000;

struct Run
{
    int status = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> objects() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith('{'))
                result.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }
};

Run run(const QStringList &arguments, QByteArray input = {})
{
    QBuffer in(&input);
    Run result;
    QBuffer out(&result.out);
    QBuffer err(&result.err);
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    result.status = Cli::run(arguments, {&in, &out, &err});
    return result;
}

} // namespace

class TestJournalCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_trust;
    QByteArray m_valid;
    QByteArray m_forged;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("c%1/journal.sqlite").arg(++m_files)); }

    // A journal with rows 1..n: row i at @p start + i hours (see sampleEntry for the rest).
    QString filled(int count, Timestamp::Millis start = kT0)
    {
        const QString path = newPath();
        auto journal = Journal::Journal::open(path);
        std::vector<Journal::JournalEntry> entries;
        for (int i = 1; i <= count; ++i)
            entries.push_back(sampleEntry(i, start + i * 3'600'000));
        if (!journal || !journal->append(std::move(entries)))
            qFatal("cannot fill %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // As certdesk-cli's main() names itself, with the application-data folder in the sandbox.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_qs).toUtf8());
        QCoreApplication::setOrganizationName(u"CertDesk"_qs);
        QCoreApplication::setApplicationName(u"certdesk"_qs);
        const SpecimenSigner signer = SpecimenSigner::make(KeyType::P256);
        const SpecimenSigner other = SpecimenSigner::make(KeyType::P256);
        m_trust = m_dir.filePath(u"signer.der"_qs);
        QFile trust(m_trust);
        QVERIFY(trust.open(QIODevice::WriteOnly));
        trust.write(signer.certificateDer);
        trust.close();
        CoseBuilder builder;
        builder.protectedHeader = QCborMap{{1, -7}, {4, signer.kid()}};
        builder.payload = ithcClaims(kIat, kIat + 86400 * 14).toCborValue().toCbor();
        m_valid = builder.qrText("ITHC1:", signer, SignatureAlgorithm::Es256);
        m_forged = builder.qrText("ITHC1:", other, SignatureAlgorithm::Es256);
    }

    void verifyJournalsOnlyWhenAsked()
    {
        const QStringList verify{u"verify"_qs, u"--trust"_qs, m_trust, u"--at=2024-03-14T10:00:00Z"_qs};
        const QByteArray input = m_valid + '\n' + m_forged + "\nnot a code\n";
        // Without --journal, nothing is written, not even the station's default journal.
        Run plain = run(verify + QStringList{u"-"_qs}, input);
        QCOMPARE(plain.status, 1);
        QVERIFY(!QFile::exists(Journal::Journal::defaultPath()));

        const QString path = newPath();
        const Run journaled = run(verify + QStringList{u"--journal"_qs, path, u"-"_qs}, input);
        QCOMPARE(journaled.status, 1);
        QCOMPARE(journaled.out, plain.out); // the output is unchanged
        const qint64 before = QDateTime::currentMSecsSinceEpoch();

        const Run list = run({u"journal"_qs, u"list"_qs, u"--json"_qs, u"--journal"_qs, path});
        QCOMPARE(list.status, 0);
        const QList<QJsonObject> rows = list.objects();
        QCOMPARE(rows.size(), 3);
        const QStringList verdicts{u"valid"_qs, u"invalid"_qs, u"unreadable"_qs};
        const QStringList formats{u"ithc"_qs, u"ithc"_qs, u"unknown"_qs};
        const QStringList firstReasons{QString(), u"signature_invalid"_qs, u"not_a_certificate"_qs};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject &row = rows.at(i);
            QCOMPARE(row.value(u"id").toInteger(), i + 1);
            QCOMPARE(row.value(u"verdict").toString(), verdicts.at(i));
            QCOMPARE(row.value(u"format").toString(), formats.at(i));
            QCOMPARE(row.value(u"input").toString(), u"stdin"_qs);
            QCOMPARE(row.value(u"reasons").toArray().isEmpty(), i == 0);
            if (i > 0)
                QCOMPARE(row.value(u"reasons").toArray().first().toString(), firstReasons.at(i));
            const auto time = Timestamp::parseRfc3339(row.value(u"time").toString());
            QVERIFY(time && *time <= before && *time > before - 60'000);
            QVERIFY(!row.contains(u"holder"));
        }
        QCOMPARE(rows.at(0).value(u"issuer").toString(), u"CN"_qs);
        QCOMPARE(rows.at(0).value(u"certificate_hash").toString().size(), 32);
    }

    void verifyJournalErrors()
    {
        const QStringList verify{u"verify"_qs, u"--trust"_qs, m_trust, u"--at=2024-03-14T10:00:00Z"_qs};
        Run result = run(verify + QStringList{u"--journal"_qs, u"/proc/certdesk-test/journal.sqlite"_qs, u"-"_qs},
                         m_valid);
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("journal: /proc/certdesk-test/journal.sqlite"), result.err.constData());
        result = run(verify + QStringList{u"--journal"_qs}, m_valid);
        QCOMPARE(result.status, 2);

        // Not a journal: refused before anything is verified or printed.
        const QString notJournal = m_dir.filePath(u"notes.sqlite"_qs);
        QFile file(notJournal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("plain text, not a journal\n").repeated(200));
        file.close();
        result = run(verify + QStringList{u"--journal"_qs, notJournal, u"-"_qs}, m_valid);
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.contains("not a CertDesk journal"));
    }

    void listFilters_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("all") << QStringList{} << QList<qint64>{1, 2, 3, 4, 5, 6};
        QTest::newRow("verdict") << QStringList{u"--verdict"_qs, u"invalid"_qs} << QList<qint64>{3, 6};
        QTest::newRow("format") << QStringList{u"--format=ithc"_qs} << QList<qint64>{2, 4, 6};
        QTest::newRow("since-until") << QStringList{u"--since"_qs, u"2024-03-14T09:06:40Z"_qs, u"--until"_qs,
                                                    u"2024-03-14T13:06:40+01:00"_qs}
                                     << QList<qint64>{2, 3, 4};
        QTest::newRow("limit-newest") << QStringList{u"--limit"_qs, u"2"_qs} << QList<qint64>{5, 6};
    }
    void listFilters()
    {
        QFETCH(QStringList, options);
        QFETCH(QList<qint64>, ids);
        const QString path = filled(6);
        const Run result = run(QStringList{u"journal"_qs, u"list"_qs, u"--json"_qs, u"--journal"_qs, path} + options);
        QVERIFY2(result.status == 0, result.err.constData());
        QList<qint64> got;
        for (const QJsonObject &row : result.objects()) {
            got.append(row.value(u"id").toInteger());
            for (const char *key : {"time", "format", "verdict", "reasons"})
                QVERIFY(row.contains(QLatin1String(key)));
        }
        QCOMPARE(got, ids);
        // Text output: one line per row.
        const Run text = run(QStringList{u"journal"_qs, u"list"_qs, u"--journal"_qs, path} + options);
        QCOMPARE(text.status, 0);
        QCOMPARE(text.out.count('\n'), ids.size());
    }

    void exportCsvAndJson()
    {
        const QString path = newPath();
        {
            auto journal = Journal::Journal::open(path);
            QVERIFY(journal.ok());
            Journal::JournalEntry tricky = sampleEntry(3);
            tricky.station = u"Gate 4, \"east\""_qs;
            QVERIFY(journal->append({sampleEntry(1), tricky}).ok());
        }
        const QString csvPath = m_dir.filePath(u"export.csv"_qs);
        Run result = run({u"journal"_qs, u"export"_qs, u"--format"_qs, u"csv"_qs, u"--output"_qs, csvPath,
                          u"--journal"_qs, path});
        QVERIFY2(result.status == 0, result.err.constData());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("id,time,station,operator,input,format,issuer,verdict,reasons,"));
        QVERIFY(lines.at(0).endsWith("\r"));
        QVERIFY(lines.at(1).startsWith("1,2024-03-14T07:06:40Z,desk-1,1,scanner,dcc,AT,valid,,eu-travel-2022,"));
        QVERIFY2(lines.at(2).startsWith("2,2024-03-14T07:06:40Z,\"Gate 4, \"\"east\"\"\",3,scanner,dcc,AT,invalid,"
                                        "expired schema,"),
                 lines.at(2).constData());

        result = run({u"journal"_qs, u"export"_qs, u"--format=json"_qs, u"--journal"_qs, path});
        QCOMPARE(result.status, 0);
        QJsonParseError error;
        const QJsonArray array = QJsonDocument::fromJson(result.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(u"station").toString(), u"Gate 4, \"east\""_qs);
        QCOMPARE(array.at(1).toObject().value(u"reasons").toArray().size(), 2);

        // An empty selection is still a well-formed document.
        result = run({u"journal"_qs, u"export"_qs, u"--format=json"_qs, u"--verdict=unreadable"_qs, u"--journal"_qs, path});
        QCOMPARE(QJsonDocument::fromJson(result.out, &error).array().size(), 0);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void verifyChain()
    {
        const QString path = filled(20);
        Run result = run({u"journal"_qs, u"verify"_qs, u"--journal"_qs, path});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.startsWith("ok: 20 rows, chain intact"), result.out.constData());
        QCOMPARE(rawExec(path, "UPDATE entries SET verdict = 'valid' WHERE id = 12"), SQLITE_OK);
        result = run({u"journal"_qs, u"verify"_qs, u"--journal"_qs, path});
        QCOMPARE(result.status, 1);
        QVERIFY2(result.out.startsWith("broken: row 12: row 12 was edited"), result.out.constData());
    }

    void purge()
    {
        // Rows 1..6 at 200 days ago + i hours, then 3 rows now.
        const Timestamp::Millis now = QDateTime::currentMSecsSinceEpoch();
        const QString path = filled(6, now - 200 * kDay);
        {
            auto journal = Journal::Journal::open(path);
            QVERIFY(journal->append({sampleEntry(7, now), sampleEntry(8, now), sampleEntry(9, now)}).ok());
        }
        Run result = run({u"journal"_qs, u"purge"_qs, u"--journal"_qs, path});
        QVERIFY2(result.status == 0, result.err.constData());
        QVERIFY2(result.out.startsWith("purged 6 rows (up to row 6"), result.out.constData());
        result = run({u"journal"_qs, u"verify"_qs, u"--journal"_qs, path});
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.startsWith("ok: 3 rows, chain intact (from the cut after row 6"), result.out.constData());
        result = run({u"journal"_qs, u"purge"_qs, u"--older-than"_qs, u"30"_qs, u"--journal"_qs, path});
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.startsWith("purged 0 rows"));
        QCOMPARE(run({u"journal"_qs, u"list"_qs, u"--journal"_qs, path}).out.count('\n'), 3);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no-command") << QStringList{u"journal"_qs} << QByteArray("no command");
        QTest::newRow("unknown-command") << QStringList{u"journal"_qs, u"frobnicate"_qs} << QByteArray("unknown command");
        QTest::newRow("export-no-format") << QStringList{u"journal"_qs, u"export"_qs} << QByteArray("--format csv");
        QTest::newRow("export-bad-format") << QStringList{u"journal"_qs, u"export"_qs, u"--format=xml"_qs} << QByteArray("csv or json");
        QTest::newRow("bad-since") << QStringList{u"journal"_qs, u"list"_qs, u"--since"_qs, u"yesterday"_qs} << QByteArray("RFC 3339");
        QTest::newRow("bad-verdict") << QStringList{u"journal"_qs, u"list"_qs, u"--verdict=maybe"_qs} << QByteArray("--verdict");
        QTest::newRow("bad-days") << QStringList{u"journal"_qs, u"purge"_qs, u"--older-than=soon"_qs} << QByteArray("days");
        QTest::newRow("option-of-other-command") << QStringList{u"journal"_qs, u"verify"_qs, u"--json"_qs} << QByteArray("unknown option");
        QTest::newRow("missing-journal") << QStringList{u"journal"_qs, u"list"_qs, u"--journal"_qs, u"/nonexistent/j.sqlite"_qs}
                                         << QByteArray("/nonexistent/j.sqlite: no journal there");
        QTest::newRow("purge-missing-journal") << QStringList{u"journal"_qs, u"purge"_qs, u"--journal=/nonexistent/j.sqlite"_qs}
                                               << QByteArray("no journal there");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void notAJournal()
    {
        const QString path = m_dir.filePath(u"garbage.sqlite"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'x'));
        file.close();
        for (const QString &command : {u"list"_qs, u"verify"_qs, u"purge"_qs}) {
            const Run result = run({u"journal"_qs, command, u"--journal"_qs, path});
            QCOMPARE(result.status, 2);
            QVERIFY2(result.err.contains("not a CertDesk journal"), result.err.constData());
        }
    }

    void defaultPathSharedWithTheStation()
    {
        // certdesk-cli and the station name themselves CertDesk/certdesk: one journal under
        // the application-data folder.
        const QString dataHome = m_dir.filePath(u"station-data"_qs);
        const QString expected = dataHome + u"/CertDesk/certdesk/journal.sqlite"_qs;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_qs, dataHome);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CERTDESK_CLI_PATH), {u"journal"_qs, u"verify"_qs});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        const QByteArray err = process.readAllStandardError();
        QVERIFY2(err.contains(QByteArray(expected.toUtf8() + ": no journal there")), err.constData());

        auto journal = Journal::Journal::open(expected);
        QVERIFY(journal.ok());
        QVERIFY(journal->append({sampleEntry(1)}).ok());
        process.start(QStringLiteral(CERTDESK_CLI_PATH), {u"journal"_qs, u"verify"_qs});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().startsWith("ok: 1 rows, chain intact"));
        // In-process, the same names give the same default.
        QCOMPARE(Journal::Journal::defaultPath(), m_dir.filePath(u"data/CertDesk/certdesk/journal.sqlite"_qs));
    }
};

QTEST_GUILESS_MAIN(TestJournalCli)
#include "tst_journalcli.moc"
