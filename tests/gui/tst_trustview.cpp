// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The station's trust in the window: the trust view (sources, keys, age), the banner and the
// verdict line when the trust ages, refusal on outdated trust, and blocking the certificate
// shown (saved to the blocklist, then refused as revoked once the lists are reloaded).
#include "guitestsupport.h"

#include "mainwindow/mainwindow.h"
#include "station/stationcontroller.h"
#include "trust/revocationloader.h"
#include "trust/trustwindow.h"
#include "widgets/verdictpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Test;
using namespace CertDesk::Ui;

namespace {

constexpr qint64 kDayMs = 86400 * 1000LL;

TrustSummary bundleIssued(qint64 ageMs)
{
    TrustSummary summary;
    summary.fromBundle = true;
    summary.version = 42;
    summary.issued = GuiFixture::nowMs - ageMs;
    summary.expires = GuiFixture::nowMs + 90 * kDayMs;
    summary.publisher = QStringLiteral("Test ministry");
    summary.signerSubject = QStringLiteral("CN=Test bundle signer");
    summary.signerFingerprint = QByteArray(32, '\x11');
    return summary;
}

} // namespace

class TestTrustView : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_fixture;

    std::unique_ptr<MainWindow> makeWindow(const TrustSummary &summary, const QString &blocklist = {})
    {
        MainWindow::Options options;
        options.settings.sounds = false;
        options.settings.operatorName = QStringLiteral("Officer Li");
        options.trustSummary = summary;
        options.blocklistPath = blocklist;
        auto window = std::make_unique<MainWindow>(m_fixture.store, [] { return GuiFixture::nowMs; }, options);
        window->show();
        return window;
    }

private Q_SLOTS:
    void trustViewListsSourcesAndKeys()
    {
        auto window = makeWindow(bundleIssued(2 * kDayMs));
        TrustWindow *view = window->trustWindow();
        QCOMPARE(view->sourcesTable()->rowCount(), 1);
        QCOMPARE(view->sourcesTable()->item(0, 0)->text(), QStringLiteral("specimen-test.pem"));
        QCOMPARE(view->keysTable()->rowCount(), 1);
        QCOMPARE(view->keysTable()->item(0, 0)->text(), QStringLiteral("XA"));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("trustOrigin"))->text().contains(u"version 42"));
        QVERIFY(view->ageLabel()->text().contains(u"Up to date"));
        // CERTDESK_SCREENSHOT_DIR: a picture of the view for the documentation.
        if (const QString dir = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            view->grab().save(dir + QStringLiteral("/trust-view.png"));
        // The filter hides keys that do not match.
        view->findChild<QLineEdit *>(QStringLiteral("trustFilter"))->setText(QStringLiteral("no such issuer"));
        QVERIFY(view->keysTable()->isRowHidden(0));
        // Current trust: no banner.
        QVERIFY(window->trustBannerText().isEmpty());
    }

    void agingTrustIsSaidWithEveryVerdict()
    {
        auto window = makeWindow(bundleIssued(9 * kDayMs));
        QTRY_VERIFY(window->findChild<QLabel *>(QStringLiteral("trustBanner"))->isVisible());
        QVERIFY(window->trustBannerText().contains(u"is 9 day"));
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        window->verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("VALID"));
        QVERIFY(window->verdictPanel()->reasonText().contains(u"is 9 day"));
    }

    void outdatedTrustRefusesEveryCertificate()
    {
        auto window = makeWindow(bundleIssued(31 * kDayMs));
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        window->verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("INVALID"));
        QCOMPARE(window->lastVerification()->report.reasons.last().code, ReasonCode::TrustOutdated);
        QVERIFY(window->trustBannerText().contains(u"refused"));
    }

    void blockingTheCertificateShown()
    {
        QTemporaryDir dir;
        const QString blocklist = dir.filePath(QStringLiteral("revocation/blocklist.json"));
        auto window = makeWindow(TrustSummary{}, blocklist);
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        QSignalSpy blocked(window.get(), &MainWindow::certificateBlocked);
        // Nothing shown: nothing to block.
        QVERIFY(!window->blockShownCertificate(QStringLiteral("forged paper"), false).isEmpty());
        window->verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("VALID"));
        // The button in the details area offers it once a certificate with an id is shown.
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("blockButton"))->isEnabled());
        // A reason is required.
        QVERIFY(!window->blockShownCertificate(QString(), false).isEmpty());
        QCOMPARE(window->blockShownCertificate(QStringLiteral("reported stolen"), false), QString());
        QCOMPARE(blocked.size(), 1);
        QVERIFY(QFile::exists(blocklist));

        // What the application does on certificateBlocked: reload the lists. The same
        // certificate is then refused as revoked, naming who blocked it and why.
        const LoadedRevocation reloaded = loadRevocation({blocklist});
        QVERIFY2(reloaded.errors.isEmpty(), qPrintable(reloaded.errors.join(u'\n')));
        window->controller()->setRevocation(reloaded.store);
        window->verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("INVALID"));
        const VerificationReport &report = window->lastVerification()->report;
        QCOMPARE(report.reasons.first().code, ReasonCode::Revoked);
        QVERIFY2(report.reasons.first().detail.contains(u"reported stolen"), qPrintable(report.reasons.first().detail));
    }
};

QTEST_MAIN(TestTrustView)
#include "tst_trustview.moc"
