// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace CertDesk::Shc {

/// A compact JWS (RFC 7515 §7.1) as SMART Health Cards use it: header.payload.signature.
struct Jws
{
    QJsonObject header;
    QString algorithm;       ///< header "alg" (SHC: "ES256")
    QByteArray kid;          ///< header "kid": the key's RFC 7638 thumbprint, base64url text
    QString zip;             ///< header "zip" (SHC: "DEF", raw DEFLATE)
    QByteArray signingInput; ///< ASCII(BASE64URL(header) || '.' || BASE64URL(payload))
    QByteArray payload;      ///< the payload bytes as signed (still compressed when zip is DEF)
    QByteArray signature;    ///< ES256: 64 bytes raw r‖s
};

/// Splits and decodes a compact JWS. Strict: exactly three parts, base64url without padding,
/// a JSON object header (bounded by Limits::kMaxShcHeaderBytes and the nesting limit) with
/// string "alg", "kid" and "zip" members (SMART Health Cards Framework: all three are required).
/// @return ReasonCode::DecodeJws for a malformed serialisation or header, TooLarge over a limit.
Result<Jws> parseJws(QByteArrayView compact);

/// Strict base64url (RFC 4648 §5) without padding; std::nullopt on any other character.
std::optional<QByteArray> decodeBase64Url(QByteArrayView text);

/// Parses JSON text whose top level must be an object, after checking its size
/// (@p maxBytes) and nesting depth (@p maxDepth) so that hostile input is bounded before
/// QJsonDocument sees it. @p what names the document in details.
/// @return TooLarge over a limit, @p malformedCode when not JSON or not an object.
Result<QJsonObject> parseBoundedJsonObject(QByteArrayView json, qsizetype maxBytes, int maxDepth, const QString &what,
                                           ReasonCode malformedCode = ReasonCode::DecodeJson);

/// The deepest nesting of arrays and objects in @p json (strings skipped); a quick scan.
int jsonNestingDepth(QByteArrayView json);

} // namespace CertDesk::Shc
