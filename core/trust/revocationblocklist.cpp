// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocationblocklist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace CertDesk {

namespace {

constexpr QLatin1StringView kType("certdesk-blocklist");
constexpr int kVersion = 1;
// A blocklist is typed by hand, one entry at a time: 64 MiB is far beyond any real one.
constexpr qint64 kMaxBlocklistBytes = 64 * 1024 * 1024;

bool isKnownFormat(const QString &name)
{
    for (CertificateFormat format : {CertificateFormat::Ithc, CertificateFormat::Dcc, CertificateFormat::Shc,
             CertificateFormat::VdsNc, CertificateFormat::Divoc}) {
        if (formatName(format) == name)
            return true;
    }
    return false;
}

std::optional<QString> checkEntry(const BlocklistEntry &entry)
{
    if (!isKnownFormat(entry.format))
        return QStringLiteral("unknown format '%1'").arg(entry.format);
    if (entry.key.trimmed().isEmpty())
        return QStringLiteral("an entry needs a key (the certificate id)");
    if (entry.reason.trimmed().isEmpty())
        return QStringLiteral("an entry needs a reason");
    if (entry.addedBy.trimmed().isEmpty())
        return QStringLiteral("an entry needs the name of who added it");
    return std::nullopt;
}

} // namespace

RevocationBlocklist::RevocationBlocklist(QString path)
    : m_path(std::move(path))
{
}

bool RevocationBlocklist::looksLikeBlocklist(const QByteArray &json)
{
    return json.contains("\"certdesk-blocklist\"");
}

Expected<RevocationBlocklist, QString> RevocationBlocklist::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return RevocationBlocklist(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
    if (file.size() > kMaxBlocklistBytes)
        return QStringLiteral("%1: blocklist of %2 bytes is over the limit of %3")
            .arg(path)
            .arg(file.size())
            .arg(kMaxBlocklistBytes);
    return parse(file.readAll(), path);
}

Expected<RevocationBlocklist, QString> RevocationBlocklist::parse(const QByteArray &json, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("%1: not JSON: %2 at offset %3")
            .arg(path, parseError.errorString())
            .arg(parseError.offset);
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1StringView("type")).toString() != kType)
        return QStringLiteral("%1: not a CertDesk blocklist (\"type\": \"%2\" missing)").arg(path, kType);
    if (root.value(QLatin1StringView("version")).toInt() != kVersion)
        return QStringLiteral("%1: blocklist version %2 is not supported (expected %3)")
            .arg(path, root.value(QLatin1StringView("version")).toVariant().toString())
            .arg(kVersion);
    const QJsonValue entries = root.value(QLatin1StringView("entries"));
    if (!entries.isArray())
        return QStringLiteral("%1: \"entries\" must be an array").arg(path);
    RevocationBlocklist list(path);
    const QJsonArray array = entries.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        BlocklistEntry entry;
        entry.format = object.value(QLatin1StringView("format")).toString();
        entry.key = object.value(QLatin1StringView("key")).toString();
        entry.reason = object.value(QLatin1StringView("reason")).toString();
        entry.addedBy = object.value(QLatin1StringView("addedBy")).toString();
        const auto addedAt = Timestamp::parseRfc3339(object.value(QLatin1StringView("addedAt")).toString());
        if (!array.at(i).isObject() || !addedAt)
            return QStringLiteral("%1: entry %2: needs format, key, reason, addedBy and an RFC 3339 addedAt")
                .arg(path)
                .arg(i + 1);
        entry.addedAt = *addedAt;
        if (const auto error = list.add(entry))
            return QStringLiteral("%1: entry %2: %3").arg(path).arg(i + 1).arg(*error);
    }
    return list;
}

std::optional<QString> RevocationBlocklist::add(const BlocklistEntry &entry)
{
    if (auto error = checkEntry(entry))
        return error;
    for (const BlocklistEntry &existing : std::as_const(m_entries)) {
        if (existing.format == entry.format && existing.key == entry.key)
            return QStringLiteral("%1 %2 is already on the blocklist").arg(entry.format, entry.key);
    }
    m_entries.append(entry);
    return std::nullopt;
}

QByteArray RevocationBlocklist::toJson() const
{
    QJsonArray entries;
    for (const BlocklistEntry &entry : m_entries) {
        entries.append(QJsonObject {{QStringLiteral("format"), entry.format}, {QStringLiteral("key"), entry.key},
            {QStringLiteral("reason"), entry.reason}, {QStringLiteral("addedBy"), entry.addedBy},
            {QStringLiteral("addedAt"), Timestamp::formatRfc3339(entry.addedAt)}});
    }
    const QJsonObject root {{QStringLiteral("type"), QString(kType)}, {QStringLiteral("version"), kVersion},
        {QStringLiteral("entries"), entries}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QString> RevocationBlocklist::save() const
{
    if (m_path.isEmpty())
        return QStringLiteral("the blocklist has no file to be saved to");
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: cannot write: %2").arg(m_path, file.errorString());
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        return QStringLiteral("%1: cannot write: %2").arg(m_path, file.errorString());
    return std::nullopt;
}

const BlocklistEntry *RevocationBlocklist::find(CertificateFormat format, const QString &key) const
{
    const QString name = formatName(format);
    for (const BlocklistEntry &entry : m_entries) {
        if (entry.format == name && entry.key == key)
            return &entry;
    }
    return nullptr;
}

} // namespace CertDesk
