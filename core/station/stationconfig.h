// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

#include "trust/trustage.h"
#include "trust/trustbundle.h"
#include "trust/revocationloader.h"
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
    /// Revocation lists used when no --revocation is given: the paths in the setting
    /// "revocation/paths", else the folder "revocation" under the application-data location
    /// when it exists. Load them with loadRevocation() (trust/revocationloader.h), the one way
    /// both programs read revocation lists. Empty: none (the "revocation" step is not checked).
    QStringList revocationPaths;
    /// Installed trust bundles (TrustBundle::BundleStore), loaded with the trust paths when
    /// no --trust is given: "trust/bundleDirectory", else `trust-bundle` under AppDataLocation.
    QString bundleDirectory;
    /// SHA-256 fingerprints (hex) of the certificates allowed to sign trust bundles
    /// ("trust/bundlePins"), set when the station is installed (certdesk-cli trust pin).
    QList<QByteArray> bundlePins;
    /// Where `certdesk-cli trust update` fetches the next bundle: a path or an https URL
    /// ("trust/bundleSource").
    QString bundleSource;
    /// "trust/warnAgeDays" (default 7) and "trust/refuseAgeDays" (default 30).
    TrustAgeLimits trustAge;

    static StationConfig load();
};

/// Trust material loaded for a run.
struct LoadedTrust
{
    std::shared_ptr<TrustStore> store;
    QStringList errors;   ///< each names the file and the problem; the store is not to be used when any
    QStringList warnings; ///< non-fatal remarks (an unchecked list, a skipped entry)
    /// The trust's provenance for the age checks: the oldest trust bundle loaded, or
    /// fromBundle false when only loose files were.
    TrustSummary summary;
    /// Revocation lists, policies and value sets that came in trust bundles.
    QList<TrustBundle::Entry> bundleExtras;
};

/// Loads every path of @p trustPaths into one store, with @p listSigningKeyPath (a PEM
/// public key or empty) checking the German DSC list's signature. The one way both
/// programs load trust, so the station and certdesk-cli trust the same keys.
/// Trust bundles among the paths are opened with @p bundlePins (see TrustLoader::setBundlePins);
/// when @p bundleDirectory is given, its installed bundle (or the last good one) is loaded too.
LoadedTrust loadTrust(const QStringList &trustPaths, const QString &listSigningKeyPath,
                      const QList<QByteArray> &bundlePins = {}, const QString &bundleDirectory = {});
/// The station's configured trust: loadTrust() with @p config's paths, pins and bundles.
LoadedTrust loadStationTrust(const StationConfig &config);

} // namespace CertDesk
