// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "trustbundle.h"

#include "cose/cborvalidator.h"
#include "cose/cosesign1.h"
#include "crypto/signatureverifier.h"
#include "crypto/signer.h"
#include "issue/signingkey.h"
#include "trust/trustloader.h"
#include "verify/limits.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QSet>

namespace CertDesk::TrustBundle {

namespace {

// TRUST-BUNDLES.md: protected header 3 (content type) names the bundle; 33 (x5chain)
// carries the signer's certificate in the unprotected header.
constexpr qint64 kHeaderAlgorithm = 1;
constexpr qint64 kHeaderContentType = 3;
constexpr qint64 kHeaderKid = 4;
constexpr qint64 kHeaderX5Chain = 33;
constexpr char kContentType[] = "application/vnd.certdesk.trust-bundle+cbor";
constexpr char kType[] = "certdesk-trust-bundle";
constexpr qint64 kSchema = 1;
constexpr int kMaxPathLength = 256;

QString fail(const QString &message)
{
    return message;
}

// Each entry's path: relative, '/'-separated, no empty, '.' or '..' segment, printable.
bool isSafePath(const QString &path)
{
    if (path.isEmpty() || path.size() > kMaxPathLength || path.startsWith(u'/'))
        return false;
    for (const QString &segment : path.split(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
    }
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c == u'\\')
            return false;
    }
    return true;
}

} // namespace

Expected<Manifest, QString> parseManifest(const QByteArray &payload)
{
    // The manifest holds a handful of strings and one byte string per entry.
    auto parsed = Cbor::parse(payload, 4);
    if (!parsed)
        return fail(QStringLiteral("the manifest is not well-formed CBOR: %1").arg(parsed.reason().detail));
    const QCborValue root = std::move(parsed).value();
    if (!root.isMap())
        return fail(QStringLiteral("the manifest is not a CBOR map"));
    const QCborMap map = root.toMap();
    if (map.value(QStringLiteral("type")).toString() != QLatin1String(kType))
        return fail(QStringLiteral("the manifest's type is not \"%1\"").arg(QLatin1String(kType)));
    if (map.value(QStringLiteral("schema")).toInteger(-1) != kSchema)
        return fail(QStringLiteral("manifest schema %1 is not supported (this station reads %2)")
                        .arg(map.value(QStringLiteral("schema")).toInteger(-1))
                        .arg(kSchema));
    Manifest manifest;
    const QCborValue version = map.value(QStringLiteral("version"));
    const QCborValue issued = map.value(QStringLiteral("issued"));
    const QCborValue expires = map.value(QStringLiteral("expires"));
    if (!version.isInteger() || version.toInteger() < 1)
        return fail(QStringLiteral("the manifest's version is not a positive integer"));
    if (!issued.isInteger() || !expires.isInteger())
        return fail(QStringLiteral("the manifest's issued and expires are not integers (seconds since 1970)"));
    manifest.version = quint64(version.toInteger());
    manifest.issued = issued.toInteger() * 1000;
    manifest.expires = expires.toInteger() * 1000;
    if (manifest.expires <= manifest.issued)
        return fail(QStringLiteral("the manifest expires before it is issued"));
    manifest.publisher = map.value(QStringLiteral("publisher")).toString();
    manifest.description = map.value(QStringLiteral("description")).toString();
    const QCborValue entries = map.value(QStringLiteral("entries"));
    if (!entries.isArray())
        return fail(QStringLiteral("the manifest has no entries array"));
    const QCborArray array = entries.toArray();
    if (array.size() > kMaxEntries)
        return fail(QStringLiteral("the manifest has %1 entries, more than %2").arg(array.size()).arg(kMaxEntries));
    QSet<QString> paths;
    for (const QCborValue &value : array) {
        if (!value.isMap())
            return fail(QStringLiteral("a manifest entry is not a map"));
        const QCborMap item = value.toMap();
        Entry entry;
        const auto kind = entryKindFromName(item.value(QStringLiteral("kind")).toString());
        if (!kind)
            return fail(QStringLiteral("entry kind \"%1\" is unknown").arg(item.value(QStringLiteral("kind")).toString()));
        entry.kind = *kind;
        entry.path = item.value(QStringLiteral("path")).toString();
        if (!isSafePath(entry.path))
            return fail(QStringLiteral("entry path \"%1\" is not a safe relative path").arg(entry.path.left(kMaxPathLength)));
        if (paths.contains(entry.path))
            return fail(QStringLiteral("entry path \"%1\" appears twice").arg(entry.path));
        paths.insert(entry.path);
        const QCborValue data = item.value(QStringLiteral("data"));
        const QCborValue digest = item.value(QStringLiteral("sha256"));
        if (!data.isByteArray() || !digest.isByteArray())
            return fail(QStringLiteral("entry \"%1\" has no data or sha256 byte string").arg(entry.path));
        entry.data = data.toByteArray();
        if (QCryptographicHash::hash(entry.data, QCryptographicHash::Sha256) != digest.toByteArray())
            return fail(QStringLiteral("entry \"%1\" does not match its SHA-256").arg(entry.path));
        manifest.entries.append(std::move(entry));
    }
    return manifest;
}

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Trust:
        return QStringLiteral("trust");
    case EntryKind::Revocation:
        return QStringLiteral("revocation");
    case EntryKind::Policy:
        return QStringLiteral("policy");
    case EntryKind::ValueSets:
        return QStringLiteral("valuesets");
    }
    return {};
}

std::optional<EntryKind> entryKindFromName(QStringView name)
{
    for (const EntryKind kind : {EntryKind::Trust, EntryKind::Revocation, EntryKind::Policy, EntryKind::ValueSets}) {
        if (name == entryKindName(kind))
            return kind;
    }
    return std::nullopt;
}

bool looksLikeBundle(const QByteArray &data)
{
    // Tag 18 (0xD2), array of 4 (0x84), then the protected header's byte string; the content
    // type string sits inside it, within the first few dozen bytes.
    return data.size() > 8 && quint8(data.at(0)) == 0xD2 && quint8(data.at(1)) == 0x84
           && data.left(128).contains(kContentType);
}

Expected<QByteArray, QString> create(const Manifest &manifest, const Issue::SigningKey &key)
{
    if (manifest.version < 1)
        return fail(QStringLiteral("the version must be at least 1"));
    if (manifest.expires <= manifest.issued)
        return fail(QStringLiteral("the bundle must expire after it is issued"));
    if (manifest.entries.size() > kMaxEntries)
        return fail(QStringLiteral("more than %1 entries").arg(kMaxEntries));
    QCborArray entries;
    QSet<QString> paths;
    for (const Entry &entry : manifest.entries) {
        if (!isSafePath(entry.path))
            return fail(QStringLiteral("entry path \"%1\" is not a safe relative path").arg(entry.path));
        if (paths.contains(entry.path))
            return fail(QStringLiteral("entry path \"%1\" appears twice").arg(entry.path));
        paths.insert(entry.path);
        QCborMap item;
        item.insert(QStringLiteral("kind"), entryKindName(entry.kind));
        item.insert(QStringLiteral("path"), entry.path);
        item.insert(QStringLiteral("sha256"), QCryptographicHash::hash(entry.data, QCryptographicHash::Sha256));
        item.insert(QStringLiteral("data"), entry.data);
        entries.append(item);
    }
    QCborMap map;
    map.insert(QStringLiteral("type"), QLatin1String(kType));
    map.insert(QStringLiteral("schema"), kSchema);
    map.insert(QStringLiteral("version"), qint64(manifest.version));
    map.insert(QStringLiteral("issued"), manifest.issued / 1000);
    map.insert(QStringLiteral("expires"), manifest.expires / 1000);
    map.insert(QStringLiteral("publisher"), manifest.publisher);
    if (!manifest.description.isEmpty())
        map.insert(QStringLiteral("description"), manifest.description);
    map.insert(QStringLiteral("entries"), entries);
    const QByteArray payload = QCborValue(map).toCbor();
    if (payload.size() > kMaxBundleBytes - 64 * 1024)
        return fail(QStringLiteral("the bundle would be %1 bytes, over the limit of %2").arg(payload.size()).arg(kMaxBundleBytes));

    QCborMap protectedHeader;
    protectedHeader.insert(kHeaderAlgorithm, key.coseAlgorithm());
    protectedHeader.insert(kHeaderContentType, QLatin1String(kContentType));
    protectedHeader.insert(kHeaderKid, key.kid());
    CoseSign1 cose;
    cose.protectedBytes = QCborValue(protectedHeader).toCbor();
    cose.payload = payload;
    const QByteArray signature = signData(key.privateKey(), key.algorithm(), cose.toBeSigned());
    if (signature.isEmpty())
        return fail(QStringLiteral("signing failed"));
    QCborMap unprotectedHeader;
    unprotectedHeader.insert(kHeaderX5Chain, key.certificateDer());
    const QCborArray array{cose.protectedBytes, unprotectedHeader, payload, signature};
    return QCborValue(QCborKnownTags::COSE_Sign1, array).toCbor();
}

Expected<Bundle, QString> open(const QByteArray &data, const QList<QByteArray> &pins)
{
    if (data.size() > kMaxBundleBytes)
        return fail(QStringLiteral("%1 bytes, over the limit of %2").arg(data.size()).arg(kMaxBundleBytes));
    if (!looksLikeBundle(data))
        return fail(QStringLiteral("not a CertDesk trust bundle (no COSE_Sign1 with the bundle content type)"));
    auto parsed = parseCoseSign1(data, CoseHeaderRule::ProtectedThenUnprotected);
    if (!parsed)
        return fail(QStringLiteral("malformed COSE_Sign1: %1").arg(parsed.reason().detail));
    const CoseSign1 &cose = parsed.value();
    if (cose.protectedHeader.value(kHeaderContentType).toString() != QLatin1String(kContentType))
        return fail(QStringLiteral("the protected header does not name the trust-bundle content type"));
    if (!cose.algorithm)
        return fail(QStringLiteral("the protected header names no algorithm"));
    const auto algorithm = signatureAlgorithmFromCose(*cose.algorithm);
    if (!algorithm)
        return fail(QStringLiteral("signature algorithm %1 is not supported").arg(*cose.algorithm));

    Bundle bundle;
    bundle.signerCertificate = cose.unprotectedHeader.value(kHeaderX5Chain).toByteArray();
    if (bundle.signerCertificate.isEmpty())
        return fail(QStringLiteral("the bundle carries no signer certificate (x5chain)"));
    bundle.signerFingerprint = QCryptographicHash::hash(bundle.signerCertificate, QCryptographicHash::Sha256);
    // The pin first: a bundle from an unpinned signer is refused whatever it says.
    if (!pins.isEmpty() && !pins.contains(bundle.signerFingerprint))
        return fail(QStringLiteral("the bundle is signed by a certificate this station has not pinned (SHA-256 %1)")
                        .arg(fingerprintToHex(bundle.signerFingerprint)));
    QString problem;
    const std::optional<TrustedSigner> signer
        = makeTrustedSigner(bundle.signerCertificate, TrustSourceKind::CertificateFile, QStringLiteral("bundle signer"), &problem);
    if (!signer)
        return fail(QStringLiteral("the signer certificate cannot be read: %1").arg(problem));
    if (cose.kid != kidOf(bundle.signerCertificate))
        return fail(QStringLiteral("the protected kid does not name the carried signer certificate"));
    QString detail;
    const SignatureCheck check = verifySignature(signer->publicKey, *algorithm, cose.toBeSigned(), cose.signature, &detail);
    if (check != SignatureCheck::Verified)
        return fail(QStringLiteral("the bundle's signature does not verify%1").arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail));

    auto manifest = parseManifest(cose.payload);
    if (!manifest)
        return manifest.error();
    bundle.manifest = std::move(manifest).value();
    bundle.signerSubject = signer->subject;
    bundle.algorithm = signatureAlgorithmName(*algorithm);
    bundle.fileSha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    // Keep the signer's validity for checkTime().
    bundle.signerNotBefore = signer->notBefore;
    bundle.signerNotAfter = signer->notAfter;
    return bundle;
}

std::optional<TimeProblem> checkTime(const Bundle &bundle, Timestamp::Millis now)
{
    const Manifest &manifest = bundle.manifest;
    if (now + Limits::kClockSkewMs < manifest.issued)
        return TimeProblem{TimeProblem::Kind::ClockWrong,
                           QStringLiteral("the system clock (%1) is earlier than the trust bundle's issue time (%2): the clock is wrong")
                               .arg(Timestamp::formatRfc3339(now), Timestamp::formatRfc3339(manifest.issued))};
    if (now >= manifest.expires)
        return TimeProblem{TimeProblem::Kind::Expired,
                           QStringLiteral("trust bundle version %1 expired at %2")
                               .arg(manifest.version)
                               .arg(Timestamp::formatRfc3339(manifest.expires))};
    if (manifest.issued < bundle.signerNotBefore || manifest.issued > bundle.signerNotAfter)
        return TimeProblem{TimeProblem::Kind::SignerNotValid,
                           QStringLiteral("the bundle signer's certificate was not valid at the bundle's issue time (%1)")
                               .arg(Timestamp::formatRfc3339(manifest.issued))};
    return std::nullopt;
}

QByteArray fingerprintFromHex(QStringView text)
{
    QString hex = text.toString().trimmed().toLower();
    hex.remove(u':');
    if (hex.startsWith(u"sha256:"))
        hex = hex.mid(7);
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex) {
        if (!c.isDigit() && (c < u'a' || c > u'f'))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString fingerprintToHex(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex());
}

} // namespace CertDesk::TrustBundle
