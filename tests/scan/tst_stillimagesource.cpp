// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "scan/scanpipeline.h"
#include "scan/stillimagesource.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

namespace {

// A synthetic test card: a grey gradient with a dark block, so that a wrong channel order,
// a flipped image or a lossy round trip show up in the comparison.
cv::Mat testImage(int width, int height)
{
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x % 256), uchar(y % 256), uchar((x + y) % 256));
    }
    cv::rectangle(image, cv::Rect(width / 4, height / 4, width / 8, height / 8), cv::Scalar(0, 0, 255), cv::FILLED);
    return image;
}

double meanDifference(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    const cv::Scalar mean = cv::mean(difference);
    return (mean[0] + mean[1] + mean[2]) / 3.0;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[3 - i] = char((value >> (8 * i)) & 0xFF);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestStillImageSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formats_data()
    {
        QTest::addColumn<QString>("writtenAs");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("tolerance");

        QTest::newRow("png") << u".png"_s << u"card.png"_s << u"png"_s << 0.0;
        QTest::newRow("jpeg") << u".jpg"_s << u"card.jpg"_s << u"jpeg"_s << 4.0;
        QTest::newRow("bmp") << u".bmp"_s << u"card.bmp"_s << u"bmp"_s << 0.0;
        QTest::newRow("tiff") << u".tiff"_s << u"card.tiff"_s << u"tiff"_s << 0.0;
        QTest::newRow("webp") << u".webp"_s << u"card.webp"_s << u"webp"_s << 4.0;
        QTest::newRow("jpeg data named .png") << u".jpg"_s << u"disguised.png"_s << u"jpeg"_s << 4.0;
    }

    void formats()
    {
        QFETCH(QString, writtenAs);
        QFETCH(QString, fileName);
        QFETCH(QString, format);
        QFETCH(double, tolerance);

        if (!cv::haveImageWriter(writtenAs.toStdString()))
            QSKIP("this OpenCV build cannot write the format");
        const cv::Mat original = testImage(320, 200);
        std::vector<uchar> encoded;
        QVERIFY(cv::imencode(writtenAs.toStdString(), original, encoded));
        QVERIFY(writeFile(path(fileName), QByteArray(reinterpret_cast<const char *>(encoded.data()),
                                                     qsizetype(encoded.size()))));

        StillImageSource source(path(fileName));
        QCOMPARE(source.open(), SourceStatus::Ok);
        QCOMPARE(source.detectedFormat(), format);
        QCOMPARE(source.frameCount(), 1);
        QVERIFY(!source.isLive());
        const FrameResult first = source.read();
        QCOMPARE(first.status, SourceStatus::Ok);
        QCOMPARE(first.frame.image.cols, 320);
        QCOMPARE(first.frame.image.rows, 200);
        QCOMPARE(first.frame.image.type(), CV_8UC3);
        QVERIFY2(meanDifference(first.frame.image, original) <= tolerance, "decoded pixels differ");
        QCOMPARE(source.read().status, SourceStatus::EndOfStream);
        source.close();
        QCOMPARE(source.read().status, SourceStatus::NotOpen);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<SourceStatus>("status");

        const QByteArray pngSignature("\x89PNG\r\n\x1a\n", 8);
        const QByteArray ihdr = bigEndian32(13) + "IHDR";
        QTest::newRow("PNG claiming 20000 x 20000") << pngSignature + ihdr + bigEndian32(20000) + bigEndian32(20000)
                + QByteArray(9, '\0') << SourceStatus::TooLarge;
        QTest::newRow("JPEG claiming 65535 x 65535")
            << QByteArray("\xFF\xD8\xFF\xC0\x00\x11\x08\xFF\xFF\xFF\xFF\x03", 12) + QByteArray(16, '\0')
            << SourceStatus::TooLarge;
        QByteArray bmp("BM", 2);
        bmp += QByteArray(12, '\0');
        bmp += QByteArray("\x28\x00\x00\x00\x11\x27\x00\x00\xF0\xD8\xFF\xFF", 12); // 10001 x -10000
        bmp += QByteArray(40, '\0');
        QTest::newRow("BMP claiming 10001 x 10000 top-down") << bmp << SourceStatus::TooLarge;
        QTest::newRow("WebP claiming 16384 x 16384")
            << QByteArray("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0\xff\x3f\0\xff\x3f\0", 30) << SourceStatus::TooLarge;
        QTest::newRow("PNG header cut short") << pngSignature + "\0\0" << SourceStatus::Unsupported;
        QTest::newRow("PNG header, garbage after") << pngSignature + ihdr + bigEndian32(10) + bigEndian32(10)
                + QByteArray(200, 'x') << SourceStatus::Unreadable;
        QTest::newRow("GIF is not accepted") << QByteArray("GIF89a\x10\0\x10\0", 10) << SourceStatus::Unsupported;
        QTest::newRow("a PDF is not an image") << QByteArray("%PDF-1.7\n") << SourceStatus::Unsupported;
        QTest::newRow("empty file") << QByteArray() << SourceStatus::Unreadable;
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(SourceStatus, status);

        const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-');
        const QString file = path(u"refused-%1.img"_s.arg(tag));
        QVERIFY(writeFile(file, content));
        StillImageSource source(file);
        QCOMPARE(source.open(), status);
        QVERIFY(!source.isOpen());
        QCOMPARE(source.read().status, SourceStatus::NotOpen);

        const auto inMemory = StillImageSource::fromData(content, u"dropped"_s);
        QCOMPARE(inMemory->open(), status);
    }

    void missingFile()
    {
        StillImageSource source(path(u"does-not-exist.png"_s));
        QCOMPARE(source.open(), SourceStatus::NotFound);
    }

    void hugeImagesAreDecodedReduced()
    {
        // 8000 x 4400 (35 MP) is above four times 4K: decoded at half size.
        cv::Mat big(4400, 8000, CV_8UC3, cv::Scalar(255, 255, 255));
        cv::rectangle(big, cv::Rect(1000, 1000, 2000, 2000), cv::Scalar(0, 0, 0), cv::FILLED);
        std::vector<uchar> encoded;
        QVERIFY(cv::imencode(".jpg", big, encoded));
        const auto source = StillImageSource::fromData(
            QByteArray(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size())), u"big"_s);
        QCOMPARE(source->open(), SourceStatus::Ok);
        QVERIFY(source->wasReduced());
        const FrameResult frame = source->read();
        QCOMPARE(frame.frame.image.cols, 4000);
        QCOMPARE(frame.frame.image.rows, 2200);
    }

    void decodesACorpusImage()
    {
        const QString dir = QStringLiteral(CERTDESK_SHARED_DIR) + u"/corpus/qr-photos/zxing-qrcode-2"_s;
        if (!QFile::exists(dir + u"/34.png"_s))
            QSKIP("the shared corpus is not available");
        QFile expected(dir + u"/34.txt"_s);
        QVERIFY(expected.open(QIODevice::ReadOnly));

        StillImageSource source(dir + u"/34.png"_s);
        ScanPipeline pipeline;
        SourceStatus status = SourceStatus::Ok;
        const QList<ScanResult> results = pipeline.scanAll(source, &status);
        QCOMPARE(status, SourceStatus::EndOfStream);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().text, QString::fromUtf8(expected.readAll()));
        QCOMPARE(results.first().sourceName, u"34.png"_s);
        QCOMPARE(results.first().frameIndex, 0);
    }
};

QTEST_GUILESS_MAIN(TestStillImageSource)
#include "tst_stillimagesource.moc"
