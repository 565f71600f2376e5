// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "time/timestamp.h"
#include "verify/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace CertDesk::Issue {
class SigningKey;
}

/// CertDesk trust bundles (core/trust/TRUST-BUNDLES.md): one signed file that carries a
/// station's whole trust (signer certificates and lists per format, revocation lists,
/// entry policies, value sets) with a version, an issue time and an expiry.
namespace CertDesk::TrustBundle {

/// What one bundle entry is for; the folder it came from when the bundle was made.
enum class EntryKind {
    Trust,      ///< trust/: anything TrustLoader reads (certificates, trust lists, JWKS, master lists...)
    Revocation, ///< revocation/: revocation lists and blocklists
    Policy,     ///< policies/: entry policies (EU business rules in CertLogic); named by file name
    ValueSets,  ///< valuesets/: value sets, JSON
};
QString entryKindName(EntryKind kind);
std::optional<EntryKind> entryKindFromName(QStringView name);

struct Entry
{
    EntryKind kind = EntryKind::Trust;
    QString path;    ///< relative to the folder the bundle was made from, '/'-separated
    QByteArray data; ///< the file's bytes, exactly
};

struct Manifest
{
    quint64 version = 0;           ///< strictly increasing per publisher: a lower one is a rollback
    Timestamp::Millis issued = 0;  ///< when the publisher made it
    Timestamp::Millis expires = 0; ///< after this the bundle is not installed or used
    QString publisher;             ///< who publishes it, for display
    QString description;
    QList<Entry> entries;
};

/// A bundle whose signature has verified.
struct Bundle
{
    Manifest manifest;
    QByteArray signerCertificate; ///< DER, as carried in the bundle (COSE x5chain)
    QString signerSubject;
    QByteArray signerFingerprint; ///< SHA-256 of signerCertificate: what a station pins
    QString algorithm;
    QByteArray fileSha256;        ///< SHA-256 of the whole file, for provenance
    Timestamp::Millis signerNotBefore = 0;
    Timestamp::Millis signerNotAfter = 0;
};

/// Limits (TRUST-BUNDLES.md "Limits"); a bundle over them is refused before parsing.
inline constexpr qsizetype kMaxBundleBytes = 256 * 1024 * 1024;
inline constexpr int kMaxEntries = 4096;

/// True when @p data looks like a trust bundle (a tagged COSE_Sign1 whose protected header
/// names the bundle content type); cheap, used to sniff `--trust` files.
bool looksLikeBundle(const QByteArray &data);

/// Signs @p manifest with @p key; the key's certificate travels in the bundle.
Expected<QByteArray, QString> create(const Manifest &manifest, const Issue::SigningKey &key);

/// Parses @p data, checks its structure and its signature against the certificate it
/// carries, and, when @p pins is not empty, that this certificate's SHA-256 is one of
/// them. Says nothing about time: see checkTime().
Expected<Bundle, QString> open(const QByteArray &data, const QList<QByteArray> &pins);

/// The manifest parser alone (open() calls it once the signature has verified); public for
/// the fuzzer and tests: @p payload is untrusted here.
Expected<Manifest, QString> parseManifest(const QByteArray &payload);

/// The bundle's time checks at the real time @p now: the signer certificate valid when the
/// bundle was issued, the bundle not expired, and the clock not earlier than the issue
/// time (less Limits::kClockSkewMs): a clock that is means the clock is wrong.
struct TimeProblem
{
    enum class Kind { ClockWrong, Expired, SignerNotValid };
    Kind kind;
    QString detail;
};
std::optional<TimeProblem> checkTime(const Bundle &bundle, Timestamp::Millis now);

/// "ab12…" lower-case hex fingerprint, or the bytes of one given as hex (with or without
/// colons); empty when @p text is not 32 bytes of hex.
QByteArray fingerprintFromHex(QStringView text);
QString fingerprintToHex(const QByteArray &fingerprint);

} // namespace CertDesk::TrustBundle
