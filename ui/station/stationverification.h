// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/verificationreport.h"

#include <QMetaType>
#include <QPointF>
#include <QString>

#include <array>
#include <optional>

namespace CertDesk::Ui {

/// Where a QR text came from (journaled as the row's input).
enum class InputChannel {
    Camera,  ///< the live camera (or the demo's video played as one)
    Scanner, ///< a keyboard-wedge scanner
    Serial,  ///< a serial / USB-CDC scanner
    File,    ///< an image, PDF or text file opened or dropped
    Paste,   ///< pasted or typed by hand
};
/// "camera", "scanner", "serial", "file", "paste": the journal's and the CSV's words.
QString inputChannelName(InputChannel channel);

/// One QR text on its way to a verdict.
struct StationInput
{
    QByteArray text;
    InputChannel channel = InputChannel::Paste;
    QString sourceName;           ///< camera name, file name, port
    qint64 arrivedAtMs = 0;       ///< steady clock: the text reached the station
    qint64 capturedAtMs = -1;     ///< steady clock: the camera frame it was read from, or -1
    qint64 frameIndex = -1;       ///< that frame's index in its source, or -1
    std::optional<std::array<QPointF, 4>> corners; ///< in the frame, for the preview outline
};

/// A verification the station made, with the timings the targets are measured on.
struct StationVerification
{
    quint64 sequence = 0; ///< counts the station's verifications since start, from 1
    StationInput input;
    VerificationReport report;
    qint64 verifiedAtMs = 0; ///< steady clock: the verdict was ready
};

} // namespace CertDesk::Ui

Q_DECLARE_METATYPE(CertDesk::Ui::StationInput)
Q_DECLARE_METATYPE(CertDesk::Ui::StationVerification)
