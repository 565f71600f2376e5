// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The paper version: an A4 PDF whose QR code CertDesk's PDF source (Qt PDF, 300 dpi) and
// decoder read back as the very text that was issued, marked SPECIMEN unless asked not to.
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

#include "demo/specimens.h"
#include "issue/issuer.h"
#include "issue/issuerequest.h"
#include "issue/paper/paperpdf.h"
#include "scan/pdf/pdfsource.h"
#include "scan/qrdecoder.h"

using namespace CertDesk;
using namespace CertDesk::Issue;
using Demo::Specimens::Signer;
using namespace Qt::StringLiterals;

namespace {

const Timestamp::Millis kAt = *Timestamp::parseRfc3339(u"2026-06-01T10:00:00Z");

IssuedCertificate issue(Signer signer, CertificateFormat format, Kind kind)
{
    IssueRequest request;
    request.format = format;
    request.kind = kind;
    request.issuedAt = kAt;
    request.expiresAt = kAt + 14LL * 24 * 3600 * 1000;
    const auto key = Demo::Specimens::signingKey(signer);
    if (!key)
        return {};
    const auto issued = Issuer(*key).issue(request.certificate());
    return issued ? *issued : IssuedCertificate();
}

QString pageText(const QString &path)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return {};
    return document.getAllText(0).text();
}

} // namespace

class TestPaperPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pdfCarriesTheQrText_data()
    {
        QTest::addColumn<int>("signer");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("mark");
        QTest::addColumn<double>("qrWidthMm");
        QTest::newRow("ithc tests, marked") << int(Signer::IthcEs256) << int(CertificateFormat::Ithc)
                                            << int(Kind::BothTests) << true << 70.0;
        QTest::newRow("ithc sm2 vaccination, unmarked") << int(Signer::IthcSm2) << int(CertificateFormat::Ithc)
                                                        << int(Kind::Vaccination) << false << 70.0;
        QTest::newRow("ithc at the 45 mm minimum") << int(Signer::IthcEs256) << int(CertificateFormat::Ithc)
                                                   << int(Kind::BothTests) << true << 45.0;
        QTest::newRow("dcc vaccination, marked") << int(Signer::DccEs256) << int(CertificateFormat::Dcc)
                                                 << int(Kind::Vaccination) << true << 70.0;
        QTest::newRow("dcc recovery, unmarked") << int(Signer::DccEs256) << int(CertificateFormat::Dcc)
                                                << int(Kind::Recovery) << false << 70.0;
    }

    void pdfCarriesTheQrText()
    {
        QFETCH(int, signer);
        QFETCH(int, format);
        QFETCH(int, kind);
        QFETCH(bool, mark);
        QFETCH(double, qrWidthMm);
        const IssuedCertificate issued = issue(Signer(signer), CertificateFormat(format), Kind(kind));
        QVERIFY(!issued.qrText.isEmpty());
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
        PaperPdf::Options options;
        options.specimenMark = mark;
        options.qrWidthMm = qrWidthMm;
        const auto written = PaperPdf::write(path, issued, options);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

        Scan::PdfSource source(path);
        QCOMPARE(source.open(), Scan::SourceStatus::Ok);
        QCOMPARE(source.frameCount(), 1);
        const Scan::FrameResult page = source.read();
        QCOMPARE(page.status, Scan::SourceStatus::Ok);
        // A4 (210 mm) at 300 dpi, give or take Qt PDF's rounding.
        QVERIFY(qAbs(page.frame.image.cols - 2480) <= 1);
        const QList<Scan::DecodedCode> codes = Scan::QrDecoder().decode(page.frame.image);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().bytes, issued.qrText);
        // The QR code is at least as wide as asked (ITHC-1 §6: 45 mm), quiet zone included:
        // its finder corners span the symbol without the 2 × 4 quiet modules.
        const double widthPixels = cv::norm(codes.first().corners[1] - codes.first().corners[0]);
        const double modules = Scan::QrEncoder::encode(issued.qrText, options.errorCorrection).cols;
        const double symbolMm = qrWidthMm * (modules - 2 * Scan::QrEncoder::kQuietZoneModules) / modules;
        QVERIFY2(widthPixels / 300.0 * 25.4 > symbolMm * 0.95, qPrintable(QString::number(widthPixels)));

        const QString text = pageText(path);
        QCOMPARE(text.contains(u"SPECIMEN — NOT A VALID TRAVEL DOCUMENT"_s), mark);
        QVERIFY(text.contains(issued.certificate.certificateId));
        QVERIFY(text.contains(issued.certificate.holder.familyNameLatin));
        QVERIFY(text.contains(u"Expires"_s));
    }

    void refusesTooSmallQrCode()
    {
        const IssuedCertificate issued = issue(Signer::IthcEs256, CertificateFormat::Ithc, Kind::BothTests);
        PaperPdf::Options options;
        options.qrWidthMm = 40.0;
        QVERIFY(!PaperPdf::write(m_dir.filePath(u"small.pdf"_s), issued, options));
        QVERIFY(!PaperPdf::write(m_dir.filePath(u"missing/folder/x.pdf"_s), issued));
    }
};

QTEST_MAIN(TestPaperPdf)
#include "tst_paperpdf.moc"
