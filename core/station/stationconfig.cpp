// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "stationconfig.h"

#include "trust/bundlestore.h"
#include "trust/trustloader.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace CertDesk {

StationConfig StationConfig::load()
{
    StationConfig config;
    QSettings settings;
    config.trustPaths = settings.value(QStringLiteral("trust/paths")).toStringList();
    config.listSigningKey = settings.value(QStringLiteral("trust/listSigningKey")).toString();
    config.bundleDirectory = settings.value(QStringLiteral("trust/bundleDirectory"), TrustBundle::BundleStore::defaultDirectory()).toString();
    for (const QString &pin : settings.value(QStringLiteral("trust/bundlePins")).toStringList()) {
        const QByteArray fingerprint = TrustBundle::fingerprintFromHex(pin);
        if (!fingerprint.isEmpty())
            config.bundlePins.append(fingerprint);
    }
    config.bundleSource = settings.value(QStringLiteral("trust/bundleSource")).toString();
    config.trustAge.warnDays = settings.value(QStringLiteral("trust/warnAgeDays"), config.trustAge.warnDays).toInt();
    config.trustAge.refuseDays = settings.value(QStringLiteral("trust/refuseAgeDays"), config.trustAge.refuseDays).toInt();
    if (config.trustPaths.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust");
        if (QDir(folder).exists())
            config.trustPaths.append(folder);
    }
    config.revocationPaths = settings.value(QStringLiteral("revocation/paths")).toStringList();
    if (config.revocationPaths.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/revocation");
        if (QDir(folder).exists())
            config.revocationPaths.append(folder);
    }
    return config;
}

LoadedTrust loadStationTrust(const StationConfig &config)
{
    return loadTrust(config.trustPaths, config.listSigningKey, config.bundlePins, config.bundleDirectory);
}

LoadedTrust loadTrust(const QStringList &trustPaths, const QString &listSigningKeyPath,
                      const QList<QByteArray> &bundlePins, const QString &bundleDirectory)
{
    LoadedTrust loaded;
    loaded.store = std::make_shared<TrustStore>();
    TrustLoader loader;
    loader.setBundlePins(bundlePins);
    if (!listSigningKeyPath.isEmpty()) {
        QFile keyFile(listSigningKeyPath);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            loaded.errors.append(QStringLiteral("%1: cannot open: %2").arg(listSigningKeyPath, keyFile.errorString()));
            return loaded;
        }
        if (const auto error = loader.setListSigningKey(keyFile.readAll())) {
            loaded.errors.append(QStringLiteral("%1: %2").arg(listSigningKeyPath, error->message));
            return loaded;
        }
    }
    for (const QString &path : trustPaths) {
        if (const auto error = loader.loadPath(path, *loaded.store))
            loaded.errors.append(error->message);
    }
    bool fallback = false;
    if (!bundleDirectory.isEmpty()) {
        const TrustBundle::BundleStore bundles(bundleDirectory);
        const TrustBundle::BundleStore::Loaded installed = bundles.load(bundlePins);
        loaded.warnings.append(installed.warnings);
        loaded.errors.append(installed.errors);
        if (installed.bundle) {
            fallback = installed.fallback;
            if (const auto error = loader.loadPath(installed.path, *loaded.store))
                loaded.errors.append(error->message);
        }
    }
    loaded.warnings += loader.warnings();
    for (const TrustLoader::BundleContents &bundle : loader.bundles()) {
        if (!loaded.summary.fromBundle || bundle.summary.issued < loaded.summary.issued)
            loaded.summary = bundle.summary;
        loaded.bundleExtras.append(bundle.extras);
    }
    if (fallback && loaded.summary.fromBundle)
        loaded.summary.fallback = true;
    return loaded;
}

} // namespace CertDesk
