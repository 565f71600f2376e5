// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The journal database: schema and upgrade, append and queries, the salted certificate
// hash, identities, the hash chain against tampering, retention purge and bad files.
#include "journal/journal.h"
#include "journal/journalexport.h"
#include "journal/journalhash.h"
#include "journaltestutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace CertDesk;
using namespace CertDesk::Journal;
using namespace CertDesk::Test;

Q_DECLARE_METATYPE(CertDesk::Journal::Filter)
Q_DECLARE_METATYPE(CertDesk::Journal::ChainReport::Problem)
Q_DECLARE_METATYPE(CertDesk::Journal::Error::Kind)

namespace {

// The ids of @p entries, in order.
QList<qint64> ids(const std::vector<JournalEntry> &entries)
{
    QList<qint64> result;
    for (const JournalEntry &entry : entries)
        result.append(entry.id);
    return result;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("j%1/journal.sqlite").arg(++m_files)); }

    // A journal at a new path with @p count sample rows, one hour apart from kT0.
    QString filled(int count)
    {
        const QString path = newPath();
        auto journal = Journal::Journal::open(path);
        if (!journal)
            qFatal("%s", qPrintable(journal.error().message));
        std::vector<JournalEntry> entries;
        for (int i = 1; i <= count; ++i)
            entries.push_back(sampleEntry(i, kT0 + i * 3'600'000));
        if (!journal->append(std::move(entries)))
            qFatal("append failed");
        return path;
    }

private Q_SLOTS:
    void csvRecordsQuoteAndDefuse()
    {
        QCOMPARE(Journal::csvRecord({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\"")}),
                 QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\"\r\n"));
        // A spreadsheet must not take a field for a formula.
        QCOMPARE(Journal::csvRecord({QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("@SUM(A1)"), QStringLiteral("-1")}),
                 QByteArray("\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'-1\r\n"));
        QCOMPARE(Journal::csvRecord({QString(), QStringLiteral("张三")}), QByteArray(",\xe5\xbc\xa0\xe4\xb8\x89\r\n"));
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsVersionedWalDatabase()
    {
        const QString path = newPath();
        auto journal = Journal::Journal::open(path);
        QVERIFY2(journal.ok(), qPrintable(journal.ok() ? QString() : journal.error().message));
        QCOMPARE(journal->schemaVersion(), Journal::Journal::kSchemaVersion);
        QVERIFY(QFile::exists(path));
        QCOMPARE(rawInt(path, "PRAGMA user_version"), 2);
        QCOMPARE(rawInt(path, "PRAGMA application_id"), 0x43444A4E);
        QCOMPARE(rawInt(path, "SELECT length(value) FROM meta WHERE key = 'salt'"), 32);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &statement, nullptr);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))), QByteArray("wal"));
        sqlite3_finalize(statement);
        sqlite3_close(db);
        // Reopening keeps the salt: the same id hashes the same.
        const QByteArray hash = journal->certificateHash(CertificateFormat::Dcc, QStringLiteral("X"));
        auto again = Journal::Journal::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again->certificateHash(CertificateFormat::Dcc, QStringLiteral("X")), hash);
    }

    void appendAndReadBack()
    {
        auto journal = Journal::Journal::open(newPath());
        QVERIFY(journal.ok());
        std::vector<JournalEntry> entries{sampleEntry(1), sampleEntry(2, kT0 + 1), sampleEntry(3, kT0 + 2)};
        entries[1].certificateId.clear();
        const auto stored = journal->append(entries);
        QVERIFY(stored.ok());
        QCOMPARE(ids(*stored), (QList<qint64>{1, 2, 3}));
        const auto read = journal->query({});
        QVERIFY(read.ok());
        QCOMPARE(read->size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            const JournalEntry &got = read->at(i);
            QCOMPARE(got, stored->at(i));
            QCOMPARE(got.time, entries[i].time);
            QCOMPARE(got.operatorName, entries[i].operatorName);
            QCOMPARE(got.format, entries[i].format);
            QCOMPARE(got.verdict, entries[i].verdict);
            QCOMPARE(got.reasons, entries[i].reasons);
            QCOMPARE(got.input, InputKind::Scanner);
            QCOMPARE(got.policy, u"eu-travel-2022"_qs);
            QCOMPARE(got.trustVersion, u"2024-03-01"_qs);
            QVERIFY(got.certificateId.isEmpty());
            QCOMPARE(got.chainHash.size(), Hash::kChainHashSize);
            QCOMPARE(got.certificateHash.size(), i == 1 ? 0 : Hash::kCertificateHashSize);
        }
        QCOMPARE(read->at(2).reasons, (QStringList{u"expired"_qs, u"schema"_qs}));
    }

    void filters_data()
    {
        QTest::addColumn<Filter>("filter");
        QTest::addColumn<QList<qint64>>("expected");
        // Rows 1..12 at kT0 + n hours; even n are ITHC-1, n % 3 == 0 invalid.
        Filter f;
        QTest::newRow("all") << f << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
        f = {};
        f.since = kT0 + 10 * 3'600'000;
        QTest::newRow("since-inclusive") << f << QList<qint64>{10, 11, 12};
        f = {};
        f.until = kT0 + 3 * 3'600'000;
        QTest::newRow("until-exclusive") << f << QList<qint64>{1, 2};
        f = {};
        f.since = kT0 + 4 * 3'600'000;
        f.until = kT0 + 8 * 3'600'000;
        QTest::newRow("range") << f << QList<qint64>{4, 5, 6, 7};
        f = {};
        f.verdict = Verdict::Invalid;
        QTest::newRow("verdict") << f << QList<qint64>{3, 6, 9, 12};
        f = {};
        f.format = CertificateFormat::Ithc;
        QTest::newRow("format") << f << QList<qint64>{2, 4, 6, 8, 10, 12};
        f.verdict = Verdict::Valid;
        QTest::newRow("format-and-verdict") << f << QList<qint64>{2, 4, 8, 10};
        f = {};
        f.limit = 3;
        f.offset = 2;
        QTest::newRow("limit-offset") << f << QList<qint64>{3, 4, 5};
        f.newestFirst = true;
        QTest::newRow("newest-first") << f << QList<qint64>{10, 9, 8};
        f = {};
        f.verdict = Verdict::Unreadable;
        QTest::newRow("none") << f << QList<qint64>{};
    }
    void filters()
    {
        QFETCH(Filter, filter);
        QFETCH(QList<qint64>, expected);
        const QString path = filled(12);
        auto journal = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
        QVERIFY(journal.ok());
        const auto read = journal->query(filter);
        QVERIFY(read.ok());
        QCOMPARE(ids(*read), expected);
    }

    void countsPerVerdict()
    {
        auto journal = Journal::Journal::open(filled(12));
        QVERIFY(journal.ok());
        JournalEntry unreadable = sampleEntry(13, kT0 + 13 * 3'600'000);
        unreadable.verdict = Verdict::Unreadable;
        QVERIFY(journal->append({unreadable}).ok());
        auto counts = journal->countByVerdict({});
        QVERIFY(counts.ok());
        QCOMPARE(counts->valid, 8);
        QCOMPARE(counts->invalid, 4);
        QCOMPARE(counts->unreadable, 1);
        Filter firstHalf;
        firstHalf.until = kT0 + 7 * 3'600'000;
        firstHalf.verdict = Verdict::Invalid; // ignored by the count
        counts = journal->countByVerdict(firstHalf);
        QVERIFY(counts.ok());
        QCOMPARE(counts->total(), 6);
        QCOMPARE(counts->invalid, 2);
    }

    void saltedCertificateHash()
    {
        auto first = Journal::Journal::open(newPath());
        auto second = Journal::Journal::open(newPath());
        QVERIFY(first.ok() && second.ok());
        const auto a = first->append({sampleEntry(1), sampleEntry(2), sampleEntry(1, kT0 + kDay)});
        const auto b = second->append({sampleEntry(1)});
        QVERIFY(a.ok() && b.ok());
        // Stable within a journal: the repeated presentation is recognised ...
        QCOMPARE(a->at(0).certificateHash, a->at(2).certificateHash);
        QVERIFY(a->at(0).certificateHash != a->at(1).certificateHash);
        QCOMPARE(first->certificateHash(CertificateFormat::Dcc, u"URN:UVCI:01:AT:1#B"_qs), a->at(0).certificateHash);
        // ... but not across journals (each has its own salt), nor across formats.
        QVERIFY(a->at(0).certificateHash != b->at(0).certificateHash);
        QVERIFY(first->certificateHash(CertificateFormat::Ithc, u"URN:UVCI:01:AT:1#B"_qs) != a->at(0).certificateHash);
        Filter filter;
        filter.certificateHash = a->at(0).certificateHash;
        const auto presentations = first->query(filter);
        QVERIFY(presentations.ok());
        QCOMPARE(ids(*presentations), (QList<qint64>{1, 3}));
    }

    void entryFromReport()
    {
        VerificationReport report;
        report.format = CertificateFormat::Dcc;
        report.fail(u"expiry"_qs, Reason{ReasonCode::Expired, u"expired"_qs});
        HealthCertificate certificate;
        certificate.issuerCountry = u"AT"_qs;
        certificate.holder.familyName = u"Musterfrau"_qs;
        certificate.holder.givenName = u"Gabriele"_qs;
        certificate.holder.dateOfBirth = u"1998-02-26"_qs;
        Vaccination vaccination;
        vaccination.certificateId = u"URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B"_qs;
        certificate.vaccinations.append(vaccination);
        report.certificate = certificate;
        JournalContext context;
        context.time = kT0;
        context.station = u"desk-7"_qs;
        context.operatorName = u"officer"_qs;
        context.input = InputKind::Camera;
        context.policy = u"eu-travel-2022"_qs;
        context.trustVersion = u"v42"_qs;

        JournalEntry entry = makeEntry(report, context);
        QCOMPARE(entry.verdict, Verdict::Invalid);
        QCOMPARE(entry.reasons, QStringList{u"expired"_qs});
        QCOMPARE(entry.format, CertificateFormat::Dcc);
        QCOMPARE(entry.issuerCountry, u"AT"_qs);
        QCOMPARE(entry.certificateId, vaccination.certificateId);
        QCOMPARE(entry.station, u"desk-7"_qs);
        QVERIFY(!entry.holderName);
        QVERIFY(!entry.holderDateOfBirth);

        // Not stored by default: neither the names, nor the birth date, nor the id appear in the file.
        const QString path = newPath();
        {
            auto journal = Journal::Journal::open(path);
            QVERIFY(journal.ok());
            QVERIFY(journal->append({entry}).ok());
            QVERIFY(journal->checkpoint().ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("desk-7"));
        QVERIFY(!bytes.contains("Musterfrau"));
        QVERIFY(!bytes.contains("1998-02-26"));
        QVERIFY(!bytes.contains("10807843F94AEE0EE5093FBC254BD813"));

        context.storeIdentities = true;
        entry = makeEntry(report, context);
        QCOMPARE(entry.holderName, std::optional<QString>(u"Musterfrau Gabriele"_qs));
        QCOMPARE(entry.holderDateOfBirth, std::optional<QString>(u"1998-02-26"_qs));
        auto journal = Journal::Journal::open(path);
        QVERIFY(journal.ok());
        QVERIFY(journal->append({entry}).ok());
        const auto read = journal->query({});
        QVERIFY(read.ok());
        QVERIFY(!read->at(0).holderName);
        QCOMPARE(read->at(1).holderName, entry.holderName);
        QCOMPARE(read->at(1).holderDateOfBirth, entry.holderDateOfBirth);
        QVERIFY(journal->verifyChain()->intact());
    }

    void upgradesSchemaOne()
    {
        // A journal as schema 1 wrote it: no holder columns, no verdict index, no cuts table.
        const QString path = newPath();
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        const QByteArray salt(32, 'S');
        QByteArray sql = "PRAGMA journal_mode = WAL; PRAGMA application_id = " + QByteArray::number(0x43444A4E)
                         + "; PRAGMA user_version = 1;"
                         "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;"
                         "CREATE TABLE entries(id INTEGER PRIMARY KEY, time INTEGER NOT NULL, station TEXT NOT NULL,"
                         " operator TEXT NOT NULL, input TEXT NOT NULL, format TEXT NOT NULL, issuer TEXT NOT NULL,"
                         " verdict TEXT NOT NULL, reasons TEXT NOT NULL, policy TEXT NOT NULL,"
                         " trust_version TEXT NOT NULL, certificate_hash BLOB NOT NULL, chain_hash BLOB NOT NULL);"
                         "CREATE INDEX entries_time ON entries(time);";
        sql += "INSERT INTO meta VALUES ('salt', x'" + salt.toHex() + "');";
        QByteArray previous = Hash::genesisHash();
        for (int id = 1; id <= 3; ++id) {
            Hash::StoredRow row;
            row.time = kT0 + id;
            row.station = "old-desk";
            row.operatorName = QByteArray::number(id);
            row.input = "camera";
            row.format = "dcc";
            row.issuer = "DE";
            row.verdict = id == 2 ? "invalid" : "valid";
            row.reasons = id == 2 ? "expired" : "";
            row.certificateHash = Hash::certificateHash(salt, CertificateFormat::Dcc, QString::number(id));
            const QByteArray hash = Hash::chainHash(row, previous);
            sql += "INSERT INTO entries VALUES (" + QByteArray::number(id) + ", " + QByteArray::number(row.time)
                   + ", 'old-desk', '" + row.operatorName + "', 'camera', 'dcc', 'DE', '" + row.verdict + "', '"
                   + row.reasons + "', '', '', x'" + row.certificateHash.toHex() + "', x'" + hash.toHex() + "');";
            previous = hash;
        }
        sql += "INSERT INTO meta VALUES ('head_id', 3), ('head_hash', x'" + previous.toHex() + "');";
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);

        {
            // Read-only: readable as it is, never upgraded.
            auto readOnly = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
            QVERIFY2(readOnly.ok(), qPrintable(readOnly.ok() ? QString() : readOnly.error().message));
            QCOMPARE(readOnly->schemaVersion(), 1);
            QCOMPARE(readOnly->query({})->size(), size_t(3));
            QVERIFY(readOnly->verifyChain()->intact());
        }
        QCOMPARE(rawInt(path, "PRAGMA user_version"), 1);

        auto journal = Journal::Journal::open(path);
        QVERIFY2(journal.ok(), qPrintable(journal.ok() ? QString() : journal.error().message));
        QCOMPARE(journal->schemaVersion(), 2);
        QCOMPARE(rawInt(path, "PRAGMA user_version"), 2);
        QCOMPARE(rawInt(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('cuts', 'entries_verdict_time')"), 2);
        const auto rows = journal->query({});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), size_t(3));
        QCOMPARE(rows->at(1).verdict, Verdict::Invalid);
        QCOMPARE(rows->at(1).reasons, QStringList{u"expired"_qs});
        QCOMPARE(journal->certificateHash(CertificateFormat::Dcc, u"1"_qs), rows->at(0).certificateHash);
        // The old rows verify, and new rows continue their chain.
        QVERIFY(journal->append({sampleEntry(4)}).ok());
        const auto chain = journal->verifyChain();
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact(), qPrintable(chain->detail));
        QCOMPARE(chain->rowsChecked, 4);
    }

    void refusesNewerSchema()
    {
        const QString path = filled(1);
        QCOMPARE(rawExec(path, "PRAGMA user_version = 3"), SQLITE_OK);
        const auto journal = Journal::Journal::open(path);
        QVERIFY(!journal.ok());
        QCOMPARE(journal.error().kind, Error::Kind::NewerSchema);
        QVERIFY(journal.error().message.contains(u"newer"));
    }

    void chain_data()
    {
        QTest::addColumn<QByteArray>("tamper");
        QTest::addColumn<ChainReport::Problem>("problem");
        QTest::addColumn<qint64>("row");
        using P = ChainReport::Problem;
        QTest::newRow("edited-verdict") << QByteArray("UPDATE entries SET verdict = 'valid' WHERE id = 6") << P::Edited << qint64(6);
        QTest::newRow("edited-time") << QByteArray("UPDATE entries SET time = time + 1 WHERE id = 1") << P::Edited << qint64(1);
        QTest::newRow("edited-last") << QByteArray("UPDATE entries SET operator = 'x' WHERE id = 10") << P::Edited << qint64(10);
        QTest::newRow("deleted") << QByteArray("DELETE FROM entries WHERE id = 4") << P::Deleted << qint64(4);
        QTest::newRow("deleted-several") << QByteArray("DELETE FROM entries WHERE id IN (4, 5, 6)") << P::Deleted << qint64(4);
        QTest::newRow("deleted-first") << QByteArray("DELETE FROM entries WHERE id = 1") << P::Deleted << qint64(1);
        QTest::newRow("deleted-last") << QByteArray("DELETE FROM entries WHERE id = 10") << P::Deleted << qint64(10);
        // An inserted row: the later rows renumbered to make room, as a careful forger would.
        QTest::newRow("inserted") << QByteArray("UPDATE entries SET id = -id WHERE id >= 5; "
                                                "UPDATE entries SET id = 1 - id WHERE id < 0; "
                                                "INSERT INTO entries SELECT 5, time, station, 'forged', input, format, "
                                                "issuer, 'valid', '', policy, trust_version, certificate_hash, "
                                                "randomblob(32), NULL, NULL FROM entries WHERE id = 4")
                                  << P::Inserted << qint64(5);
        QTest::newRow("inserted-at-end") << QByteArray("INSERT INTO entries SELECT 11, time, station, 'forged', input, "
                                                       "format, issuer, verdict, reasons, policy, trust_version, "
                                                       "certificate_hash, randomblob(32), NULL, NULL FROM entries "
                                                       "WHERE id = 10")
                                         << P::Inserted << qint64(11);
        QTest::newRow("hash-replaced") << QByteArray("UPDATE entries SET chain_hash = randomblob(32) WHERE id = 3") << P::Edited << qint64(3);
    }
    void chain()
    {
        QFETCH(QByteArray, tamper);
        QFETCH(ChainReport::Problem, problem);
        QFETCH(qint64, row);
        const QString path = filled(10);
        {
            auto journal = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
            QVERIFY(journal.ok());
            const auto report = journal->verifyChain();
            QVERIFY(report.ok());
            QVERIFY(report->intact());
            QCOMPARE(report->rowsChecked, 10);
        }
        QCOMPARE(rawExec(path, tamper), SQLITE_OK);
        auto journal = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
        QVERIFY(journal.ok());
        const auto report = journal->verifyChain();
        QVERIFY(report.ok());
        QVERIFY(!report->intact());
        QVERIFY2(report->problem == problem, qPrintable(report->detail));
        QCOMPARE(report->firstBadRow, row);
        QVERIFY(report->detail.contains(QString::number(row)));
    }

    void purgeKeepsChainVerifiable()
    {
        // Rows 1..10 at kT0 + n hours.
        const QString path = filled(10);
        auto journal = Journal::Journal::open(path);
        QVERIFY(journal.ok());
        const auto before = journal->query({});
        const Timestamp::Millis now = kT0 + 100 * kDay;
        auto purged = journal->purgeOlderThan(kT0 + 4 * 3'600'000, now);
        QVERIFY2(purged.ok(), qPrintable(purged.ok() ? QString() : purged.error().message));
        QCOMPARE(purged->rowsPurged, 3);
        QVERIFY(purged->cut);
        QCOMPARE(purged->cut->lastRowId, 3);
        QCOMPARE(purged->cut->lastRowHash, before->at(2).chainHash);
        QCOMPARE(purged->cut->purgedAt, now);
        QCOMPARE(ids(*journal->query({})), (QList<qint64>{4, 5, 6, 7, 8, 9, 10}));
        auto report = journal->verifyChain();
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(report->detail));
        QCOMPARE(report->rowsChecked, 7);
        QVERIFY(report->anchor);
        QCOMPARE(report->anchor->lastRowId, 3);

        // Nothing old enough: no cut.
        purged = journal->purgeOlderThan(kT0, now);
        QVERIFY(purged.ok());
        QCOMPARE(purged->rowsPurged, 0);
        QVERIFY(!purged->cut);

        // New rows continue the chain; deleting the oldest kept row is still caught.
        QVERIFY(journal->append({sampleEntry(11, kT0 + 11 * 3'600'000)}).ok());
        QVERIFY(journal->verifyChain()->intact());
        QCOMPARE(rawExec(path, "DELETE FROM entries WHERE id = 4"), SQLITE_OK);
        report = journal->verifyChain();
        QVERIFY(!report->intact());
        QCOMPARE(report->problem, ChainReport::Problem::Deleted);
        QCOMPARE(report->firstBadRow, 4);
        // ... and a purge refuses to remove that evidence.
        purged = journal->purgeOlderThan(kT0 + 100 * kDay, now);
        QVERIFY(!purged.ok());
        QCOMPARE(purged.error().kind, Error::Kind::ChainBroken);
    }

    void purgeEverything()
    {
        auto journal = Journal::Journal::open(filled(5));
        QVERIFY(journal.ok());
        const auto purged = journal->purgeOlderThan(kT0 + 100 * kDay, kT0 + 100 * kDay);
        QVERIFY(purged.ok());
        QCOMPARE(purged->rowsPurged, 5);
        QVERIFY(journal->verifyChain()->intact());
        const auto appended = journal->append({sampleEntry(6, kT0 + 101 * kDay)});
        QVERIFY(appended.ok());
        QCOMPARE(appended->at(0).id, 6);
        const auto report = journal->verifyChain();
        QVERIFY2(report->intact(), qPrintable(report->detail));
        QCOMPARE(report->rowsChecked, 1);
        const auto cuts = journal->cuts();
        QVERIFY(cuts.ok());
        QCOMPARE(cuts->size(), 1);
        QCOMPARE(cuts->at(0).rowsPurged, 5);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<Error::Kind>("kind");
        QTest::newRow("text") << QByteArray("this is not a database, just some text that is long enough. ").repeated(100)
                              << Error::Kind::NotAJournal;
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("sqlite-header-then-garbage") << header + QByteArray(8192, '\xA5') << Error::Kind::NotAJournal;
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(Error::Kind, kind);
        const QString path = m_dir.filePath(QStringLiteral("bad%1.sqlite").arg(++m_files));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        for (const auto mode : {Journal::Journal::Mode::ReadWrite, Journal::Journal::Mode::ReadOnly}) {
            const auto journal = Journal::Journal::open(path, {mode});
            QVERIFY(!journal.ok());
            QVERIFY2(journal.error().kind == kind || journal.error().kind == Error::Kind::Corrupt,
                     qPrintable(journal.error().message));
            QVERIFY(journal.error().message.startsWith(path));
        }
        // The file is left as it was.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void otherSqliteDatabase()
    {
        const QString path = m_dir.filePath(u"other.sqlite"_qs);
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE contacts(name TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const auto journal = Journal::Journal::open(path);
        QVERIFY(!journal.ok());
        QCOMPARE(journal.error().kind, Error::Kind::NotAJournal);
        QVERIFY(journal.error().message.contains(u"not a CertDesk journal"));
    }

    void damagedJournal()
    {
        const QString path = newPath();
        {
            auto journal = Journal::Journal::open(path);
            QVERIFY(journal.ok());
            std::vector<JournalEntry> entries;
            for (int i = 1; i <= 3000; ++i)
                entries.push_back(sampleEntry(i, kT0 + i));
            QVERIFY(journal->append(std::move(entries)).ok());
            QVERIFY(journal->checkpoint().ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 40 * 4096);
        file.seek(20 * 4096);
        file.write(QByteArray(8 * 4096, '\x5A'));
        file.close();
        // Either opening or walking the chain reports it; nothing crashes, nothing passes.
        auto journal = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
        if (!journal.ok()) {
            QCOMPARE(journal.error().kind, Error::Kind::Corrupt);
            return;
        }
        const auto report = journal->verifyChain();
        if (report.ok()) {
            QVERIFY(!report->intact());
        } else {
            QCOMPARE(report.error().kind, Error::Kind::Corrupt);
            QVERIFY(report.error().message.contains(u"damaged"));
        }
    }

    void readOnlyJournal()
    {
        const QString path = filled(2);
        auto journal = Journal::Journal::open(path, {Journal::Journal::Mode::ReadOnly});
        QVERIFY(journal.ok());
        const auto appended = journal->append({sampleEntry(3)});
        QVERIFY(!appended.ok());
        QCOMPARE(appended.error().kind, Error::Kind::ReadOnly);
        QVERIFY(!journal->purgeOlderThan(kT0 + kDay, kT0 + kDay).ok());
        QCOMPARE(journal->query({})->size(), size_t(2));
        const auto missing = Journal::Journal::open(m_dir.filePath(u"missing.sqlite"_qs), {Journal::Journal::Mode::ReadOnly});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::CannotOpen);
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.sqlite"_qs)));
    }

    void unwritableLocation()
    {
        // /proc refuses new folders even to root.
        const auto journal = Journal::Journal::open(u"/proc/certdesk-test/journal.sqlite"_qs);
        QVERIFY(!journal.ok());
        QCOMPARE(journal.error().kind, Error::Kind::CannotOpen);
        QVERIFY(journal.error().message.contains(u"/proc/certdesk-test"));
    }

    void readOnlyDirectory()
    {
        if (geteuid() == 0)
            QSKIP("root ignores file permissions");
        const QString folder = m_dir.filePath(u"locked"_qs);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const auto journal = Journal::Journal::open(folder + u"/journal.sqlite"_qs);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!journal.ok());
        QVERIFY(journal.error().kind == Error::Kind::CannotOpen || journal.error().kind == Error::Kind::ReadOnly);
    }

    void fullDisk()
    {
        Journal::Journal::Options options;
        options.maxPages = 12;
        auto journal = Journal::Journal::open(newPath(), options);
        QVERIFY(journal.ok());
        Outcome<std::vector<JournalEntry>> appended = std::vector<JournalEntry>{};
        qint64 written = 0;
        for (int i = 1; i <= 2000 && appended.ok(); ++i) {
            appended = journal->append({sampleEntry(i)});
            written += appended.ok() ? 1 : 0;
        }
        QVERIFY(!appended.ok());
        QCOMPARE(appended.error().kind, Error::Kind::DiskFull);
        QVERIFY(appended.error().message.contains(u"full"));
        // What had committed is intact, and the failed transaction left nothing behind.
        const auto report = journal->verifyChain();
        QVERIFY(report.ok());
        QVERIFY(report->intact());
        QCOMPARE(report->rowsChecked, written);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
