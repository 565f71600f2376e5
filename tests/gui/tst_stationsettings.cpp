// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "settings/settingsdialog.h"
#include "station/stationsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace CertDesk::Ui;

class TestStationSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        const StationSettings s = StationSettings::load(settings);
        QCOMPARE(s.privacyTimeoutSeconds, 30);
        QCOMPARE(s.journalRetentionDays, 90);
        QVERIFY(s.sounds);
        QVERIFY(!s.journalStoresIdentities);
        QCOMPARE(s.cameraResolution, QSize(1280, 720));
    }

    void roundTripAndRanges()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        StationSettings s;
        s.stationName = QStringLiteral("Gate 7");
        s.operatorName = QStringLiteral("Officer Li");
        s.camera = QStringLiteral("C920");
        s.cameraResolution = QSize(1920, 1080);
        s.serialPort = QStringLiteral("ttyACM0");
        s.serialBaudRate = 115200;
        s.policy = QStringLiteral("ithc-entry");
        s.sounds = false;
        s.privacyTimeoutSeconds = 12;
        s.journalRetentionDays = 30;
        s.journalStoresIdentities = true;
        s.language = QStringLiteral("zh_CN");
        s.save(settings);
        QCOMPARE(StationSettings::load(settings), s);

        // Values out of range or of the wrong type fall back or are clamped, never trusted.
        settings.setValue(QStringLiteral("privacy/timeoutSeconds"), 1);
        settings.setValue(QStringLiteral("journal/retentionDays"), -5);
        settings.setValue(QStringLiteral("camera/resolution"), QStringLiteral("huge"));
        settings.setValue(QStringLiteral("scanner/baudRate"), QStringLiteral("fast"));
        const StationSettings loaded = StationSettings::load(settings);
        QCOMPARE(loaded.privacyTimeoutSeconds, StationSettings::minPrivacyTimeoutSeconds);
        QCOMPARE(loaded.journalRetentionDays, 90);
        QCOMPARE(loaded.cameraResolution, QSize(1280, 720));
        QCOMPARE(loaded.serialBaudRate, 9600);
    }

    void dialogEditsEveryField()
    {
        StationSettings s;
        s.stationName = QStringLiteral("Gate 1");
        SettingsDialog dialog(s);
        QCOMPARE(dialog.settings(), s);
        dialog.findChild<QLineEdit *>(QStringLiteral("stationNameEdit"))->setText(QStringLiteral(" Gate 9 "));
        dialog.findChild<QLineEdit *>(QStringLiteral("operatorEdit"))->setText(QStringLiteral("Officer Wang"));
        dialog.findChild<QSpinBox *>(QStringLiteral("privacySpin"))->setValue(45);
        dialog.findChild<QSpinBox *>(QStringLiteral("retentionSpin"))->setValue(10);
        dialog.findChild<QCheckBox *>(QStringLiteral("soundsCheck"))->setChecked(false);
        dialog.findChild<QCheckBox *>(QStringLiteral("identitiesCheck"))->setChecked(true);
        auto *policy = dialog.findChild<QComboBox *>(QStringLiteral("policyCombo"));
        policy->setCurrentIndex(policy->findData(QStringLiteral("eu-travel-2022")));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        auto *camera = dialog.findChild<QComboBox *>(QStringLiteral("cameraCombo"));
        camera->setEditText(QStringLiteral("2"));
        const StationSettings edited = dialog.settings();
        QCOMPARE(edited.stationName, QStringLiteral("Gate 9"));
        QCOMPARE(edited.operatorName, QStringLiteral("Officer Wang"));
        QCOMPARE(edited.privacyTimeoutSeconds, 45);
        QCOMPARE(edited.journalRetentionDays, 10);
        QVERIFY(!edited.sounds);
        QVERIFY(edited.journalStoresIdentities);
        QCOMPARE(edited.policy, QStringLiteral("eu-travel-2022"));
        QCOMPARE(edited.language, QStringLiteral("zh_CN"));
        QCOMPARE(edited.camera, QStringLiteral("2"));
    }
};

QTEST_MAIN(TestStationSettings)
#include "tst_stationsettings.moc"
