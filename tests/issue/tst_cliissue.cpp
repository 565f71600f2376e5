// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// `certdesk-cli issue`, in-process (Cli::run with injected streams): what it writes verifies
// with `certdesk-cli verify --trust <the certificate>`, and bad options are usage errors.
#include <opencv2/imgcodecs.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

#include "cli.h"
#include "scan/qrdecoder.h"

using namespace CertDesk;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments)
{
    QBuffer in;
    QBuffer out;
    QBuffer err;
    in.open(QIODevice::ReadOnly);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    Run result;
    result.exitCode = Cli::run(arguments, {&in, &out, &err});
    result.out = out.data();
    result.err = err.data();
    return result;
}

QString specimen(const QString &relative)
{
    return QStringLiteral(CERTDESK_SPECIMEN_DIR) + u'/' + relative;
}

QStringList keyArguments(const QString &signer)
{
    return {u"--key"_s, specimen(u"keys/%1.key.pem"_s.arg(signer)), u"--cert"_s,
            specimen(u"trust/%1.cert.pem"_s.arg(signer))};
}

} // namespace

class TestCliIssue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void issuedCertificatesVerify_data()
    {
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("at");
        QTest::addColumn<int>("verifyExit");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ithc es256 tests") << u"ithc-specimen-es256"_s
                                          << QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s}
                                          << u"2026-06-01T09:00:00Z"_s << 0 << QString();
        QTest::newRow("ithc sm2 vaccination, holder")
            << u"ithc-specimen-sm2"_s
            << QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"vaccination"_s, u"--family-name-icao"_s,
                           u"WANG"_s, u"--given-name-icao"_s, u"WEI"_s, u"--dob"_s, u"1970-03"_s,
                           u"--vaccination-date"_s, u"2026-04-01"_s, u"--ecc"_s, u"M"_s}
            << u"2026-06-01T09:00:00Z"_s << 0 << QString();
        QTest::newRow("ithc positive nat, no mark")
            << u"ithc-specimen-es256"_s
            << QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"nat-test"_s, u"--result"_s, u"positive"_s,
                           u"--sample-time"_s, u"2026-05-31T20:00:00+08:00"_s, u"--no-specimen-mark"_s}
            << u"2026-06-01T09:00:00Z"_s << 0 << QString();
        QTest::newRow("dcc vaccination") << u"dcc-specimen-dsc"_s
                                         << QStringList{u"--format"_s, u"dcc"_s, u"--kind"_s, u"vaccination"_s}
                                         << u"2026-06-02T00:00:00Z"_s << 0 << QString();
        QTest::newRow("dcc recovery") << u"dcc-specimen-dsc"_s
                                      << QStringList{u"--format"_s, u"dcc"_s, u"--kind"_s, u"recovery"_s}
                                      << u"2026-06-02T00:00:00Z"_s << 0 << QString();
        QTest::newRow("ithc expired") << u"ithc-specimen-es256"_s
                                      << QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"igm-test"_s,
                                                     u"--exp"_s, u"2026-06-05T00:00:00Z"_s}
                                      << u"2026-06-10T00:00:00Z"_s << 1 << u"expired"_s;
        QTest::newRow("dcc test not yet valid")
            << u"dcc-specimen-dsc"_s << QStringList{u"--format"_s, u"dcc"_s, u"--kind"_s, u"test"_s}
            << u"2026-05-31T00:00:00Z"_s << 1 << u"not_yet_valid"_s;
    }

    void issuedCertificatesVerify()
    {
        QFETCH(QString, signer);
        QFETCH(QStringList, options);
        QFETCH(QString, at);
        QFETCH(int, verifyExit);
        QFETCH(QString, reason);
        const QString outDir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
        const QStringList arguments = QStringList{u"issue"_s} + options + keyArguments(signer)
                                      + QStringList{u"--iat"_s, u"2026-06-01T08:00:00Z"_s, u"--out-dir"_s, outDir,
                                                    u"--name"_s, u"cert"_s, u"--json"_s};
        const Run issued = run(arguments);
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(issued.out).object();
        const QString text = json.value(u"text"_s).toString();
        QVERIFY(text.startsWith(options.at(1) == u"ithc" ? u"ITHC1:"_s : u"HC1:"_s));
        QCOMPARE(json.value(u"issued_at"_s).toString(), u"2026-06-01T08:00:00Z"_s);
        const bool marked = !options.contains(u"--no-specimen-mark"_s);
        QCOMPARE(json.value(u"specimen_mark"_s).toBool(), marked);

        // The three files: the text, a PNG that decodes to it, and the PDF.
        const QString textPath = outDir + u"/cert.txt"_s;
        QFile textFile(textPath);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        QCOMPARE(textFile.readAll(), text.toLatin1() + '\n');
        const cv::Mat png = cv::imread(QFile::encodeName(outDir + u"/cert.png"_s).toStdString(), cv::IMREAD_GRAYSCALE);
        QVERIFY(!png.empty());
        const QList<Scan::DecodedCode> codes = Scan::QrDecoder().decode(png);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().text, text);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(outDir + u"/cert.pdf"_s), QPdfDocument::Error::None);
        QCOMPARE(pdf.getAllText(0).text().contains(u"NOT A VALID TRAVEL DOCUMENT"_s), marked);

        // certdesk-cli verify --trust <the certificate>.
        const Run verified = run({u"verify"_s, u"--json"_s, u"--trust"_s, specimen(u"trust/%1.cert.pem"_s.arg(signer)),
                                  u"--at"_s, at, textPath});
        QCOMPARE(verified.exitCode, verifyExit);
        const QJsonObject report = QJsonDocument::fromJson(verified.out.trimmed()).object();
        QCOMPARE(report.value(u"verdict"_s).toString(), verifyExit == 0 ? u"valid"_s : u"invalid"_s);
        if (!reason.isEmpty())
            QVERIFY2(verified.out.contains(reason.toLatin1()), verified.out.constData());
    }

    void textOutputNamesTheFiles()
    {
        const QString outDir = m_dir.filePath(u"text"_s);
        const Run issued = run(QStringList{u"issue"_s, u"--format=ithc"_s, u"--kind=tests"_s, u"--out-dir"_s, outDir,
                                           u"--specimen-signer"_s, u"ithc-es256"_s});
        QVERIFY2(issued.exitCode == 0, issued.err.constData());
        for (const char *suffix : {".txt", ".png", ".pdf"}) {
            const QString path = outDir + u"/specimen"_s + QLatin1StringView(suffix);
            QVERIFY(QFile::exists(path));
            QVERIFY(issued.out.contains((u"wrote "_s + path).toUtf8()));
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = u"--out-dir=/tmp/certdesk-never-written"_s;
        const QStringList es256 = keyArguments(u"ithc-specimen-es256"_s);
        QTest::newRow("no format") << (QStringList{u"--kind"_s, u"tests"_s, out} + es256) << u"--format"_s;
        QTest::newRow("bad format") << (QStringList{u"--format"_s, u"shc"_s, u"--kind"_s, u"tests"_s, out} + es256)
                                    << u"--format"_s;
        QTest::newRow("dcc kind for ithc") << (QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"recovery"_s, out}
                                               + es256)
                                           << u"--kind"_s;
        QTest::newRow("bad iat") << (QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s, u"--iat"_s,
                                                 u"2026-06-01"_s, out}
                                     + es256)
                                 << u"RFC 3339"_s;
        QTest::newRow("exp before iat") << (QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s, u"--iat"_s,
                                                        u"2026-06-01T00:00:00Z"_s, u"--exp"_s, u"2026-05-01T00:00:00Z"_s,
                                                        out}
                                            + es256)
                                        << u"--exp"_s;
        QTest::newRow("bad result") << (QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s, u"--result"_s,
                                                    u"maybe"_s, out}
                                        + es256)
                                    << u"--result"_s;
        QTest::newRow("bad vaccination date") << (QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"vaccination"_s,
                                                              u"--vaccination-date"_s, u"01/04/2026"_s, out}
                                                  + es256)
                                              << u"--vaccination-date"_s;
        QTest::newRow("no key") << QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s, out} << u"--key"_s;
        QTest::newRow("no out-dir") << (QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s} + es256)
                                    << u"--out-dir"_s;
        QTest::newRow("ecc M for dcc") << (QStringList{u"--format"_s, u"dcc"_s, u"--kind"_s, u"test"_s, u"--ecc"_s,
                                                       u"M"_s, out}
                                           + keyArguments(u"dcc-specimen-dsc"_s))
                                       << u"error correction Q"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"--frobnicate"_s;
        QTest::newRow("value missing") << QStringList{u"--format"_s} << u"needs a value"_s;
        QTest::newRow("key and certificate differ")
            << QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s, out, u"--key"_s,
                           specimen(u"keys/ithc-specimen-es256.key.pem"_s), u"--cert"_s,
                           specimen(u"trust/ithc-specimen-sm2.cert.pem"_s)}
            << u"not for this private key"_s;
        QTest::newRow("sm2 key for dcc") << (QStringList{u"--format"_s, u"dcc"_s, u"--kind"_s, u"test"_s, out}
                                             + keyArguments(u"ithc-specimen-sm2"_s))
                                         << u"cannot sign"_s;
        QTest::newRow("missing key file") << QStringList{u"--format"_s, u"ithc"_s, u"--kind"_s, u"tests"_s, out,
                                                         u"--key"_s, u"/nonexistent.pem"_s, u"--cert"_s,
                                                         u"/nonexistent.pem"_s}
                                          << u"/nonexistent.pem"_s;
        QTest::newRow("bad demo instant") << QStringList{u"--demo-sequence"_s, u"/tmp/certdesk-never-written"_s,
                                                         u"--at"_s, u"2020-01-01T00:00:00Z"_s}
                                          << u"outside"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(QStringList{u"issue"_s} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        QVERIFY(result.out.isEmpty());
        QVERIFY(!QFile::exists(u"/tmp/certdesk-never-written"_s));
    }

    void help()
    {
        const Run result = run({u"issue"_s, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("--no-specimen-mark"));
        QVERIFY(run({u"--help"_s}).out.contains("issue"));
    }

    void demoSequence()
    {
        const QString dir = m_dir.filePath(u"demo"_s);
        const Run result = run({u"issue"_s, u"--demo-sequence"_s, dir, u"--at"_s, u"2026-06-01T10:00:00Z"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        QVERIFY(json.value(u"frame_count"_s).toInteger() > 0);
        QVERIFY(QFile::exists(dir + u"/manifest.json"_s));
        QVERIFY(QFile::exists(dir + u"/frame_00000.jpg"_s));
        QVERIFY(QFile::exists(dir + u"/trust/ithc-specimen-es256.cert.pem"_s));
    }
};

QTEST_MAIN(TestCliIssue)
#include "tst_cliissue.moc"
