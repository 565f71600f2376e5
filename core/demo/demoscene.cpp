// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "demoscene.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include <opencv2/imgproc.hpp>

namespace CertDesk::Demo {

namespace {

using namespace Qt::StringLiterals;

const cv::Scalar kInk(35, 30, 30);
const cv::Scalar kSpecimenRed(40, 40, 205);

// OpenCV's Hershey fonts draw ASCII only: other characters are left out.
std::string ascii(const QString &text)
{
    std::string out;
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7f)
            out.push_back(char(c.unicode()));
    }
    return out;
}

void putText(cv::Mat &image, const QString &text, cv::Point origin, double scale, const cv::Scalar &colour,
             int thickness = 1)
{
    cv::putText(image, ascii(text), origin, cv::FONT_HERSHEY_SIMPLEX, scale, colour, thickness, cv::LINE_AA);
}

// The QR modules scaled to @p width pixels, as BGR. INTER_AREA leaves the grey edges a
// camera would see between modules instead of a synthetic perfect grid.
cv::Mat qrImage(const cv::Mat &modules, int width)
{
    cv::Mat scaled;
    cv::resize(modules, scaled, cv::Size(width, width), 0, 0, cv::INTER_AREA);
    cv::Mat bgr;
    cv::cvtColor(scaled, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

// A diagonal "SPECIMEN" across @p canvas, light, under everything drawn afterwards.
void drawDiagonalMark(cv::Mat &canvas)
{
    cv::Mat layer(canvas.size(), CV_8UC1, cv::Scalar(0));
    const double scale = canvas.cols / 190.0;
    int baseline = 0;
    const cv::Size text = cv::getTextSize("SPECIMEN", cv::FONT_HERSHEY_DUPLEX, scale, 6, &baseline);
    cv::putText(layer, "SPECIMEN", cv::Point((canvas.cols - text.width) / 2, (canvas.rows + text.height) / 2),
                cv::FONT_HERSHEY_DUPLEX, scale, cv::Scalar(255), 6, cv::LINE_AA);
    const cv::Mat rotation = cv::getRotationMatrix2D(cv::Point2f(canvas.cols / 2.0f, canvas.rows / 2.0f), 55.0, 1.0);
    cv::warpAffine(layer, layer, rotation, canvas.size());
    // Blend a pale red where the mark is: 30 % of the way from the paper to the red.
    cv::Mat tint(canvas.size(), canvas.type(), kSpecimenRed);
    cv::Mat blended;
    cv::addWeighted(canvas, 0.7, tint, 0.3, 0.0, blended);
    blended.copyTo(canvas, layer > 64);
}

std::array<cv::Point2f, 4> corners(const cv::Mat &canvas)
{
    const float w = float(canvas.cols);
    const float h = float(canvas.rows);
    return {cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h), cv::Point2f(0, h)};
}

} // namespace

QString presentationName(Presentation presentation)
{
    return presentation == Presentation::Paper ? u"paper"_s : u"phone"_s;
}

DemoScene::DemoScene(cv::Size frameSize, quint64 seed)
    : m_size(frameSize)
    , m_rng(seed)
{
    // The desk: a warm wood colour with a coarse grain (low-resolution noise, stretched
    // along the grain) that stays the same in every frame.
    cv::Mat grain(std::max(8, m_size.height / 24), std::max(8, m_size.width / 160), CV_32FC1);
    m_rng.fill(grain, cv::RNG::NORMAL, 0.0, 1.0);
    cv::resize(grain, grain, m_size, 0, 0, cv::INTER_CUBIC);
    m_desk.create(m_size, CV_8UC3);
    for (int y = 0; y < m_size.height; ++y) {
        const auto *g = grain.ptr<float>(y);
        auto *out = m_desk.ptr<cv::Vec3b>(y);
        for (int x = 0; x < m_size.width; ++x) {
            const double v = 8.0 * g[x];
            out[x] = cv::Vec3b(cv::saturate_cast<uchar>(62 + v), cv::saturate_cast<uchar>(98 + v),
                               cv::saturate_cast<uchar>(138 + 1.2 * v));
        }
    }
    // Vignetting: the lens gathers less light at the edges (a gain of 0.8 to 1.0, stored as
    // 8-bit so that applying it stays an 8-bit multiply).
    m_vignette.create(m_size, CV_8UC3);
    const double cx = m_size.width / 2.0;
    const double cy = m_size.height / 2.0;
    const double maxR2 = cx * cx + cy * cy;
    for (int y = 0; y < m_size.height; ++y) {
        auto *out = m_vignette.ptr<cv::Vec3b>(y);
        for (int x = 0; x < m_size.width; ++x) {
            const auto gain = cv::saturate_cast<uchar>(255.0 * (1.0 - 0.2 * ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / maxR2));
            out[x] = cv::Vec3b(gain, gain, gain);
        }
    }
    // Sensor noise: a few fields drawn once and taken in turn with a random offset, which
    // looks as fresh per frame as drawing anew and costs a fraction.
    for (cv::Mat &field : m_noise) {
        field.create(m_size.height + kNoiseSlack, m_size.width + kNoiseSlack, CV_16SC3);
        m_rng.fill(field, cv::RNG::NORMAL, cv::Scalar::all(0.0), cv::Scalar::all(3.0));
    }
}

SceneItem DemoScene::phone(const cv::Mat &qrModules, const QString &caption, const QStringList &lines)
{
    constexpr int width = 420;
    constexpr int height = 780;
    constexpr int radius = 52;
    constexpr int bezel = 12;
    constexpr int screenTop = 64;
    SceneItem item;
    item.presentation = Presentation::Phone;
    item.canvas = cv::Mat(height, width, CV_8UC3, cv::Scalar(30, 28, 26));
    item.mask = cv::Mat(height, width, CV_8UC1, cv::Scalar(0));
    // A rounded rectangle: two bands and four discs.
    const cv::Scalar opaque(255);
    cv::rectangle(item.mask, cv::Rect(radius, 0, width - 2 * radius, height), opaque, cv::FILLED);
    cv::rectangle(item.mask, cv::Rect(0, radius, width, height - 2 * radius), opaque, cv::FILLED);
    for (const cv::Point centre : {cv::Point(radius, radius), cv::Point(width - radius - 1, radius),
                                   cv::Point(radius, height - radius - 1),
                                   cv::Point(width - radius - 1, height - radius - 1)})
        cv::circle(item.mask, centre, radius, opaque, cv::FILLED, cv::LINE_AA);
    // Camera notch and the screen, slightly blue-white as displays are.
    cv::circle(item.canvas, cv::Point(width / 2, screenTop / 2), 7, cv::Scalar(60, 55, 50), cv::FILLED, cv::LINE_AA);
    const cv::Rect screen(bezel, screenTop, width - 2 * bezel, height - 2 * screenTop);
    cv::rectangle(item.canvas, screen, cv::Scalar(252, 248, 244), cv::FILLED);
    putText(item.canvas, caption, cv::Point(screen.x + 18, screen.y + 34), 0.62, kInk, 2);
    const int qrWidth = screen.width - 8;
    qrImage(qrModules, qrWidth).copyTo(item.canvas(cv::Rect(screen.x + 4, screen.y + 52, qrWidth, qrWidth)));
    int y = screen.y + 52 + qrWidth + 30;
    for (const QString &line : lines) {
        if (y > screen.br().y - 12)
            break;
        putText(item.canvas, line, cv::Point(screen.x + 18, y), 0.5, kInk);
        y += 26;
    }
    putText(item.canvas, u"SPECIMEN"_s, cv::Point(screen.x + 18, screen.br().y - 16), 0.6, kSpecimenRed, 2);

    // Fill most of the frame's height, tilted away at the top (a slight perspective).
    const float scale = 0.95f * float(m_size.height) / float(height);
    const float halfWidth = 0.5f * width * scale;
    const float halfHeight = 0.5f * height * scale;
    const cv::Point2f centre(m_size.width * 0.5f, m_size.height * 0.5f);
    item.placement = {centre + cv::Point2f(-halfWidth * 0.95f, -halfHeight),
                      centre + cv::Point2f(halfWidth * 0.95f, -halfHeight + 6),
                      centre + cv::Point2f(halfWidth * 1.02f, halfHeight),
                      centre + cv::Point2f(-halfWidth * 1.02f, halfHeight - 4)};
    return item;
}

SceneItem DemoScene::paper(const cv::Mat &qrModules, const QString &title, const QList<Issue::PaperField> &fields,
                           bool specimenMark)
{
    // A4 proportions; the camera sees its upper part (the sheet runs out of the frame).
    constexpr int width = 660;
    constexpr int height = 933;
    constexpr int margin = 30;
    SceneItem item;
    item.presentation = Presentation::Paper;
    item.canvas = cv::Mat(height, width, CV_8UC3, cv::Scalar(236, 240, 241));
    item.mask = cv::Mat(height, width, CV_8UC1, cv::Scalar(255));
    if (specimenMark)
        drawDiagonalMark(item.canvas);
    int y = margin + 18;
    if (specimenMark) {
        cv::rectangle(item.canvas, cv::Rect(margin, margin - 6, width - 2 * margin, 30), kSpecimenRed, cv::FILLED);
        putText(item.canvas, u"SPECIMEN - NOT A VALID TRAVEL DOCUMENT"_s, cv::Point(margin + 12, margin + 15), 0.55,
                cv::Scalar(255, 255, 255), 1);
        y += 34;
    }
    putText(item.canvas, title, cv::Point(margin, y + 8), 0.68, kInk, 2);
    const int qrWidth = 392;
    const int qrTop = y + 26;
    qrImage(qrModules, qrWidth).copyTo(item.canvas(cv::Rect((width - qrWidth) / 2, qrTop, qrWidth, qrWidth)));
    y = qrTop + qrWidth + 30;
    for (const Issue::PaperField &field : fields) {
        if (y > height - margin)
            break;
        const QString value = QString::fromStdString(ascii(field.value)).trimmed();
        if (value.isEmpty())
            continue;
        putText(item.canvas, field.label, cv::Point(margin, y), 0.45, kInk, 1);
        putText(item.canvas, value.left(52), cv::Point(margin + 190, y), 0.45, kInk, 1);
        y += 24;
    }

    // Rotated a few degrees, its top near the top of the frame.
    const double angle = 4.0 * std::numbers::pi / 180.0;
    const cv::Point2f origin(m_size.width * 0.5f - width * 0.5f + 20.0f, 14.0f);
    const auto c = float(std::cos(angle));
    const auto s = float(std::sin(angle));
    const std::array<cv::Point2f, 4> flat = corners(item.canvas);
    for (std::size_t i = 0; i < flat.size(); ++i)
        item.placement[i] = origin + cv::Point2f(c * flat[i].x - s * flat[i].y, s * flat[i].x + c * flat[i].y);
    return item;
}

cv::Mat DemoScene::compose(const SceneItem *item, double phase)
{
    cv::Mat frame = m_desk.clone();
    if (item && !item->canvas.empty()) {
        // A hand-held drift of a few pixels across the showing.
        const auto dx = float(5.0 * std::sin(2.0 * std::numbers::pi * phase));
        const auto dy = float(3.0 * std::sin(4.0 * std::numbers::pi * phase));
        std::array<cv::Point2f, 4> target = item->placement;
        for (cv::Point2f &point : target)
            point += cv::Point2f(dx, dy);
        const std::array<cv::Point2f, 4> source = corners(item->canvas);
        const cv::Mat homography = cv::getPerspectiveTransform(source.data(), target.data());
        cv::Mat warped;
        cv::Mat warpedMask;
        cv::warpPerspective(item->canvas, warped, homography, m_size, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
        cv::warpPerspective(item->mask, warpedMask, homography, m_size, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
        // A soft shadow to the lower right, then the item.
        cv::Mat shadow;
        const cv::Mat shift = (cv::Mat_<double>(2, 3) << 1, 0, 10, 0, 1, 12);
        cv::warpAffine(warpedMask, shadow, shift, m_size);
        cv::GaussianBlur(shadow, shadow, cv::Size(0, 0), 8.0);
        cv::Mat darker;
        frame.convertTo(darker, -1, 0.55);
        darker.copyTo(frame, shadow > 96);
        warped.copyTo(frame, warpedMask > 127);
    }
    // Optics and sensor: a slight blur, vignetting, noise that changes every frame.
    cv::GaussianBlur(frame, frame, cv::Size(0, 0), 0.7);
    cv::multiply(frame, m_vignette, frame, 1.0 / 255.0);
    const cv::Mat &field = m_noise[std::size_t(m_rng.uniform(0, int(m_noise.size())))];
    const cv::Rect window(m_rng.uniform(0, kNoiseSlack), m_rng.uniform(0, kNoiseSlack), m_size.width, m_size.height);
    cv::add(frame, field(window), frame, cv::noArray(), CV_8UC3);
    return frame;
}

} // namespace CertDesk::Demo
