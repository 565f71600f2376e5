// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "time/timestamp.h"
#include "verify/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

/// CertLogic 1.3.3 (../shared/conformance/certlogic/SPECIFICATION.md): the EU's restricted
/// subset of JsonLogic in which DCC business rules are written, with its date-time operations
/// (plusTime, dccDateOfBirth, after/before/not-after/not-before) and extractFromUVCI.
namespace CertDesk::Policy::CertLogic {

/// A CertLogic value: what JSON holds, plus the date-times only plusTime and dccDateOfBirth
/// make. Numbers are integers where they are whole (CertLogic has no other numbers in
/// expressions; data may hold fractions, which only pass through).
class Value
{
public:
    struct DateTime
    {
        Timestamp::Millis ms = 0;
        friend bool operator==(const DateTime &, const DateTime &) = default;
    };
    using Array = QList<Value>;
    /// An object the evaluator makes (reduce's {current, accumulator, data}): its members may
    /// be date-times, which JSON objects cannot hold.
    using Map = QMap<QString, Value>;

    Value() = default; ///< null
    explicit Value(bool value) : m_data(value) {}
    explicit Value(qint64 value) : m_data(value) {}
    explicit Value(QString value) : m_data(std::move(value)) {}
    explicit Value(Array value) : m_data(std::move(value)) {}
    explicit Value(QJsonObject value) : m_data(std::move(value)) {}
    explicit Value(DateTime value) : m_data(value) {}
    explicit Value(Map value) : m_data(std::move(value)) {}
    static Value fromJson(const QJsonValue &json);
    /// Date-times become RFC 3339 strings with milliseconds (UTC).
    QJsonValue toJson() const;

    bool isNull() const { return std::holds_alternative<std::monostate>(m_data); }
    bool isBool() const { return std::holds_alternative<bool>(m_data); }
    bool isInteger() const { return std::holds_alternative<qint64>(m_data); }
    bool isString() const { return std::holds_alternative<QString>(m_data); }
    bool isArray() const { return std::holds_alternative<Array>(m_data); }
    bool isObject() const { return std::holds_alternative<QJsonObject>(m_data) || std::holds_alternative<Map>(m_data); }
    bool isDateTime() const { return std::holds_alternative<DateTime>(m_data); }
    bool toBool() const { return std::get<bool>(m_data); }
    qint64 toInteger() const { return std::get<qint64>(m_data); }
    const QString &toString() const { return std::get<QString>(m_data); }
    const Array &toArray() const { return std::get<Array>(m_data); }
    /// The member @p key of an object (either kind); null when absent or not an object.
    Value member(const QString &key) const;
    Timestamp::Millis toDateTime() const { return std::get<DateTime>(m_data).ms; }

    /// CertLogic's truthiness: false, null, "", 0, [] and {} are falsy; true, non-empty strings,
    /// non-zero integers, non-empty arrays and objects truthy; anything else (date-times,
    /// fractions) neither.
    bool isTruthy() const;
    bool isFalsy() const;

    friend bool operator==(const Value &, const Value &) = default;

private:
    std::variant<std::monostate, bool, qint64, double, QString, Array, QJsonObject, Map, DateTime> m_data;
};

/// Limits that keep a hostile rule or data set from exhausting the station.
struct Limits
{
    int maxDepth = 64;            ///< expression nesting
    qint64 maxSteps = 1'000'000;  ///< operations evaluated, reduce iterations included
};

/// The problems that make @p expression invalid CertLogic (the validator of the reference
/// implementation; messages as its validation test suite words them). Empty when valid.
QStringList validate(const QJsonValue &expression);

/// Evaluates @p expression against @p data. An invalid expression, or a type mismatch met
/// while evaluating (e.g. comparing a string with `<`), is an error, never undefined behaviour.
Expected<Value, QString> evaluate(const QJsonValue &expression, const QJsonValue &data, const Limits &limits = {});

/// plusTime's parser: the date and date-time forms of the specification (partial dates as
/// dccDateOfBirth reads them). std::nullopt for anything else.
std::optional<Timestamp::Millis> parseDateTime(QStringView text);
/// dccDateOfBirth: YYYY → YYYY-12-31, YYYY-MM → its last day, YYYY-MM-DD as is; midnight UTC.
std::optional<Timestamp::Millis> parseDateOfBirth(QStringView text);

} // namespace CertDesk::Policy::CertLogic
