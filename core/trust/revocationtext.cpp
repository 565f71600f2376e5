// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocationtext.h"

#include "revocation.h"
#include "revocationlistfile.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace CertDesk::RevocationText {

namespace {

// A 16-byte hash in hex (32 digits) or base64 (standard or URL alphabet).
std::optional<RevocationHash> parseHash(const QString &text)
{
    QByteArray bytes;
    const QByteArray latin = text.toLatin1();
    if (text.size() == 2 * kRevocationHashSize && QByteArray::fromHex(latin).toHex() == latin.toLower())
        bytes = QByteArray::fromHex(latin);
    else if (auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors); decoded)
        bytes = decoded.decoded;
    else if (auto url = QByteArray::fromBase64Encoding(latin, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors); url)
        bytes = url.decoded;
    if (bytes.size() != kRevocationHashSize)
        return std::nullopt;
    RevocationHash hash;
    std::copy(bytes.cbegin(), bytes.cend(), hash.begin());
    return hash;
}

} // namespace

std::optional<Expected<Entry, QString>> parseLine(QStringView line)
{
    if (const qsizetype comment = line.indexOf(u'#'); comment >= 0)
        line = line.first(comment);
    QStringList words = line.toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    const auto kind = revocationKindFromName(words.first().toUpper());
    if (!kind)
        return Expected<Entry, QString>(QStringLiteral("unknown kind '%1' (UCI, COUNTRYCODEUCI, SIGNATURE or ITHC-CI)").arg(words.first().left(64)));
    Entry entry;
    entry.kind = *kind;
    if (words.size() > 1 && words.last().startsWith(u"scope:")) {
        const QString scope = words.takeLast().mid(6);
        // An ITHC-1 scope is the issuing country as written; a DCC scope is the signer's kid in base64.
        entry.scope = *kind == RevocationKind::IthcCi ? scope.toUtf8() : QByteArray::fromBase64(scope.toLatin1());
        if (entry.scope.isEmpty() || entry.scope.size() > RevocationListFile::kMaxScopeBytes)
            return Expected<Entry, QString>(QStringLiteral("the scope is empty or longer than %1 bytes").arg(RevocationListFile::kMaxScopeBytes));
    }
    if (words.size() == 2 && words.at(1).startsWith(u"hash:")) {
        const auto hash = parseHash(words.at(1).mid(5));
        if (!hash)
            return Expected<Entry, QString>(QStringLiteral("a hash is 16 bytes in hex (32 digits) or base64"));
        entry.hash = *hash;
    } else if (*kind == RevocationKind::DccUci && words.size() == 2) {
        entry.hash = Revocation::hashOf(words.at(1).toUtf8());
    } else if (*kind == RevocationKind::DccCountryCodeUci && words.size() == 3) {
        entry.hash = Revocation::hashOf((words.at(1) + words.at(2)).toUtf8());
    } else if (*kind == RevocationKind::IthcCi && words.size() == 2) {
        entry.hash = Revocation::ithcCiHash(words.at(1));
    } else {
        return Expected<Entry, QString>(QStringLiteral("expected '%1 <identifier>'%2 or '%1 hash:<hash>'")
                                            .arg(words.first().left(64),
                                                 *kind == RevocationKind::DccCountryCodeUci ? QStringLiteral(" with a country")
                                                                                            : QString()));
    }
    return Expected<Entry, QString>(entry);
}

} // namespace CertDesk::RevocationText
