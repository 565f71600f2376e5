// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "vdsncseal.h"

#include "jcs.h"
#include "verify/limits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace CertDesk::VdsNc {

namespace {

struct Shape
{
    int depth = 0;
    qsizetype members = 0;
};

// One pass over the raw text, outside strings: the deepest nesting and the number of
// object members (each member has exactly one ':' outside strings). Runs before the
// parser, so a hostile depth never reaches it.
std::optional<Shape> scan(QByteArrayView text)
{
    Shape shape;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > Limits::kMaxVdsNcNestingDepth)
                return std::nullopt;
            shape.depth = std::max(shape.depth, depth);
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ':':
            ++shape.members;
            break;
        default:
            break;
        }
    }
    return shape;
}

// The same measures on the parsed tree.
void measure(const QJsonValue &value, int depth, Shape &shape)
{
    if (value.isObject()) {
        shape.depth = std::max(shape.depth, depth);
        const QJsonObject object = value.toObject();
        shape.members += object.size();
        for (auto it = object.begin(); it != object.end(); ++it)
            measure(it.value(), depth + 1, shape);
    } else if (value.isArray()) {
        shape.depth = std::max(shape.depth, depth);
        for (const QJsonValue &item : value.toArray())
            measure(item, depth + 1, shape);
    }
}

Reason schema(const QString &detail)
{
    return {ReasonCode::Schema, detail};
}

std::optional<QByteArray> base64Url(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    // base64url (RFC 4648 §5); issuers differ on padding, so it is optional.
    QByteArray text = value.toString().toLatin1();
    if (text.contains('+') || text.contains('/'))
        return std::nullopt;
    while (text.endsWith('='))
        text.chop(1);
    const auto decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QString onlyKnownMembers(
    const QJsonObject &object, std::initializer_list<QLatin1StringView> known, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return QStringLiteral("%1 has an unknown member \"%2\"").arg(where, it.key());
    }
    return {};
}

} // namespace

bool looksLikeSeal(QByteArrayView text)
{
    return text.startsWith('{') && text.contains("\"data\"") && text.contains("\"sig\"");
}

Result<Seal> parseSeal(QByteArrayView text)
{
    if (text.size() > Limits::kMaxVdsNcTextBytes) {
        return Result<Seal>(ReasonCode::TooLarge,
            QStringLiteral("seal is %1 bytes, over %2").arg(text.size()).arg(Limits::kMaxVdsNcTextBytes));
    }
    const std::optional<Shape> raw = scan(text);
    if (!raw) {
        return Result<Seal>(ReasonCode::TooLarge,
            QStringLiteral("JSON nested deeper than %1 levels").arg(Limits::kMaxVdsNcNestingDepth));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        return Result<Seal>(ReasonCode::DecodeJson,
            QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    }
    if (!document.isObject())
        return Result<Seal>(ReasonCode::DecodeJson, QStringLiteral("the seal is not a JSON object"));
    Shape parsed;
    measure(document.object(), 1, parsed);
    if (parsed.depth > Limits::kMaxVdsNcNestingDepth) {
        return Result<Seal>(ReasonCode::TooLarge,
            QStringLiteral("JSON nested deeper than %1 levels").arg(Limits::kMaxVdsNcNestingDepth));
    }
    // RFC 8785 §3.1 (I-JSON, RFC 7493 §2.3): member names must be unique. A duplicate would let
    // the signed and the displayed values differ, and QJsonDocument keeps only one of them.
    if (parsed.members != raw->members)
        return Result<Seal>(ReasonCode::DecodeJson, QStringLiteral("an object has duplicate member names"));

    const QJsonObject root = document.object();
    if (!root.contains(QLatin1StringView("data")) || !root.contains(QLatin1StringView("sig")))
        return Result<Seal>(
            ReasonCode::NotACertificate, QStringLiteral("a JSON object that is not an ICAO VDS-NC seal"));
    if (const QString extra
        = onlyKnownMembers(root, {QLatin1StringView("data"), QLatin1StringView("sig")}, QStringLiteral("the seal"));
        !extra.isEmpty())
        return schema(extra);
    const QJsonValue data = root.value(QLatin1StringView("data"));
    const QJsonObject sig = root.value(QLatin1StringView("sig")).toObject();
    if (!data.isObject() || !root.value(QLatin1StringView("sig")).isObject())
        return schema(QStringLiteral("data and sig must be JSON objects"));
    const QJsonObject header = data.toObject().value(QLatin1StringView("hdr")).toObject();
    const QJsonValue message = data.toObject().value(QLatin1StringView("msg"));
    if (header.isEmpty() || !message.isObject())
        return schema(QStringLiteral("data must hold the objects hdr and msg"));

    Seal seal;
    seal.type = header.value(QLatin1StringView("t")).toString();
    if (seal.type != kTypeVaccination && seal.type != kTypeTest)
        return schema(QStringLiteral("hdr.t \"%1\" is not icao.vacc or icao.test").arg(seal.type));
    const QJsonValue version = header.value(QLatin1StringView("v"));
    if (!version.isDouble() || version.toDouble() != 1)
        return schema(QStringLiteral("hdr.v must be 1"));
    seal.issuingCountry = header.value(QLatin1StringView("is")).toString();
    if (seal.issuingCountry.size() != 3
        || !std::all_of(
            seal.issuingCountry.begin(), seal.issuingCountry.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        return schema(QStringLiteral("hdr.is must be a three-letter country code"));
    seal.message = message.toObject();

    seal.algorithm = sig.value(QLatin1StringView("alg")).toString();
    if (seal.algorithm != u"ES256" && seal.algorithm != u"ES384" && seal.algorithm != u"ES512") {
        return Result<Seal>(ReasonCode::AlgorithmUnsupported,
            QStringLiteral("sig.alg \"%1\" is not ES256, ES384 or ES512").arg(seal.algorithm));
    }
    const std::optional<QByteArray> certificate = base64Url(sig.value(QLatin1StringView("cer")));
    if (!certificate)
        return schema(QStringLiteral("sig.cer is not a base64url certificate"));
    const std::optional<QByteArray> signature = base64Url(sig.value(QLatin1StringView("sigvl")));
    if (!signature)
        return schema(QStringLiteral("sig.sigvl is not base64url"));
    seal.signerCertificate = *certificate;
    seal.signature = *signature;
    seal.canonicalData = Jcs::canonicalize(data);
    if (seal.canonicalData.isEmpty())
        return Result<Seal>(ReasonCode::DecodeJson, QStringLiteral("data holds a number outside the IEEE 754 range"));
    return seal;
}

} // namespace CertDesk::VdsNc
