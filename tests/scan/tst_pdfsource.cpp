// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include "scan/pdf/pdfsource.h"
#include "scan/scanpipeline.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

namespace {

QString corpusDir()
{
    return QStringLiteral(CERTDESK_SHARED_DIR) + u"/corpus/qr-photos/zxing-qrcode-2"_s;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A black-and-white stand-in when the corpus is missing: a coarse checkerboard.
QImage checkerboard()
{
    QImage image(21, 21, QImage::Format_Grayscale8);
    for (int y = 0; y < 21; ++y) {
        for (int x = 0; x < 21; ++x)
            image.setPixel(x, y, ((x / 3 + y / 3) % 2) ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
    }
    return image;
}

// Where the page is dark, in pixels.
cv::Rect darkArea(const cv::Mat &page)
{
    cv::Mat gray;
    cv::Mat dark;
    cv::cvtColor(page, gray, cv::COLOR_BGR2GRAY);
    cv::threshold(gray, dark, 128, 255, cv::THRESH_BINARY_INV);
    return cv::boundingRect(dark);
}

} // namespace

class TestPdfSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_haveCorpus = false;
    QStringList m_texts;
    QString m_pdfPath;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QList<QImage> codes;
        const QString dir = corpusDir();
        m_haveCorpus = QFile::exists(dir + u"/34.png"_s) && QFile::exists(dir + u"/36.png"_s);
        if (m_haveCorpus) {
            codes = {QImage(dir + u"/34.png"_s), QImage(dir + u"/36.png"_s)};
            m_texts = {readText(dir + u"/34.txt"_s), readText(dir + u"/36.txt"_s)};
        } else {
            codes = {checkerboard(), checkerboard()};
        }
        QVERIFY(!codes.at(0).isNull() && !codes.at(1).isNull());

        // Two A4 pages, each with one code 40 mm wide, 30 mm from the top-left corner.
        m_pdfPath = m_dir.filePath(u"certificate.pdf"_s);
        QPdfWriter writer(m_pdfPath);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        QPainter painter(&writer);
        const double dotsPerMm = 300.0 / 25.4;
        const QRectF target(30 * dotsPerMm, 30 * dotsPerMm, 40 * dotsPerMm, 40 * dotsPerMm);
        painter.drawImage(target, codes.at(0));
        QVERIFY(writer.newPage());
        painter.drawImage(target, codes.at(1));
        QVERIFY(painter.end());
        QVERIFY(QFile::exists(m_pdfPath));
    }

    void rendersEveryPage()
    {
        PdfSource source(m_pdfPath);
        QVERIFY(!source.isLive());
        QCOMPARE(source.read().status, SourceStatus::NotOpen);
        QCOMPARE(source.open(), SourceStatus::Ok);
        QCOMPARE(source.frameCount(), 2);

        for (int page = 0; page < 2; ++page) {
            const FrameResult result = source.read();
            QCOMPARE(result.status, SourceStatus::Ok);
            QCOMPARE(result.frame.index, page);
            QCOMPARE(result.frame.timestampMs, page);
            const cv::Mat &image = result.frame.image;
            QCOMPARE(image.type(), CV_8UC3);
            // A4 at 300 dpi: 2480 x 3508 pixels, give or take rounding.
            QVERIFY2(qAbs(image.cols - 2480) <= 2 && qAbs(image.rows - 3508) <= 2,
                     qPrintable(u"%1 x %2"_s.arg(image.cols).arg(image.rows)));
            QCOMPARE(source.lastPageDpi(), 300.0);
            // Paper is white, and the code sits where it was drawn: 30 mm (354 px) from the corner,
            // 40 mm (472 px) wide, of which the quiet zone takes a part.
            QCOMPARE(image.at<cv::Vec3b>(5, 5), cv::Vec3b(255, 255, 255));
            const cv::Rect drawn(354, 354, 473, 473);
            const cv::Rect dark = darkArea(image);
            QVERIFY2((dark & drawn) == dark && dark.width > drawn.width / 2,
                     qPrintable(u"dark area at %1,%2 size %3x%4"_s.arg(dark.x).arg(dark.y).arg(dark.width)
                                    .arg(dark.height)));
        }
        QCOMPARE(source.read().status, SourceStatus::EndOfStream);
        source.close();
        QVERIFY(!source.isOpen());
    }

    void decodesEveryPage()
    {
        if (!m_haveCorpus)
            QSKIP("the shared corpus is not available");
        PdfSource source(m_pdfPath);
        ScanPipeline pipeline;
        SourceStatus status = SourceStatus::Ok;
        const QList<ScanResult> results = pipeline.scanAll(source, &status);
        QCOMPARE(status, SourceStatus::EndOfStream);
        QStringList texts;
        for (const ScanResult &result : results)
            texts.append(result.text);
        QCOMPARE(texts, m_texts);
        QCOMPARE(results.at(1).frameIndex, 1);
    }

    void limits_data()
    {
        QTest::addColumn<int>("maxPages");
        QTest::addColumn<qint64>("maxPixelsPerPage");
        QTest::addColumn<qint64>("maxFileBytes");
        QTest::addColumn<SourceStatus>("status");
        QTest::addColumn<double>("dpi");

        const PdfSource::Limits defaults;
        QTest::newRow("defaults") << defaults.maxPages << defaults.maxPixelsPerPage << defaults.maxFileBytes
                                  << SourceStatus::Ok << 300.0;
        QTest::newRow("more pages than allowed") << 1 << defaults.maxPixelsPerPage << defaults.maxFileBytes
                                                 << SourceStatus::TooLarge << 0.0;
        QTest::newRow("file larger than allowed") << defaults.maxPages << defaults.maxPixelsPerPage << qint64(100)
                                                  << SourceStatus::TooLarge << 0.0;
        // 2 MP for an A4 page (96.7 square inches): about 144 dpi instead of 300.
        QTest::newRow("page larger than allowed is rendered smaller")
            << defaults.maxPages << qint64(2'000'000) << defaults.maxFileBytes << SourceStatus::Ok << 143.8;
    }

    void limits()
    {
        QFETCH(int, maxPages);
        QFETCH(qint64, maxPixelsPerPage);
        QFETCH(qint64, maxFileBytes);
        QFETCH(SourceStatus, status);
        QFETCH(double, dpi);

        PdfSource::Limits limits;
        limits.maxPages = maxPages;
        limits.maxPixelsPerPage = maxPixelsPerPage;
        limits.maxFileBytes = maxFileBytes;
        PdfSource source(m_pdfPath, limits);
        QCOMPARE(source.open(), status);
        if (status != SourceStatus::Ok)
            return;
        const FrameResult page = source.read();
        QCOMPARE(page.status, SourceStatus::Ok);
        QVERIFY(qint64(page.frame.image.cols) * page.frame.image.rows <= maxPixelsPerPage);
        QVERIFY2(qAbs(source.lastPageDpi() - dpi) < 2.0, qPrintable(QString::number(source.lastPageDpi())));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<SourceStatus>("status");
        QTest::newRow("not a PDF") << QByteArray("\x89PNG\r\n\x1a\n not a pdf") << SourceStatus::Unreadable;
        QTest::newRow("truncated PDF") << QByteArray("%PDF-1.7\n1 0 obj\n<<") << SourceStatus::Unreadable;
        QTest::newRow("empty file") << QByteArray() << SourceStatus::Unreadable;
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(SourceStatus, status);
        const QString path = m_dir.filePath(u"refused.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        PdfSource source(path);
        QCOMPARE(source.open(), status);
        QCOMPARE(source.read().status, SourceStatus::NotOpen);
    }

    void missingFile()
    {
        PdfSource source(m_dir.filePath(u"none.pdf"_s));
        QCOMPARE(source.open(), SourceStatus::NotFound);
    }
};

QTEST_MAIN(TestPdfSource)
#include "tst_pdfsource.moc"
