// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "time/timestamp.h"
#include "verify/verificationreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace CertDesk::Journal {

/// How the QR text reached the station. Stored as its code (inputKindName()).
enum class InputKind {
    Camera,
    Scanner,   ///< keyboard-wedge or serial 2D scanner
    File,      ///< an image, PDF, video or text file
    Stdin,     ///< certdesk-cli reading standard input
    Clipboard, ///< pasted into the station window
    /// Not a verification: an officer added the certificate to the local blocklist (who is the
    /// row's operator, why its policy column: "blocklist: <reason>"; verdict invalid, reason revoked).
    Blocklist,
};
/// "camera", "scanner", "file", "stdin", "clipboard", "blocklist". Never translated.
QString inputKindName(InputKind kind);
std::optional<InputKind> inputKindFromName(QStringView name);
/// The inverse of CertDesk::formatName(); std::nullopt for an unknown name.
std::optional<CertificateFormat> formatFromName(QStringView name);
/// The inverse of CertDesk::verdictName(); std::nullopt for an unknown name.
std::optional<Verdict> verdictFromName(QStringView name);

/// What the verification report cannot know: when, where, who and how. Filled by the
/// app layer, which alone reads the clock (STYLE.md §5).
struct JournalContext
{
    Timestamp::Millis time = 0; ///< the instant of the verification, UTC
    QString station;
    QString operatorName;
    InputKind input = InputKind::Camera;
    QString policy;       ///< the entry policy applied; empty when none
    QString trustVersion; ///< the version of the trust store that was used
    /// Station option (default off): keep the holder's name and date of birth.
    bool storeIdentities = false;
};

/// One journal row. Everything here is stored except certificateId, which is replaced
/// by its salted hash when the entry is appended (so repeated presentations can be
/// recognised without keeping identities).
struct JournalEntry
{
    qint64 id = 0; ///< row number: assigned on commit, consecutive from 1
    Timestamp::Millis time = 0;
    QString station;
    QString operatorName;
    InputKind input = InputKind::Camera;
    CertificateFormat format = CertificateFormat::Unknown;
    QString issuerCountry;
    Verdict verdict = Verdict::Unreadable;
    QStringList reasons; ///< reason codes (CLI-CONTRACT.md), first failure first
    QString policy;
    QString trustVersion;
    /// Transient input: hashed with the journal's salt on append, never stored; empty when read back.
    QString certificateId;
    /// HMAC-SHA256(salt, format ":" certificateId), first 16 bytes; empty without an id.
    QByteArray certificateHash;
    std::optional<QString> holderName;        ///< only when the station stores identities
    std::optional<QString> holderDateOfBirth; ///< only when the station stores identities
    QByteArray chainHash;                     ///< SHA-256 over this row and the previous hash; set on commit

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

/// The identifier that recognises a certificate: HealthCertificate::certificateId, else the
/// first vaccination, test or recovery statement's; empty when there is none.
QString certificateIdOf(const HealthCertificate &certificate);

/// The entry for one verification: verdict, format, reason codes and issuer from @p report,
/// the rest from @p context. Holder name and date of birth only with context.storeIdentities.
JournalEntry makeEntry(const VerificationReport &report, const JournalContext &context);

} // namespace CertDesk::Journal
