// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "station/stationsettings.h"
#include "station/stationverification.h"

#include "trust/trustage.h"
#include "verify/verifier.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;

namespace CertDesk::Scan {
class FrameSource;
}

namespace CertDesk::Ui {

class DetailsView;
class PreviewWidget;
class ReviewWindow;
class StationController;
class TrustWindow;
class VerdictPanel;
class VerdictSound;

/**
 * The station window: the live camera with the code outlined, the verdict (large, by shape
 * and word as well as colour), the holder's details and every check, and the inputs besides
 * the camera (keyboard-wedge and serial scanners, files dropped or opened, the clipboard).
 *
 * Verification and journaling run on the StationController's threads; this window only shows
 * results. The details clear themselves after the privacy timeout or at the next scan.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool kiosk = false;
        /// Shows the SPECIMEN TRUST banner: the station trusts specimen keys only.
        bool specimenTrust = false;
        StationSettings settings;
        /// Where the trust came from and the station's age limits (TRUST-BUNDLES.md "Age").
        TrustSummary trustSummary;
        TrustAgeLimits trustAgeLimits;
        /// The station's local blocklist file; empty: blocking is not offered.
        QString blocklistPath;
    };

    /// @p clock gives the verification instant (the app reads the clock; the core never does).
    MainWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock, Options options,
               QWidget *parent = nullptr);
    MainWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    StationController *controller() const { return m_controller; }

    /// Starts @p source as the camera (a camera, a video file, an image sequence, the demo).
    void startSource(std::unique_ptr<Scan::FrameSource> source);
    /// Verifies @p qrText as pasted text; the verdict arrives asynchronously (verdictShown()).
    void verifyText(const QByteArray &qrText);
    /// Verifies every code in @p paths (images, PDFs, text files) as file input.
    void openFiles(const QStringList &paths);
    /// The review window (created on first use).
    ReviewWindow *reviewWindow();

    /// The last verification shown, if any.
    const std::optional<StationVerification> &lastVerification() const { return m_last; }
    /// Steady-clock milliseconds from the frame that held the code (or the text's arrival)
    /// to the verdict painted on screen, one per verification shown.
    const std::vector<double> &verdictLatenciesMs() const { return m_latenciesMs; }
    /// Steady-clock time the first preview frame was painted, or -1.
    qint64 firstPreviewFrameAtMs() const { return m_firstPreviewFrameAtMs; }
    PreviewWidget *preview() const { return m_preview; }
    VerdictPanel *verdictPanel() const { return m_verdict; }
    DetailsView *detailsView() const { return m_details; }
    void setKiosk(bool kiosk);
    bool isKiosk() const { return m_kiosk; }
    /// Sets how long details stay on screen (the settings' privacy timeout).
    void setPrivacyTimeoutMs(int milliseconds);
    int privacyTimeoutMs() const { return m_privacyTimer.interval(); }
    /// Replaces the journal status shown in the status bar (from the journal's thread, queued).
    void setJournalStatus(const QString &text, bool ok);
    /// The trust view (Station › Trust…), created on first use.
    TrustWindow *trustWindow();
    /// Adds the certificate shown to the local blocklist with @p reason (asks when empty and
    /// @p ask is set). Returns an empty string when done, else why not.
    QString blockShownCertificate(const QString &reason, bool ask = true);
    /// The trust-age banner's text; empty (and hidden) when the trust is current.
    QString trustBannerText() const;

Q_SIGNALS:
    /// A verdict is on screen.
    void verdictShown(const CertDesk::Ui::StationVerification &verification);
    /// The details were cleared by the privacy timer.
    void detailsCleared();
    /// Settings were changed in the dialog and saved.
    void settingsChanged(const CertDesk::Ui::StationSettings &settings);
    /// The officer asked for the journal window.
    void journalRequested();
    /// The officer added the certificate of @p report to the local blocklist (saved already),
    /// because of @p reason: the application journals it and reloads the revocation lists.
    void certificateBlocked(const CertDesk::VerificationReport &report, const QString &reason);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void showVerification(const StationVerification &verification);
    void clearDetails();
    void pasteFromClipboard();
    void openSettings();
    void updateStatus();

    std::shared_ptr<const TrustStore> m_trust;
    std::function<Timestamp::Millis()> m_clock;
    Options m_options;
    StationController *m_controller = nullptr;
    VerdictSound *m_sound = nullptr;
    QPointer<ReviewWindow> m_review;

    QLabel *m_specimenBanner = nullptr;
    QLabel *m_trustBanner = nullptr;
    QAction *m_blockAction = nullptr;
    QPushButton *m_blockButton = nullptr;
    QPointer<TrustWindow> m_trustWindow;
    QSplitter *m_splitter = nullptr;
    PreviewWidget *m_preview = nullptr;
    QLineEdit *m_inputLineEdit = nullptr;
    VerdictPanel *m_verdict = nullptr;
    DetailsView *m_details = nullptr;
    QLabel *m_trustStatus = nullptr;
    QLabel *m_sourceStatus = nullptr;
    QLabel *m_journalStatus = nullptr;
    QAction *m_kioskAction = nullptr;
    QTimer m_privacyTimer;
    QTimer m_statusTimer;
    bool m_kiosk = false;
    std::optional<StationVerification> m_last;
    std::vector<double> m_latenciesMs;
    qint64 m_firstPreviewFrameAtMs = -1;
};

} // namespace CertDesk::Ui
