// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "revocationblocklist.h"
#include "revocationhashset.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace CertDesk {

/// What a revocation hash is computed from (core/trust/REVOCATION.md).
enum class RevocationKind : quint8 {
    /// EU DCC "UCI": SHA-256 of the `ci` text, first 16 bytes.
    DccUci = 1,
    /// EU DCC "COUNTRYCODEUCI": SHA-256 of the CWT `iss` country code followed by `ci`.
    DccCountryCodeUci = 2,
    /// EU DCC "SIGNATURE": SHA-256 of the COSE signature (ECDSA: r only).
    DccSignature = 3,
    /// ITHC-1 §5.9: SHA-256 of the certificate's `ci` text, first 16 bytes.
    IthcCi = 4,
};
/// "UCI", "COUNTRYCODEUCI", "SIGNATURE" (the EU hashType names), "ITHC-CI".
QString revocationKindName(RevocationKind kind);
std::optional<RevocationKind> revocationKindFromName(QStringView name);

/// Where a certificate was found.
struct RevocationHit
{
    QString list; ///< the file it came from
    QString detail; ///< English: which list, which hash type or entry
};

/// A SMART Health Cards revocation list for one key (SMART Health Cards Framework,
/// "Revocation"): rids, each either revoking every card (no timestamp) or those whose nbf
/// is not after the timestamp.
struct ShcRevocationList
{
    QByteArray kid;
    qint64 counter = 0; ///< "ctr"
    /// rid → the timestamp in seconds, or -1 for "every card with this rid".
    QHash<QString, qint64> rids;
};

/**
 * Every revocation list loaded for a run, in one immutable value (loadRevocation() builds
 * it; after that only the const lookups are used, which are safe on any number of threads).
 *
 * Hash sets are kept per (kind, scope): scope is the DCC signer's kid (raw bytes) or the
 * ITHC-1 issuing country; an empty scope applies to every kid or issuer.
 */
class RevocationStore
{
public:
    // Building (before the store is shared).
    /// Records @p source as consulted (a list may hold nothing and still have been read).
    void addSource(const QString &source);
    void addHashSet(RevocationKind kind, const QByteArray &scope, RevocationHashSet set, const QString &source);
    void addShcList(ShcRevocationList list, const QString &source);
    void addBlocklist(const RevocationBlocklist &blocklist, const QString &source);

    /// The first set of @p kind for @p scope (or for every scope) that holds @p hash.
    std::optional<RevocationHit> findHash(
        RevocationKind kind, const QByteArray &scope, const RevocationHash &hash) const;
    /// A SMART Health Card with revocation id @p rid, signed by key @p kid, not before
    /// @p notBeforeSeconds (std::nullopt when the card has no nbf: then a timestamped entry
    /// revokes it too, as nothing shows it was issued after).
    std::optional<RevocationHit> findShc(
        const QByteArray &kid, const QString &rid, std::optional<qint64> notBeforeSeconds) const;
    /// The local blocklist entry for @p key in @p format.
    std::optional<RevocationHit> findBlocked(CertificateFormat format, const QString &key) const;

    /// True when no list was loaded at all (revocation then cannot be checked). A list
    /// without entries counts as loaded: it was consulted and revokes nothing.
    bool isEmpty() const { return m_sources.isEmpty(); }
    /// The number of hashes, rids and blocklist entries.
    qsizetype entryCount() const { return m_entryCount; }
    /// The files loaded, in order.
    const QStringList &sources() const { return m_sources; }
    /// The hash sets of @p kind and @p scope (for tests and for writing lists out).
    std::vector<RevocationHashSet> hashSets(RevocationKind kind, const QByteArray &scope) const;

private:
    struct HashSection
    {
        RevocationHashSet set;
        QString source;
    };
    struct BlockedEntry
    {
        BlocklistEntry entry;
        QString source;
    };
    static QByteArray sectionKey(RevocationKind kind, const QByteArray &scope);

    QHash<QByteArray, std::vector<HashSection>> m_hashSections;
    QHash<QByteArray, std::vector<std::pair<ShcRevocationList, QString>>> m_shcLists; ///< by kid
    QHash<QString, BlockedEntry> m_blocked; ///< by "format\nkey"
    QStringList m_sources;
    qsizetype m_entryCount = 0;
};

} // namespace CertDesk
