// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "bundlestore.h"

#include "model/valuesets.h"
#include "policy/entrypolicy.h"
#include "trust/trustloader.h"
#include "trust/truststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace CertDesk::TrustBundle {

namespace {

constexpr char kCurrent[] = "current.cdtb";
constexpr char kPrevious[] = "previous.cdtb";
constexpr char kInstalled[] = "installed.json";

std::optional<QString> writeAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return QStringLiteral("%1: cannot write: %2").arg(path, error);
    }
    if (!file.commit())
        return QStringLiteral("%1: cannot write: %2").arg(path, file.errorString());
    return std::nullopt;
}

Expected<QByteArray, QString> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
    if (file.size() > kMaxBundleBytes)
        return QStringLiteral("%1: %2 bytes, over the limit of %3").arg(path).arg(file.size()).arg(kMaxBundleBytes);
    return file.readAll();
}

QJsonObject describe(const Bundle &bundle, const QString &source, Timestamp::Millis installedAt)
{
    return QJsonObject{
        {QStringLiteral("version"), qint64(bundle.manifest.version)},
        {QStringLiteral("issued"), Timestamp::formatRfc3339(bundle.manifest.issued)},
        {QStringLiteral("expires"), Timestamp::formatRfc3339(bundle.manifest.expires)},
        {QStringLiteral("publisher"), bundle.manifest.publisher},
        {QStringLiteral("signer"), bundle.signerSubject},
        {QStringLiteral("signer_sha256"), fingerprintToHex(bundle.signerFingerprint)},
        {QStringLiteral("file_sha256"), fingerprintToHex(bundle.fileSha256)},
        {QStringLiteral("source"), source},
        {QStringLiteral("installed"), Timestamp::formatRfc3339(installedAt)},
    };
}

} // namespace

BundleStore::BundleStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString BundleStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust-bundle");
}

QString BundleStore::currentPath() const
{
    return m_directory + u'/' + QLatin1StringView(kCurrent);
}

QString BundleStore::previousPath() const
{
    return m_directory + u'/' + QLatin1StringView(kPrevious);
}

bool BundleStore::hasCurrent() const
{
    return QFileInfo::exists(currentPath());
}

QStringList checkEntries(const Bundle &bundle)
{
    QStringList problems;
    TrustStore scratch;
    TrustLoader loader;
    for (const Entry &entry : bundle.manifest.entries) {
        switch (entry.kind) {
        case EntryKind::Trust:
            if (const auto error = loader.loadBytes(entry.data, entry.path, scratch))
                problems.append(error->message);
            break;
        case EntryKind::Policy: {
            const auto policy = Policy::EntryPolicy::fromBusinessRules(entry.data, entry.path);
            if (!policy)
                problems.append(QStringLiteral("%1: %2").arg(entry.path, policy.error()));
            break;
        }
        case EntryKind::ValueSets: {
            ValueSets sets;
            if (!sets.addJson(entry.data))
                problems.append(QStringLiteral("%1: not a value set (JSON with valueSetId and valueSetValues)").arg(entry.path));
            break;
        }
        case EntryKind::Revocation:
            // Read by the revocation loader when the station loads its lists (REVOCATION.md).
            break;
        }
    }
    return problems;
}

Expected<BundleStore::Installed, QString> BundleStore::install(const QByteArray &data, const QList<QByteArray> &pins,
                                                               Timestamp::Millis now, const QString &source)
{
    if (pins.isEmpty())
        return QStringLiteral("no trust-bundle signer is pinned on this station: pin the publisher's certificate first (--pin)");
    auto opened = open(data, pins);
    if (!opened)
        return QStringLiteral("refused: %1").arg(opened.error());
    Installed installed;
    installed.bundle = std::move(opened).value();
    const Bundle &bundle = installed.bundle;
    if (const auto problem = checkTime(bundle, now))
        return QStringLiteral("refused: %1").arg(problem->detail);

    // Rollback: compare with what is installed now (if it still opens with these pins).
    if (hasCurrent()) {
        const auto currentBytes = readFile(currentPath());
        if (currentBytes) {
            const auto current = open(currentBytes.value(), pins);
            if (current) {
                installed.replacedVersion = current->manifest.version;
                if (bundle.manifest.version == current->manifest.version)
                    return QStringLiteral("refused: version %1 is already installed").arg(bundle.manifest.version);
                if (bundle.manifest.version < current->manifest.version)
                    return QStringLiteral("refused: version %1 is older than the installed version %2 (rollback)")
                        .arg(bundle.manifest.version)
                        .arg(current->manifest.version);
            }
        }
    }
    const QStringList problems = checkEntries(bundle);
    if (!problems.isEmpty())
        return QStringLiteral("refused: %1 entr%2 cannot be used: %3")
            .arg(problems.size())
            .arg(problems.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
            .arg(problems.join(QStringLiteral("; ")));

    if (!QDir().mkpath(m_directory))
        return QStringLiteral("%1: cannot create the folder").arg(m_directory);
    // The current bundle becomes the last good one, then the new one becomes current; each
    // step is an atomic rename, so any failure leaves a working pair behind.
    QJsonObject record;
    QFile recordFile(m_directory + u'/' + QLatin1StringView(kInstalled));
    if (recordFile.open(QIODevice::ReadOnly))
        record = QJsonDocument::fromJson(recordFile.readAll()).object();
    recordFile.close();
    if (hasCurrent() && installed.replacedVersion > 0) {
        const auto currentBytes = readFile(currentPath());
        if (!currentBytes)
            return currentBytes.error();
        if (const auto error = writeAtomically(previousPath(), currentBytes.value()))
            return *error;
        record.insert(QStringLiteral("previous"), record.value(QStringLiteral("current")));
    }
    if (const auto error = writeAtomically(currentPath(), data))
        return *error;
    record.insert(QStringLiteral("current"), describe(bundle, source, now));
    if (const auto error = writeAtomically(recordFile.fileName(), QJsonDocument(record).toJson()))
        return *error;
    return installed;
}

BundleStore::Loaded BundleStore::load(const QList<QByteArray> &pins) const
{
    Loaded loaded;
    for (const QString &path : {currentPath(), previousPath()}) {
        if (!QFileInfo::exists(path))
            continue;
        const auto bytes = readFile(path);
        if (!bytes) {
            loaded.warnings.append(bytes.error());
            continue;
        }
        auto bundle = open(bytes.value(), pins);
        if (!bundle) {
            loaded.warnings.append(QStringLiteral("%1: %2").arg(path, bundle.error()));
            continue;
        }
        loaded.bundle = std::move(bundle).value();
        loaded.path = path;
        loaded.fallback = path == previousPath();
        if (loaded.fallback)
            loaded.warnings.append(QStringLiteral("using the last good trust bundle, version %1 (%2)")
                                       .arg(loaded.bundle->manifest.version)
                                       .arg(path));
        return loaded;
    }
    if (!loaded.warnings.isEmpty())
        loaded.errors.append(QStringLiteral("no installed trust bundle can be used: %1").arg(loaded.warnings.join(QStringLiteral("; "))));
    return loaded;
}

} // namespace CertDesk::TrustBundle
