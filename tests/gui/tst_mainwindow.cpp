// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "guitestsupport.h"

#include "journal/journalmodel.h"
#include "journal/journalwindow.h"
#include "mainwindow/mainwindow.h"
#include "station/stationjournal.h"
#include "settings/settingsdialog.h"
#include "station/stationcontroller.h"
#include "widgets/detailsview.h"
#include "widgets/previewwidget.h"
#include "widgets/verdictpanel.h"
#include "widgets/verdictsound.h"

#include "scan/videocapturesource.h"
#include "station/stationconfig.h"
#include "trust/trustloader.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QAbstractItemModelTester>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace CertDesk;
using namespace CertDesk::Test;
using namespace CertDesk::Ui;

namespace {

// Types @p text into the focused widget as a keyboard-wedge scanner does: one key every
// @p intervalMs, then Enter. Events carry their timestamps, as real key events do.
void typeWithTimestamps(const QString &text, qint64 intervalMs, qint64 &clock)
{
    for (const QChar character : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(character));
        press.setTimestamp(quint64(clock));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(character));
        release.setTimestamp(quint64(clock));
        QApplication::sendEvent(target, &release);
        clock += intervalMs;
    }
    QWidget *target = QApplication::focusWidget();
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    enter.setTimestamp(quint64(clock));
    QApplication::sendEvent(target, &enter);
    clock += intervalMs;
}

// Makes every translated string 40 % longer (as German and French often are) and marks it.
class LongTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        const QString text = QString::fromUtf8(sourceText);
        return text + QString(text.size() * 2 / 5, u'é');
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_fixture;

    std::unique_ptr<MainWindow> makeWindow(std::shared_ptr<const TrustStore> store = {},
                                           qint64 nowMs = GuiFixture::nowMs)
    {
        MainWindow::Options options;
        options.settings.sounds = false;
        auto window = std::make_unique<MainWindow>(store ? store : m_fixture.store, [nowMs] { return nowMs; }, options);
        window->show();
        return window;
    }

private Q_SLOTS:
    void pastedCertificateIsShown()
    {
        auto window = makeWindow();
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        window->verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("VALID"));
        QVERIFY(window->verdictPanel()->reasonText().contains(u"CN"));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("holderName"))->text(), QStringLiteral("张 三"));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("holderNameLatin"))->text(), QStringLiteral("ZHANG<<SAN"));
        QTableWidget *nat = window->detailsView()->table(QStringLiteral("natTable"));
        QCOMPARE(nat->rowCount(), 1);
        QCOMPARE(nat->item(0, 2)->text(), QStringLiteral("RT-PCR"));
        QCOMPARE(nat->item(0, 3)->text(), QStringLiteral("negative"));
        // The sample (2024-03-14T08:00+08:00 = 00:00Z) was taken 28 h 46 min before the verification.
        QCOMPARE(nat->item(0, 1)->text(), QStringLiteral("28 h ago"));
        // Explain: every check of the report, in order, none failed.
        QTreeWidget *explain = window->detailsView()->explainTree();
        const VerificationReport &report = window->lastVerification()->report;
        QCOMPARE(explain->topLevelItemCount(), report.checks.size());
        QCOMPARE(explain->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("prefix"));
        QCOMPARE(window->lastVerification()->input.channel, InputChannel::Paste);
    }

    void invalidVerdictsSayWhyInWords()
    {
        auto window = makeWindow();
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        window->verifyText(m_fixture.expired());
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("INVALID"));
        QVERIFY2(window->verdictPanel()->reasonText().startsWith(QStringLiteral("The certificate expired 24 h ago")),
                 qPrintable(window->verdictPanel()->reasonText()));
        // Its content verified, so it is shown (the officer sees whose expired certificate it is).
        QVERIFY(window->detailsView()->isShowingCertificate());

        window->verifyText(m_fixture.forged());
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("INVALID"));
        QCOMPARE(window->verdictPanel()->reasonText(), QStringLiteral("The issuer's key is not among the trusted keys."));
        // A signature that did not verify: nothing of the content is shown.
        QVERIFY(!window->detailsView()->isShowingCertificate());
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("holderName"))->text().isEmpty());

        window->verifyText("not a certificate");
        QTRY_COMPARE(shown.size(), 3);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("CANNOT READ"));
        QCOMPARE(window->verdictPanel()->reasonText(), QStringLiteral("This code is not a health certificate."));
        window->verifyText("HC1:%%%");
        QTRY_COMPARE(shown.size(), 4);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("CANNOT READ"));
    }

    void wedgeScannerWorksWhateverHasFocus()
    {
        auto window = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        auto *field = window->findChild<QLineEdit *>(QStringLiteral("qrTextLineEdit"));
        qint64 clock = 100000;

        // Focus in the text field: the scan is recognised by its speed, not by the field.
        field->setFocus();
        const QString text = QString::fromLatin1(m_fixture.valid());
        typeWithTimestamps(text, 4, clock);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window->lastVerification()->input.channel, InputChannel::Scanner);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("VALID"));
        // Only the first keys, before the burst was recognisable, can have reached the field.
        QVERIFY2(field->text().size() < 10, qPrintable(field->text()));

        // Focus on a table of the details view: same.
        field->clear();
        window->detailsView()->explainTree()->setFocus();
        clock += 1000;
        typeWithTimestamps(QString::fromLatin1(m_fixture.forged()), 4, clock);
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(window->lastVerification()->input.channel, InputChannel::Scanner);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("INVALID"));
    }

    void humanTypingStaysInTheField()
    {
        auto window = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        auto *field = window->findChild<QLineEdit *>(QStringLiteral("qrTextLineEdit"));
        field->setFocus();
        qint64 clock = 500000;
        typeWithTimestamps(QStringLiteral("hello there"), 180, clock);
        // A person typed it and pressed Enter in the field: verified as pasted text.
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(window->lastVerification()->input.channel, InputChannel::Paste);
        QCOMPARE(window->lastVerification()->input.text, QByteArray("hello there"));
        QCOMPARE(window->lastVerification()->report.reasons.first().code, ReasonCode::NotACertificate);
    }

    void detailsClearThemselves()
    {
        auto window = makeWindow();
        window->setPrivacyTimeoutMs(300);
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        QSignalSpy cleared(window.get(), &MainWindow::detailsCleared);
        window->verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(window->detailsView()->isShowingCertificate());
        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 3000);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("Ready to scan"));
        QVERIFY(!window->detailsView()->isShowingCertificate());
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("holderName"))->text().isEmpty());
        QCOMPARE(window->detailsView()->table(QStringLiteral("natTable"))->rowCount(), 0);
        QVERIFY(!window->lastVerification());
    }

    void nextScanReplacesTheDetails()
    {
        auto window = makeWindow();
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        window->verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 1);
        window->verifyText(m_fixture.forged());
        QTRY_COMPARE(shown.size(), 2);
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("holderName"))->text().isEmpty());
        QCOMPARE(window->detailsView()->table(QStringLiteral("natTable"))->rowCount(), 0);
    }

    void imageSequenceThroughTheCameraPipeline()
    {
        const QString shared = QStringLiteral(CERTDESK_SHARED_DIR) + QStringLiteral("/conformance/ithc");
        const QString png = shared + QStringLiteral("/png/valid_sm2_all.png");
        if (!QFile::exists(png))
            QSKIP("../shared/conformance/ithc is not available");
        LoadedTrust trust = loadTrust({shared + QStringLiteral("/keys/ithc-dsc-sm2.pem"),
                                       shared + QStringLiteral("/keys/ithc-dsc-es256.pem")},
                                      {});
        QVERIFY(trust.errors.isEmpty());

        // 10 frames of an empty desk, then 30 with the certificate on white paper, at 30 fps.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        cv::Mat desk(720, 1280, CV_8UC3, cv::Scalar(136, 130, 125));
        cv::Mat code = cv::imread(QFile::encodeName(png).toStdString(), cv::IMREAD_COLOR);
        QVERIFY(!code.empty());
        cv::resize(code, code, cv::Size(420, 420), 0, 0, cv::INTER_NEAREST);
        cv::Mat paper(500, 500, CV_8UC3, cv::Scalar(255, 255, 255));
        code.copyTo(paper(cv::Rect(40, 40, 420, 420)));
        cv::Mat withCode = desk.clone();
        paper.copyTo(withCode(cv::Rect(390, 110, 500, 500)));
        for (int i = 0; i < 40; ++i) {
            const QString file = dir.filePath(QStringLiteral("f%1.png").arg(i, 4, 10, QChar(u'0')));
            QVERIFY(cv::imwrite(QFile::encodeName(file).toStdString(), i < 10 ? desk : withCode));
        }

        auto window = makeWindow(trust.store, 1710477960000);
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        window->startSource(Scan::VideoCaptureSource::imageSequence(dir.filePath(QStringLiteral("f%04d.png")), 30.0));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 15000);
        const StationVerification &verification = *window->lastVerification();
        QCOMPARE(verification.input.channel, InputChannel::Camera);
        QCOMPARE(window->verdictPanel()->titleText(), QStringLiteral("VALID"));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("holderName"))->text(), QStringLiteral("陈 志明"));
        // The code's outline, in frame pixels, lies on the paper.
        QVERIFY(verification.input.corners.has_value());
        for (const QPointF &corner : *verification.input.corners)
            QVERIFY(QRectF(390, 110, 500, 500).contains(corner));
        QVERIFY(verification.input.capturedAtMs > 0);
        QVERIFY(!window->verdictLatenciesMs().empty());
        // The preview showed frames of its own, and the code was reported once.
        QTRY_VERIFY(window->preview()->framesShown() > 5);
        QVERIFY(!window->preview()->currentImage().isNull());
        QTest::qWait(300);
        QCOMPARE(shown.size(), 1);
    }

    void kioskModeHasNoMenusAndLargeType()
    {
        auto window = makeWindow();
        const QFont before = window->findChild<QLabel *>(QStringLiteral("verdictLabel"))->font();
        window->setKiosk(true);
        QVERIFY(window->isKiosk());
        QVERIFY(!window->menuBar()->isVisible());
        QVERIFY(!window->findChild<QLineEdit *>(QStringLiteral("qrTextLineEdit"))->isVisible());
        const QFont after = window->findChild<QLabel *>(QStringLiteral("verdictLabel"))->font();
        QVERIFY(after.pointSizeF() > before.pointSizeF());
        window->setKiosk(false);
        QVERIFY(window->menuBar()->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        auto window = makeWindow();
        SettingsDialog dialog(StationSettings{}, window.get());
        for (QWidget *root : {static_cast<QWidget *>(window.get()), static_cast<QWidget *>(&dialog)}) {
            const QList<QWidget *> controls = root->findChildren<QWidget *>();
            for (QWidget *control : controls) {
                const bool needsName = qobject_cast<QLineEdit *>(control) || qobject_cast<QComboBox *>(control)
                                       || qobject_cast<QSpinBox *>(control) || qobject_cast<QTableWidget *>(control)
                                       || qobject_cast<QTreeWidget *>(control);
                // Line edits inside editable combo boxes and spin boxes are named by their owner.
                if (!needsName || qobject_cast<QComboBox *>(control->parentWidget())
                    || qobject_cast<QAbstractSpinBox *>(control->parentWidget()))
                    continue;
                QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
            }
        }
    }

    void longStringsAndRightToLeftFit()
    {
        LongTranslator translator;
        QApplication::installTranslator(&translator);
        QApplication::setLayoutDirection(Qt::RightToLeft);
        {
            auto window = makeWindow();
            QSignalSpy shown(window.get(), &MainWindow::verdictShown);
            window->verifyText(m_fixture.valid());
            QTRY_COMPARE(shown.size(), 1);
            QVERIFY(window->verdictPanel()->titleText().endsWith(u'é'));
            QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
            // Everything still fits a 1366 x 768 laptop screen: labels wrap, tables elide.
            QVERIFY2(window->minimumSizeHint().width() <= 1366, qPrintable(QString::number(window->minimumSizeHint().width())));
            QVERIFY2(window->minimumSizeHint().height() <= 768, qPrintable(QString::number(window->minimumSizeHint().height())));
            SettingsDialog dialog(StationSettings{}, window.get());
            QVERIFY2(dialog.minimumSizeHint().width() <= 1366, qPrintable(QString::number(dialog.minimumSizeHint().width())));
        }
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QApplication::removeTranslator(&translator);
    }

    void everyVerificationIsJournaled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        auto window = makeWindow();
        StationSettings settings;
        settings.stationName = QStringLiteral("Gate 3");
        settings.operatorName = QStringLiteral("Officer Zhao");
        StationJournal journal(path, QStringLiteral("test-trust-1"));
        QVERIFY2(journal.isOpen(), qPrintable(journal.openError()));
        journal.attach(window->controller(), settings);
        QSignalSpy journaled(&journal, &StationJournal::journaled);
        window->verifyText(m_fixture.valid());
        window->verifyText(m_fixture.forged());
        QTRY_COMPARE(journaled.size(), 2);
        QVERIFY(journaled.at(0).at(1).toBool());
        QCOMPARE(journaled.at(0).at(2).toLongLong(), 1);

        // The rows, as another program (certdesk-cli journal list) reads them.
        Journal::Journal::Options readOnly;
        readOnly.mode = Journal::Journal::Mode::ReadOnly;
        Journal::Outcome<Journal::Journal> reader = Journal::Journal::open(path, readOnly);
        QVERIFY(reader);
        const Journal::Outcome<std::vector<Journal::JournalEntry>> rows = reader->query({});
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(2));
        const Journal::JournalEntry &first = rows->at(0);
        QCOMPARE(first.verdict, Verdict::Valid);
        QCOMPARE(first.format, CertificateFormat::Ithc);
        QCOMPARE(first.input, Journal::InputKind::Clipboard);
        QCOMPARE(first.station, QStringLiteral("Gate 3"));
        QCOMPARE(first.operatorName, QStringLiteral("Officer Zhao"));
        QCOMPARE(first.trustVersion, QStringLiteral("test-trust-1"));
        QCOMPARE(first.time, GuiFixture::nowMs);
        QVERIFY(!first.certificateHash.isEmpty());
        QVERIFY(!first.holderName); // identities are not kept unless the station is set to
        QCOMPARE(rows->at(1).reasons, QStringList{QStringLiteral("key_unknown")});
        QVERIFY(reader->verifyChain()->intact());

        // The journal window shows them, counts them per shift, exports them, checks the chain.
        JournalWindow journalWindow(path);
        QAbstractItemModelTester tester(journalWindow.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        journalWindow.setRange(QDateTime::fromMSecsSinceEpoch(GuiFixture::nowMs - 3600000),
                               QDateTime::fromMSecsSinceEpoch(GuiFixture::nowMs + 3600000));
        QVERIFY(journalWindow.refresh());
        QCOMPARE(journalWindow.model()->rowCount(), 2);
        QCOMPARE(journalWindow.shiftTable()->rowCount(), 1);
        QCOMPARE(journalWindow.shiftTable()->item(0, 1)->text(), QStringLiteral("2"));
        journalWindow.setVerdictFilter(Verdict::Invalid);
        QVERIFY(journalWindow.refresh());
        QCOMPARE(journalWindow.model()->rowCount(), 1);
        QCOMPARE(journalWindow.model()->index(0, JournalModel::ReasonsColumn).data().toString(), QStringLiteral("key_unknown"));
        journalWindow.setVerdictFilter(std::nullopt);
        const QString csv = dir.filePath(QStringLiteral("journal.csv"));
        QVERIFY(journalWindow.exportTo(csv, false));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 3);
        const std::optional<Journal::ChainReport> chain = journalWindow.checkIntegrity();
        QVERIFY(chain && chain->intact());
        QVERIFY(journalWindow.statusText().startsWith(QStringLiteral("Chain intact")));
    }

    void retentionPurgesOldRowsAndKeepsTheChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
        {
            Journal::Outcome<Journal::Journal> journal = Journal::Journal::open(path);
            QVERIFY(journal);
            std::vector<Journal::JournalEntry> entries;
            const qint64 day = 24LL * 3600 * 1000;
            for (const qint64 age : {120, 100, 91, 10, 1}) {
                Journal::JournalEntry entry;
                entry.time = GuiFixture::nowMs - age * day;
                entry.verdict = Verdict::Valid;
                entry.format = CertificateFormat::Ithc;
                entries.push_back(entry);
            }
            QVERIFY(journal->append(std::move(entries)));
        }
        StationJournal journal(path, QStringLiteral("test"));
        QVERIFY(journal.isOpen());
        const Journal::Outcome<Journal::PurgeReport> purged = journal.applyRetention(90, GuiFixture::nowMs);
        QVERIFY2(purged, purged ? "" : qPrintable(purged.error().message));
        QCOMPARE(purged->rowsPurged, qint64(3));
        Journal::Outcome<Journal::Journal> reader = Journal::Journal::open(path);
        QCOMPARE(reader->query({})->size(), size_t(2));
        const Journal::Outcome<Journal::ChainReport> chain = reader->verifyChain();
        QVERIFY(chain && chain->intact());
        QVERIFY(chain->anchor.has_value());
    }

    void anUnwritableJournalIsReported()
    {
        auto window = makeWindow();
        StationJournal journal(QStringLiteral("/proc/certdesk/journal.sqlite"), QStringLiteral("test"));
        QVERIFY(!journal.isOpen());
        QVERIFY(!journal.openError().isEmpty());
        journal.attach(window->controller(), StationSettings{});
        QSignalSpy journaled(&journal, &StationJournal::journaled);
        QSignalSpy shown(window.get(), &MainWindow::verdictShown);
        window->verifyText(m_fixture.valid());
        // The verdict is still shown; the journal says the verification was not recorded.
        QTRY_COMPARE(shown.size(), 1);
        QTRY_COMPARE(journaled.size(), 1);
        QVERIFY(!journaled.at(0).at(1).toBool());
        QVERIFY(!journaled.at(0).at(3).toString().isEmpty());
    }

    void entryPolicyFromTheSettings()
    {
        MainWindow::Options options;
        options.settings.sounds = false;
        options.settings.policy = QStringLiteral("ithc-entry");
        MainWindow window(m_fixture.store, [] { return GuiFixture::nowMs; }, options);
        QSignalSpy shown(&window, &MainWindow::verdictShown);
        window.verifyText(m_fixture.valid());
        QTRY_COMPARE(shown.size(), 1);
        // The specimen has a negative nucleic-acid test 28 h old but no IgM test.
        QCOMPARE(window.verdictPanel()->titleText(), QStringLiteral("INVALID"));
        QCOMPARE(window.verdictPanel()->reasonText(), QStringLiteral("Entry policy not met: no IgM antibody test."));
        QVERIFY(window.lastVerification()->report.policy.has_value());
    }

    void verdictSoundsDiffer()
    {
        const QByteArray valid = VerdictSound::wav(Verdict::Valid);
        const QByteArray invalid = VerdictSound::wav(Verdict::Invalid);
        const QByteArray unreadable = VerdictSound::wav(Verdict::Unreadable);
        for (const QByteArray &wav : {valid, invalid, unreadable}) {
            QVERIFY(wav.startsWith("RIFF"));
            QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
            // RIFF size field = file size - 8; 0.2-0.5 s of 16-bit mono at 22.05 kHz.
            QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
            QVERIFY(wav.size() > 8000 && wav.size() < 30000);
        }
        QVERIFY(valid != invalid && invalid != unreadable && valid != unreadable);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
