// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "trustbundle.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace CertDesk::TrustBundle {

/// The station's installed trust bundles (TRUST-BUNDLES.md "Installing"): a folder holding
/// `current.cdtb`, the last good one before it as `previous.cdtb`, and `installed.json`
/// (where each came from and when). Every file is replaced by an atomic rename, so a
/// crash or a full disk during an update leaves the old bundle in place.
class BundleStore
{
public:
    explicit BundleStore(QString directory);
    /// `trust-bundle` under the application-data folder.
    static QString defaultDirectory();

    const QString &directory() const { return m_directory; }
    QString currentPath() const;
    QString previousPath() const;
    bool hasCurrent() const;

    struct Installed
    {
        Bundle bundle;
        quint64 replacedVersion = 0; ///< 0: nothing was installed before
    };
    /// Installs @p data: signature and pin (@p pins must not be empty), time at @p now
    /// (not expired, clock not before its issue time), a version above the installed one
    /// (an equal or lower one is refused as a rollback), and every entry readable (trust
    /// through TrustLoader, policies as CertLogic rules). On any failure nothing changes.
    /// @p source says where the bytes came from (a path or URL), kept in installed.json.
    Expected<Installed, QString> install(const QByteArray &data, const QList<QByteArray> &pins, Timestamp::Millis now,
                                         const QString &source);

    struct Loaded
    {
        std::optional<Bundle> bundle;
        QString path;
        bool fallback = false; ///< current.cdtb failed; this is previous.cdtb
        QStringList warnings;
        QStringList errors;
    };
    /// Opens the installed bundle with @p pins, falling back to the previous one (with a
    /// warning) when the current one no longer opens. No bundle installed: empty result.
    Loaded load(const QList<QByteArray> &pins) const;

private:
    QString m_directory;
};

/// Every entry of @p bundle that the station could not use, one message each: trust
/// entries TrustLoader cannot read, policies that are not valid CertLogic business rules.
QStringList checkEntries(const Bundle &bundle);

} // namespace CertDesk::TrustBundle
