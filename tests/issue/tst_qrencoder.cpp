// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// QR codes made with ZXing's writer: the level asked for, a 4-module quiet zone, and
// CertDesk's own decoder reads back exactly the text that went in.
#include <opencv2/core.hpp>

#include <QTest>

#include "scan/qrdecoder.h"
#include "scan/qrencoder.h"

using namespace CertDesk::Scan;
using QrEncoder::ErrorCorrection;
using namespace Qt::StringLiterals;

namespace {

// A payload of the length and alphabet of a real ITHC-1 QR text (Base45 behind the prefix).
QByteArray base45Like(qsizetype length, const QByteArray &prefix)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    QByteArray text = prefix;
    quint32 state = 12345;
    while (text.size() < length) {
        state = state * 1103515245u + 12345u;
        text.append(alphabet[(state >> 16) % 45]);
    }
    return text;
}

bool dark(const cv::Mat &modules, int x, int y)
{
    return modules.at<std::uint8_t>(y, x) == 0;
}

// The error-correction level from the symbol's first format-information copy (ISO/IEC 18004
// §7.9): 15 bits around the top-left finder pattern, masked with 0x5412; the two top bits
// are the level (01 L, 00 M, 11 Q, 10 H).
ErrorCorrection levelOf(const cv::Mat &modules, int quiet)
{
    auto bit = [&](int x, int y) { return dark(modules, quiet + x, quiet + y) ? 1 : 0; };
    int bits = 0;
    for (int x = 0; x <= 5; ++x)
        bits = (bits << 1) | bit(x, 8);
    bits = (bits << 1) | bit(7, 8);
    bits = (bits << 1) | bit(8, 8);
    bits = (bits << 1) | bit(8, 7);
    for (int y = 5; y >= 0; --y)
        bits = (bits << 1) | bit(8, y);
    switch (((bits ^ 0x5412) >> 13) & 3) {
    case 1:
        return ErrorCorrection::Low;
    case 0:
        return ErrorCorrection::Medium;
    case 3:
        return ErrorCorrection::Quartile;
    default:
        return ErrorCorrection::High;
    }
}

} // namespace

class TestQrEncoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("level");
        QTest::newRow("short M") << QByteArray("HELLO") << int(ErrorCorrection::Medium);
        QTest::newRow("ithc-sized Q") << base45Like(480, "ITHC1:") << int(ErrorCorrection::Quartile);
        QTest::newRow("ithc-sized M") << base45Like(480, "ITHC1:") << int(ErrorCorrection::Medium);
        QTest::newRow("dcc-sized Q") << base45Like(560, "HC1:") << int(ErrorCorrection::Quartile);
        QTest::newRow("large L") << base45Like(1500, "HC1:") << int(ErrorCorrection::Low);
        QTest::newRow("lower case, byte mode H") << QByteArray("certdesk specimen") << int(ErrorCorrection::High);
    }

    void roundTrip()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, level);
        const cv::Mat modules = QrEncoder::encode(text, ErrorCorrection(level));
        QVERIFY(!modules.empty());
        QCOMPARE(modules.type(), CV_8UC1);
        QCOMPARE(modules.rows, modules.cols);
        // Version 1 to 40 (21 to 177 modules) plus the quiet zone on both sides.
        const int quiet = QrEncoder::kQuietZoneModules;
        const int symbol = modules.cols - 2 * quiet;
        QVERIFY(symbol >= 21 && symbol <= 177 && (symbol - 21) % 4 == 0);
        // The quiet zone is white; the finder pattern's corner right inside it is dark.
        for (int i = 0; i < modules.cols; ++i) {
            for (int q = 0; q < quiet; ++q) {
                QVERIFY(!dark(modules, i, q) && !dark(modules, i, modules.rows - 1 - q));
                QVERIFY(!dark(modules, q, i) && !dark(modules, modules.cols - 1 - q, i));
            }
        }
        QVERIFY(dark(modules, quiet, quiet));
        QCOMPARE(int(levelOf(modules, quiet)), level);

        const cv::Mat image = QrEncoder::render(text, ErrorCorrection(level), 4);
        QCOMPARE(image.cols, modules.cols * 4);
        const QList<DecodedCode> codes = QrDecoder().decode(image);
        QCOMPARE(codes.size(), 1);
        QCOMPARE(codes.first().bytes, text);
    }

    void refusesWhatDoesNotFit()
    {
        QVERIFY(QrEncoder::encode({}, ErrorCorrection::Quartile).empty());
        // Version 40-Q holds 2,420 alphanumeric characters.
        QVERIFY(QrEncoder::encode(base45Like(3000, "HC1:"), ErrorCorrection::Quartile).empty());
        QVERIFY(!QrEncoder::encode(base45Like(3000, "HC1:"), ErrorCorrection::Low).empty());
        QVERIFY(QrEncoder::render("HELLO", ErrorCorrection::Medium, 0).empty());
    }

    void higherLevelNeedsMoreModules()
    {
        const QByteArray text = base45Like(480, "ITHC1:");
        QVERIFY(QrEncoder::encode(text, ErrorCorrection::Quartile).cols
                > QrEncoder::encode(text, ErrorCorrection::Medium).cols);
    }
};

QTEST_GUILESS_MAIN(TestQrEncoder)
#include "tst_qrencoder.moc"
