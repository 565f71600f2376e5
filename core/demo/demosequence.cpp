// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "demosequence.h"

#include <vector>

#include <opencv2/imgcodecs.hpp>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include "issue/issuer.h"
#include "issue/issuerequest.h"
#include "scan/qrencoder.h"
#include "specimens.h"

namespace CertDesk::Demo {

namespace {

using namespace Qt::StringLiterals;
using Issue::IssueError;

constexpr Timestamp::Millis kHour = 3600 * 1000;
constexpr Timestamp::Millis kDay = 24 * kHour;

// The specimen certificates are valid 2026-01-01 to 2036-01-01 (resources/specimens): the
// expired specimen is issued 20 days before `at`, and the others expire a year after it.
const Timestamp::Millis kEarliestAt = *Timestamp::parseRfc3339(u"2026-02-01T00:00:00Z");
const Timestamp::Millis kLatestAt = *Timestamp::parseRfc3339(u"2035-12-01T00:00:00Z");

struct Plan
{
    DemoCertificate certificate;
    Specimens::Signer signer;
    Issue::IssueRequest request;
    Issue::Tamper tamper = Issue::Tamper::None;
};

QList<Plan> plans(Timestamp::Millis at)
{
    QList<Plan> list;
    auto add = [&](QString id, QString description, Specimens::Signer signer, CertificateFormat format,
                   Issue::Kind kind, Timestamp::Millis iat, Timestamp::Millis exp) -> Plan & {
        Plan plan;
        plan.certificate.id = std::move(id);
        plan.certificate.description = std::move(description);
        plan.certificate.format = format;
        plan.signer = signer;
        plan.request.format = format;
        plan.request.kind = kind;
        plan.request.issuedAt = iat;
        plan.request.expiresAt = exp;
        list.append(plan);
        return list.last();
    };
    // Whole minutes, so that the printed times are tidy.
    const Timestamp::Millis now = at - at % 60000;
    add(u"ithc-valid"_s, u"ITHC-1, negative nucleic-acid and IgM tests, ES256: valid"_s, Specimens::Signer::IthcEs256,
        CertificateFormat::Ithc, Issue::Kind::BothTests, now - 2 * kHour, now + 14 * kDay);
    add(u"dcc-vaccination"_s, u"EU DCC vaccination, ES256: valid"_s, Specimens::Signer::DccEs256,
        CertificateFormat::Dcc, Issue::Kind::Vaccination, now - kDay, now + 365 * kDay);
    Plan &expired = add(u"ithc-expired"_s, u"ITHC-1, negative nucleic-acid test, SM2-SM3, expired 6 days ago"_s,
                        Specimens::Signer::IthcSm2, CertificateFormat::Ithc, Issue::Kind::NucleicAcidTest,
                        now - 20 * kDay, now - 6 * kDay);
    expired.certificate.expectedVerdict = Verdict::Invalid;
    expired.certificate.expectedReasons = {ReasonCode::Expired};
    Plan &forged = add(u"ithc-forged"_s, u"ITHC-1 whose date of birth was changed after signing: forged"_s,
                       Specimens::Signer::IthcEs256, CertificateFormat::Ithc, Issue::Kind::BothTests, now - 3 * kHour,
                       now + 14 * kDay);
    forged.tamper = Issue::Tamper::PayloadAfterSigning;
    forged.certificate.expectedVerdict = Verdict::Invalid;
    forged.certificate.expectedReasons = {ReasonCode::SignatureInvalid};
    Plan &positive = add(u"ithc-positive"_s, u"ITHC-1, positive nucleic-acid test: valid, but positive"_s,
                         Specimens::Signer::IthcEs256, CertificateFormat::Ithc, Issue::Kind::NucleicAcidTest,
                         now - kHour, now + 14 * kDay);
    positive.request.positive = true;
    positive.certificate.positiveResult = true;
    return list;
}

std::optional<QString> checkOptions(const DemoOptions &options)
{
    if (options.at < kEarliestAt || options.at > kLatestAt)
        return u"the demo instant %1 lies outside 2026-02-01 to 2035-12-01, where the specimen keys are valid"_s.arg(
            Timestamp::formatRfc3339(options.at));
    if (options.frameSize.width() < 640 || options.frameSize.height() < 360)
        return u"frames must be at least 640x360"_s;
    if (options.frameRate <= 0 || options.emptyFrames < 0 || options.framesPerShowing < 1
        || options.presentations.isEmpty())
        return u"the frame rate, frame counts and presentations must be positive"_s;
    if (options.jpegQuality < 1 || options.jpegQuality > 100)
        return u"the JPEG quality must be 1 to 100"_s;
    return std::nullopt;
}

// Old frames would extend the sequence: VideoCapture reads on while the next index exists.
void removeOldFrames(QDir dir)
{
    for (const QString &name : dir.entryList({u"frame_*.jpg"_s}, QDir::Files))
        dir.remove(name);
}

QStringList phoneLines(const HealthCertificate &certificate)
{
    const Holder &holder = certificate.holder;
    QStringList lines{holder.familyNameLatin + u", "_s + holder.givenNameLatin, u"born "_s + holder.dateOfBirth};
    if (!certificate.expiresAt)
        return lines;
    lines.append(u"valid until "_s + Timestamp::formatRfc3339(*certificate.expiresAt).left(10));
    return lines;
}

QJsonObject showingJson(const DemoCertificate::Showing &showing)
{
    return QJsonObject{{u"presentation"_s, presentationName(showing.presentation)},
                       {u"first_frame"_s, showing.firstFrame},
                       {u"last_frame"_s, showing.lastFrame}};
}

} // namespace

QString DemoSequence::manifestFileName()
{
    return u"manifest.json"_s;
}

QJsonObject DemoManifest::toJson() const
{
    QJsonArray certificateArray;
    for (const DemoCertificate &certificate : certificates) {
        QJsonArray reasons;
        for (const ReasonCode code : certificate.expectedReasons)
            reasons.append(reasonCodeName(code));
        QJsonArray showingArray;
        for (const DemoCertificate::Showing &showing : certificate.showings)
            showingArray.append(showingJson(showing));
        certificateArray.append(QJsonObject{{u"id"_s, certificate.id},
                                            {u"description"_s, certificate.description},
                                            {u"format"_s, formatName(certificate.format)},
                                            {u"text"_s, QString::fromLatin1(certificate.qrText)},
                                            {u"expected_verdict"_s, verdictName(certificate.expectedVerdict)},
                                            {u"expected_reasons"_s, reasons},
                                            {u"positive_result"_s, certificate.positiveResult},
                                            {u"showings"_s, showingArray}});
    }
    return QJsonObject{{u"specimen"_s, true},
                       {u"frame_pattern"_s, QFileInfo(framePattern).fileName()},
                       {u"frame_rate"_s, frameRate},
                       {u"frame_count"_s, frameCount},
                       {u"frame_size"_s, QJsonArray{frameSize.width(), frameSize.height()}},
                       {u"verify_at"_s, Timestamp::formatRfc3339(at)},
                       {u"trust"_s, QDir(directory).relativeFilePath(trustDirectory)},
                       {u"certificates"_s, certificateArray}};
}

Issue::IssueResult<DemoManifest> DemoSequence::generate(const QString &directory, const DemoOptions &options)
{
    if (const auto problem = checkOptions(options))
        return IssueError{*problem};
    const QDir dir(directory);
    if (!dir.mkpath(u"."_s))
        return IssueError{u"%1: cannot create the folder"_s.arg(directory)};
    removeOldFrames(dir);

    DemoManifest manifest;
    manifest.directory = dir.absolutePath();
    manifest.framePattern = dir.absoluteFilePath(u"frame_%05d.jpg"_s);
    manifest.frameRate = options.frameRate;
    manifest.frameSize = options.frameSize;
    manifest.at = options.at;
    manifest.trustDirectory = dir.absoluteFilePath(u"trust"_s);
    if (const auto copied = Specimens::copyTrust(manifest.trustDirectory); !copied)
        return copied.error();

    // Issue every certificate first: a key problem fails before any frame is written.
    const QList<Plan> planned = plans(options.at);
    QList<HealthCertificate> contents;
    for (const Plan &plan : planned) {
        auto key = Specimens::signingKey(plan.signer);
        if (!key)
            return key.error();
        const Issue::Issuer issuer(*key);
        const auto issued = issuer.issue(plan.request.certificate(), plan.tamper);
        if (!issued)
            return issued.error();
        DemoCertificate certificate = plan.certificate;
        certificate.qrText = issued->qrText;
        manifest.certificates.append(certificate);
        contents.append(issued->certificate);
    }

    DemoScene scene(cv::Size(options.frameSize.width(), options.frameSize.height()), options.seed);
    const std::vector<int> jpeg{cv::IMWRITE_JPEG_QUALITY, options.jpegQuality};
    qint64 frameIndex = 0;
    auto writeFrame = [&](const cv::Mat &frame) -> std::optional<QString> {
        const QString path = QString::asprintf("%s/frame_%05lld.jpg", qPrintable(manifest.directory), frameIndex);
        std::vector<uchar> bytes;
        if (!cv::imencode(".jpg", frame, bytes, jpeg))
            return u"JPEG encoding failed"_s;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(bytes.data()), qint64(bytes.size())) != qint64(bytes.size()))
            return u"%1: %2"_s.arg(path, file.errorString());
        ++frameIndex;
        return std::nullopt;
    };
    auto writeEmpty = [&]() -> std::optional<QString> {
        for (int i = 0; i < options.emptyFrames; ++i) {
            if (auto error = writeFrame(scene.compose(nullptr, 0.0)))
                return error;
        }
        return std::nullopt;
    };

    for (const Presentation presentation : options.presentations) {
        for (qsizetype c = 0; c < manifest.certificates.size(); ++c) {
            DemoCertificate &certificate = manifest.certificates[c];
            const HealthCertificate &content = contents.at(c);
            // ITHC-1 §1 allows M or Q, the EU guidelines ask Q for DCCs: Q for both, the more robust.
            const cv::Mat modules =
                Scan::QrEncoder::encode(certificate.qrText, Scan::QrEncoder::ErrorCorrection::Quartile);
            if (modules.empty())
                return IssueError{u"%1: the QR text does not fit a QR code"_s.arg(certificate.id)};
            const SceneItem item = presentation == Presentation::Phone
                                       ? scene.phone(modules, content.format == CertificateFormat::Dcc ? u"EU DCC"_s : u"ITHC-1"_s,
                                                     phoneLines(content))
                                       : scene.paper(modules, Issue::paperTitle(content.format),
                                                     Issue::paperFields(content), true);
            if (auto error = writeEmpty())
                return IssueError{*error};
            DemoCertificate::Showing showing{presentation, frameIndex, frameIndex + options.framesPerShowing - 1};
            for (int i = 0; i < options.framesPerShowing; ++i) {
                if (auto error = writeFrame(scene.compose(&item, double(i) / options.framesPerShowing)))
                    return IssueError{*error};
            }
            certificate.showings.append(showing);
        }
    }
    if (auto error = writeEmpty())
        return IssueError{*error};
    manifest.frameCount = frameIndex;

    QFile file(dir.filePath(manifestFileName()));
    const QByteArray json = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        return IssueError{u"%1: %2"_s.arg(file.fileName(), file.errorString())};
    return manifest;
}

} // namespace CertDesk::Demo
