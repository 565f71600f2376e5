// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "revocationstore.h"
#include "verify/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace CertDesk::RevocationText {

/// One entry of a publisher's text list (`certdesk-cli revocation build`, REVOCATION.md):
/// `UCI <ci>`, `COUNTRYCODEUCI <CC> <ci>`, `ITHC-CI <ci>`, or `<KIND> hash:<16 bytes hex|base64>`,
/// optionally ending in `scope:<kid base64 | country>`; `#` starts a comment.
struct Entry
{
    RevocationKind kind = RevocationKind::DccUci;
    QByteArray scope; ///< empty: every signer or issuer
    RevocationHash hash{};
};

/// std::nullopt for a blank or comment-only line; else the entry or why the line is wrong.
std::optional<Expected<Entry, QString>> parseLine(QStringView line);

} // namespace CertDesk::RevocationText
