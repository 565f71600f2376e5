// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "jsonschema.h"

#include <cmath>
#include <optional>
#include <utility>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include "time/timestamp.h"
#include "verify/limits.h"

namespace CertDesk {

namespace {

// Subschemas entered without descending into the instance ($ref, allOf, anyOf, oneOf,
// not) per instance level. The DCC schema needs two; a $ref cycle ("#" referring to
// itself) would need infinitely many, and is cut off here instead of overflowing the stack.
constexpr int kMaxSchemaStepsPerLevel = 8;

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number;
}

// JSON Schema Core §4.2.1: "integer" is a number with a zero fractional part.
bool hasType(const QJsonValue &value, QStringView type)
{
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"string")
        return value.isString();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return isInteger(value);
    if (type == u"boolean")
        return value.isBool();
    if (type == u"null")
        return value.isNull();
    return false;
}

// JSON Schema Validation §6.3: lengths count code points, not UTF-16 units.
qsizetype codePointLength(const QString &text)
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++length;
    }
    return length;
}

QString numberText(double number)
{
    return QString::number(number, 'g', 17);
}

// Does @p instance exceed @p remaining levels of arrays and objects? Bounded by the
// limit itself, so the recursion never goes deeper than Limits::kMaxNestingDepth + 1.
bool exceedsDepth(const QJsonValue &instance, int remaining)
{
    if (!instance.isArray() && !instance.isObject())
        return false;
    if (remaining <= 0)
        return true;
    if (instance.isArray()) {
        const QJsonArray array = instance.toArray();
        for (const QJsonValue &item : array) {
            if (exceedsDepth(item, remaining - 1))
                return true;
        }
        return false;
    }
    const QJsonObject object = instance.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (exceedsDepth(it.value(), remaining - 1))
            return true;
    }
    return false;
}

// Compiling a pattern costs far more than matching it (PCRE2 JIT), and a schema has
// few patterns: each thread keeps its compiled ones. Bounded, as a schema could be
// anyone's.
const QRegularExpression &compiledPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        if (cache.size() >= 256)
            cache.clear();
        QRegularExpression expression(pattern);
        expression.optimize();
        it = cache.insert(pattern, std::move(expression));
    }
    return it.value();
}

class Validator
{
public:
    explicit Validator(const QJsonObject &root, const QHash<QString, QJsonValue> *resolved = nullptr)
        : m_root(root)
        , m_resolved(resolved)
    {
    }

    std::optional<QJsonValue> resolveReference(const QString &reference) const { return resolve(reference); }

    // Validates @p instance at @p path against @p schema, appending violations to @p errors.
    // @p level counts instance nesting, @p steps the subschemas entered at this level.
    void validate(const QJsonValue &schema, const QJsonValue &instance, const QString &path, int level, int steps,
                  QStringList &errors) const;

private:
    std::optional<QJsonValue> resolve(const QString &reference) const;
    bool typeMatches(const QJsonObject &schema, const QJsonValue &instance, const QString &path,
                     QStringList &errors) const;
    void validateCombinators(const QJsonObject &schema, const QJsonValue &instance, const QString &path, int level,
                             int steps, QStringList &errors) const;
    void validateString(const QJsonObject &schema, const QString &text, const QString &path,
                        QStringList &errors) const;
    void validateNumber(const QJsonObject &schema, double number, const QString &path, QStringList &errors) const;
    void validateArray(const QJsonObject &schema, const QJsonArray &array, const QString &path, int level,
                       QStringList &errors) const;
    void validateObject(const QJsonObject &schema, const QJsonObject &object, const QString &path, int level,
                        QStringList &errors) const;

    QJsonObject m_root;
    const QHash<QString, QJsonValue> *m_resolved = nullptr;
};

// A JSON Pointer fragment into the same document (RFC 6901 §6): "#", "#/$defs/x".
std::optional<QJsonValue> Validator::resolve(const QString &reference) const
{
    if (m_resolved) {
        const auto it = m_resolved->constFind(reference);
        if (it != m_resolved->cend())
            return it.value();
    }
    if (reference == u"#")
        return QJsonValue(m_root);
    if (!reference.startsWith(u"#/"))
        return std::nullopt;
    QJsonValue current(m_root);
    const QStringList tokens = reference.mid(2).split(u'/');
    for (QString token : tokens) {
        // RFC 6901 §4: "~1" is "/", "~0" is "~", in that order.
        token.replace(QLatin1StringView("~1"), QLatin1StringView("/"));
        token.replace(QLatin1StringView("~0"), QLatin1StringView("~"));
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return std::nullopt;
            current = object.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            const QJsonArray array = current.toArray();
            if (!ok || index < 0 || index >= array.size())
                return std::nullopt;
            current = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

void Validator::validate(const QJsonValue &schemaValue, const QJsonValue &instance, const QString &path, int level,
                         int steps, QStringList &errors) const
{
    // Boolean schemas (JSON Schema Core §4.3.2).
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            errors.append(path + QStringLiteral(": no value is allowed here"));
        return;
    }
    if (!schemaValue.isObject())
        return;
    if (level > Limits::kMaxNestingDepth) {
        errors.append(path + QStringLiteral(": nested deeper than %1 levels").arg(Limits::kMaxNestingDepth));
        return;
    }
    if (steps > kMaxSchemaStepsPerLevel) {
        errors.append(path + QStringLiteral(": schema references nest too deeply (a $ref cycle?)"));
        return;
    }
    const QJsonObject schema = schemaValue.toObject();

    // Core §8.2.3.1: in 2020-12, $ref applies alongside the schema's other keywords.
    const QJsonValue reference = schema.value(QLatin1StringView("$ref"));
    if (reference.isString()) {
        const auto target = resolve(reference.toString());
        if (!target)
            errors.append(path + QStringLiteral(": schema reference %1 cannot be resolved").arg(reference.toString()));
        else
            validate(*target, instance, path, level, steps + 1, errors);
    }

    // A value of the wrong type makes the type-specific keywords meaningless: report the type only.
    if (!typeMatches(schema, instance, path, errors))
        return;

    const QJsonValue constant = schema.value(QLatin1StringView("const"));
    if (!constant.isUndefined() && instance != constant)
        errors.append(path + QStringLiteral(": not the required constant value"));
    const QJsonValue allowed = schema.value(QLatin1StringView("enum"));
    if (allowed.isArray() && !allowed.toArray().contains(instance))
        errors.append(path + QStringLiteral(": not one of the allowed values"));

    if (instance.isString())
        validateString(schema, instance.toString(), path, errors);
    else if (instance.isDouble())
        validateNumber(schema, instance.toDouble(), path, errors);
    else if (instance.isArray())
        validateArray(schema, instance.toArray(), path, level, errors);
    else if (instance.isObject())
        validateObject(schema, instance.toObject(), path, level, errors);

    validateCombinators(schema, instance, path, level, steps, errors);
}

bool Validator::typeMatches(const QJsonObject &schema, const QJsonValue &instance, const QString &path,
                            QStringList &errors) const
{
    const QJsonValue type = schema.value(QLatin1StringView("type"));
    QStringList types;
    if (type.isString()) {
        types.append(type.toString());
    } else if (type.isArray()) {
        const QJsonArray list = type.toArray();
        for (const QJsonValue &entry : list)
            types.append(entry.toString());
    } else {
        return true;
    }
    for (const QString &name : std::as_const(types)) {
        if (hasType(instance, name))
            return true;
    }
    errors.append(path + QStringLiteral(": expected %1, found %2").arg(types.join(QLatin1StringView(" or ")),
                                                                         describe(instance)));
    return false;
}

void Validator::validateCombinators(const QJsonObject &schema, const QJsonValue &instance, const QString &path,
                                    int level, int steps, QStringList &errors) const
{
    const QJsonArray allOf = schema.value(QLatin1StringView("allOf")).toArray();
    for (const QJsonValue &subschema : allOf)
        validate(subschema, instance, path, level, steps + 1, errors);

    const QJsonValue anyOf = schema.value(QLatin1StringView("anyOf"));
    if (anyOf.isArray()) {
        bool matched = false;
        QStringList firstErrors;
        const QJsonArray list = anyOf.toArray();
        for (const QJsonValue &subschema : list) {
            QStringList subErrors;
            validate(subschema, instance, path, level, steps + 1, subErrors);
            if (subErrors.isEmpty()) {
                matched = true;
                break;
            }
            if (firstErrors.isEmpty())
                firstErrors = subErrors;
        }
        if (!matched) {
            errors.append(path + QStringLiteral(": matches none of the anyOf alternatives (first: %1)")
                                     .arg(firstErrors.value(0)));
        }
    }

    const QJsonValue oneOf = schema.value(QLatin1StringView("oneOf"));
    if (oneOf.isArray()) {
        int matches = 0;
        QStringList firstErrors;
        const QJsonArray list = oneOf.toArray();
        for (const QJsonValue &subschema : list) {
            QStringList subErrors;
            validate(subschema, instance, path, level, steps + 1, subErrors);
            if (subErrors.isEmpty())
                ++matches;
            else if (firstErrors.isEmpty())
                firstErrors = subErrors;
        }
        if (matches == 0) {
            errors.append(path + QStringLiteral(": matches none of the oneOf alternatives (first: %1)")
                                     .arg(firstErrors.value(0)));
        } else if (matches > 1) {
            errors.append(path + QStringLiteral(": matches %1 of the oneOf alternatives, exactly one is allowed")
                                     .arg(matches));
        }
    }

    const QJsonValue negated = schema.value(QLatin1StringView("not"));
    if (negated.isObject() || negated.isBool()) {
        QStringList subErrors;
        validate(negated, instance, path, level, steps + 1, subErrors);
        if (subErrors.isEmpty())
            errors.append(path + QStringLiteral(": matches a schema it must not match"));
    }
}

void Validator::validateString(const QJsonObject &schema, const QString &text, const QString &path,
                               QStringList &errors) const
{
    const qsizetype length = codePointLength(text);
    const QJsonValue maxLength = schema.value(QLatin1StringView("maxLength"));
    if (maxLength.isDouble() && double(length) > maxLength.toDouble())
        errors.append(path + QStringLiteral(": longer than %1 characters").arg(numberText(maxLength.toDouble())));
    const QJsonValue minLength = schema.value(QLatin1StringView("minLength"));
    if (minLength.isDouble() && double(length) < minLength.toDouble())
        errors.append(path + QStringLiteral(": shorter than %1 characters").arg(numberText(minLength.toDouble())));

    // Validation §6.3.3: an ECMA-262 regular expression, matched anywhere (not anchored).
    // PCRE2 without UseUnicodePropertiesOption keeps \d and \w ASCII-only, as in ECMA-262.
    const QJsonValue pattern = schema.value(QLatin1StringView("pattern"));
    if (pattern.isString()) {
        const QRegularExpression &expression = compiledPattern(pattern.toString());
        if (!expression.isValid())
            errors.append(path + QStringLiteral(": schema pattern %1 is not a valid expression")
                                     .arg(pattern.toString()));
        else if (!expression.match(text).hasMatch())
            errors.append(path + QStringLiteral(": does not match the pattern %1").arg(pattern.toString()));
    }

    // Validation §7.3.1: "date" is RFC 3339 full-date, "date-time" is RFC 3339 date-time.
    const QString format = schema.value(QLatin1StringView("format")).toString();
    if (format == u"date" && !Timestamp::parseDate(text))
        errors.append(path + QStringLiteral(": not a date (YYYY-MM-DD)"));
    else if (format == u"date-time" && !Timestamp::parseRfc3339(text))
        errors.append(path + QStringLiteral(": not an RFC 3339 date-time"));
}

void Validator::validateNumber(const QJsonObject &schema, double number, const QString &path,
                               QStringList &errors) const
{
    const QJsonValue minimum = schema.value(QLatin1StringView("minimum"));
    if (minimum.isDouble() && number < minimum.toDouble())
        errors.append(path + QStringLiteral(": %1 is less than the minimum %2").arg(numberText(number),
                                                                                  numberText(minimum.toDouble())));
    const QJsonValue maximum = schema.value(QLatin1StringView("maximum"));
    if (maximum.isDouble() && number > maximum.toDouble())
        errors.append(path + QStringLiteral(": %1 is more than the maximum %2").arg(numberText(number),
                                                                                  numberText(maximum.toDouble())));
    const QJsonValue exclusiveMinimum = schema.value(QLatin1StringView("exclusiveMinimum"));
    if (exclusiveMinimum.isDouble() && number <= exclusiveMinimum.toDouble())
        errors.append(path + QStringLiteral(": %1 is not more than %2").arg(numberText(number),
                                                                          numberText(exclusiveMinimum.toDouble())));
    const QJsonValue exclusiveMaximum = schema.value(QLatin1StringView("exclusiveMaximum"));
    if (exclusiveMaximum.isDouble() && number >= exclusiveMaximum.toDouble())
        errors.append(path + QStringLiteral(": %1 is not less than %2").arg(numberText(number),
                                                                          numberText(exclusiveMaximum.toDouble())));
}

void Validator::validateArray(const QJsonObject &schema, const QJsonArray &array, const QString &path, int level,
                              QStringList &errors) const
{
    const QJsonValue minItems = schema.value(QLatin1StringView("minItems"));
    if (minItems.isDouble() && double(array.size()) < minItems.toDouble())
        errors.append(path + QStringLiteral(": fewer than %1 items").arg(numberText(minItems.toDouble())));
    const QJsonValue maxItems = schema.value(QLatin1StringView("maxItems"));
    if (maxItems.isDouble() && double(array.size()) > maxItems.toDouble())
        errors.append(path + QStringLiteral(": more than %1 items").arg(numberText(maxItems.toDouble())));

    const QJsonValue items = schema.value(QLatin1StringView("items"));
    if (!items.isObject() && !items.isBool())
        return;
    for (qsizetype i = 0; i < array.size(); ++i)
        validate(items, array.at(i), path + u'/' + QString::number(i), level + 1, 0, errors);
}

void Validator::validateObject(const QJsonObject &schema, const QJsonObject &object, const QString &path, int level,
                               QStringList &errors) const
{
    const QJsonArray required = schema.value(QLatin1StringView("required")).toArray();
    for (const QJsonValue &name : required) {
        if (!object.contains(name.toString()))
            errors.append(path + QStringLiteral(": the required property \"%1\" is missing").arg(name.toString()));
    }

    const QJsonObject properties = schema.value(QLatin1StringView("properties")).toObject();
    const QJsonValue additional = schema.value(QLatin1StringView("additionalProperties"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        // RFC 6901 §3: "~" and "/" in a key are escaped in a pointer.
        QString key = it.key();
        if (key.contains(u'~') || key.contains(u'/'))
            key.replace(u'~', QLatin1StringView("~0")).replace(u'/', QLatin1StringView("~1"));
        const QString childPath = path + u'/' + key;
        const auto property = properties.constFind(it.key());
        if (property != properties.constEnd())
            validate(property.value(), it.value(), childPath, level + 1, 0, errors);
        else if (additional.isObject() || additional.isBool())
            validate(additional, it.value(), childPath, level + 1, 0, errors);
    }
}

} // namespace

namespace {

// Every "$ref" string anywhere in @p value (bounded like the instances are).
void collectReferences(const QJsonValue &value, QSet<QString> &references, int depth = 0)
{
    if (depth > 64)
        return;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == u"$ref" && it.value().isString())
                references.insert(it.value().toString());
            else
                collectReferences(it.value(), references, depth + 1);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectReferences(item, references, depth + 1);
    }
}

} // namespace

JsonSchema::JsonSchema(QJsonObject schema)
    : m_schema(std::move(schema))
{
    QSet<QString> references;
    collectReferences(m_schema, references);
    const Validator resolver(m_schema);
    for (const QString &reference : std::as_const(references)) {
        if (const auto target = resolver.resolveReference(reference))
            m_references.insert(reference, *target);
    }
}

const JsonSchema &JsonSchema::dccSchema()
{
    // Loaded once, thread-safely (C++11 [stmt.dcl]/4), from the copy embedded by core/CMakeLists.txt.
    static const JsonSchema schema = [] {
        QFile file(QStringLiteral(":/certdesk/dcc/DCC.combined-schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return JsonSchema();
        return JsonSchema(QJsonDocument::fromJson(file.readAll()).object());
    }();
    return schema;
}

QStringList JsonSchema::validate(const QJsonValue &instance) const
{
    const QString root = QStringLiteral("#");
    // Checked up front as well: parts of the instance that no subschema looks at are bounded too.
    if (exceedsDepth(instance, Limits::kMaxNestingDepth))
        return {root + QStringLiteral(": nested deeper than %1 levels").arg(Limits::kMaxNestingDepth)};
    QStringList errors;
    Validator(m_schema, &m_references).validate(QJsonValue(m_schema), instance, root, 0, 0, errors);
    return errors;
}

} // namespace CertDesk
