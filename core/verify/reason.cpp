// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "reason.h"

#include <array>
#include <utility>

namespace CertDesk {

namespace {

// The single table between the enum and CLI-CONTRACT.md's codes.
constexpr std::array<std::pair<ReasonCode, const char *>, 23> kNames{{
    {ReasonCode::NotACertificate, "not_a_certificate"},
    {ReasonCode::DecodeBase45, "decode_base45"},
    {ReasonCode::DecodeCompression, "decode_compression"},
    {ReasonCode::TooLarge, "too_large"},
    {ReasonCode::DecodeCbor, "decode_cbor"},
    {ReasonCode::DecodeCose, "decode_cose"},
    {ReasonCode::DecodeJws, "decode_jws"},
    {ReasonCode::DecodeJson, "decode_json"},
    {ReasonCode::AlgorithmUnsupported, "algorithm_unsupported"},
    {ReasonCode::KeyUnknown, "key_unknown"},
    {ReasonCode::SignatureInvalid, "signature_invalid"},
    {ReasonCode::SignatureUncheckable, "signature_uncheckable"},
    {ReasonCode::KeyExpired, "key_expired"},
    {ReasonCode::KeyUsage, "key_usage"},
    {ReasonCode::TrustChain, "trust_chain"},
    {ReasonCode::NotYetValid, "not_yet_valid"},
    {ReasonCode::Expired, "expired"},
    {ReasonCode::Incomplete, "incomplete"},
    {ReasonCode::Schema, "schema"},
    {ReasonCode::Revoked, "revoked"},
    {ReasonCode::Policy, "policy"},
    {ReasonCode::TrustOutdated, "trust_outdated"},
    {ReasonCode::ClockWrong, "clock_wrong"},
}};

} // namespace

QString reasonCodeName(ReasonCode code)
{
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

std::optional<ReasonCode> reasonCodeFromName(QStringView name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1StringView(text))
            return value;
    }
    return std::nullopt;
}

QList<ReasonCode> allReasonCodes()
{
    QList<ReasonCode> codes;
    codes.reserve(int(kNames.size()));
    for (const auto &entry : kNames)
        codes.append(entry.first);
    return codes;
}

bool isDecodingFailure(ReasonCode code)
{
    switch (code) {
    case ReasonCode::NotACertificate:
    case ReasonCode::DecodeBase45:
    case ReasonCode::DecodeCompression:
    case ReasonCode::TooLarge:
    case ReasonCode::DecodeCbor:
    case ReasonCode::DecodeCose:
    case ReasonCode::DecodeJws:
    case ReasonCode::DecodeJson:
        return true;
    default:
        return false;
    }
}

Reason foldSchemaProblems(const QList<Reason> &problems)
{
    QStringList details;
    for (const Reason &problem : problems) {
        if (details.size() == 3) {
            details.append(QStringLiteral("and %1 more").arg(problems.size() - 3));
            break;
        }
        details.append(problem.detail);
    }
    return {ReasonCode::Schema, details.join(QStringLiteral("; "))};
}

} // namespace CertDesk
