// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSize>
#include <QString>

class QSettings;

namespace CertDesk::Ui {

/// What the officer chooses in the settings dialog, stored with QSettings (the same
/// organisation and application as certdesk-cli, so both see one station).
struct StationSettings
{
    QString stationName;
    QString operatorName;
    /// Camera by name or index (CameraList::find); empty: the first camera found.
    QString camera;
    QSize cameraResolution{1280, 720};
    bool torch = false;
    /// Serial / USB-CDC scanner port ("ttyACM0", "COM3"); empty: none.
    QString serialPort;
    qint32 serialBaudRate = 9600;
    /// Entry policy name (applied once policies exist; empty: signature and validity only).
    QString policy;
    bool sounds = true;
    /// Seconds the holder's details stay on screen.
    int privacyTimeoutSeconds = 30;
    int journalRetentionDays = 90;
    /// Store names and dates of birth in the journal (off unless the station's rules require it).
    bool journalStoresIdentities = false;
    /// UI language ("en", "zh_CN"); empty: the system's.
    QString language;

    static constexpr int minPrivacyTimeoutSeconds = 5;
    static constexpr int maxPrivacyTimeoutSeconds = 600;

    /// Reads the settings; missing or out-of-range values take their defaults.
    static StationSettings load(QSettings &settings);
    static StationSettings load();
    void save(QSettings &settings) const;
    void save() const;

    friend bool operator==(const StationSettings &, const StationSettings &) = default;
};

} // namespace CertDesk::Ui
