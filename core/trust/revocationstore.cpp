// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocationstore.h"

#include <QFileInfo>

namespace CertDesk {

namespace {

QString blockedKey(const QString &format, const QString &key)
{
    return format + u'\n' + key;
}

QString scopeText(RevocationKind kind, const QByteArray &scope)
{
    if (kind == RevocationKind::IthcCi)
        return QStringLiteral("issuer %1").arg(QString::fromUtf8(scope));
    return QStringLiteral("kid %1").arg(QString::fromLatin1(scope.toBase64()));
}

QString fileName(const QString &source)
{
    const QString name = QFileInfo(source).fileName();
    return name.isEmpty() ? source : name;
}

} // namespace

QString revocationKindName(RevocationKind kind)
{
    switch (kind) {
    case RevocationKind::DccUci:
        return QStringLiteral("UCI");
    case RevocationKind::DccCountryCodeUci:
        return QStringLiteral("COUNTRYCODEUCI");
    case RevocationKind::DccSignature:
        return QStringLiteral("SIGNATURE");
    case RevocationKind::IthcCi:
        return QStringLiteral("ITHC-CI");
    }
    return QStringLiteral("unknown");
}

std::optional<RevocationKind> revocationKindFromName(QStringView name)
{
    for (RevocationKind kind : {RevocationKind::DccUci, RevocationKind::DccCountryCodeUci, RevocationKind::DccSignature,
             RevocationKind::IthcCi}) {
        if (name == revocationKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QByteArray RevocationStore::sectionKey(RevocationKind kind, const QByteArray &scope)
{
    return char(kind) + scope;
}

void RevocationStore::addSource(const QString &source)
{
    if (!m_sources.contains(source))
        m_sources.append(source);
}

void RevocationStore::addHashSet(
    RevocationKind kind, const QByteArray &scope, RevocationHashSet set, const QString &source)
{
    addSource(source);
    m_entryCount += set.size();
    if (!set.isEmpty())
        m_hashSections[sectionKey(kind, scope)].push_back({std::move(set), source});
}

void RevocationStore::addShcList(ShcRevocationList list, const QString &source)
{
    addSource(source);
    m_entryCount += list.rids.size();
    const QByteArray kid = list.kid;
    m_shcLists[kid].emplace_back(std::move(list), source);
}

void RevocationStore::addBlocklist(const RevocationBlocklist &blocklist, const QString &source)
{
    addSource(source);
    m_entryCount += blocklist.entries().size();
    for (const BlocklistEntry &entry : blocklist.entries())
        m_blocked.insert(blockedKey(entry.format, entry.key), {entry, source});
}

std::optional<RevocationHit> RevocationStore::findHash(
    RevocationKind kind, const QByteArray &scope, const RevocationHash &hash) const
{
    // The list for this kid (or issuer) first, then the lists that apply to every one.
    const QByteArray keys[] = {sectionKey(kind, scope), sectionKey(kind, {})};
    for (qsizetype k = scope.isEmpty() ? 1 : 0; k < 2; ++k) {
        const auto it = m_hashSections.constFind(keys[k]);
        if (it == m_hashSections.cend())
            continue;
        for (const HashSection &section : *it) {
            if (!section.set.contains(hash))
                continue;
            const QString hashHex = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(hash.data()), kRevocationHashSize).toHex());
            QString detail = QStringLiteral("%1 hash %2 is on the revocation list %3")
                                 .arg(revocationKindName(kind), hashHex, fileName(section.source));
            if (k == 0)
                detail += QStringLiteral(" (entries for %1)").arg(scopeText(kind, scope));
            return RevocationHit {section.source, detail};
        }
    }
    return std::nullopt;
}

std::optional<RevocationHit> RevocationStore::findShc(
    const QByteArray &kid, const QString &rid, std::optional<qint64> notBeforeSeconds) const
{
    const auto it = m_shcLists.constFind(kid);
    if (it == m_shcLists.cend() || rid.isEmpty())
        return std::nullopt;
    for (const auto &[list, source] : *it) {
        const auto entry = list.rids.constFind(rid);
        if (entry == list.rids.cend())
            continue;
        const qint64 timestamp = *entry;
        // SMART Health Cards Framework, "Revocation": "rid.timestamp" revokes the cards with
        // this rid issued before the timestamp. nbf has fractions while the timestamp has whole
        // seconds, so floor(nbf) <= timestamp counts as before (REVOCATION.md).
        if (timestamp >= 0 && notBeforeSeconds && *notBeforeSeconds > timestamp)
            continue;
        const QString when = timestamp < 0
            ? QStringLiteral("every card")
            : QStringLiteral("cards issued up to %1").arg(Timestamp::formatRfc3339(timestamp * 1000));
        return RevocationHit {source,
            QStringLiteral("rid %1 is on the SMART Health Cards revocation list %2 for kid %3 (%4)")
                .arg(rid, fileName(source), QString::fromLatin1(kid), when)};
    }
    return std::nullopt;
}

std::optional<RevocationHit> RevocationStore::findBlocked(CertificateFormat format, const QString &key) const
{
    if (key.isEmpty())
        return std::nullopt;
    const auto it = m_blocked.constFind(blockedKey(formatName(format), key));
    if (it == m_blocked.cend())
        return std::nullopt;
    return RevocationHit {it->source,
        QStringLiteral("%1 is on the local blocklist %2: %3 (added by %4, %5)")
            .arg(key, fileName(it->source), it->entry.reason, it->entry.addedBy,
                Timestamp::formatRfc3339(it->entry.addedAt))};
}

std::vector<RevocationHashSet> RevocationStore::hashSets(RevocationKind kind, const QByteArray &scope) const
{
    std::vector<RevocationHashSet> sets;
    const auto it = m_hashSections.constFind(sectionKey(kind, scope));
    if (it != m_hashSections.cend()) {
        for (const HashSection &section : *it)
            sets.push_back(section.set);
    }
    return sets;
}

} // namespace CertDesk
