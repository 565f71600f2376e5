// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// certdesk: the station window. The camera comes from the settings (or --camera), a video
// file or image sequence can stand in for it (--source), and --demo plays generated specimen
// certificates through the same pipeline. --report-json and --screenshot exist so that the
// window's targets and its looks can be measured by scripts, headless included.
#include "journal/journalwindow.h"
#include "mainwindow/mainwindow.h"
#include "station/stationcontroller.h"
#include "station/stationjournal.h"
#include "station/stationsettings.h"
#include "station/verificationworker.h"
#include "widgets/previewwidget.h"

#include "demo/demosequence.h"
#include "demo/specimens.h"
#include "journal/journalwriter.h"
#include "scan/cameralist.h"
#include "scan/videocapturesource.h"
#include "station/stationconfig.h"
#include "trust/revocationloader.h"
#include "time/timestamp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QPointer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <opencv2/core/utils/logger.hpp>

#include <algorithm>
#include <cstdio>

namespace {

using namespace CertDesk;

double percentile(std::vector<double> values, double share)
{
    if (values.empty())
        return -1.0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(share * double(values.size())))];
}

// Resident set size in MiB from /proc (Linux); -1 elsewhere.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1.0;
}

// Which trust the verdicts rest on, for the journal: a digest of the trust files' names,
// sizes and modification times (a signed bundle's own version replaces it once bundles exist).
QString trustVersionOf(const QStringList &paths)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        hash.addData(QStringLiteral("%1|%2|%3\n")
                         .arg(info.absoluteFilePath())
                         .arg(info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch())
                         .toUtf8());
    }
    return paths.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(hash.result().toHex().left(16));
}

// The demo sequence in @p directory when it was made for an instant within six hours of @p at
// and all its frames are there.
std::optional<Demo::DemoManifest> cachedDemo(const QString &directory, Timestamp::Millis at)
{
    QFile file(QDir(directory).filePath(Demo::DemoSequence::manifestFileName()));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const std::optional<Timestamp::Millis> madeFor = Timestamp::parseRfc3339(json.value(u"verify_at").toString());
    const QString pattern = json.value(u"frame_pattern").toString();
    const qint64 frames = json.value(u"frame_count").toInteger();
    constexpr Timestamp::Millis sixHours = 6 * 3600 * 1000;
    if (!madeFor || std::abs(*madeFor - at) > sixHours || !pattern.startsWith(u"frame_%0") || frames <= 0
        || frames > 100000)
        return std::nullopt;
    Demo::DemoManifest manifest;
    manifest.directory = directory;
    manifest.framePattern = QDir(directory).filePath(pattern);
    manifest.frameRate = json.value(u"frame_rate").toDouble(30.0);
    manifest.frameCount = frames;
    manifest.at = *madeFor;
    if (!QFile::exists(QString::asprintf(qPrintable(manifest.framePattern), int(frames - 1))))
        return std::nullopt;
    return manifest;
}

// Generates the demo sequence (about 10 s of work) off the GUI thread into the cache folder,
// then plays it as the camera; @p loop restarts it at its end.
void startDemo(Ui::MainWindow &window, Timestamp::Millis at, bool loop)
{
    window.preview()->setIdleMessage(QApplication::translate("main", "Preparing the demonstration…"));
    const QString directory = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                  .filePath(QStringLiteral("demo"));
    QPointer<Ui::MainWindow> target(&window);
    QThread *worker = QThread::create([target, directory, at, loop] {
        Demo::DemoOptions options;
        options.at = at;
        // A sequence made in the last hours still holds its verdicts: play it again instead of
        // spending ten seconds making it anew (start to preview stays well under 2 s).
        std::optional<Demo::DemoManifest> reused = cachedDemo(directory, at);
        const Issue::IssueResult<Demo::DemoManifest> made
            = reused ? Issue::IssueResult<Demo::DemoManifest>(*reused) : Demo::DemoSequence::generate(directory, options);
        QMetaObject::invokeMethod(qApp, [target, made, loop] {
            if (!target)
                return;
            if (!made) {
                target->preview()->setIdleMessage(
                    QApplication::translate("main", "The demonstration could not be prepared: %1").arg(made.error().message));
                return;
            }
            const Demo::DemoManifest manifest = made.value();
            auto play = [target, manifest] {
                if (target)
                    target->startSource(Scan::VideoCaptureSource::imageSequence(manifest.framePattern, manifest.frameRate));
            };
            play();
            if (loop) {
                QObject::connect(target->controller(), &Ui::StationController::sourceFinished, target,
                                 [play](Scan::SourceStatus status) {
                                     if (status == Scan::SourceStatus::EndOfStream)
                                         QTimer::singleShot(0, qApp, play);
                                 });
            }
        });
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

std::unique_ptr<Scan::FrameSource> sourceFor(const QString &location, double frameRate)
{
    if (location.contains(u'%'))
        return Scan::VideoCaptureSource::imageSequence(location, frameRate > 0 ? frameRate : 30.0);
    return Scan::VideoCaptureSource::videoFile(location);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // OpenCV warns on stderr when an image sequence ends (it tries the next file): quiet.
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationName(QStringLiteral("certdesk"));
    QApplication::setApplicationVersion(QStringLiteral(CERTDESK_VERSION));
    const qint64 startedAtMs = Ui::steadyNowMs();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CertDesk verification station"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption trustOption(QStringLiteral("trust"),
                                         QApplication::translate("main", "Trust material (repeatable)."),
                                         QStringLiteral("path"));
    const QCommandLineOption listKeyOption(QStringLiteral("trust-list-key"),
                                           QApplication::translate("main", "Key that signs the DSC list."),
                                           QStringLiteral("pem"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"),
                                         QApplication::translate("main", "Full screen, large type, no menus."));
    const QCommandLineOption cameraOption(QStringLiteral("camera"),
                                          QApplication::translate("main", "Camera by name or index."),
                                          QStringLiteral("camera"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        QApplication::translate("main", "Play a video file or image sequence (frames/%04d.png) as the camera."),
        QStringLiteral("path"));
    const QCommandLineOption fpsOption(QStringLiteral("fps"),
                                       QApplication::translate("main", "Frame rate of an image sequence (30)."),
                                       QStringLiteral("fps"), QStringLiteral("30"));
    const QCommandLineOption privacyOption(QStringLiteral("privacy-timeout"),
                                           QApplication::translate("main", "Seconds the details stay on screen."),
                                           QStringLiteral("seconds"));
    const QCommandLineOption quitOption(QStringLiteral("quit-at-end"),
                                        QApplication::translate("main", "Quit when the --source has been played."));
    const QCommandLineOption reportOption(
        QStringLiteral("report-json"),
        QApplication::translate("main", "At exit, write verdicts, latencies, preview rate and memory as JSON."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save the window as PNG, then quit."),
                                              QStringLiteral("png"));
    const QCommandLineOption screenshotAfterOption(
        QStringLiteral("screenshot-after"),
        QApplication::translate("main", "Take the screenshot this many ms after the first verdict (800)."),
        QStringLiteral("ms"), QStringLiteral("800"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Play generated specimen certificates through the camera pipeline, with "
                                        "specimen trust (also when no camera is found)."));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QApplication::translate("main", "The journal database (default: the station's, as certdesk-cli's)."),
        QStringLiteral("path"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        QApplication::translate("main", "Verify as of this instant (RFC 3339), for training and replays."),
        QStringLiteral("time"));
    parser.addOptions({demoOption, journalOption, atOption, trustOption, listKeyOption, kioskOption, cameraOption, sourceOption, fpsOption, privacyOption,
                       quitOption, reportOption, screenshotOption, screenshotAfterOption});
    parser.process(app);

    Ui::StationSettings settings = Ui::StationSettings::load();
    // Every journal row names a station and an operator: the machine and the logged-in user
    // until the settings name them.
    if (settings.stationName.isEmpty())
        settings.stationName = QSysInfo::machineHostName();
    if (settings.operatorName.isEmpty())
        settings.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    QTranslator translator;
    const QLocale locale = settings.language.isEmpty() ? QLocale() : QLocale(settings.language);
    if (translator.load(locale, QStringLiteral("certdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (locale.textDirection() == Qt::RightToLeft)
        QApplication::setLayoutDirection(Qt::RightToLeft);

    // The demo: --demo, or no camera and no --source/--camera (how a new user first sees the
    // station). It plays specimen certificates with SPECIMEN trust only, into a journal of its
    // own unless --journal names one, so training never mixes with real records.
    const QList<Scan::CameraInfo> cameras = Scan::CameraList::available();
    const bool demo = parser.isSet(demoOption)
                      || (!parser.isSet(sourceOption) && !parser.isSet(cameraOption) && cameras.isEmpty());

    // Trust: --trust overrides the station's configured store; the demo trusts the specimens.
    const StationConfig config = StationConfig::load();
    QStringList trustPaths = parser.values(trustOption);
    if (demo)
        trustPaths = QStringList{Demo::Specimens::trustDirectory()};
    else if (trustPaths.isEmpty())
        trustPaths = config.trustPaths;
    // The installed trust bundle counts only for the station's own trust (no --trust, no demo).
    const bool stationTrust = !demo && parser.values(trustOption).isEmpty();
    const LoadedTrust trust
        = loadTrust(trustPaths, parser.isSet(listKeyOption) ? parser.value(listKeyOption) : config.listSigningKey,
                    config.bundlePins, stationTrust ? config.bundleDirectory : QString());
    // Revocation: the configured lists, the trust bundles' lists and the local blocklist (the
    // demo has a blocklist of its own, beside its journal).
    const QString blocklistPath = demo ? QFileInfo(Journal::Journal::defaultPath()).dir().filePath(QStringLiteral("demo-blocklist.json"))
                                       : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                             + QStringLiteral("/revocation/blocklist.json");
    const auto loadStationRevocation = [&trust, blocklistPath, demo] {
        QStringList paths = demo ? QStringList() : StationConfig::load().revocationPaths;
        if (QFileInfo::exists(blocklistPath) && !paths.contains(QFileInfo(blocklistPath).absolutePath()))
            paths.append(blocklistPath);
        return loadRevocation(paths, demo ? QList<TrustBundle::Entry>() : trust.bundleExtras);
    };
    const LoadedRevocation revocation = loadStationRevocation();

    if (parser.isSet(privacyOption))
        settings.privacyTimeoutSeconds = std::clamp(parser.value(privacyOption).toInt(),
                                                    Ui::StationSettings::minPrivacyTimeoutSeconds,
                                                    Ui::StationSettings::maxPrivacyTimeoutSeconds);
    Ui::MainWindow::Options options;
    options.kiosk = parser.isSet(kioskOption);
    options.specimenTrust = demo;
    options.settings = settings;
    options.trustSummary = trust.summary;
    options.trustAgeLimits = config.trustAge;
    options.blocklistPath = blocklistPath;
    std::function<Timestamp::Millis()> clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    if (parser.isSet(atOption)) {
        const std::optional<Timestamp::Millis> at = Timestamp::parseRfc3339(parser.value(atOption));
        if (!at) {
            std::fprintf(stderr, "certdesk: --at needs an RFC 3339 time, such as 2026-05-01T08:00:00Z\n");
            return 2;
        }
        clock = [at = *at] { return at; };
    }
    Ui::MainWindow window(trust.store, clock, options);
    // A list that cannot be read must never count as "not revoked": the station then checks
    // revocation against nothing and says so (below), rather than pretending.
    if (revocation.errors.isEmpty())
        window.controller()->setRevocation(revocation.store);
    window.show();

    // The journal: every verification is written on the writer's thread; the status bar says
    // when the last one committed, and says so loudly when the journal cannot be written.
    const QString journalPath = parser.isSet(journalOption) ? parser.value(journalOption)
                                : demo ? QFileInfo(Journal::Journal::defaultPath()).dir().filePath(QStringLiteral("demo-journal.sqlite"))
                                       : Journal::Journal::defaultPath();
    Ui::StationJournal journal(journalPath, trust.summary.fromBundle ? QStringLiteral("bundle-v%1").arg(trust.summary.version)
                                                                     : trustVersionOf(trustPaths));
    if (journal.isOpen()) {
        window.setJournalStatus(QApplication::translate("main", "Journal: %1").arg(journalPath), true);
    } else {
        window.setJournalStatus(QApplication::translate("main", "NOT JOURNALED: %1").arg(journal.openError()), false);
        QMessageBox::warning(&window, QApplication::translate("main", "Journal"),
                             QApplication::translate("main", "The journal cannot be written, so verifications will "
                                                             "not be recorded:\n%1")
                                 .arg(journal.openError()));
    }
    journal.attach(window.controller(), settings);
    if (journal.isOpen()) {
        // Retention (settings, default 90 days): older rows go, the cut keeps the chain verifiable.
        const Journal::Outcome<Journal::PurgeReport> purged = journal.applyRetention(settings.journalRetentionDays, clock());
        if (!purged) {
            window.setJournalStatus(QApplication::translate("main", "Journal retention failed: %1").arg(purged.error().message),
                                    false);
        } else if (purged->rowsPurged > 0) {
            window.statusBar()->showMessage(
                QApplication::translate("main", "%n journal row(s) older than the retention period removed.", nullptr,
                                        int(purged->rowsPurged)),
                10000);
        }
    }
    QObject::connect(&journal, &Ui::StationJournal::journaled, &window,
                     [&window](quint64, bool ok, qint64 rowId, const QString &error) {
                         window.setJournalStatus(ok ? QApplication::translate("main", "Journaled as row %1").arg(rowId)
                                                    : QApplication::translate("main", "NOT JOURNALED: %1").arg(error),
                                                 ok);
                     });
    QPointer<Ui::JournalWindow> journalWindow;
    QObject::connect(&window, &Ui::MainWindow::journalRequested, &window, [&] {
        if (!journalWindow)
            journalWindow = new Ui::JournalWindow(journalPath, &window);
        journalWindow->setWindowFlag(Qt::Window);
        journal.flush();
        journalWindow->refresh();
        journalWindow->show();
        journalWindow->raise();
    });
    // Blocking from the details view: journaled with who and why, then the lists reloaded.
    QObject::connect(&window, &Ui::MainWindow::certificateBlocked, &window,
                     [&window, &journal, &settings, clock, loadStationRevocation](const VerificationReport &report, const QString &reason) {
                         const QString error = journal.journalBlocklistAddition(report, reason, settings, clock());
                         if (!error.isEmpty())
                             QMessageBox::warning(&window, QApplication::translate("main", "Journal"),
                                                  QApplication::translate("main", "The block was saved but could not be journaled:\n%1").arg(error));
                         const LoadedRevocation reloaded = loadStationRevocation();
                         if (reloaded.errors.isEmpty())
                             window.controller()->setRevocation(reloaded.store);
                     });
    if (!revocation.errors.isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("main", "Revocation lists"),
                             QApplication::translate("main", "Some revocation lists could not be loaded, so revocation is "
                                                             "not checked:\n%1")
                                 .arg(revocation.errors.join(u'\n')));
    }
    if (!trust.errors.isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("main", "Trust material"),
                             QApplication::translate("main", "Some trust material could not be loaded:\n%1")
                                 .arg(trust.errors.join(u'\n')));
    }

    // The camera: --source, else the demo, else --camera or the configured one, else the first found.
    if (demo) {
        startDemo(window, clock(), !parser.isSet(quitOption));
    } else if (parser.isSet(sourceOption)) {
        window.startSource(sourceFor(parser.value(sourceOption), parser.value(fpsOption).toDouble()));
    } else {
        const QString spec = parser.isSet(cameraOption) ? parser.value(cameraOption) : settings.camera;
        const std::optional<Scan::CameraInfo> camera
            = spec.isEmpty() ? (cameras.isEmpty() ? std::nullopt : std::optional(cameras.first()))
                             : Scan::CameraList::find(spec, cameras);
        if (camera) {
            Scan::CameraSettings cameraSettings;
            cameraSettings.resolution = settings.cameraResolution;
            cameraSettings.frameRate = 30;
            if (settings.torch)
                cameraSettings.torch = true;
            window.startSource(Scan::VideoCaptureSource::camera(camera->index, cameraSettings, camera->name));
        } else {
            window.preview()->setIdleMessage(
                QApplication::translate("main", "Camera %1 not found. Scan with a hand-held scanner, paste a code, or "
                                                "open certificate files (File > Open).")
                    .arg(spec));
        }
    }

    if (parser.isSet(quitOption)) {
        QObject::connect(window.controller(), &Ui::StationController::sourceFinished, &app, [] {
            // Let the last verdicts arrive and paint.
            QTimer::singleShot(1500, qApp, &QApplication::quit);
        });
    }
    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        const int after = parser.value(screenshotAfterOption).toInt();
        auto take = [&window, path, after] {
            QTimer::singleShot(after, &window, [&window, path] {
                const bool saved = window.grab().save(path);
                std::fprintf(stderr, "certdesk: screenshot %s %s\n", qPrintable(path), saved ? "saved" : "NOT saved");
                QApplication::exit(saved ? 0 : 1);
            });
        };
        // After the first verdict when a source plays; otherwise once the window is up.
        if (parser.isSet(sourceOption))
            QObject::connect(&window, &Ui::MainWindow::verdictShown, &window, take, Qt::SingleShotConnection);
        else if (demo)
            QObject::connect(&window, &Ui::MainWindow::verdictShown, &window, take, Qt::SingleShotConnection);
        else
            take();
    }

    // Measurements for --report-json: preview frame rate sampled every second while a source runs.
    std::vector<double> previewRates;
    double peakResidentMiB = residentMiB();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &window, [&] {
        if (window.controller()->isScanning() && window.preview()->framesShown() > 30)
            previewRates.push_back(window.preview()->framesPerSecond());
        peakResidentMiB = std::max(peakResidentMiB, residentMiB());
    });
    sampler.start(1000);
    QJsonArray verdicts;
    QObject::connect(&window, &Ui::MainWindow::verdictShown, &window, [&](const Ui::StationVerification &v) {
        verdicts.append(QJsonObject{{QStringLiteral("verdict"), verdictName(v.report.verdict())},
                                    {QStringLiteral("input"), Ui::inputChannelName(v.input.channel)},
                                    {QStringLiteral("format"), formatName(v.report.format)},
                                    {QStringLiteral("frame_index"), double(v.input.frameIndex)},
                                    {QStringLiteral("latency_ms"), window.verdictLatenciesMs().back()}});
    });

    const int status = QApplication::exec();

    if (parser.isSet(reportOption)) {
        const std::vector<double> &latencies = window.verdictLatenciesMs();
        const QJsonObject report{
            {QStringLiteral("verifications"), verdicts},
            {QStringLiteral("verdict_latency_median_ms"), percentile(latencies, 0.5)},
            {QStringLiteral("verdict_latency_p95_ms"), percentile(latencies, 0.95)},
            {QStringLiteral("start_to_preview_ms"),
             window.firstPreviewFrameAtMs() < 0 ? -1.0 : double(window.firstPreviewFrameAtMs() - startedAtMs)},
            {QStringLiteral("preview_fps_median"), percentile(previewRates, 0.5)},
            {QStringLiteral("preview_fps_min"), percentile(previewRates, 0.0)},
            {QStringLiteral("resident_peak_mib"), peakResidentMiB},
            {QStringLiteral("frames_decoded"), double(window.controller()->pipelineStatistics().framesDecoded)},
        };
        QSaveFile file(parser.value(reportOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson()) < 0 || !file.commit())
            std::fprintf(stderr, "certdesk: cannot write %s\n", qPrintable(parser.value(reportOption)));
    }
    return status;
}
