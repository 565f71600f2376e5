// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "stationverification.h"
#include "verificationworker.h"

#include "scan/framesource.h"
#include "scan/scanpipeline.h"
#include "scan/serialscanner.h"
#include "scan/wedgedetector.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace CertDesk::Ui {

/**
 * Everything between the inputs and the window: the camera pipeline (or a video file,
 * image sequence or the demo played as a camera), the keyboard-wedge scanner (an
 * application-wide event filter, so it works whatever widget has the focus), the serial
 * scanner, opened files, and the verification worker thread.
 *
 * Threads: the capture thread and the decoder belong to the ScanPipeline; verification (and
 * the journal hook) runs on the worker thread; this object and its signals live on the GUI
 * thread. Nothing here blocks the GUI thread on a frame, a signature check or a journal write.
 */
class StationController final : public QObject
{
    Q_OBJECT

public:
    StationController(std::shared_ptr<const TrustStore> trust, VerificationWorker::Clock wallClock,
                      QObject *parent = nullptr);
    ~StationController() override;
    Q_DISABLE_COPY_MOVE(StationController)

    /// Runs the journal hook on the worker thread with every verification. Call before any input.
    void setJournalHook(VerificationWorker::JournalHook hook);
    /// The entry policy for the verifications from now on (queued to the worker thread).
    void setPolicy(std::optional<Policy::EntryPolicy> policy);
    /// The trust's age rules and the revocation lists, for the verifications from now on.
    void setTrustAge(const TrustSummary &summary, const TrustAgeLimits &limits);
    void setRevocation(std::shared_ptr<const RevocationStore> revocation);

    /// Starts scanning @p source as a camera (newest frame, paced). Replaces a running source.
    void startSource(std::unique_ptr<Scan::FrameSource> source);
    void stopSource();
    bool isScanning() const;
    /// The newest frame of the running source, for the preview; invalid when none.
    Scan::Frame newestFrame() const;
    Scan::PipelineStatistics pipelineStatistics() const;
    QString sourceName() const { return m_sourceName; }

    /// Opens a serial / USB-CDC scanner; empty string when it opened, else why not.
    QString openSerialScanner(const QString &port, qint32 baudRate);
    void closeSerialScanner();

    /// Installs the keyboard-wedge filter on the application (on by default in the window).
    void setWedgeEnabled(bool enabled);
    bool isWedgeEnabled() const { return m_wedgeEnabled; }

    /// Verifies a text from a channel without a camera (paste, file, scanner).
    void submit(StationInput input);

    /// Camera frames read per second over the last second (preview side).
    const VerificationWorker &worker() const { return *m_worker; }

Q_SIGNALS:
    void verified(const CertDesk::Ui::StationVerification &verification);
    /// A SMART Health Card part was read: @p index of @p total.
    void partialCode(int index, int total);
    /// The source ended (end of a file or demo) or failed (camera unplugged).
    void sourceFinished(CertDesk::Scan::SourceStatus status);
    void serialScannerError(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCodeFound(const Scan::ScanResult &result);

    QThread m_workerThread;
    VerificationWorker *m_worker = nullptr; ///< lives on m_workerThread; deleted after the thread ended
    std::unique_ptr<Scan::ScanPipeline> m_pipeline;
    QString m_sourceName;
    Scan::SerialScanner m_serial;
    Scan::WedgeDetector m_wedge;
    bool m_wedgeEnabled = false;
};

} // namespace CertDesk::Ui
