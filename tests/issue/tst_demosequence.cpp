// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The demo sequence, played exactly as the station plays it: the JPEG frames through
// VideoCaptureSource::imageSequence and ScanPipeline, each code found verified against the
// specimen trust copied next to the frames, with the verdicts the manifest promises.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "demo/demosequence.h"
#include "scan/scanpipeline.h"
#include "scan/videocapturesource.h"
#include "station/stationconfig.h"
#include "verify/verifier.h"

using namespace CertDesk;
using namespace CertDesk::Demo;
using namespace Qt::StringLiterals;

namespace {

const Timestamp::Millis kAt = *Timestamp::parseRfc3339(u"2026-06-01T10:00:00Z");

QList<ReasonCode> codes(const VerificationReport &report)
{
    QList<ReasonCode> list;
    for (const Reason &reason : report.reasons)
        list.append(reason.code);
    return list;
}

bool hasPositiveResult(const HealthCertificate &certificate)
{
    for (const NucleicAcidTest &test : certificate.nucleicAcidTests) {
        if (test.result == u"positive")
            return true;
    }
    for (const AntibodyTest &test : certificate.antibodyTests) {
        if (test.result == u"positive")
            return true;
    }
    return false;
}

} // namespace

class TestDemoSequence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoManifest m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        DemoOptions options;
        options.at = kAt;
        // A stale frame beyond the end must not extend the new sequence.
        QFile stale(m_dir.filePath(u"frame_09999.jpg"_s));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        const auto manifest = DemoSequence::generate(m_dir.path(), options);
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.error().message));
        m_manifest = *manifest;
        QVERIFY(!QFile::exists(m_dir.filePath(u"frame_09999.jpg"_s)));
    }

    void manifestDescribesTheSequence()
    {
        // Five certificates, each on a phone and on paper: 1 s of empty desk before each
        // 1.5 s showing at 30 fps, and 1 s at the end.
        QCOMPARE(m_manifest.certificates.size(), 5);
        QCOMPARE(m_manifest.frameCount, qint64(10 * (30 + 45) + 30));
        QCOMPARE(m_manifest.frameSize, QSize(1280, 720));
        QVERIFY(QFile::exists(m_dir.filePath(u"frame_00000.jpg"_s)));
        QVERIFY(QFile::exists(m_dir.filePath(u"frame_%1.jpg"_s.arg(m_manifest.frameCount - 1, 5, 10, QChar(u'0')))));
        QVERIFY(!QFile::exists(m_dir.filePath(u"frame_%1.jpg"_s.arg(m_manifest.frameCount, 5, 10, QChar(u'0')))));

        QFile file(m_dir.filePath(DemoSequence::manifestFileName()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"frame_count"_s).toInteger(), m_manifest.frameCount);
        QCOMPARE(json.value(u"trust"_s).toString(), u"trust"_s);
        const QJsonArray certificates = json.value(u"certificates"_s).toArray();
        QCOMPARE(certificates.size(), 5);
        QSet<QString> verdicts;
        for (const QJsonValue &value : certificates) {
            const QJsonObject certificate = value.toObject();
            QVERIFY(certificate.value(u"text"_s).toString().contains(u':'));
            QCOMPARE(certificate.value(u"showings"_s).toArray().size(), 2);
            verdicts.insert(certificate.value(u"expected_verdict"_s).toString());
        }
        QCOMPARE(verdicts, (QSet<QString>{u"valid"_s, u"invalid"_s}));
    }

    void pipelineReadsAndVerifiesEveryShowing()
    {
        auto source = Scan::VideoCaptureSource::imageSequence(m_manifest.framePattern, m_manifest.frameRate);
        Scan::ScanPipeline pipeline;
        Scan::SourceStatus status = Scan::SourceStatus::NotOpen;
        const QList<Scan::ScanResult> results = pipeline.scanAll(*source, &status);
        QCOMPARE(status, Scan::SourceStatus::EndOfStream);
        QCOMPARE(pipeline.statistics().framesDecoded, m_manifest.frameCount);

        const LoadedTrust trust = loadTrust({m_manifest.trustDirectory}, {});
        QVERIFY(trust.errors.isEmpty());
        const Verifier verifier(trust.store);

        // Every showing is found, inside its own frames, and nothing else is.
        qsizetype showings = 0;
        for (const DemoCertificate &certificate : std::as_const(m_manifest.certificates)) {
            for (const DemoCertificate::Showing &showing : certificate.showings) {
                ++showings;
                bool found = false;
                for (const Scan::ScanResult &result : results) {
                    found = found
                            || (result.text.toLatin1() == certificate.qrText && result.frameIndex >= showing.firstFrame
                                && result.frameIndex <= showing.lastFrame);
                }
                QVERIFY2(found, qPrintable(u"%1 on %2"_s.arg(certificate.id, presentationName(showing.presentation))));
            }
        }
        QCOMPARE(results.size(), showings);

        for (const Scan::ScanResult &result : results) {
            const DemoCertificate *expected = nullptr;
            for (const DemoCertificate &certificate : std::as_const(m_manifest.certificates)) {
                if (certificate.qrText == result.text.toLatin1())
                    expected = &certificate;
            }
            QVERIFY(expected);
            const VerificationReport report = verifier.verify(result.text.toLatin1(), m_manifest.at);
            QCOMPARE(report.verdict(), expected->expectedVerdict);
            QCOMPARE(codes(report), expected->expectedReasons);
            if (report.certificate)
                QCOMPARE(hasPositiveResult(*report.certificate), expected->positiveResult);
        }
    }

    void expectationsCoverTheDemoCases()
    {
        QHash<QString, QList<ReasonCode>> reasons;
        for (const DemoCertificate &certificate : std::as_const(m_manifest.certificates))
            reasons.insert(certificate.id, certificate.expectedReasons);
        QCOMPARE(reasons.value(u"ithc-valid"_s), QList<ReasonCode>());
        QCOMPARE(reasons.value(u"dcc-vaccination"_s), QList<ReasonCode>());
        QCOMPARE(reasons.value(u"ithc-expired"_s), QList<ReasonCode>{ReasonCode::Expired});
        QCOMPARE(reasons.value(u"ithc-forged"_s), QList<ReasonCode>{ReasonCode::SignatureInvalid});
        QCOMPARE(reasons.value(u"ithc-positive"_s), QList<ReasonCode>());
    }

    void refusesAnInstantOutsideTheSpecimenValidity()
    {
        QTemporaryDir dir;
        DemoOptions options;
        options.at = *Timestamp::parseRfc3339(u"2025-06-01T00:00:00Z");
        QVERIFY(!DemoSequence::generate(dir.path(), options));
        options.at = kAt;
        options.framesPerShowing = 0;
        QVERIFY(!DemoSequence::generate(dir.path(), options));
    }
};

QTEST_GUILESS_MAIN(TestDemoSequence)
#include "tst_demosequence.moc"
