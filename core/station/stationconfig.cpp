// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "stationconfig.h"

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
    if (config.trustPaths.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust");
        if (QDir(folder).exists())
            config.trustPaths.append(folder);
    }
    return config;
}

LoadedTrust loadTrust(const QStringList &trustPaths, const QString &listSigningKeyPath)
{
    LoadedTrust loaded;
    loaded.store = std::make_shared<TrustStore>();
    TrustLoader loader;
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
    loaded.warnings = loader.warnings();
    return loaded;
}

} // namespace CertDesk
