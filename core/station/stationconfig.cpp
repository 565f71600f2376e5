// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "stationconfig.h"

#include <QDir>
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

} // namespace CertDesk
