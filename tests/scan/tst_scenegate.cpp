// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

#include <QTest>

#include "scan/scenegate.h"

using namespace CertDesk::Scan;

namespace {

constexpr int width = 1280;
constexpr int height = 720;

// A desk: smooth shading, a keyboard-like block of texture and some edges, fixed per seed.
cv::Mat desk(int seed)
{
    cv::RNG random(static_cast<uint64_t>(seed));
    cv::Mat image(height, width, CV_8UC3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const auto shade = static_cast<uchar>(90 + 60 * x / width + 30 * y / height);
            image.at<cv::Vec3b>(y, x) = cv::Vec3b(shade, shade, static_cast<uchar>(shade + 10));
        }
    }
    for (int i = 0; i < 12; ++i) {
        const cv::Point a(random.uniform(0, width), random.uniform(0, height));
        const cv::Point b(random.uniform(0, width), random.uniform(0, height));
        cv::rectangle(image, a, b, cv::Scalar::all(random.uniform(20, 230)), random.uniform(2, 6));
    }
    return image;
}

// @p image as a camera sees it again: sensor noise and a brightness step.
cv::Mat seenAgain(const cv::Mat &image, double gain, int seed)
{
    cv::Mat noise(image.size(), CV_16SC3);
    cv::RNG random(static_cast<uint64_t>(seed));
    random.fill(noise, cv::RNG::NORMAL, 0, 6);
    cv::Mat wide;
    image.convertTo(wide, CV_16SC3, gain);
    wide += noise;
    cv::Mat result;
    wide.convertTo(result, CV_8UC3);
    return result;
}

// @p image with a 100 px black-and-white module pattern (a code's look) at (x, y).
cv::Mat withCode(const cv::Mat &image, int x, int y)
{
    cv::Mat result = image.clone();
    cv::RNG random(7);
    constexpr int modules = 25;
    constexpr int module = 4;
    for (int row = 0; row < modules; ++row) {
        for (int column = 0; column < modules; ++column) {
            const cv::Scalar colour = random.uniform(0, 2) ? cv::Scalar::all(10) : cv::Scalar::all(245);
            cv::rectangle(result, cv::Rect(x + column * module, y + row * module, module, module), colour, cv::FILLED);
        }
    }
    return result;
}

} // namespace

class TestSceneGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thumbnailIgnoresNoiseAndBrightness()
    {
        const cv::Mat scene = desk(1);
        const cv::Mat thumbnail = SceneGate::thumbnail(scene);
        QCOMPARE(thumbnail.cols, 32);
        QCOMPARE(thumbnail.rows, 18);
        QVERIFY(SceneGate::change(thumbnail, SceneGate::thumbnail(seenAgain(scene, 1.0, 2))) < 0.1);
        QVERIFY(SceneGate::change(thumbnail, SceneGate::thumbnail(seenAgain(scene, 0.7, 3))) < 0.1);
        // Grey, BGR and BGRA give the same scene.
        cv::Mat gray;
        cv::Mat bgra;
        cv::cvtColor(scene, gray, cv::COLOR_BGR2GRAY);
        cv::cvtColor(scene, bgra, cv::COLOR_BGR2BGRA);
        // (Rounding differs: converting before or after averaging.)
        const double fromGray = SceneGate::change(thumbnail, SceneGate::thumbnail(gray));
        QVERIFY2(fromGray < 0.1, qPrintable(QString::number(fromGray)));
        QCOMPARE(SceneGate::change(thumbnail, SceneGate::thumbnail(bgra)), 0.0);
    }

    void aSmallCodeIsAChange()
    {
        const cv::Mat scene = desk(1);
        const double change
            = SceneGate::change(SceneGate::thumbnail(scene), SceneGate::thumbnail(withCode(scene, 600, 300)));
        QVERIFY2(change > 2 * SceneGate::Options{}.changeThreshold, qPrintable(QString::number(change)));
    }

    void unusableImagesHaveNoThumbnail()
    {
        QVERIFY(SceneGate::thumbnail(cv::Mat()).empty());
        QVERIFY(SceneGate::thumbnail(cv::Mat(720, 1280, CV_8UC1, cv::Scalar(0))).empty());
        QVERIFY(SceneGate::thumbnail(cv::Mat(720, 1280, CV_16UC1, cv::Scalar(0))).empty());
        QVERIFY(SceneGate::thumbnail(cv::Mat(720, 1280, CV_8UC2, cv::Scalar(0))).empty());
        QVERIFY(std::isinf(SceneGate::change(cv::Mat(), SceneGate::thumbnail(desk(1)))));
    }

    void pausesOnASearchedSceneAndRetries()
    {
        SceneGate::Options options;
        options.exhaustAfterFrames = 4;
        options.retryEveryFrames = 10;
        SceneGate gate(options);
        const cv::Mat scene = desk(1);
        int frame = 0;
        for (; frame < options.exhaustAfterFrames; ++frame) {
            QVERIFY(gate.secondPassesWanted(seenAgain(scene, 1.0 + 0.05 * (frame % 3), frame)));
            gate.frameDecoded(true);
        }
        QVERIFY(gate.paused());
        int ran = 0;
        for (int i = 0; i < 3 * options.retryEveryFrames; ++i, ++frame) {
            const bool wanted = gate.secondPassesWanted(seenAgain(scene, 1.0, frame));
            ran += wanted ? 1 : 0;
            gate.frameDecoded(wanted);
        }
        QCOMPARE(ran, 3);
        QVERIFY(gate.paused());

        // A code comes into view: the second passes run at once.
        QVERIFY(gate.secondPassesWanted(withCode(seenAgain(scene, 1.0, frame++), 300, 200)));
        QVERIFY(!gate.paused());
    }

    void readsByTheFirstPassCostNothing()
    {
        SceneGate gate;
        const cv::Mat scene = withCode(desk(4), 500, 300);
        for (int frame = 0; frame < 20; ++frame) {
            QVERIFY(gate.secondPassesWanted(seenAgain(scene, 1.0, frame)));
            gate.frameDecoded(false);
        }
        QVERIFY(!gate.paused());
    }

    void aCodeReadBySecondPassesStillPauses()
    {
        // The code has been read (and reported): an unchanged scene needs no more hard work
        // than the retries, which keep the code in view for the tracker.
        SceneGate gate;
        const cv::Mat scene = withCode(desk(4), 500, 300);
        for (int frame = 0; frame < SceneGate::Options{}.exhaustAfterFrames; ++frame) {
            QVERIFY(gate.secondPassesWanted(seenAgain(scene, 1.0, frame)));
            gate.frameDecoded(true);
        }
        QVERIFY(gate.paused());
        QVERIFY(!gate.secondPassesWanted(seenAgain(scene, 1.0, 99)));
    }

    void firstPassOnlyOnUniformFrames()
    {
        SceneGate gate;
        QVERIFY(!gate.secondPassesWanted(cv::Mat(720, 1280, CV_8UC3, cv::Scalar::all(3))));
        gate.frameDecoded(false);
        QVERIFY(!gate.paused());
        QVERIFY(!gate.paused());
        QVERIFY(gate.secondPassesWanted(desk(1)));
    }

    void resetForgetsTheScene()
    {
        SceneGate gate;
        const cv::Mat scene = desk(2);
        for (int frame = 0; frame < SceneGate::Options{}.exhaustAfterFrames; ++frame)
            gate.frameDecoded(gate.secondPassesWanted(scene));
        QVERIFY(gate.paused());
        gate.reset();
        QVERIFY(!gate.paused());
        QVERIFY(gate.secondPassesWanted(scene));
    }
};

QTEST_GUILESS_MAIN(TestSceneGate)
#include "tst_scenegate.moc"
