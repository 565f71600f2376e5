// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "stationcontroller.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace CertDesk::Ui {

StationController::StationController(std::shared_ptr<const TrustStore> trust, VerificationWorker::Clock wallClock,
                                     QObject *parent)
    : QObject(parent)
    , m_worker(new VerificationWorker(std::move(trust), std::move(wallClock)))
{
    qRegisterMetaType<CertDesk::Ui::StationInput>();
    qRegisterMetaType<CertDesk::Ui::StationVerification>();
    qRegisterMetaType<CertDesk::Scan::ScanResult>();
    qRegisterMetaType<CertDesk::Scan::SourceStatus>();

    m_workerThread.setObjectName(QStringLiteral("certdesk-verify"));
    m_worker->moveToThread(&m_workerThread);
    connect(m_worker, &VerificationWorker::verified, this, &StationController::verified, Qt::QueuedConnection);
    m_workerThread.start();

    connect(&m_serial, &Scan::SerialScanner::textReceived, this, [this](const QString &text) {
        StationInput input;
        input.text = text.toUtf8();
        input.channel = InputChannel::Serial;
        input.sourceName = m_serial.portName();
        input.arrivedAtMs = steadyNowMs();
        submit(std::move(input));
    });
    connect(&m_serial, &Scan::SerialScanner::errorOccurred, this, [this](Scan::SerialScannerError error) {
        Q_EMIT serialScannerError(tr("The serial scanner on %1 stopped working (error %2).")
                                      .arg(m_serial.portName())
                                      .arg(int(error)));
    });
}

StationController::~StationController()
{
    setWedgeEnabled(false);
    stopSource();
    m_workerThread.quit();
    m_workerThread.wait();
    // The thread has ended: the worker (and the journal hook it holds, which flushes the
    // journal writer when the last reference goes) can be deleted from here.
    delete m_worker;
    m_worker = nullptr;
}

void StationController::setJournalHook(VerificationWorker::JournalHook hook)
{
    // Set before the first input, so no verification can race the assignment.
    m_worker->setJournalHook(std::move(hook));
}

void StationController::setPolicy(std::optional<Policy::EntryPolicy> policy)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, policy = std::move(policy)]() mutable {
        worker->setPolicy(std::move(policy));
    });
}

void StationController::setTrustAge(const TrustSummary &summary, const TrustAgeLimits &limits)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, summary, limits] { worker->setTrustAge(summary, limits); });
}

void StationController::setRevocation(std::shared_ptr<const RevocationStore> revocation)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, revocation = std::move(revocation)]() mutable {
        worker->setRevocation(std::move(revocation));
    });
}

void StationController::startSource(std::unique_ptr<Scan::FrameSource> source)
{
    stopSource();
    if (!source)
        return;
    m_sourceName = source->name();
    Scan::ScanPipeline::Options options;
    options.mode = Scan::ScanPipeline::Mode::NewestFrame;
    options.capture.paceFiniteSources = true;
    m_pipeline = std::make_unique<Scan::ScanPipeline>(Scan::QrDecoder(), options);
    // The pipeline emits from its worker thread: queued onto this (GUI) thread.
    connect(m_pipeline.get(), &Scan::ScanPipeline::codeFound, this, &StationController::onCodeFound,
            Qt::QueuedConnection);
    connect(m_pipeline.get(), &Scan::ScanPipeline::shcChunkStored, this,
            [this](int index, int total, const QList<int> &) { Q_EMIT partialCode(index, total); },
            Qt::QueuedConnection);
    connect(m_pipeline.get(), &Scan::ScanPipeline::finished, this, &StationController::sourceFinished,
            Qt::QueuedConnection);
    m_pipeline->start(std::move(source));
}

void StationController::stopSource()
{
    if (!m_pipeline)
        return;
    m_pipeline->stop();
    m_pipeline.reset();
}

bool StationController::isScanning() const
{
    return m_pipeline && m_pipeline->isRunning();
}

Scan::Frame StationController::newestFrame() const
{
    return m_pipeline ? m_pipeline->newestFrame() : Scan::Frame();
}

Scan::PipelineStatistics StationController::pipelineStatistics() const
{
    return m_pipeline ? m_pipeline->statistics() : Scan::PipelineStatistics();
}

QString StationController::openSerialScanner(const QString &port, qint32 baudRate)
{
    m_serial.close();
    if (port.isEmpty())
        return {};
    const Scan::SerialScannerError error = m_serial.open(port, baudRate);
    if (error == Scan::SerialScannerError::None)
        return {};
    return tr("The serial scanner on %1 could not be opened (error %2).").arg(port).arg(int(error));
}

void StationController::closeSerialScanner()
{
    m_serial.close();
}

void StationController::setWedgeEnabled(bool enabled)
{
    if (enabled == m_wedgeEnabled || !QCoreApplication::instance())
        return;
    m_wedgeEnabled = enabled;
    m_wedge.reset();
    if (enabled)
        QCoreApplication::instance()->installEventFilter(this);
    else
        QCoreApplication::instance()->removeEventFilter(this);
}

void StationController::submit(StationInput input)
{
    if (input.arrivedAtMs == 0)
        input.arrivedAtMs = steadyNowMs();
    QMetaObject::invokeMethod(m_worker, "verify", Qt::QueuedConnection, Q_ARG(CertDesk::Ui::StationInput, input));
}

void StationController::onCodeFound(const Scan::ScanResult &result)
{
    StationInput input;
    input.text = result.binary ? result.bytes : result.text.toUtf8();
    input.channel = InputChannel::Camera;
    input.sourceName = result.sourceName;
    input.arrivedAtMs = steadyNowMs();
    input.capturedAtMs = result.latencyMs >= 0 ? input.arrivedAtMs - result.latencyMs : -1;
    input.frameIndex = result.frameIndex;
    if (!result.joinedFromChunks) {
        std::array<QPointF, 4> corners;
        for (size_t i = 0; i < corners.size(); ++i)
            corners[i] = QPointF(result.corners[i].x, result.corners[i].y);
        input.corners = corners;
    }
    submit(std::move(input));
}

bool StationController::eventFilter(QObject *watched, QEvent *event)
{
    // Key events reach the application filter once per receiver in the parent chain; only
    // the first delivery (to a widget that is a window's focus widget or the window) counts.
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget != widget->window()->focusWidget() && widget != widget->window())
        return false;

    auto *key = static_cast<QKeyEvent *>(event);
    const qint64 at = qint64(key->timestamp());
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const Scan::WedgeResult result = m_wedge.enterPressed(at);
        if (result.verdict != Scan::WedgeVerdict::Scanner)
            return false;
        StationInput input;
        input.text = result.text.toUtf8();
        input.channel = InputChannel::Scanner;
        input.sourceName = tr("keyboard scanner");
        input.arrivedAtMs = steadyNowMs();
        submit(std::move(input));
        return true; // the Enter of a scan is not the focused widget's business
    }
    const QString text = key->text();
    if (text.size() == 1 && text.at(0).isPrint()) {
        const bool wasScanning = m_wedge.scanInProgress(at);
        m_wedge.keyPressed(text.at(0), at);
        // Once a burst looks like a scan, its keys are held back from the focused widget.
        return wasScanning || m_wedge.scanInProgress(at);
    }
    return false;
}

} // namespace CertDesk::Ui
