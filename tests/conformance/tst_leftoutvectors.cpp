// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The conformance files the shc/ and khc/ manifests leave out (their READMEs list them), run
// through certdesk-cli exactly as a script would: multi-part SMART Health Cards as consecutive
// text lines (CLI-CONTRACT.md), and DIVOC's binary QR content as a `B64:` line.
#include "../support/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {

const QString kShc = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/shc/");
const QString kKhc = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/khc/");


CertDesk::Test::CliRun verify(const QStringList &trust, const QString &at, const QByteArray &lines)
{
    QStringList arguments{QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--at"), at};
    for (const QString &path : trust)
        arguments << QStringLiteral("--trust") << path;
    arguments << QStringLiteral("-");
    return CertDesk::Test::runCli(arguments, lines);
}

// The files' contents, one per line (the files have no final newline).
QByteArray lines(const QStringList &files)
{
    QByteArray out;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        out += file.readAll().trimmed() + '\n';
    }
    return out;
}

QStringList parts(const QString &pattern, int count)
{
    QStringList files;
    for (int i = 0; i < count; ++i)
        files.append(kShc + pattern.arg(i));
    return files;
}

QStringList codes(const QJsonObject &report)
{
    QStringList list;
    for (const QJsonValue &reason : report.value(QStringLiteral("reasons")).toArray())
        list.append(reason.toObject().value(QStringLiteral("code")).toString());
    return list;
}

} // namespace

class TestLeftOutVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(kShc).exists() || !QDir(kKhc).exists())
            QSKIP("../shared/conformance/shc and khc are not here: the left-out vectors are skipped");
    }

    void shcMultiPart_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("reason");
        const QString spec = QStringLiteral("spec-examples/example-02-f-qr-code-numeric-value-%1.txt");
        const QString spec2023 = QStringLiteral("spec-examples-2023-05-30/example-02-f-qr-code-numeric-value-%1.txt");
        QTest::newRow("spec example 02, 3 parts") << parts(spec, 3) << "2023-06-24T00:00:00Z" << "valid" << "";
        QTest::newRow("spec example 02 (2023-05-30), 3 parts") << parts(spec2023, 3) << "2023-06-01T00:00:00Z" << "valid" << "";
        QStringList reversed = parts(spec, 3);
        std::reverse(reversed.begin(), reversed.end());
        QTest::newRow("parts in reverse order") << reversed << "2023-06-24T00:00:00Z" << "valid" << "";
        QStringList missing = parts(spec, 3);
        missing.removeAt(1);
        QTest::newRow("part 2 of 3 missing") << missing << "2023-06-24T00:00:00Z" << "invalid" << "incomplete";
        QTest::newRow("SDK: 17 small parts")
            << parts(QStringLiteral("validation-sdk/test-example-00-f-qr-code-numeric-value-%1-qr_chunk_too_small.txt"), 17)
            << "2022-05-31T00:00:00Z" << "valid" << "";
        // The SDK's two oversized parts (3,273 digits each, over a version-22 QR code) still join
        // into the genuine example 02 laboratory panel: the size is the symbol's problem, not the card's.
        QTest::newRow("SDK: 2 oversized parts")
            << parts(QStringLiteral("validation-sdk/test-example-02-f-qr-code-numeric-value-%1-qr_chunk_too_big.txt"), 2)
            << "2022-05-31T00:00:00Z" << "valid" << "";
        // A one-of-one part header: the SDK only warns; the card itself is genuine.
        QTest::newRow("SDK: shc:/1/1/ header")
            << QStringList{kShc + QStringLiteral("validation-sdk/test-example-00-f-qr-code-numeric-value-0-wrong-multi-chunk.txt")}
            << "2022-05-31T00:00:00Z" << "valid" << "";
    }

    void shcMultiPart()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, at);
        QFETCH(QString, verdict);
        QFETCH(QString, reason);
        const CertDesk::Test::CliRun run = verify({kShc + QStringLiteral("trust/spec-issuer.jwks.json")}, at, lines(files));
        QVERIFY2(!run.objects.isEmpty(), run.err.constData());
        if (verdict == u"valid") {
            // All parts make one certificate.
            QCOMPARE(run.objects.size(), 1);
            QCOMPARE(run.objects.first().value(QStringLiteral("verdict")).toString(), verdict);
            QCOMPARE(run.objects.first().value(QStringLiteral("format")).toString(), QStringLiteral("shc"));
            QCOMPARE(run.exitCode, 0);
        } else {
            for (const QJsonObject &report : run.objects) {
                QCOMPARE(report.value(QStringLiteral("verdict")).toString(), verdict);
                QVERIFY2(codes(report).contains(reason), qPrintable(codes(report).join(u',')));
            }
            QCOMPARE(run.exitCode, 1);
        }
    }

    void divocBinaryThroughB64()
    {
        QFile bin(kKhc + QStringLiteral("autotests/data/divoc/partial-vaccination.bin"));
        QVERIFY(bin.open(QIODevice::ReadOnly));
        const QByteArray line = "B64:" + bin.readAll().toBase64() + '\n';
        // Its RsaSignature2018 is all zeros: never valid, and for that reason.
        const CertDesk::Test::CliRun run = verify({kKhc + QStringLiteral("trust/divoc/did-india.pem")}, QStringLiteral("2021-08-01T00:00:00Z"), line);
        QCOMPARE(run.objects.size(), 1);
        const QJsonObject report = run.objects.first();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("divoc"));
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
        QVERIFY2(codes(report).contains(QStringLiteral("signature_invalid")), qPrintable(codes(report).join(u',')));
        QCOMPARE(run.exitCode, 1);
        // Without the issuer's key: key_unknown, not a signature verdict.
        const CertDesk::Test::CliRun untrusted = verify({}, QStringLiteral("2021-08-01T00:00:00Z"), line);
        QVERIFY(!untrusted.objects.isEmpty());
        QVERIFY2(codes(untrusted.objects.first()).contains(QStringLiteral("key_unknown")),
                 qPrintable(codes(untrusted.objects.first()).join(u',')));
    }
};

QTEST_GUILESS_MAIN(TestLeftOutVectors)
#include "tst_leftoutvectors.moc"
