// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "station/stationsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace CertDesk::Ui {

/// The station's settings: station and operator, camera, scanner, policy, sounds, privacy
/// timeout, journal retention, language. Every control has an accessible name and a label
/// with a mnemonic; the dialog is keyboard operable and lays out by form rows that wrap.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const StationSettings &settings, QWidget *parent = nullptr);

    /// The values as edited.
    StationSettings settings() const;

private:
    StationSettings m_original;
    QLineEdit *m_station = nullptr;
    QLineEdit *m_operator = nullptr;
    QComboBox *m_camera = nullptr;
    QComboBox *m_resolution = nullptr;
    QCheckBox *m_torch = nullptr;
    QComboBox *m_serialPort = nullptr;
    QComboBox *m_baudRate = nullptr;
    QComboBox *m_policy = nullptr;
    QCheckBox *m_sounds = nullptr;
    QSpinBox *m_privacy = nullptr;
    QSpinBox *m_retention = nullptr;
    QCheckBox *m_identities = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace CertDesk::Ui
