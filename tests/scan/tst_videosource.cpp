// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <chrono>
#include <thread>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "scan/capturethread.h"
#include "scan/scanpipeline.h"
#include "scan/videocapturesource.h"

using namespace CertDesk::Scan;
using namespace Qt::StringLiterals;

namespace {

constexpr int frameWidth = 640;
constexpr int frameHeight = 480;
constexpr double frameRate = 25.0;
constexpr qint64 frameIntervalMs = 40;

// What each frame shows: code 0, nothing (-1), code 1, code 0 again. At 25 fps code 0
// is out of view from 400 ms to 1000 ms, longer than the 500 ms window used below.
QList<int> framePlan()
{
    QList<int> plan;
    for (int i = 0; i < 10; ++i)
        plan.append(0);
    for (int i = 0; i < 5; ++i)
        plan.append(-1);
    for (int i = 0; i < 10; ++i)
        plan.append(1);
    for (int i = 0; i < 10; ++i)
        plan.append(0);
    return plan;
}

QString corpusDir()
{
    return QStringLiteral(CERTDESK_SHARED_DIR) + u"/corpus/qr-photos/zxing-qrcode-2"_s;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A camera-sized frame with @p code (or a grey stand-in) scaled up in the middle of white paper.
cv::Mat composeFrame(const cv::Mat &code)
{
    cv::Mat frame(frameHeight, frameWidth, CV_8UC3, cv::Scalar(255, 255, 255));
    if (code.empty())
        return frame;
    cv::Mat scaled;
    const double scale = 240.0 / std::max(code.cols, code.rows);
    cv::resize(code, scaled, cv::Size(), scale, scale, cv::INTER_NEAREST);
    scaled.copyTo(frame(cv::Rect((frameWidth - scaled.cols) / 2, (frameHeight - scaled.rows) / 2, scaled.cols,
                                 scaled.rows)));
    return frame;
}

double meanDifference(const cv::Mat &a, const cv::Mat &b)
{
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    const cv::Scalar mean = cv::mean(difference);
    return (mean[0] + mean[1] + mean[2]) / 3.0;
}

} // namespace

class TestVideoSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_haveCorpus = false;
    QStringList m_texts;          ///< the expected text of code 0 and code 1
    std::vector<cv::Mat> m_frames; ///< as written
    QString m_sequencePattern;
    QString m_aviPath;            ///< empty when this OpenCV cannot write MJPG AVI

    QString location(const QString &container) const
    {
        return container == u"sequence"_s ? m_sequencePattern : m_aviPath;
    }

    std::unique_ptr<VideoCaptureSource> makeSource(const QString &container) const
    {
        if (container == u"sequence"_s)
            return VideoCaptureSource::imageSequence(m_sequencePattern, frameRate);
        return VideoCaptureSource::videoFile(m_aviPath);
    }

    QStringList expectedTexts() const { return {m_texts.at(0), m_texts.at(1), m_texts.at(0)}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::vector<cv::Mat> codes(2);
        const QString dir = corpusDir();
        m_haveCorpus = QFile::exists(dir + u"/34.png"_s) && QFile::exists(dir + u"/36.png"_s);
        if (m_haveCorpus) {
            codes[0] = cv::imread(QFile::encodeName(dir + u"/34.png"_s).toStdString(), cv::IMREAD_COLOR);
            codes[1] = cv::imread(QFile::encodeName(dir + u"/36.png"_s).toStdString(), cv::IMREAD_COLOR);
            m_texts = {readText(dir + u"/34.txt"_s), readText(dir + u"/36.txt"_s)};
            QVERIFY(!codes[0].empty() && !codes[1].empty());
        } else {
            codes[0] = cv::Mat(50, 50, CV_8UC3, cv::Scalar(0, 0, 0));
            codes[1] = cv::Mat(50, 50, CV_8UC3, cv::Scalar(128, 128, 128));
        }

        QVERIFY(QDir(m_dir.path()).mkpath(u"frames"_s));
        m_sequencePattern = m_dir.filePath(u"frames/%04d.png"_s);
        const QList<int> plan = framePlan();
        for (qsizetype i = 0; i < plan.size(); ++i) {
            m_frames.push_back(composeFrame(plan.at(i) < 0 ? cv::Mat() : codes[size_t(plan.at(i))]));
            const QString file = m_dir.filePath(u"frames/%1.png"_s.arg(i, 4, 10, QChar(u'0')));
            QVERIFY(cv::imwrite(QFile::encodeName(file).toStdString(), m_frames.back()));
        }

        // Motion-JPEG AVI: OpenCV's own writer when built in, else whatever backend offers it.
        const QString avi = m_dir.filePath(u"scan.avi"_s);
        const int fourcc = cv::VideoWriter::fourcc('M', 'J', 'P', 'G');
        const cv::Size size(frameWidth, frameHeight);
        cv::VideoWriter writer(QFile::encodeName(avi).toStdString(), cv::CAP_OPENCV_MJPEG, fourcc, frameRate, size);
        if (!writer.isOpened())
            writer.open(QFile::encodeName(avi).toStdString(), cv::CAP_ANY, fourcc, frameRate, size);
        if (writer.isOpened()) {
            for (const cv::Mat &frame : m_frames)
                writer.write(frame);
            writer.release();
            m_aviPath = avi;
        } else {
            qWarning("this OpenCV build has no Motion-JPEG AVI writer: the AVI rows are skipped");
        }
    }

    void readsEveryFrame_data()
    {
        QTest::addColumn<QString>("container");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("image sequence") << u"sequence"_s << 0.0;
        QTest::newRow("mjpg avi") << u"avi"_s << 4.0;
    }

    void readsEveryFrame()
    {
        QFETCH(QString, container);
        QFETCH(double, tolerance);
        if (location(container).isEmpty())
            QSKIP("no Motion-JPEG AVI writer");

        const auto source = makeSource(container);
        QVERIFY(!source->isLive());
        QCOMPARE(source->read().status, SourceStatus::NotOpen);
        QCOMPARE(source->open(), SourceStatus::Ok);
        QCOMPARE(source->frameSize(), QSize(frameWidth, frameHeight));
        QCOMPARE(source->frameRate(), frameRate);
        QCOMPARE(source->frameCount(), qint64(m_frames.size()));

        qint64 count = 0;
        for (;;) {
            const FrameResult result = source->read();
            if (!result.ok()) {
                QCOMPARE(result.status, SourceStatus::EndOfStream);
                break;
            }
            QVERIFY(size_t(count) < m_frames.size());
            QCOMPARE(result.frame.index, count);
            QCOMPARE(result.frame.timestampMs, count * frameIntervalMs);
            QCOMPARE(result.frame.image.type(), CV_8UC3);
            const double difference = meanDifference(result.frame.image, m_frames[size_t(count)]);
            QVERIFY2(difference <= tolerance, qPrintable(u"frame %1 differs by %2"_s.arg(count).arg(difference)));
            ++count;
        }
        QCOMPARE(count, qint64(m_frames.size()));
        source->close();
        QVERIFY(!source->isOpen());
    }

    void missingSources()
    {
        QCOMPARE(VideoCaptureSource::videoFile(m_dir.filePath(u"none.avi"_s))->open(), SourceStatus::NotFound);
        QCOMPARE(VideoCaptureSource::imageSequence(m_dir.filePath(u"nowhere/%04d.png"_s))->open(),
                 SourceStatus::NotFound);
        QCOMPARE(VideoCaptureSource::imageSequence(m_dir.filePath(u"frames/other%04d.png"_s))->open(),
                 SourceStatus::CannotOpen);
    }

    void cameraControlsNeedAnOpenCamera()
    {
        const auto camera = VideoCaptureSource::camera(0, {}, u"Front desk"_s);
        QVERIFY(camera->isLive());
        QCOMPARE(camera->name(), u"Front desk"_s);
        QCOMPARE(camera->setTorch(true), ControlStatus::NotOpen);
        QCOMPARE(camera->setFocus(10), ControlStatus::NotOpen);
        QCOMPARE(camera->setAutoExposure(false), ControlStatus::NotOpen);
        QCOMPARE(camera->read().status, SourceStatus::NotOpen);
        // A file is not a camera: the controls do not apply.
        const auto file = makeSource(u"sequence"_s);
        QCOMPARE(file->open(), SourceStatus::Ok);
        QCOMPARE(file->setAutoFocus(true), ControlStatus::NotOpen);
        QCOMPARE(VideoCaptureSource::camera(-1)->open(), SourceStatus::NotFound);
    }

    void captureThreadKeepsOnlyTheNewest()
    {
        CaptureThread capture(makeSource(u"sequence"_s));
        QVERIFY(!capture.isLiveSource());
        capture.start();
        qint64 lastIndex = -1;
        qint64 taken = 0;
        while (const std::optional<Frame> frame = capture.waitForFrame(2000)) {
            QVERIFY(frame->index > lastIndex);
            QVERIFY(frame->capturedAtMs > 0);
            lastIndex = frame->index;
            ++taken;
            // A decoder slower than the camera: frames in between are dropped, not queued.
            std::this_thread::sleep_for(std::chrono::milliseconds(150));
        }
        QVERIFY(capture.isFinished());
        QCOMPARE(capture.finalStatus(), SourceStatus::EndOfStream);
        const CaptureStatistics statistics = capture.statistics();
        QCOMPARE(statistics.captured, qint64(m_frames.size()));
        QCOMPARE(statistics.delivered, taken);
        QCOMPARE(statistics.delivered + statistics.dropped, statistics.captured);
        QVERIFY(statistics.dropped > 0);
        QCOMPARE(lastIndex, qint64(m_frames.size()) - 1); // the last frame is never lost
        QCOMPARE(capture.newestFrame().index, lastIndex);
    }

    void captureThreadReportsOpenFailure()
    {
        CaptureThread capture(VideoCaptureSource::videoFile(m_dir.filePath(u"none.avi"_s)));
        capture.start();
        QVERIFY(!capture.waitForFrame(5000));
        QVERIFY(capture.isFinished());
        QCOMPARE(capture.finalStatus(), SourceStatus::NotFound);
    }

    void captureThreadStopsOnRequest()
    {
        CaptureThread capture(makeSource(u"sequence"_s));
        capture.start();
        QVERIFY(capture.waitForFrame(5000));
        capture.stop();
        QVERIFY(capture.isFinished());
        QVERIFY(capture.statistics().captured < qint64(m_frames.size()));
    }

    void scanAllReportsEachAppearance_data() { readsEveryFrame_data(); }

    void scanAllReportsEachAppearance()
    {
        QFETCH(QString, container);
        if (!m_haveCorpus)
            QSKIP("the shared corpus is not available");
        if (location(container).isEmpty())
            QSKIP("no Motion-JPEG AVI writer");

        ScanPipeline::Options options;
        options.reappearAfterMs = 500;
        ScanPipeline pipeline(QrDecoder(), options);
        const auto source = makeSource(container);
        SourceStatus status = SourceStatus::Ok;
        const QList<ScanResult> results = pipeline.scanAll(*source, &status);
        QCOMPARE(status, SourceStatus::EndOfStream);

        QStringList texts;
        QList<qint64> timestamps;
        for (const ScanResult &result : results) {
            texts.append(result.text);
            timestamps.append(result.frameTimestampMs);
            QVERIFY(result.latencyMs >= 0);
            QVERIFY(!result.joinedFromChunks);
        }
        QCOMPARE(texts, expectedTexts());
        QCOMPARE(timestamps, (QList<qint64>{0, 15 * frameIntervalMs, 25 * frameIntervalMs}));
        const PipelineStatistics statistics = pipeline.statistics();
        QCOMPARE(statistics.framesDecoded, qint64(m_frames.size()));
        QCOMPARE(statistics.resultsReported, 3);
    }

    void livePipelineOnAPacedSequence()
    {
        if (!m_haveCorpus)
            QSKIP("the shared corpus is not available");

        ScanPipeline::Options options;
        options.mode = ScanPipeline::Mode::NewestFrame;
        options.reappearAfterMs = 500;
        ScanPipeline pipeline(QrDecoder(), options);
        QList<ScanResult> results;
        std::optional<SourceStatus> finished;
        connect(&pipeline, &ScanPipeline::codeFound, this, [&](const ScanResult &result) { results.append(result); });
        connect(&pipeline, &ScanPipeline::finished, this, [&](SourceStatus status) { finished = status; });

        pipeline.start(makeSource(u"sequence"_s));
        QVERIFY(pipeline.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 20000);
        QCOMPARE(*finished, SourceStatus::EndOfStream);
        QVERIFY(!pipeline.isRunning());

        QStringList texts;
        for (const ScanResult &result : std::as_const(results)) {
            texts.append(result.text);
            QVERIFY(result.latencyMs >= 0);
            QVERIFY2(result.latencyMs < 2000, "frame-to-text latency out of bounds");
        }
        QCOMPARE(texts, expectedTexts());
        const PipelineStatistics statistics = pipeline.statistics();
        QCOMPARE(statistics.capture.captured, qint64(m_frames.size()));
        QCOMPARE(statistics.capture.delivered + statistics.capture.dropped, statistics.capture.captured);
        QCOMPARE(statistics.framesDecoded, statistics.capture.delivered);
        QCOMPARE(qint64(statistics.recentDecodeMs.size()), statistics.framesDecoded);
        QVERIFY(statistics.decodeMedianMs > 0.0 && statistics.decodeMedianMs <= statistics.decodeP95Ms);
        // The blank frames between the codes are uniform white: no second passes on those.
        QVERIFY(statistics.framesWithSecondPasses < statistics.framesDecoded);
    }

    void pipelineStopsOnRequest()
    {
        ScanPipeline::Options options;
        options.mode = ScanPipeline::Mode::NewestFrame;
        ScanPipeline pipeline(QrDecoder(), options);
        std::optional<SourceStatus> finished;
        connect(&pipeline, &ScanPipeline::finished, this, [&](SourceStatus status) { finished = status; });
        pipeline.start(makeSource(u"sequence"_s));
        pipeline.stop();
        QVERIFY(!pipeline.isRunning());
        QTRY_VERIFY(finished.has_value());
        QCOMPARE(*finished, SourceStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(TestVideoSource)
#include "tst_videosource.moc"
