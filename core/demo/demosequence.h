// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include "demoscene.h"
#include "issue/issueresult.h"
#include "time/timestamp.h"
#include "verify/reason.h"
#include "verify/verificationreport.h"

namespace CertDesk::Demo {

/// What generate() makes.
struct DemoOptions
{
    /// The instant the demo will be verified at (the GUI passes "now": only the app reads
    /// the clock). Issue and expiry times are chosen around it so that the expected verdicts
    /// hold at this instant (and for the next days). Must lie in [2026-02-01, 2035-12-01],
    /// inside the specimen certificates' validity.
    Timestamp::Millis at = 0;
    QSize frameSize{1280, 720};
    double frameRate = 30.0;
    int emptyFrames = 30;      ///< empty desk before each showing (and at the end): ~1 s
    int framesPerShowing = 45; ///< one certificate in view: ~1.5 s
    /// Each certificate is shown on a phone, then (in a second round) on paper.
    QList<Presentation> presentations{Presentation::Phone, Presentation::Paper};
    int jpegQuality = 90;
    quint64 seed = 20260101; ///< noise and drift; the same seed gives the same frames
};

/// One certificate of the sequence, with what a station must conclude at DemoOptions::at.
struct DemoCertificate
{
    QString id;          ///< "ithc-valid", "dcc-vaccination", "ithc-expired", "ithc-forged", "ithc-positive"
    QString description; ///< one English line
    CertificateFormat format = CertificateFormat::Unknown;
    QByteArray qrText;
    Verdict expectedVerdict = Verdict::Valid;
    QList<ReasonCode> expectedReasons; ///< in order; empty when valid
    bool positiveResult = false;       ///< a valid certificate whose test result is positive

    /// A frame range in which it is in view.
    struct Showing
    {
        Presentation presentation = Presentation::Phone;
        qint64 firstFrame = 0;
        qint64 lastFrame = 0; ///< inclusive
    };
    QList<Showing> showings;
};

/// What generate() wrote (also written as manifest.json).
struct DemoManifest
{
    QString directory;
    QString framePattern; ///< absolute printf pattern ".../frame_%05d.jpg", for VideoCaptureSource::imageSequence
    double frameRate = 30.0;
    qint64 frameCount = 0; ///< frames 0 to frameCount - 1
    QSize frameSize;
    Timestamp::Millis at = 0;
    /// The specimen trust, copied into the directory: pass it to loadTrust(). The GUI shows
    /// a SPECIMEN TRUST banner while it is in use.
    QString trustDirectory;
    QList<DemoCertificate> certificates;

    QJsonObject toJson() const;
};

/**
 * The demo image sequence (`certdesk --demo`, `certdesk-cli issue --demo-sequence DIR`):
 * specimen certificates issued with the specimen keys (Specimens) and filmed as a camera
 * would see them, to be played through the real camera pipeline (VideoCaptureSource::
 * imageSequence → ScanPipeline → Verifier → journal) exactly like a scan.
 *
 * The certificates: a valid ITHC-1 (negative nucleic-acid and IgM tests, ES256), a valid DCC
 * vaccination (ES256), an expired ITHC-1 (SM2-SM3), a forged ITHC-1 (a payload byte changed
 * after signing: signature_invalid) and a valid ITHC-1 with a positive test.
 */
class DemoSequence
{
public:
    /// Writes frame_00000.jpg ... (JPEG, DemoOptions::frameSize), trust/ and manifest.json
    /// into @p directory (created when missing; older frame_*.jpg files there are removed so
    /// the sequence ends where it should). Errors: an instant outside the specimens'
    /// validity, impossible options, a file that cannot be written.
    static Issue::IssueResult<DemoManifest> generate(const QString &directory, const DemoOptions &options);

    /// The name of the manifest file in the directory.
    static QString manifestFileName();
};

} // namespace CertDesk::Demo
