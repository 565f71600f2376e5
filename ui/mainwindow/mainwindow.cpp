// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "reasontext.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace CertDesk::Ui {

MainWindow::MainWindow(std::shared_ptr<const TrustStore> trust, std::function<Timestamp::Millis()> clock, QWidget *parent)
    : QMainWindow(parent)
    , m_verifier(std::move(trust))
    , m_clock(std::move(clock))
{
    setWindowTitle(tr("CertDesk"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_inputLineEdit = new QLineEdit(central);
    m_inputLineEdit->setObjectName(QStringLiteral("qrTextLineEdit"));
    m_inputLineEdit->setPlaceholderText(tr("Scan a certificate or paste its QR text, then press Enter"));
    m_inputLineEdit->setAccessibleName(tr("QR text"));
    layout->addWidget(m_inputLineEdit);

    m_verdictLabel = new QLabel(central);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setAlignment(Qt::AlignCenter);
    QFont verdictFont = m_verdictLabel->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 3);
    verdictFont.setBold(true);
    m_verdictLabel->setFont(verdictFont);
    m_verdictLabel->setAccessibleName(tr("Verdict"));
    m_verdictLabel->setText(tr("Ready to scan"));
    layout->addWidget(m_verdictLabel);

    m_reasonLabel = new QLabel(central);
    m_reasonLabel->setObjectName(QStringLiteral("reasonLabel"));
    m_reasonLabel->setAlignment(Qt::AlignCenter);
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setAccessibleName(tr("Reason"));
    layout->addWidget(m_reasonLabel);

    m_detailsTextBrowser = new QTextBrowser(central);
    m_detailsTextBrowser->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_detailsTextBrowser->setAccessibleName(tr("Certificate details"));
    layout->addWidget(m_detailsTextBrowser, 1);

    setCentralWidget(central);
    statusBar()->showMessage(tr("%n trusted key(s)", nullptr, int(m_verifier.trustStore().size())));
    resize(720, 560);

    connect(m_inputLineEdit, &QLineEdit::returnPressed, this, [this] {
        verifyText(m_inputLineEdit->text().toUtf8());
        m_inputLineEdit->clear();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::verifyText(const QByteArray &qrText)
{
    m_lastReport = m_verifier.verify(qrText, m_clock());
    showReport(m_lastReport);
}

void MainWindow::showReport(const VerificationReport &report)
{
    const Verdict verdict = report.verdict();
    // Not by colour alone: the words and a symbol carry the verdict too.
    const QString symbol = verdict == Verdict::Valid ? QStringLiteral("✔") : verdict == Verdict::Invalid ? QStringLiteral("✘") : QStringLiteral("?");
    m_verdictLabel->setText(QStringLiteral("%1 %2").arg(symbol, verdictTitle(verdict)));
    const QString colour = verdict == Verdict::Valid ? QStringLiteral("#1b7f3b") : verdict == Verdict::Invalid ? QStringLiteral("#b3261e") : QStringLiteral("#8a6d00");
    m_verdictLabel->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_reasonLabel->setText(report.reasons.isEmpty() ? QString() : reasonSentence(report.reasons.first().code));

    QString html;
    if (report.certificate) {
        const HealthCertificate &c = *report.certificate;
        const Holder &h = c.holder;
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Holder"));
        html += QStringLiteral("<p>%1 %2<br/>%3 %4<br/>%5 %6</p>")
                    .arg(h.familyName.toHtmlEscaped(), h.givenName.toHtmlEscaped(), h.familyNameLatin.toHtmlEscaped(),
                         h.givenNameLatin.toHtmlEscaped(), tr("Born"), h.dateOfBirth.toHtmlEscaped());
        html += QStringLiteral("<p>%1: %2 · %3</p>").arg(tr("Issuer"), c.issuerCountry.toHtmlEscaped(), c.certificateId.toHtmlEscaped());
        for (const NucleicAcidTest &t : c.nucleicAcidTests)
            html += QStringLiteral("<p>%1: %2, %3 (%4)</p>").arg(tr("Nucleic-acid test"), t.method.toHtmlEscaped(), t.result.toHtmlEscaped(), t.sampleCollectedText.toHtmlEscaped());
        for (const AntibodyTest &t : c.antibodyTests)
            html += QStringLiteral("<p>%1: %2 (%3)</p>").arg(tr("IgM antibody test"), t.result.toHtmlEscaped(), t.sampleCollectedText.toHtmlEscaped());
        for (const Vaccination &v : c.vaccinations)
            html += QStringLiteral("<p>%1: %2 %3/%4, %5</p>").arg(tr("Vaccination"), v.product.text().toHtmlEscaped()).arg(v.doseNumber).arg(v.totalDoses).arg(v.date.toString(Qt::ISODate));
        for (const DccTest &t : c.tests)
            html += QStringLiteral("<p>%1: %2, %3 (%4)</p>").arg(tr("Test"), t.testType.text().toHtmlEscaped(), t.result.text().toHtmlEscaped(), t.sampleCollectedText.toHtmlEscaped());
        for (const Recovery &r : c.recoveries)
            html += QStringLiteral("<p>%1: %2 – %3</p>").arg(tr("Recovery"), r.validFrom.toString(Qt::ISODate), r.validUntil.toString(Qt::ISODate));
    }
    m_detailsTextBrowser->setHtml(html);
}

} // namespace CertDesk::Ui
