// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace CertDesk {

/// The station's own configuration as the CLI sees it (the same QSettings and
/// application-data folder as the GUI, so both reach the same verdict).
struct StationConfig
{
    /// Trust material used when no --trust is given: the paths in the setting
    /// "trust/paths", else the folder "trust" under the application-data location
    /// when it exists. Empty: trust nothing.
    QStringList trustPaths;
    /// PEM public key that signs the German DSC list ("trust/listSigningKey").
    QString listSigningKey;

    static StationConfig load();
};

} // namespace CertDesk
