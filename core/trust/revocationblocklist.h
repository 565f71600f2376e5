// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "verify/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace CertDesk {

/// One certificate an officer has blocked at this station.
struct BlocklistEntry
{
    /// formatName() of the certificate's format: "dcc", "ithc", "shc", "vds-nc", "divoc".
    QString format;
    /// What identifies the certificate: its certificate id as the report shows it
    /// (HealthCertificate::certificateId); for a SMART Health Card without one, "rid:" and
    /// the card's revocation id.
    QString key;
    QString reason; ///< why, in the officer's words (required)
    QString addedBy; ///< who added it (required)
    Timestamp::Millis addedAt = 0;

    friend bool operator==(const BlocklistEntry &, const BlocklistEntry &) = default;
};

/**
 * The station's local blocklist: a JSON file (core/trust/REVOCATION.md, "Local blocklist")
 * that the officer adds to from the details view. A value: load it, add() entries, save().
 *
 * Saving is atomic (QSaveFile: a new file renamed over the old one), so a crash never leaves
 * a half-written list, and a running verifier that already loaded the old one keeps it.
 * The caller journals each addition (who, why) through the journal writer.
 */
class RevocationBlocklist
{
public:
    /// An empty list that save() writes to @p path.
    explicit RevocationBlocklist(QString path = {});

    /// Reads the list at @p path. A file that does not exist gives an empty list bound to
    /// @p path (the first save() creates it); any other problem is an error naming the file.
    static Expected<RevocationBlocklist, QString> load(const QString &path);
    /// Parses the list's JSON text; @p path only names it in errors and for save().
    static Expected<RevocationBlocklist, QString> parse(const QByteArray &json, const QString &path);
    /// True when @p json looks like a blocklist (its "type" member), for sniffing.
    static bool looksLikeBlocklist(const QByteArray &json);

    /// Adds @p entry. Errors: an empty key, reason or addedBy, an unknown format, or an
    /// entry for the same format and key already present.
    std::optional<QString> add(const BlocklistEntry &entry);
    /// Writes the list to path() atomically; the error names the file.
    std::optional<QString> save() const;
    QByteArray toJson() const;

    /// The entry for @p key in @p format, if any.
    const BlocklistEntry *find(CertificateFormat format, const QString &key) const;
    const QList<BlocklistEntry> &entries() const { return m_entries; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QList<BlocklistEntry> m_entries;
};

} // namespace CertDesk
