// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace CertDesk::VdsNc {

/// The types of ICAO VDS-NC this station reads (ICAO TR "VDS-NC" v1.1, §2.2 `hdr.t`).
inline constexpr QLatin1StringView kTypeVaccination("icao.vacc");
inline constexpr QLatin1StringView kTypeTest("icao.test");

/// One ICAO visible digital seal for non-constrained environments:
/// {"data": {"hdr": {...}, "msg": {...}}, "sig": {"alg", "cer", "sigvl"}}.
struct Seal
{
    QByteArray canonicalData; ///< RFC 8785 form of `data`: the signed bytes
    QString type; ///< hdr.t: icao.vacc or icao.test
    QString issuingCountry; ///< hdr.is: ICAO 9303 three-letter code
    QJsonObject message; ///< data.msg, read by readContent()
    QString algorithm; ///< sig.alg: ES256, ES384 or ES512
    QByteArray signerCertificate; ///< sig.cer, base64url-decoded DER
    QByteArray signature; ///< sig.sigvl, base64url-decoded raw r‖s
};

/// True when @p text is meant as a seal: a JSON object naming `data` and `sig`.
/// Any other text starting with '{' stays not_a_certificate.
bool looksLikeSeal(QByteArrayView text);

/// Parses a seal (already trimmed). Bounded before parsing (Limits::kMaxVdsNcTextBytes,
/// Limits::kMaxVdsNcNestingDepth: too_large) and after it (the same depth, and the member
/// count, so that duplicate names, which QJsonDocument silently merges, are decode_json).
/// @return the seal, or not_a_certificate (an object without the members data and sig),
/// too_large, decode_json (malformed JSON, duplicate names),
/// schema (a wrong structure, an unknown hdr.t or hdr.v, sig.cer or sig.sigvl not base64url)
/// or algorithm_unsupported (sig.alg other than ES256/384/512).
Result<Seal> parseSeal(QByteArrayView text);

} // namespace CertDesk::VdsNc
