// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "settingsdialog.h"

#include "scan/cameralist.h"
#include "scan/serialscanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CertDesk::Ui {

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (combo->isEditable()) {
        combo->setEditText(value.toString());
    }
}

template <typename Widget>
Widget *named(Widget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

SettingsDialog::SettingsDialog(const StationSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Station settings"));
    auto *layout = new QVBoxLayout(this);

    auto *stationBox = new QGroupBox(tr("Station"), this);
    auto *station = new QFormLayout(stationBox);
    station->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_station = named(new QLineEdit(settings.stationName, stationBox), QStringLiteral("stationNameEdit"), tr("Station name"));
    m_operator = named(new QLineEdit(settings.operatorName, stationBox), QStringLiteral("operatorEdit"), tr("Operator"));
    station->addRow(tr("&Station name:"), m_station);
    station->addRow(tr("&Operator:"), m_operator);
    layout->addWidget(stationBox);

    auto *inputBox = new QGroupBox(tr("Camera and scanner"), this);
    auto *input = new QFormLayout(inputBox);
    input->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_camera = named(new QComboBox(inputBox), QStringLiteral("cameraCombo"), tr("Camera"));
    m_camera->setEditable(true);
    m_camera->addItem(tr("First camera found"), QString());
    for (const Scan::CameraInfo &camera : Scan::CameraList::available())
        m_camera->addItem(QStringLiteral("%1 (%2)").arg(camera.name, camera.devicePath), camera.name);
    selectData(m_camera, settings.camera);
    m_resolution = named(new QComboBox(inputBox), QStringLiteral("resolutionCombo"), tr("Camera resolution"));
    for (const QSize size : {QSize(640, 480), QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)})
        m_resolution->addItem(QStringLiteral("%1 × %2").arg(size.width()).arg(size.height()), size);
    selectData(m_resolution, settings.cameraResolution);
    m_torch = named(new QCheckBox(tr("Use the camera's &light where it has one"), inputBox), QStringLiteral("torchCheck"),
                    tr("Camera light"));
    m_torch->setChecked(settings.torch);
    m_serialPort = named(new QComboBox(inputBox), QStringLiteral("serialPortCombo"), tr("Serial scanner port"));
    m_serialPort->setEditable(true);
    m_serialPort->addItem(tr("None"), QString());
    for (const Scan::SerialPortDescription &port : Scan::SerialScanner::availablePorts())
        m_serialPort->addItem(QStringLiteral("%1 – %2").arg(port.portName, port.description), port.portName);
    selectData(m_serialPort, settings.serialPort);
    m_baudRate = named(new QComboBox(inputBox), QStringLiteral("baudRateCombo"), tr("Serial speed"));
    for (const int rate : {9600, 19200, 38400, 57600, 115200})
        m_baudRate->addItem(QString::number(rate), rate);
    selectData(m_baudRate, settings.serialBaudRate);
    input->addRow(tr("&Camera:"), m_camera);
    input->addRow(tr("&Resolution:"), m_resolution);
    input->addRow(QString(), m_torch);
    input->addRow(tr("Serial &scanner:"), m_serialPort);
    input->addRow(tr("Serial s&peed (baud):"), m_baudRate);
    auto *wedgeNote = new QLabel(tr("Keyboard scanners work without any setting: the station recognises them by their speed."),
                                 inputBox);
    wedgeNote->setWordWrap(true);
    input->addRow(wedgeNote);
    layout->addWidget(inputBox);

    auto *checkBox = new QGroupBox(tr("Checking"), this);
    auto *check = new QFormLayout(checkBox);
    check->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_policy = named(new QComboBox(checkBox), QStringLiteral("policyCombo"), tr("Entry policy"));
    m_policy->addItem(tr("Signature and validity only"), QString());
    m_policy->addItem(tr("ITHC entry: negative PCR and IgM within 48 h"), QStringLiteral("ithc-entry"));
    m_policy->addItem(tr("EU travel (2022 rules)"), QStringLiteral("eu-travel-2022"));
    selectData(m_policy, settings.policy);
    m_sounds = named(new QCheckBox(tr("Play a &sound for each verdict"), checkBox), QStringLiteral("soundsCheck"),
                     tr("Sounds"));
    m_sounds->setChecked(settings.sounds);
    check->addRow(tr("Entry &policy:"), m_policy);
    check->addRow(QString(), m_sounds);
    layout->addWidget(checkBox);

    auto *privacyBox = new QGroupBox(tr("Privacy and journal"), this);
    auto *privacy = new QFormLayout(privacyBox);
    privacy->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_privacy = named(new QSpinBox(privacyBox), QStringLiteral("privacySpin"), tr("Clear details after"));
    m_privacy->setRange(StationSettings::minPrivacyTimeoutSeconds, StationSettings::maxPrivacyTimeoutSeconds);
    m_privacy->setSuffix(tr(" s"));
    m_privacy->setValue(settings.privacyTimeoutSeconds);
    m_retention = named(new QSpinBox(privacyBox), QStringLiteral("retentionSpin"), tr("Keep journal entries for"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(settings.journalRetentionDays);
    m_identities = named(new QCheckBox(tr("Store holders' &names and dates of birth in the journal"), privacyBox),
                         QStringLiteral("identitiesCheck"), tr("Store identities"));
    m_identities->setChecked(settings.journalStoresIdentities);
    privacy->addRow(tr("Clear &details after:"), m_privacy);
    privacy->addRow(tr("&Keep journal entries for:"), m_retention);
    privacy->addRow(QString(), m_identities);
    layout->addWidget(privacyBox);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *language = new QFormLayout(languageBox);
    m_language = named(new QComboBox(languageBox), QStringLiteral("languageCombo"), tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    selectData(m_language, settings.language);
    language->addRow(tr("&Language (after a restart):"), m_language);
    layout->addWidget(languageBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

StationSettings SettingsDialog::settings() const
{
    StationSettings s = m_original;
    s.stationName = m_station->text().trimmed();
    s.operatorName = m_operator->text().trimmed();
    // An entry typed by hand (a name or an index) has no item data: keep the text.
    s.camera = m_camera->currentIndex() >= 0 && m_camera->currentText() == m_camera->itemText(m_camera->currentIndex())
                   ? m_camera->currentData().toString()
                   : m_camera->currentText().trimmed();
    s.cameraResolution = m_resolution->currentData().toSize();
    s.torch = m_torch->isChecked();
    s.serialPort = m_serialPort->currentIndex() >= 0
                           && m_serialPort->currentText() == m_serialPort->itemText(m_serialPort->currentIndex())
                       ? m_serialPort->currentData().toString()
                       : m_serialPort->currentText().trimmed();
    s.serialBaudRate = m_baudRate->currentData().toInt();
    s.policy = m_policy->currentData().toString();
    s.sounds = m_sounds->isChecked();
    s.privacyTimeoutSeconds = m_privacy->value();
    s.journalRetentionDays = m_retention->value();
    s.journalStoresIdentities = m_identities->isChecked();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace CertDesk::Ui
