// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

#include "trust/truststore.h"

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

/// Trust material loaded for a run.
struct LoadedTrust
{
    std::shared_ptr<TrustStore> store;
    QStringList errors;   ///< each names the file and the problem; the store is not to be used when any
    QStringList warnings; ///< non-fatal remarks (an unchecked list, a skipped entry)
};

/// Loads every path of @p trustPaths into one store, with @p listSigningKeyPath (a PEM
/// public key or empty) checking the German DSC list's signature. The one way both
/// programs load trust, so the station and certdesk-cli trust the same keys.
LoadedTrust loadTrust(const QStringList &trustPaths, const QString &listSigningKeyPath);

} // namespace CertDesk
