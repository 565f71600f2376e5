// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace CertDesk {

/// A validator for the subset of JSON Schema (draft 2020-12) that the EU DCC schema
/// uses: type, properties, required, items, minItems, maxItems, maxLength, pattern,
/// format (date, date-time), enum, const, minimum, maximum, oneOf, anyOf, allOf,
/// $ref to "#/$defs/..." and "#/definitions/..." (any JSON Pointer into the same
/// document); also minLength, exclusiveMinimum, exclusiveMaximum, not and
/// additionalProperties. Unknown keywords are ignored (as the specification says
/// for annotations), and so are unknown formats.
///
/// `pattern` is an ECMA-262 search (unanchored) evaluated with QRegularExpression;
/// lengths count Unicode code points (JSON Schema Validation §6.3.1).
class JsonSchema
{
public:
    JsonSchema() = default;
    explicit JsonSchema(QJsonObject schema);

    /// The embedded EU DCC combined schema (resources/dcc), loaded once.
    static const JsonSchema &dccSchema();

    bool isNull() const { return m_schema.isEmpty(); }
    /// The schema document itself (for deriving a variant of it).
    const QJsonObject &schema() const { return m_schema; }

    /// Validates @p instance; returns every violation as "path: problem", the path a
    /// JSON Pointer fragment such as "#/v/0/dt", in document order (object members in
    /// key order). Empty when valid. Nesting deeper than the CBOR/JSON limit
    /// (Limits::kMaxNestingDepth) is a violation, never a stack overflow.
    QStringList validate(const QJsonValue &instance) const;

private:
    QJsonObject m_schema;
    /// Every "$ref" of the schema resolved once, when the schema is set (the DCC schema
    /// has two dozen; resolving a JSON pointer per use was a fifth of validating).
    QHash<QString, QJsonValue> m_references;
};

} // namespace CertDesk
