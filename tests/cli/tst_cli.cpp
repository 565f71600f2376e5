// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// certdesk-cli, end to end (the real executable through QProcess: exit codes,
// JSON lines, stdin and files) and in-process (Cli::run with injected streams).
#include "cli.h"
#include "specimen.h"
#include "trust/revocationlistfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kIat = 1710400000;

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> objects;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(CERTDESK_CLI_PATH), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.startsWith('{'))
            run.objects.append(QJsonDocument::fromJson(line).object());
    }
    return run;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_trust;
    QByteArray m_valid;
    QByteArray m_forged;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
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

    void version()
    {
        const Run run = runCli({u"--version"_qs});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("certdesk-cli "));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("stdinText");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("verdicts");
        const QString at = u"--at=2024-03-14T10:00:00Z"_qs;
        QTest::newRow("valid-stdin") << QStringList{u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_trust, at, u"-"_qs}
                                     << m_valid + '\n' << 0 << QStringList{u"valid"_qs};
        QTest::newRow("forged") << QStringList{u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_trust, at, u"-"_qs}
                                << m_forged << 1 << QStringList{u"invalid"_qs};
        QTest::newRow("mixed-with-blank-lines") << QStringList{u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_trust, at, u"-"_qs}
                                                << "\xEF\xBB\xBF" + m_valid + "\r\n\n  \nnot a code\n" << 1
                                                << QStringList{u"valid"_qs, u"unreadable"_qs};
        QTest::newRow("expired-now") << QStringList{u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_trust, u"-"_qs}
                                     << m_valid << 1 << QStringList{u"invalid"_qs};
        QTest::newRow("empty-trust-dir") << QStringList{u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_dir.filePath(u"empty"_qs), at, u"-"_qs}
                                         << m_valid << 1 << QStringList{u"invalid"_qs};
        QTest::newRow("no-input") << QStringList{u"verify"_qs, u"--json"_qs} << QByteArray() << 2 << QStringList{};
        QTest::newRow("empty-stdin") << QStringList{u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_trust, u"-"_qs} << QByteArray() << 1 << QStringList{};
        QTest::newRow("missing-file") << QStringList{u"verify"_qs, u"--trust"_qs, m_trust, u"/nonexistent/codes.txt"_qs} << QByteArray() << 2 << QStringList{};
        QTest::newRow("bad-at") << QStringList{u"verify"_qs, u"--at"_qs, u"yesterday"_qs, u"-"_qs} << m_valid << 2 << QStringList{};
        QTest::newRow("unknown-option") << QStringList{u"verify"_qs, u"--frobnicate"_qs, u"-"_qs} << m_valid << 2 << QStringList{};
        QTest::newRow("missing-trust") << QStringList{u"verify"_qs, u"--trust"_qs, u"/nonexistent/trust.pem"_qs, u"-"_qs} << m_valid << 2 << QStringList{};
        QTest::newRow("unknown-command") << QStringList{u"frobnicate"_qs} << QByteArray() << 2 << QStringList{};
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, stdinText);
        QFETCH(int, exitCode);
        QFETCH(QStringList, verdicts);
        QDir(m_dir.path()).mkpath(u"empty"_qs);
        const Run run = runCli(arguments, stdinText);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QStringList got;
        for (const QJsonObject &object : run.objects)
            got.append(object.value(u"verdict").toString());
        QCOMPARE(got, verdicts);
        if (exitCode == 2)
            QVERIFY(!run.err.isEmpty());
    }

    void textFileSourcesNameLines()
    {
        const QString path = m_dir.filePath(u"codes.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\n" + m_valid + "\n" + m_forged + "\n");
        file.close();
        const Run run = runCli({u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_trust, u"--at=2024-03-14T10:00:00Z"_qs, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.objects.size(), 2);
        QCOMPARE(run.objects.at(0).value(u"source").toString(), path + u"#2");
        QCOMPARE(run.objects.at(1).value(u"source").toString(), path + u"#3");
        QCOMPARE(run.objects.at(1).value(u"reasons").toArray().first().toObject().value(u"code").toString(), u"signature_invalid"_qs);
    }

    void inProcess()
    {
        QByteArray input = m_valid + '\n';
        QBuffer in(&input);
        QByteArray outBytes;
        QByteArray errBytes;
        QBuffer out(&outBytes);
        QBuffer err(&errBytes);
        in.open(QIODevice::ReadOnly);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const int status = Cli::run({u"verify"_qs, u"--trust"_qs, m_trust, u"--at"_qs, u"2024-03-14T10:00:00Z"_qs, u"-"_qs}, {&in, &out, &err});
        QCOMPARE(status, 0);
        QVERIFY2(outBytes.startsWith("-#1: VALID (ithc, issuer CN)"), outBytes.constData());
    }

    void jobsKeepOrder()
    {
        QByteArray input;
        for (int i = 0; i < 200; ++i)
            input += (i % 3 == 0 ? m_forged : m_valid) + '\n';
        const Run run = runCli({u"verify"_qs, u"--json"_qs, u"--jobs"_qs, u"4"_qs, u"--trust"_qs, m_trust, u"--at=2024-03-14T10:00:00Z"_qs, u"-"_qs}, input);
        QCOMPARE(run.objects.size(), 200);
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(run.objects.at(i).value(u"source").toString(), QStringLiteral("-#%1").arg(i + 1));
            QCOMPARE(run.objects.at(i).value(u"verdict").toString(), i % 3 == 0 ? u"invalid"_qs : u"valid"_qs);
        }
    }

    // --revocation (CLI-CONTRACT.md): a listed ci is revoked; another list revokes nothing; a list
    // that cannot be read stops the run with exit 2 rather than counting as "not revoked".
    void revocation_data()
    {
        QTest::addColumn<QStringList>("lists");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("firstReason");
        QTest::newRow("revoked") << QStringList{u"revoking.cdrl"_qs} << 1 << u"revoked"_qs;
        QTest::newRow("other-list") << QStringList{u"other.cdrl"_qs} << 0 << QString();
        QTest::newRow("repeatable") << QStringList{u"other.cdrl"_qs, u"revoking.cdrl"_qs} << 1 << u"revoked"_qs;
        QTest::newRow("truncated-list") << QStringList{u"other.cdrl"_qs, u"truncated.cdrl"_qs} << 2 << QString();
        QTest::newRow("missing-list") << QStringList{u"nothing-here.cdrl"_qs} << 2 << QString();
    }
    void revocation()
    {
        QFETCH(QStringList, lists);
        QFETCH(int, exitCode);
        QFETCH(QString, firstReason);
        auto listOf = [](const QByteArray &ci) {
            RevocationHash hash;
            const QByteArray digest = QCryptographicHash::hash(ci, QCryptographicHash::Sha256);
            std::copy_n(reinterpret_cast<const unsigned char *>(digest.constData()), hash.size(), hash.begin());
            std::vector<RevocationListFile::Section> sections;
            sections.push_back({RevocationKind::IthcCi, "CN", RevocationHashSet::fromUnsorted({hash})});
            return RevocationListFile::encode(sections);
        };
        const QByteArray revoking = listOf("URN:ITHC:CN:TEST0001");
        for (const auto &[name, bytes] : {std::pair{u"revoking.cdrl"_qs, revoking},
                                          std::pair{u"other.cdrl"_qs, listOf("URN:ITHC:CN:TEST0002")},
                                          std::pair{u"truncated.cdrl"_qs, revoking.left(revoking.size() - 4)}}) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QStringList arguments{u"verify"_qs, u"--json"_qs, u"--trust"_qs, m_trust, u"--at=2024-03-14T10:00:00Z"_qs};
        for (const QString &list : std::as_const(lists))
            arguments << u"--revocation"_qs << m_dir.filePath(list);
        arguments << u"-"_qs;
        const Run run = runCli(arguments, m_valid + '\n');
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        if (exitCode == 2) {
            QVERIFY(run.objects.isEmpty());
            QVERIFY2(run.err.contains(m_dir.filePath(lists.last()).toUtf8()), run.err.constData());
            return;
        }
        QCOMPARE(run.objects.size(), 1);
        const QJsonArray reasons = run.objects.first().value(u"reasons").toArray();
        QCOMPARE(reasons.isEmpty() ? QString() : reasons.first().toObject().value(u"code").toString(), firstReason);
        if (!firstReason.isEmpty())
            QVERIFY(reasons.first().toObject().value(u"detail").toString().contains(u"revoking.cdrl"_qs));
    }

    void revocationNeedsPath()
    {
        const Run run = runCli({u"verify"_qs, u"--trust"_qs, m_trust, u"-"_qs, u"--revocation"_qs}, m_valid);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--revocation"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
