// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/verifier.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QTextBrowser;

namespace CertDesk::Ui {

/// The station window: a QR text comes in (typed by a keyboard-wedge scanner or
/// pasted), is verified by the same core entry point as certdesk-cli, and the
/// verdict and the holder's details are shown.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// @p clock gives the verification instant (the app reads the clock; the core never does).
    MainWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock,
               QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// Verifies @p qrText and shows the result.
    void verifyText(const QByteArray &qrText);
    const VerificationReport &lastReport() const { return m_lastReport; }

private:
    void showReport(const VerificationReport &report);

    Verifier m_verifier;
    std::function<Timestamp::Millis()> m_clock;
    VerificationReport m_lastReport;
    QLineEdit *m_inputLineEdit = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QTextBrowser *m_detailsTextBrowser = nullptr;
};

} // namespace CertDesk::Ui
