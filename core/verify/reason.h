// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace CertDesk {

/// Why a certificate is not valid. One enumerator per reason code of
/// CLI-CONTRACT.md ("Reason codes"); reasonCodeName() gives the stable code.
enum class ReasonCode {
    NotACertificate,
    DecodeBase45,
    DecodeCompression,
    TooLarge,
    DecodeCbor,
    DecodeCose,
    DecodeJws,
    DecodeJson,
    AlgorithmUnsupported,
    KeyUnknown,
    SignatureInvalid,
    /// The signature could not be checked at all (the crypto library failed).
    /// Never reported as signature_invalid (CertDesk extension of the contract).
    SignatureUncheckable,
    KeyExpired,
    KeyUsage,
    TrustChain,
    NotYetValid,
    Expired,
    Incomplete,
    Schema,
    Revoked,
    Policy,
    /// The trust store is older than the station allows (or its bundle expired): no verdict
    /// can be trusted (CertDesk extension of the contract, TRUST-BUNDLES.md "Age").
    TrustOutdated,
    /// The system clock is earlier than the installed trust bundle's issue time: time checks
    /// cannot be made (CertDesk extension of the contract).
    ClockWrong,
};

/// The snake_case code of CLI-CONTRACT.md, e.g. "decode_base45". Never translated.
QString reasonCodeName(ReasonCode code);
/// The inverse of reasonCodeName(); std::nullopt for an unknown name.
std::optional<ReasonCode> reasonCodeFromName(QStringView name);
/// Every reason code, in declaration order (for tests and documentation).
QList<ReasonCode> allReasonCodes();
/// True for the codes that make a verdict "unreadable" when they come first.
bool isDecodingFailure(ReasonCode code);

/// One failed check: the code and a human-readable detail in English (for the
/// JSON and the log; the ui shows its own translated sentence for the code).
struct Reason
{
    ReasonCode code = ReasonCode::NotACertificate;
    QString detail;

    friend bool operator==(const Reason &, const Reason &) = default;
};

/// Several schema problems as one `schema` reason: the first three details, then a count.
Reason foldSchemaProblems(const QList<Reason> &problems);

} // namespace CertDesk
