// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "shcjws.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include "verify/limits.h"

namespace CertDesk::Shc {

namespace {

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

Reason jwsError(const QString &detail)
{
    return {ReasonCode::DecodeJws, detail};
}

} // namespace

std::optional<QByteArray> decodeBase64Url(QByteArrayView text)
{
    for (const char c : text) {
        if (!isBase64UrlChar(c))
            return std::nullopt;
    }
    // A length of 1 mod 4 cannot come from any byte string.
    if (text.size() % 4 == 1)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::Base64UrlEncoding
                                                                          | QByteArray::OmitTrailingEquals
                                                                          | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(*decoded);
}

int jsonNestingDepth(QByteArrayView json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

Result<QJsonObject> parseBoundedJsonObject(QByteArrayView json, qsizetype maxBytes, int maxDepth, const QString &what,
                                           ReasonCode malformedCode)
{
    if (json.size() > maxBytes)
        return Reason{ReasonCode::TooLarge, QStringLiteral("%1 is %2 bytes, over %3").arg(what).arg(json.size()).arg(maxBytes)};
    const int depth = jsonNestingDepth(json);
    if (depth > maxDepth)
        return Reason{ReasonCode::TooLarge, QStringLiteral("%1 nests %2 levels, over %3").arg(what).arg(depth).arg(maxDepth)};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Reason{malformedCode, QStringLiteral("%1 is not JSON: %2 at %3").arg(what, error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return Reason{malformedCode, QStringLiteral("%1 is not a JSON object").arg(what)};
    return document.object();
}

Result<Jws> parseJws(QByteArrayView compact)
{
    if (compact.size() > Limits::kMaxShcJwsLength) {
        return Reason{ReasonCode::TooLarge,
                      QStringLiteral("JWS is %1 characters, over %2").arg(compact.size()).arg(Limits::kMaxShcJwsLength)};
    }
    const qsizetype firstDot = compact.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : compact.indexOf('.', firstDot + 1);
    if (firstDot < 0 || secondDot < 0 || compact.indexOf('.', secondDot + 1) >= 0)
        return jwsError(QStringLiteral("not a compact JWS (three parts separated by dots)"));
    const QByteArrayView headerText = compact.first(firstDot);
    const QByteArrayView payloadText = compact.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signatureText = compact.sliced(secondDot + 1);
    if (headerText.isEmpty() || payloadText.isEmpty() || signatureText.isEmpty())
        return jwsError(QStringLiteral("a JWS part is empty"));

    const auto headerBytes = decodeBase64Url(headerText);
    const auto payload = decodeBase64Url(payloadText);
    const auto signature = decodeBase64Url(signatureText);
    if (!headerBytes || !payload || !signature)
        return jwsError(QStringLiteral("a JWS part is not base64url without padding"));

    auto header = parseBoundedJsonObject(*headerBytes, Limits::kMaxShcHeaderBytes, Limits::kMaxShcJsonDepth,
                                         QStringLiteral("JWS header"), ReasonCode::DecodeJws);
    if (!header)
        return header.reason();

    Jws jws;
    jws.header = std::move(*header);
    const QJsonValue alg = jws.header.value(QLatin1StringView("alg"));
    const QJsonValue kid = jws.header.value(QLatin1StringView("kid"));
    const QJsonValue zip = jws.header.value(QLatin1StringView("zip"));
    if (!alg.isString())
        return jwsError(QStringLiteral("JWS header has no \"alg\""));
    if (!kid.isString() || kid.toString().isEmpty())
        return jwsError(QStringLiteral("JWS header has no \"kid\""));
    // SHC: payloads are always DEFLATEd and the header says so; anything else is not a card.
    if (!zip.isString())
        return jwsError(QStringLiteral("JWS header has no \"zip\" (SMART Health Cards require \"DEF\")"));
    jws.algorithm = alg.toString();
    jws.kid = kid.toString().toUtf8();
    jws.zip = zip.toString();
    if (jws.zip != u"DEF")
        return jwsError(QStringLiteral("JWS \"zip\" is \"%1\", SMART Health Cards use \"DEF\"").arg(jws.zip));
    jws.signingInput = compact.first(secondDot).toByteArray();
    jws.payload = std::move(*payload);
    jws.signature = std::move(*signature);
    return jws;
}

} // namespace CertDesk::Shc
