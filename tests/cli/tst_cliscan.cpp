// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// certdesk-cli decode and verify on images, PDFs and image sequences, end to end
// through the real executable (CLI-CONTRACT.md), with the ITHC-1 suite's PNGs.
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSuite = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/ithc");

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> objects;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CERTDESK_CLI_PATH), arguments);
    process.waitForFinished(120000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = process.readAllStandardError();
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (line.startsWith('{'))
            run.objects.append(QJsonDocument::fromJson(line).object());
    }
    return run;
}

QString payloadOf(const QString &id)
{
    QFile manifest(kSuite + QStringLiteral("/manifest.jsonl"));
    if (!manifest.open(QIODevice::ReadOnly))
        return {};
    while (!manifest.atEnd()) {
        const QJsonObject testCase = QJsonDocument::fromJson(manifest.readLine()).object();
        if (testCase.value(u"id").toString() == id)
            return testCase.value(u"payload").toString();
    }
    return {};
}

QStringList trustArguments()
{
    return {QStringLiteral("--trust"), kSuite + QStringLiteral("/keys/ithc-dsc-es256.pem"), QStringLiteral("--trust"),
            kSuite + QStringLiteral("/keys/ithc-dsc-sm2.pem"), QStringLiteral("--at"), QStringLiteral("2024-03-15T04:46:00Z")};
}

} // namespace

class TestCliScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_png;

private Q_SLOTS:
    void initTestCase()
    {
        m_png = kSuite + QStringLiteral("/png/valid_at_with_offset.png");
        if (!QFile::exists(m_png))
            QSKIP("../shared/conformance/ithc is not here: the CLI scanning tests are skipped");
        QVERIFY(m_dir.isValid());
    }

    void decodeImage()
    {
        const Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json"), m_png});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.objects.size(), 1);
        QCOMPARE(run.objects.first().value(u"text").toString(), payloadOf(QStringLiteral("valid_at_with_offset")));
        QCOMPARE(run.objects.first().value(u"source").toString(), m_png + QStringLiteral("#1"));
        const QJsonArray position = run.objects.first().value(u"position").toArray();
        QCOMPARE(position.size(), 4);
        // qrencode's 4 px modules and 4-module quiet zone: the code starts at (16, 16).
        QCOMPARE(position.at(0).toArray().at(0).toDouble(), 16.0);
        QCOMPARE(position.at(0).toArray().at(1).toDouble(), 16.0);
    }

    // A binary QR code (DIVOC's ZIP, made with `qrencode -8` from tests/data/divoc/signed-rsa.bin):
    // decode gives its bytes, verify reads them as bytes through the same image path.
    void binaryCodeInAnImage()
    {
        const QString data = QStringLiteral(CERTDESK_TEST_DATA_DIR "/divoc/");
        const QString png = data + QStringLiteral("signed-rsa-qr.png");
        QFile bin(data + QStringLiteral("signed-rsa.bin"));
        QVERIFY(bin.open(QIODevice::ReadOnly));
        Run run = runCli({QStringLiteral("decode"), QStringLiteral("--json"), png});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.objects.size(), 1);
        QCOMPARE(QByteArray::fromBase64(run.objects.first().value(u"bytes_b64").toString().toLatin1()), bin.readAll());
        run = runCli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--trust"),
                      data + QStringLiteral("did-certdesk-rsa.pem"), png});
        QCOMPARE(run.objects.size(), 1);
        QCOMPARE(run.objects.first().value(u"format").toString(), QStringLiteral("divoc"));
        QCOMPARE(run.objects.first().value(u"verdict").toString(), QStringLiteral("valid"));
        QCOMPARE(run.exitCode, 0);
    }

    void verifyImages_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("valid") << QStringLiteral("valid_at_with_offset") << QStringLiteral("valid");
        QTest::newRow("tampered") << QStringLiteral("tampered_signature_bit") << QStringLiteral("invalid");
        QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("invalid");
        QTest::newRow("not-compressed") << QStringLiteral("not_compressed") << QStringLiteral("unreadable");
    }
    void verifyImages()
    {
        QFETCH(QString, id);
        QFETCH(QString, verdict);
        const QString png = kSuite + QStringLiteral("/png/%1.png").arg(id);
        QStringList arguments{QStringLiteral("verify"), QStringLiteral("--json")};
        arguments += trustArguments();
        if (id == u"expired")
            arguments[arguments.size() - 1] = QStringLiteral("2024-03-29T11:16:00Z");
        arguments.append(png);
        const Run run = runCli(arguments);
        QCOMPARE(run.objects.size(), 1);
        QCOMPARE(run.objects.first().value(u"verdict").toString(), verdict);
        QCOMPARE(run.exitCode, verdict == u"valid" ? 0 : 1);
    }

    void verifyPdf()
    {
        // A scanned paper certificate as consular officers receive it: an A4 PDF page
        // with the code printed 50 mm wide.
        const QString pdf = m_dir.filePath(QStringLiteral("paper.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setResolution(300);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            const QImage code(m_png);
            QVERIFY(!code.isNull());
            const int side = 50 * 300 / 25.4;
            painter.drawImage(QRect(300, 300, side, side), code);
            painter.drawText(QPoint(300, 300 + side + 100), QStringLiteral("SPECIMEN"));
        }
        QStringList arguments{QStringLiteral("verify"), QStringLiteral("--json")};
        arguments += trustArguments();
        arguments.append(pdf);
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.objects.size(), 1);
        QCOMPARE(run.objects.first().value(u"source").toString(), pdf + QStringLiteral("#1"));
        QCOMPARE(run.objects.first().value(u"verdict").toString(), QStringLiteral("valid"));
    }

    void verifyImageSequence()
    {
        // The camera path with no camera: frames/%04d.png, the same code in several
        // frames is one certificate.
        QDir(m_dir.path()).mkpath(QStringLiteral("frames"));
        const QImage code(m_png);
        for (int i = 1; i <= 6; ++i) {
            QImage frame(640, 480, QImage::Format_RGB32);
            frame.fill(Qt::gray);
            if (i >= 3) {
                QPainter painter(&frame);
                painter.drawImage(QPoint(100 + i * 5, 60), code);
            }
            QVERIFY(frame.save(m_dir.filePath(QStringLiteral("frames/%1.png").arg(i, 4, 10, QLatin1Char('0')))));
        }
        QStringList arguments{QStringLiteral("verify"), QStringLiteral("--json")};
        arguments += trustArguments();
        arguments.append(m_dir.filePath(QStringLiteral("frames/%04d.png")));
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.objects.size(), 1);
        QCOMPARE(run.objects.first().value(u"verdict").toString(), QStringLiteral("valid"));
    }

    void inputsWithoutCodesOrBroken_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("blank-image") << QStringLiteral("blank") << 1;
        QTest::newRow("truncated-png") << QStringLiteral("truncated") << 2;
        QTest::newRow("missing-file") << QStringLiteral("missing") << 2;
    }
    void inputsWithoutCodesOrBroken()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QString path = m_dir.filePath(kind + QStringLiteral(".png"));
        if (kind == u"blank") {
            QImage blank(800, 600, QImage::Format_RGB32);
            blank.fill(Qt::white);
            QVERIFY(blank.save(path));
        } else if (kind == u"truncated") {
            QFile source(m_png);
            QVERIFY(source.open(QIODevice::ReadOnly));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(source.read(200));
        }
        for (const QString &command : {QStringLiteral("decode"), QStringLiteral("verify")}) {
            QStringList arguments{command, QStringLiteral("--json")};
            if (command == u"verify")
                arguments += trustArguments();
            arguments.append(path);
            const Run run = runCli(arguments);
            QVERIFY2(run.exitCode == exitCode, qPrintable(command + u": " + QString::fromUtf8(run.err)));
            QVERIFY(run.objects.isEmpty());
            QVERIFY2(run.err.contains(QFileInfo(path).fileName().toUtf8()), run.err.constData());
        }
    }
};

QTEST_MAIN(TestCliScan)
#include "tst_cliscan.moc"
