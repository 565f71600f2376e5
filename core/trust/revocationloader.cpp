// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocationloader.h"

#include "revocationlistfile.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace CertDesk {

namespace {

// A JSON list is parsed whole by QJsonDocument: large lists belong in the binary format.
constexpr qint64 kMaxJsonBytes = 256 * 1024 * 1024;
// The binary list at its limits (RevocationListFile::kMaxEntries hashes, every section used).
constexpr qint64 kMaxListBytes = RevocationListFile::kHeaderSize
    + RevocationListFile::kMaxSections * (RevocationListFile::kSectionHeaderSize + RevocationListFile::kMaxScopeBytes)
    + RevocationListFile::kMaxEntries * kRevocationHashSize;
// SMART Health Cards Framework, "Revocation": a rid is base64url, at most 24 characters.
constexpr qsizetype kMaxRidLength = 24;
const QLatin1StringView kAnyScope("*");

using PendingSets = std::map<std::pair<RevocationKind, QByteArray>, std::vector<RevocationHash>>;

bool isBase64UrlText(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '_'))
            return false;
    }
    return true;
}

std::optional<QByteArray> strictBase64(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty())
        return std::nullopt;
    return *decoded;
}

// An entry's hash: base64 of the first 16 bytes of a SHA-256 (a full 32-byte digest is cut to 16).
std::optional<RevocationHash> hashFromBase64(const QJsonValue &value)
{
    const auto bytes = strictBase64(value.toString());
    if (!value.isString() || !bytes || (bytes->size() != kRevocationHashSize && bytes->size() != 32))
        return std::nullopt;
    RevocationHash hash;
    std::copy_n(reinterpret_cast<const unsigned char *>(bytes->constData()), kRevocationHashSize, hash.begin());
    return hash;
}

// The scope of a DCC list is the signer's kid (base64 in JSON), of an ITHC-1 list the issuer's country.
std::optional<QByteArray> scopeFromText(RevocationKind kind, const QString &text)
{
    if (text == kAnyScope)
        return QByteArray();
    if (kind == RevocationKind::IthcCi)
        return text.isEmpty() || text.size() > RevocationListFile::kMaxScopeBytes ? std::nullopt
                                                                                  : std::optional(text.toUtf8());
    const auto kid = strictBase64(text);
    if (!kid || kid->size() > RevocationListFile::kMaxScopeBytes)
        return std::nullopt;
    return kid;
}

std::optional<QString> readHashArray(const QJsonValue &value, std::vector<RevocationHash> &out, const QString &where)
{
    if (!value.isArray())
        return QStringLiteral("%1: the hashes must be an array").arg(where);
    const QJsonArray array = value.toArray();
    out.reserve(out.size() + size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        // EU batch entries are {"hash": "..."}; the compact form lists the hashes themselves.
        const QJsonValue item
            = array.at(i).isObject() ? array.at(i).toObject().value(QLatin1StringView("hash")) : array.at(i);
        const auto hash = hashFromBase64(item);
        if (!hash)
            return QStringLiteral("%1: entry %2 is not a base64 hash of 16 bytes").arg(where).arg(i + 1);
        out.push_back(*hash);
    }
    return std::nullopt;
}

// One EU gateway batch: {"country","expires","kid","hashType","entries":[{"hash"}]}.
std::optional<QString> readEuBatch(const QJsonObject &batch, PendingSets &pending, const QString &where)
{
    const auto kind = revocationKindFromName(batch.value(QLatin1StringView("hashType")).toString());
    if (!kind || kind == RevocationKind::IthcCi)
        return QStringLiteral("%1: hashType must be UCI, COUNTRYCODEUCI or SIGNATURE").arg(where);
    const QString kidText = batch.value(QLatin1StringView("kid")).toString();
    const auto kid = scopeFromText(*kind, kidText);
    if (kidText.isEmpty() || kidText == kAnyScope || !kid)
        return QStringLiteral("%1: \"kid\" must be the signer's kid in base64").arg(where);
    return readHashArray(batch.value(QLatin1StringView("entries")), pending[{*kind, *kid}], where);
}

std::optional<QString> readCompactHashes(const QJsonObject &root, PendingSets &pending)
{
    for (auto scope = root.begin(); scope != root.end(); ++scope) {
        if (!scope.value().isObject())
            return QStringLiteral("\"%1\": must map hash types to arrays of hashes").arg(scope.key());
        const QJsonObject byKind = scope.value().toObject();
        for (auto entry = byKind.begin(); entry != byKind.end(); ++entry) {
            const auto kind = revocationKindFromName(entry.key());
            if (!kind)
                return QStringLiteral("\"%1\": unknown hash type \"%2\"").arg(scope.key(), entry.key());
            const auto scopeBytes = scopeFromText(*kind, scope.key());
            if (!scopeBytes)
                return QStringLiteral("\"%1\": not a base64 kid, an issuer code or \"*\"").arg(scope.key());
            if (auto error = readHashArray(entry.value(), pending[{*kind, *scopeBytes}],
                    QStringLiteral("\"%1\".%2").arg(scope.key(), entry.key())))
                return error;
        }
    }
    return std::nullopt;
}

void commitPending(PendingSets &pending, const QString &source, RevocationStore &store)
{
    for (auto &[key, hashes] : pending)
        store.addHashSet(key.first, key.second, RevocationHashSet::fromUnsorted(std::move(hashes)), source);
}

Expected<ShcRevocationList, QString> readShcCrl(const QJsonObject &root, QStringList *warnings, const QString &source)
{
    ShcRevocationList list;
    const QString kid = root.value(QLatin1StringView("kid")).toString();
    if (!isBase64UrlText(kid))
        return QStringLiteral("\"kid\" must be the key's base64url thumbprint");
    if (root.value(QLatin1StringView("method")).toString() != u"rid")
        return QStringLiteral("\"method\" must be \"rid\" (the only method of the SMART Health Cards Framework)");
    const QJsonValue counter = root.value(QLatin1StringView("ctr"));
    if (!counter.isDouble() || counter.toDouble() < 1 || counter.toDouble() != double(counter.toInteger()))
        return QStringLiteral("\"ctr\" must be a positive integer");
    const QJsonValue rids = root.value(QLatin1StringView("rids"));
    if (!rids.isArray())
        return QStringLiteral("\"rids\" must be an array");
    list.kid = kid.toLatin1();
    list.counter = counter.toInteger();
    const QJsonArray array = rids.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString text = array.at(i).toString();
        const qsizetype dot = text.indexOf(u'.');
        const QString rid = dot < 0 ? text : text.left(dot);
        qint64 timestamp = -1;
        if (dot >= 0) {
            bool ok = false;
            timestamp = text.mid(dot + 1).toLongLong(&ok);
            if (!ok || timestamp < 0 || !text.mid(dot + 1).front().isDigit())
                return QStringLiteral("rids[%1] \"%2\": the part after '.' must be a timestamp in seconds")
                    .arg(i)
                    .arg(text);
        }
        if (!array.at(i).isString() || !isBase64UrlText(rid) || rid.size() > kMaxRidLength)
            return QStringLiteral("rids[%1] \"%2\": a rid is base64url of at most %3 characters")
                .arg(i)
                .arg(text)
                .arg(kMaxRidLength);
        const auto existing = list.rids.constFind(rid);
        if (existing != list.rids.cend()) {
            if (warnings)
                warnings->append(
                    QStringLiteral("%1: rid %2 is listed more than once; the widest entry applies").arg(source, rid));
            // No timestamp revokes every card; otherwise the later timestamp revokes more.
            if (*existing < 0 || (timestamp >= 0 && timestamp < *existing))
                continue;
        }
        list.rids.insert(rid, timestamp);
    }
    return list;
}

std::optional<QString> loadJson(const QByteArray &bytes, const QJsonDocument &document, RevocationFileKind kind,
    const QString &source, RevocationStore &store, QStringList *warnings)
{
    PendingSets pending;
    switch (kind) {
    case RevocationFileKind::Blocklist: {
        auto blocklist = RevocationBlocklist::parse(bytes, source);
        if (!blocklist)
            return blocklist.error();
        store.addBlocklist(*blocklist, source);
        return std::nullopt;
    }
    case RevocationFileKind::ShcCrl: {
        auto list = readShcCrl(document.object(), warnings, source);
        if (!list)
            return QStringLiteral("%1: SMART Health Cards CRL: %2").arg(source, list.error());
        store.addShcList(std::move(*list), source);
        return std::nullopt;
    }
    case RevocationFileKind::EuDccBatch: {
        const QJsonArray batches = document.isArray() ? document.array() : QJsonArray {document.object()};
        for (qsizetype i = 0; i < batches.size(); ++i) {
            if (auto error = readEuBatch(batches.at(i).toObject(), pending, QStringLiteral("batch %1").arg(i + 1)))
                return QStringLiteral("%1: DCC revocation batch: %2").arg(source, *error);
        }
        break;
    }
    case RevocationFileKind::DccHashesByKid:
        if (auto error = readCompactHashes(document.object(), pending))
            return QStringLiteral("%1: revocation hashes: %2").arg(source, *error);
        break;
    case RevocationFileKind::CertDeskList:
    case RevocationFileKind::Unknown:
        return QStringLiteral("%1: not a revocation list this station reads (see REVOCATION.md)").arg(source);
    }
    commitPending(pending, source, store);
    return std::nullopt;
}

bool isEuBatch(const QJsonObject &object)
{
    return object.contains(QLatin1StringView("hashType")) && object.contains(QLatin1StringView("entries"));
}

RevocationFileKind sniffJson(const QJsonDocument &document)
{
    if (document.isArray()) {
        const QJsonArray array = document.array();
        return !array.isEmpty() && array.first().isObject() && isEuBatch(array.first().toObject())
            ? RevocationFileKind::EuDccBatch
            : RevocationFileKind::Unknown;
    }
    if (!document.isObject())
        return RevocationFileKind::Unknown;
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("type")).toString() == u"certdesk-blocklist")
        return RevocationFileKind::Blocklist;
    if (root.contains(QLatin1StringView("rids")) || root.contains(QLatin1StringView("method")))
        return RevocationFileKind::ShcCrl;
    if (isEuBatch(root))
        return RevocationFileKind::EuDccBatch;
    if (root.isEmpty())
        return RevocationFileKind::Unknown;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject())
            return RevocationFileKind::Unknown;
        const QJsonObject byKind = it.value().toObject();
        for (auto kind = byKind.begin(); kind != byKind.end(); ++kind) {
            if (!revocationKindFromName(kind.key()))
                return RevocationFileKind::Unknown;
        }
    }
    return RevocationFileKind::DccHashesByKid;
}

// Loads any kind of file; with @p skipUnknown (a file found in a folder) a file that is no
// revocation list at all sets *skipped instead of being an error.
std::optional<QString> loadAny(const QByteArray &bytes, const QString &source, RevocationStore &store,
    QStringList *warnings, bool skipUnknown, bool *skipped)
{
    if (RevocationListFile::looksLikeList(bytes)) {
        auto sections = RevocationListFile::read(std::make_shared<const QByteArray>(bytes));
        if (!sections)
            return QStringLiteral("%1: CertDesk revocation list: %2").arg(source, sections.error());
        store.addSource(source); // consulted even when it holds no section
        for (RevocationListFile::Section &section : *sections)
            store.addHashSet(section.kind, section.scope, std::move(section.hashes), source);
        return std::nullopt;
    }
    if (bytes.size() > kMaxJsonBytes)
        return QStringLiteral("%1: a JSON list of %2 bytes is over the limit of %3; use a CertDesk revocation list")
            .arg(source)
            .arg(bytes.size())
            .arg(kMaxJsonBytes);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const RevocationFileKind kind
        = parseError.error == QJsonParseError::NoError ? sniffJson(document) : RevocationFileKind::Unknown;
    if (kind == RevocationFileKind::Unknown && skipUnknown) {
        *skipped = true;
        return std::nullopt;
    }
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("%1: not a revocation list: JSON error %2 at offset %3")
            .arg(source, parseError.errorString())
            .arg(parseError.offset);
    return loadJson(bytes, document, kind, source, store, warnings);
}

} // namespace

RevocationFileKind sniffRevocationFile(const QByteArray &bytes)
{
    if (RevocationListFile::looksLikeList(bytes))
        return RevocationFileKind::CertDeskList;
    return sniffJson(QJsonDocument::fromJson(bytes));
}

std::optional<QString> loadRevocationData(
    const QByteArray &bytes, const QString &source, RevocationStore &store, QStringList *warnings)
{
    bool skipped = false;
    return loadAny(bytes, source, store, warnings, false, &skipped);
}

LoadedRevocation loadRevocation(const QStringList &paths, const QList<TrustBundle::Entry> &bundleEntries)
{
    LoadedRevocation loaded;
    auto store = std::make_shared<RevocationStore>();
    auto loadFile = [&](const QString &path, bool inFolder) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            loaded.errors.append(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
            return;
        }
        if (file.size() > qMax(kMaxListBytes, kMaxJsonBytes)) {
            loaded.errors.append(
                QStringLiteral("%1: %2 bytes is over the limit for a revocation list").arg(path).arg(file.size()));
            return;
        }
        // One read of the whole file: the binary list's hashes are then searched in place.
        QByteArray bytes(file.size(), Qt::Uninitialized);
        if (file.read(bytes.data(), bytes.size()) != bytes.size()) {
            loaded.errors.append(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
            return;
        }
        bool skipped = false;
        if (auto error = loadAny(bytes, path, *store, &loaded.warnings, inFolder, &skipped))
            loaded.errors.append(*error);
        else if (skipped)
            loaded.warnings.append(QStringLiteral("%1: skipped: not a revocation list").arg(path));
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            loaded.errors.append(QStringLiteral("%1: no such file or folder").arg(path));
        } else if (info.isDir()) {
            QStringList files;
            // Hidden entries too: an SHC issuer's lists live in .well-known/crl/.
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const QString &file : std::as_const(files))
                loadFile(file, true);
        } else {
            loadFile(path, false);
        }
    }
    // Lists shipped in trust bundles (TRUST-BUNDLES.md, revocation/): as files named explicitly.
    for (const TrustBundle::Entry &entry : bundleEntries) {
        if (entry.kind != TrustBundle::EntryKind::Revocation)
            continue;
        bool skipped = false;
        const QString source = QStringLiteral("bundle: %1").arg(entry.path);
        if (auto error = loadAny(entry.data, source, *store, &loaded.warnings, false, &skipped))
            loaded.errors.append(*error);
    }
    loaded.store = std::move(store);
    return loaded;
}

} // namespace CertDesk
