// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "reasontext.h"
#include "review/reviewwindow.h"
#include "settings/settingsdialog.h"
#include "station/stationcontroller.h"
#include "trust/revocationblocklist.h"
#include "trust/trustwindow.h"
#include "widgets/detailsview.h"
#include "widgets/previewwidget.h"
#include "widgets/verdictpanel.h"
#include "widgets/verdictsound.h"

#include "inputreader.h"
#include "scan/qrdecoder.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QScreen>
#include <QStatusBar>
#include <QThread>
#include <QVBoxLayout>

#include <opencv2/core/mat.hpp>

namespace CertDesk::Ui {

namespace {

// The codes of a pasted or dropped picture, read as a still (no camera budget).
QList<QByteArray> codesInImage(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    if (gray.isNull())
        return {};
    const cv::Mat mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                      size_t(gray.bytesPerLine()));
    Scan::DecoderOptions options;
    options.secondPassBudgetMs = 250;
    QList<QByteArray> texts;
    for (const Scan::DecodedCode &code : Scan::QrDecoder(options).decode(mat))
        texts.append(code.binary ? code.bytes : code.text.toUtf8());
    return texts;
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock,
                       QWidget *parent)
    : MainWindow(std::move(trust), std::move(clock), Options{}, parent)
{
}

MainWindow::MainWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock,
                       Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_trust(trust)
    , m_clock(std::move(clock))
    , m_options(std::move(options))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CertDesk"));
    setAcceptDrops(true);
    m_controller = new StationController(m_trust, m_clock, this);
    m_sound = new VerdictSound(this);
    m_sound->setEnabled(m_options.settings.sounds);
    buildUi();
    buildMenus();

    connect(m_controller, &StationController::verified, this, &MainWindow::showVerification);
    connect(m_controller, &StationController::partialCode, this, [this](int index, int total) {
        statusBar()->showMessage(tr("SMART Health Card part %1 of %2 read; show the next part.").arg(index).arg(total),
                                 5000);
    });
    connect(m_controller, &StationController::sourceFinished, this, [this](Scan::SourceStatus status) {
        if (status == Scan::SourceStatus::EndOfStream || status == Scan::SourceStatus::Ok) {
            m_preview->setIdleMessage(tr("The video has ended."));
        } else {
            m_preview->setIdleMessage(tr("The camera stopped delivering pictures (%1). Check its cable, then restart "
                                         "CertDesk.")
                                          .arg(Scan::sourceStatusCode(status)));
            m_preview->setFrameProvider({});
        }
        updateStatus();
    });
    connect(m_controller, &StationController::serialScannerError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    m_privacyTimer.setSingleShot(true);
    setPrivacyTimeoutMs(m_options.settings.privacyTimeoutSeconds * 1000);
    connect(&m_privacyTimer, &QTimer::timeout, this, &MainWindow::clearDetails);
    m_statusTimer.setInterval(500);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    m_controller->setWedgeEnabled(true);
    m_controller->setTrustAge(m_options.trustSummary, m_options.trustAgeLimits);
    if (!m_options.settings.policy.isEmpty())
        m_controller->setPolicy(Policy::EntryPolicy::builtIn(m_options.settings.policy));
    if (!m_options.settings.serialPort.isEmpty()) {
        const QString problem
            = m_controller->openSerialScanner(m_options.settings.serialPort, m_options.settings.serialBaudRate);
        if (!problem.isEmpty())
            statusBar()->showMessage(problem, 10000);
    }
    setKiosk(m_options.kiosk);
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The controller's threads stop before the widgets they report to go away.
    delete m_controller;
    m_controller = nullptr;
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_specimenBanner = new QLabel(
        tr("SPECIMEN TRUST – this station trusts demonstration keys only. Its verdicts mean nothing for travel."),
        central);
    m_specimenBanner->setObjectName(QStringLiteral("specimenBanner"));
    m_specimenBanner->setAlignment(Qt::AlignCenter);
    m_specimenBanner->setWordWrap(true);
    m_specimenBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #ffd500; color: #000; font-weight: bold; padding: 6px; border: 3px dashed #000; }"));
    m_specimenBanner->setVisible(m_options.specimenTrust);
    layout->addWidget(m_specimenBanner);

    m_trustBanner = new QLabel(central);
    m_trustBanner->setObjectName(QStringLiteral("trustBanner"));
    m_trustBanner->setAccessibleName(tr("Trust list warning"));
    m_trustBanner->setAlignment(Qt::AlignCenter);
    m_trustBanner->setWordWrap(true);
    m_trustBanner->setVisible(false);
    layout->addWidget(m_trustBanner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_preview = new PreviewWidget(left);
    leftLayout->addWidget(m_preview, 1);
    m_inputLineEdit = new QLineEdit(left);
    m_inputLineEdit->setObjectName(QStringLiteral("qrTextLineEdit"));
    m_inputLineEdit->setPlaceholderText(tr("Paste or type a certificate's QR text, then press Enter"));
    m_inputLineEdit->setAccessibleName(tr("QR text"));
    m_inputLineEdit->setClearButtonEnabled(true);
    leftLayout->addWidget(m_inputLineEdit);
    connect(m_inputLineEdit, &QLineEdit::returnPressed, this, [this] {
        const QByteArray text = m_inputLineEdit->text().trimmed().toUtf8();
        m_inputLineEdit->clear();
        if (!text.isEmpty())
            verifyText(text);
    });

    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_verdict = new VerdictPanel(right);
    rightLayout->addWidget(m_verdict);
    m_details = new DetailsView(right);
    rightLayout->addWidget(m_details, 1);
    // Blocking from the details: the button acts on the certificate shown (menus are hidden in
    // kiosk mode, so the menu entry alone would not do).
    m_blockButton = new QPushButton(tr("Block this certificate…"), right);
    m_blockButton->setObjectName(QStringLiteral("blockButton"));
    m_blockButton->setAccessibleName(tr("Block this certificate"));
    m_blockButton->setToolTip(tr("Refuse this certificate as revoked at this station from now on (recorded with your name)"));
    m_blockButton->setEnabled(false);
    m_blockButton->setVisible(!m_options.blocklistPath.isEmpty());
    rightLayout->addWidget(m_blockButton, 0, Qt::AlignRight);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setSizes({560, 700});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_trustStatus = new QLabel(this);
    m_trustStatus->setObjectName(QStringLiteral("trustStatus"));
    m_sourceStatus = new QLabel(this);
    m_sourceStatus->setObjectName(QStringLiteral("sourceStatus"));
    m_journalStatus = new QLabel(this);
    m_journalStatus->setObjectName(QStringLiteral("journalStatus"));
    statusBar()->addPermanentWidget(m_sourceStatus);
    statusBar()->addPermanentWidget(m_journalStatus);
    statusBar()->addPermanentWidget(m_trustStatus);
    const int keyCount = int(m_trust ? m_trust->size() : 0);
    m_trustStatus->setText(m_options.trustSummary.fromBundle
                               ? tr("%n trusted key(s), trust list version %1", nullptr, keyCount).arg(m_options.trustSummary.version)
                               : tr("%n trusted key(s)", nullptr, keyCount));
    resize(1280, 760);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open certificate files…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        openFiles(QFileDialog::getOpenFileNames(
            this, tr("Open certificates"), {},
            tr("Certificates (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp *.pdf *.txt);;All files (*)")));
    });
    QAction *review = file->addAction(tr("&Review many files…"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(review, &QAction::triggered, this, [this] {
        reviewWindow()->show();
        reviewWindow()->raise();
    });
    QAction *paste = file->addAction(tr("&Paste certificate"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WindowShortcut);
    connect(paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *station = menuBar()->addMenu(tr("&Station"));
    QAction *journal = station->addAction(tr("&Journal…"));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(journal, &QAction::triggered, this, &MainWindow::journalRequested);
    QAction *trust = station->addAction(tr("&Trust…"));
    trust->setObjectName(QStringLiteral("trustAction"));
    connect(trust, &QAction::triggered, this, [this] {
        TrustWindow *window = trustWindow();
        window->refresh();
        window->show();
        window->raise();
    });
    m_blockAction = station->addAction(tr("&Block the certificate shown…"));
    m_blockAction->setObjectName(QStringLiteral("blockAction"));
    m_blockAction->setEnabled(false);
    m_blockAction->setVisible(!m_options.blocklistPath.isEmpty());
    connect(m_blockButton, &QPushButton::clicked, m_blockAction, &QAction::trigger);
    connect(m_blockAction, &QAction::triggered, this, [this] {
        const QString problem = blockShownCertificate(QString());
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Block certificate"), problem);
    });
    QAction *settings = station->addAction(tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    QAction *clear = station->addAction(tr("&Clear details now"));
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(clear, &QAction::triggered, this, &MainWindow::clearDetails);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_kioskAction = view->addAction(tr("&Kiosk mode"));
    m_kioskAction->setCheckable(true);
    m_kioskAction->setShortcut(QKeySequence(Qt::Key_F11));
    // Window-wide, so that the shortcut still works once the menu bar is hidden.
    addAction(m_kioskAction);
    connect(m_kioskAction, &QAction::toggled, this, &MainWindow::setKiosk);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CertDesk"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CertDesk"),
                           tr("<p><b>CertDesk %1</b></p><p>Verification station for travel health certificates: "
                              "ITHC-1 and the EU Digital COVID Certificate.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::startSource(std::unique_ptr<Scan::FrameSource> source)
{
    const bool any = source != nullptr;
    m_controller->startSource(std::move(source));
    if (!any) {
        m_preview->setFrameProvider({});
        return;
    }
    m_firstPreviewFrameAtMs = -1;
    m_preview->setIdleMessage(tr("Waiting for the first picture…"));
    m_preview->setFrameProvider([this] {
        Scan::Frame frame = m_controller->newestFrame();
        if (frame.isValid() && m_firstPreviewFrameAtMs < 0)
            m_firstPreviewFrameAtMs = steadyNowMs();
        return frame;
    });
    updateStatus();
}

void MainWindow::verifyText(const QByteArray &qrText)
{
    StationInput input;
    input.text = qrText;
    input.channel = InputChannel::Paste;
    input.sourceName = tr("pasted text");
    m_controller->submit(std::move(input));
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (paths.size() > 1) {
        // Many files: the consular officer's review list, one verdict per code.
        reviewWindow()->addFiles(paths);
        reviewWindow()->show();
        reviewWindow()->raise();
        return;
    }
    const QString path = paths.first();
    statusBar()->showMessage(tr("Reading %1…").arg(path));
    QPointer<MainWindow> self(this);
    QThread *reader = QThread::create([self, path] {
        QString error;
        const std::optional<QList<Cli::PayloadItem>> items = Cli::InputReader::readFile(path, &error);
        QMetaObject::invokeMethod(
            qApp, [self, path, items, error] {
                if (!self)
                    return;
                if (!items) {
                    self->statusBar()->showMessage(error, 10000);
                    return;
                }
                if (items->isEmpty()) {
                    self->statusBar()->showMessage(tr("No QR code found in %1.").arg(path), 10000);
                    return;
                }
                self->statusBar()->clearMessage();
                for (const Cli::PayloadItem &item : *items) {
                    StationInput input;
                    input.text = item.text;
                    input.channel = InputChannel::File;
                    input.sourceName = item.source;
                    self->m_controller->submit(std::move(input));
                }
            },
            Qt::QueuedConnection);
    });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}

ReviewWindow *MainWindow::reviewWindow()
{
    if (!m_review) {
        m_review = new ReviewWindow(m_trust, m_clock, this);
        m_review->setWindowFlag(Qt::Window);
    }
    return m_review;
}

void MainWindow::showVerification(const StationVerification &verification)
{
    m_last = verification;
    const VerificationReport &report = verification.report;
    const Verdict verdict = report.verdict();
    QString reason = verdictReason(report, report.verifiedAt);
    // Aging trust does not change the verdict, but the officer must see it with every verdict.
    if (report.trust && report.trust->status == u"aging")
        reason += u'\n' + trustBannerText();
    m_verdict->showVerdict(verdict, reason);
    const bool blockable = report.certificate && !report.certificate->certificateId.isEmpty();
    if (m_blockAction)
        m_blockAction->setEnabled(blockable);
    m_blockButton->setEnabled(blockable);
    m_details->showReport(report, report.verifiedAt);
    if (verification.input.corners)
        m_preview->showOutline(*verification.input.corners, VerdictPanel::colourOf(verdict));
    m_sound->play(verdict);
    // The details never linger: cleared after the privacy timeout (or by the next scan).
    m_privacyTimer.start();
    repaint(); // the verdict is on screen when this returns: the latency counts to here
    const qint64 from = verification.input.capturedAtMs >= 0 ? verification.input.capturedAtMs
                                                             : verification.input.arrivedAtMs;
    m_latenciesMs.push_back(double(steadyNowMs() - from));
    Q_EMIT verdictShown(verification);
}

void MainWindow::clearDetails()
{
    m_privacyTimer.stop();
    m_verdict->clear();
    m_details->clear();
    m_last.reset();
    if (m_blockAction)
        m_blockAction->setEnabled(false);
    m_blockButton->setEnabled(false);
    Q_EMIT detailsCleared();
}

void MainWindow::setPrivacyTimeoutMs(int milliseconds)
{
    m_privacyTimer.setInterval(std::max(1, milliseconds));
}

void MainWindow::setJournalStatus(const QString &text, bool ok)
{
    m_journalStatus->setText(text);
    m_journalStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e; font-weight: bold;"));
}

void MainWindow::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    if (m_kioskAction && m_kioskAction->isChecked() != kiosk)
        m_kioskAction->setChecked(kiosk);
    menuBar()->setVisible(!kiosk);
    m_inputLineEdit->setVisible(!kiosk);
    m_verdict->setLarge(kiosk);
    m_details->setCompact(kiosk);
    QFont base = QApplication::font();
    if (kiosk)
        base.setPointSizeF(base.pointSizeF() * 1.5);
    m_details->setFont(base);
    // Kiosk: the verdict and the details take most of the screen; the preview stays a guide.
    const int width = std::max(m_splitter->width(), 800);
    m_splitter->setSizes(kiosk ? QList<int>{width * 3 / 10, width * 7 / 10} : QList<int>{width * 4 / 9, width * 5 / 9});
    if (kiosk) {
        // Without a window manager (a bare X server at a kiosk) full screen is not granted:
        // take the screen's geometry ourselves.
        if (screen())
            setGeometry(screen()->geometry());
        showFullScreen();
    }
    else if (isFullScreen())
        showNormal();
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data)
        return;
    if (data->hasImage()) {
        const QList<QByteArray> texts = codesInImage(qvariant_cast<QImage>(data->imageData()));
        if (texts.isEmpty())
            statusBar()->showMessage(tr("No QR code found in the pasted picture."), 8000);
        for (const QByteArray &text : texts)
            verifyText(text);
        return;
    }
    if (data->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        openFiles(paths);
        return;
    }
    const QByteArray text = data->text().trimmed().toUtf8();
    if (!text.isEmpty())
        verifyText(text);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_options.settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StationSettings changed = dialog.settings();
    const bool serialChanged = changed.serialPort != m_options.settings.serialPort
                               || changed.serialBaudRate != m_options.settings.serialBaudRate;
    if (changed.policy != m_options.settings.policy) {
        std::optional<Policy::EntryPolicy> policy;
        if (!changed.policy.isEmpty())
            policy = Policy::EntryPolicy::builtIn(changed.policy);
        m_controller->setPolicy(policy);
    }
    m_options.settings = changed;
    changed.save();
    m_sound->setEnabled(changed.sounds);
    setPrivacyTimeoutMs(changed.privacyTimeoutSeconds * 1000);
    if (serialChanged) {
        const QString problem = m_controller->openSerialScanner(changed.serialPort, changed.serialBaudRate);
        if (!problem.isEmpty())
            QMessageBox::warning(this, tr("Serial scanner"), problem);
    }
    Q_EMIT settingsChanged(changed);
}

QString MainWindow::trustBannerText() const
{
    return trustAgeWarning(m_options.trustSummary, assessTrustAge(m_options.trustSummary, m_clock(), m_options.trustAgeLimits));
}

TrustWindow *MainWindow::trustWindow()
{
    if (!m_trustWindow)
        m_trustWindow = new TrustWindow(m_trust, m_options.trustSummary, m_options.trustAgeLimits, m_clock, this);
    return m_trustWindow;
}

QString MainWindow::blockShownCertificate(const QString &givenReason, bool ask)
{
    if (m_options.blocklistPath.isEmpty())
        return tr("This station has no blocklist file.");
    if (!m_last || !m_last->report.certificate || m_last->report.certificate->certificateId.isEmpty())
        return tr("No certificate with an identifier is shown.");
    const VerificationReport report = m_last->report;
    QString reason = givenReason.trimmed();
    if (reason.isEmpty() && ask) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Block certificate"),
                                       tr("Certificate %1 will be refused as revoked at this station from now on.\n"
                                          "Why? (Recorded in the journal with your name.)")
                                           .arg(report.certificate->certificateId),
                                       QLineEdit::Normal, QString(), &ok)
                     .trimmed();
        if (!ok)
            return {};
    }
    if (reason.isEmpty())
        return tr("A reason is needed to block a certificate.");
    if (m_options.settings.operatorName.trimmed().isEmpty())
        return tr("Set the operator's name in the settings first: each block records who made it.");
    auto blocklist = QFileInfo::exists(m_options.blocklistPath) ? RevocationBlocklist::load(m_options.blocklistPath)
                                                                : Expected<RevocationBlocklist, QString>(RevocationBlocklist(m_options.blocklistPath));
    if (!blocklist)
        return tr("The blocklist cannot be read: %1").arg(blocklist.error());
    BlocklistEntry entry;
    entry.format = formatName(report.format);
    entry.key = report.certificate->certificateId;
    entry.reason = reason;
    entry.addedBy = m_options.settings.operatorName;
    entry.addedAt = m_clock();
    if (const auto error = blocklist->add(entry))
        return tr("The certificate cannot be blocked: %1").arg(*error);
    QDir().mkpath(QFileInfo(m_options.blocklistPath).absolutePath());
    if (const auto error = blocklist->save())
        return tr("The blocklist cannot be saved: %1").arg(*error);
    statusBar()->showMessage(tr("Certificate %1 blocked.").arg(entry.key), 8000);
    Q_EMIT certificateBlocked(report, reason);
    return {};
}

void MainWindow::updateStatus()
{
    const QString warning = trustBannerText();
    if (warning != m_trustBanner->text()) {
        m_trustBanner->setText(warning);
        const TrustAgeStatus status = assessTrustAge(m_options.trustSummary, m_clock(), m_options.trustAgeLimits).status;
        m_trustBanner->setStyleSheet(status == TrustAgeStatus::Aging
                                         ? QStringLiteral("QLabel { background: #ffe9a8; color: #000; font-weight: bold; padding: 6px; }")
                                         : QStringLiteral("QLabel { background: #b00020; color: #fff; font-weight: bold; padding: 6px; }"));
    }
    m_trustBanner->setVisible(!warning.isEmpty());
    if (m_controller->isScanning()) {
        m_sourceStatus->setText(tr("%1 · %2 frames/s").arg(m_controller->sourceName()).arg(m_preview->framesPerSecond(), 0, 'f', 0));
    } else {
        m_sourceStatus->setText(tr("No camera running"));
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *data = event->mimeData();
    if (data->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : data->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        openFiles(paths);
    } else if (data->hasImage()) {
        for (const QByteArray &text : codesInImage(qvariant_cast<QImage>(data->imageData())))
            verifyText(text);
    }
    event->acceptProposedAction();
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Kiosk mode has no menu: F11 and Escape still leave it for the supervisor.
    if (m_kiosk && event->key() == Qt::Key_F11) {
        setKiosk(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_controller->stopSource();
    QMainWindow::closeEvent(event);
}

} // namespace CertDesk::Ui
