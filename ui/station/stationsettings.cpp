// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "stationsettings.h"

#include <QSettings>

#include <algorithm>

namespace CertDesk::Ui {

namespace {

// One key per setting, grouped as the dialog is.
constexpr char kStationName[] = "station/name";
constexpr char kOperator[] = "station/operator";
constexpr char kCamera[] = "camera/device";
constexpr char kResolution[] = "camera/resolution";
constexpr char kTorch[] = "camera/torch";
constexpr char kSerialPort[] = "scanner/serialPort";
constexpr char kSerialBaud[] = "scanner/baudRate";
constexpr char kPolicy[] = "policy/name";
constexpr char kSounds[] = "ui/sounds";
constexpr char kPrivacy[] = "privacy/timeoutSeconds";
constexpr char kRetention[] = "journal/retentionDays";
constexpr char kIdentities[] = "journal/storeIdentities";
constexpr char kLanguage[] = "ui/language";

} // namespace

StationSettings StationSettings::load(QSettings &settings)
{
    StationSettings s;
    s.stationName = settings.value(kStationName).toString();
    s.operatorName = settings.value(kOperator).toString();
    s.camera = settings.value(kCamera).toString();
    const QSize resolution = settings.value(kResolution, s.cameraResolution).toSize();
    if (resolution.isValid() && resolution.width() <= 7680 && resolution.height() <= 4320)
        s.cameraResolution = resolution;
    s.torch = settings.value(kTorch, s.torch).toBool();
    s.serialPort = settings.value(kSerialPort).toString();
    bool ok = false;
    const int baud = settings.value(kSerialBaud, s.serialBaudRate).toInt(&ok);
    if (ok && baud > 0)
        s.serialBaudRate = baud;
    s.policy = settings.value(kPolicy).toString();
    s.sounds = settings.value(kSounds, s.sounds).toBool();
    const int privacy = settings.value(kPrivacy, s.privacyTimeoutSeconds).toInt(&ok);
    if (ok)
        s.privacyTimeoutSeconds = std::clamp(privacy, minPrivacyTimeoutSeconds, maxPrivacyTimeoutSeconds);
    const int retention = settings.value(kRetention, s.journalRetentionDays).toInt(&ok);
    if (ok && retention >= 1)
        s.journalRetentionDays = retention;
    s.journalStoresIdentities = settings.value(kIdentities, s.journalStoresIdentities).toBool();
    s.language = settings.value(kLanguage).toString();
    return s;
}

StationSettings StationSettings::load()
{
    QSettings settings;
    return load(settings);
}

void StationSettings::save(QSettings &settings) const
{
    settings.setValue(kStationName, stationName);
    settings.setValue(kOperator, operatorName);
    settings.setValue(kCamera, camera);
    settings.setValue(kResolution, cameraResolution);
    settings.setValue(kTorch, torch);
    settings.setValue(kSerialPort, serialPort);
    settings.setValue(kSerialBaud, serialBaudRate);
    settings.setValue(kPolicy, policy);
    settings.setValue(kSounds, sounds);
    settings.setValue(kPrivacy, privacyTimeoutSeconds);
    settings.setValue(kRetention, journalRetentionDays);
    settings.setValue(kIdentities, journalStoresIdentities);
    settings.setValue(kLanguage, language);
}

void StationSettings::save() const
{
    QSettings settings;
    save(settings);
}

} // namespace CertDesk::Ui
