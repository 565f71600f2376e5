// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "certlogic.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace CertDesk::Policy::CertLogic {

namespace {

constexpr Timestamp::Millis kHour = 3'600'000;
constexpr Timestamp::Millis kDay = 24 * kHour;

// Days since 1970-01-01 of a proleptic Gregorian date; month may be any integer (normalised
// into the year), day may overflow its month (as JavaScript's Date setters let it).
qint64 daysFromCivil(qint64 year, qint64 month, qint64 day)
{
    year += month >= 1 ? (month - 1) / 12 : -((12 - month) / 12);
    month = ((month - 1) % 12 + 12) % 12 + 1;
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468 + (day - 1);
}

void civilFromDays(qint64 days, qint64 &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

int daysInMonth(qint64 year, int month)
{
    return int(daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1));
}

// JavaScript's setUTCMonth / setUTCFullYear: the day of the month is kept and overflows.
Timestamp::Millis addMonths(Timestamp::Millis at, qint64 months)
{
    const qint64 days = floorDiv(at, kDay);
    const Timestamp::Millis timeOfDay = at - days * kDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, year, month, day);
    return daysFromCivil(year, month + months, day) * kDay + timeOfDay;
}

// Limits reached or a type mismatch: evaluation stops with this message.
struct Failure
{
    QString message;
};

class Evaluator
{
public:
    explicit Evaluator(const Limits &limits)
        : m_limits(limits)
    {
    }

    Expected<Value, Failure> eval(const QJsonValue &expression, const Value &data, int depth);

private:
    Expected<Value, Failure> operation(const QString &op, const QJsonArray &operands, const Value &data, int depth);
    Expected<Value, Failure> comparison(const QString &op, const QJsonArray &operands, const Value &data, int depth);
    /// Both operands of a binary operation, left to right; the first failure stops.
    Expected<std::pair<Value, Value>, Failure> pair(const QJsonArray &operands, const Value &data, int depth);

    const Limits &m_limits;
    qint64 m_steps = 0;
};

Failure fail(const QString &message)
{
    return Failure{message};
}

Value drill(const Value &data, const QString &path)
{
    if (path.isEmpty())
        return data;
    Value current = data;
    for (const QString &fragment : path.split(u'.')) {
        if (current.isObject()) {
            current = current.member(fragment);
        } else if (current.isArray()) {
            bool ok = false;
            const qint64 index = fragment.toLongLong(&ok);
            const Value::Array &array = current.toArray();
            current = ok && index >= 0 && index < array.size() ? array.at(qsizetype(index)) : Value();
        } else {
            return Value();
        }
    }
    return current;
}

bool comparisonHolds(const QString &op, qint64 a, qint64 b)
{
    if (op == u">" || op == u"after")
        return a > b;
    if (op == u"<" || op == u"before")
        return a < b;
    if (op == u">=" || op == u"not-before")
        return a >= b;
    return a <= b; // "<=", "not-after"
}

Expected<Value, Failure> Evaluator::eval(const QJsonValue &expression, const Value &data, int depth)
{
    if (depth > m_limits.maxDepth)
        return fail(QStringLiteral("expression nested deeper than %1 levels").arg(m_limits.maxDepth));
    if (++m_steps > m_limits.maxSteps)
        return fail(QStringLiteral("evaluation took more than %1 steps").arg(m_limits.maxSteps));
    switch (expression.type()) {
    case QJsonValue::Bool:
    case QJsonValue::String:
        return Value::fromJson(expression);
    case QJsonValue::Double: {
        const Value number = Value::fromJson(expression);
        if (!number.isInteger())
            return fail(QStringLiteral("%1 is a non-integer number").arg(expression.toDouble()));
        return number;
    }
    case QJsonValue::Array: {
        Value::Array items;
        for (const QJsonValue &item : expression.toArray()) {
            Expected<Value, Failure> value = eval(item, data, depth + 1);
            if (!value)
                return value;
            items.append(std::move(value).value());
        }
        return Value(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = expression.toObject();
        if (object.size() != 1)
            return fail(QStringLiteral("expression object must have exactly one key, but it has %1").arg(object.size()));
        const QString op = object.begin().key();
        const QJsonValue operands = object.begin().value();
        if (op == u"var") {
            if (!operands.isString())
                return fail(QStringLiteral("not of the form { \"var\": \"<path>\" }"));
            return drill(data, operands.toString());
        }
        if (!operands.isArray())
            return fail(QStringLiteral("operation not of the form { \"<operator>\": [ <values...> ] }"));
        return operation(op, operands.toArray(), data, depth + 1);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return fail(QStringLiteral("invalid CertLogic expression"));
}

Expected<Value, Failure> Evaluator::comparison(const QString &op, const QJsonArray &operands, const Value &data,
                                               int depth)
{
    const bool dates = op == u"after" || op == u"before" || op == u"not-after" || op == u"not-before";
    if (operands.size() != 2 && operands.size() != 3)
        return fail(QStringLiteral("an operation with operator \"%1\" must have 2 or 3 operands").arg(op));
    QList<qint64> values;
    for (const QJsonValue &operand : operands) {
        Expected<Value, Failure> value = eval(operand, data, depth);
        if (!value)
            return value;
        if (dates ? !value->isDateTime() : !value->isInteger())
            return fail(dates ? QStringLiteral("all operands of \"%1\" must be date-times").arg(op)
                              : QStringLiteral("all operands of \"%1\" must be integers").arg(op));
        values.append(dates ? value->toDateTime() : value->toInteger());
    }
    bool holds = comparisonHolds(op, values.at(0), values.at(1));
    if (values.size() == 3)
        holds = holds && comparisonHolds(op, values.at(1), values.at(2));
    return Value(holds);
}

Expected<std::pair<Value, Value>, Failure> Evaluator::pair(const QJsonArray &operands, const Value &data, int depth)
{
    Expected<Value, Failure> left = eval(operands.at(0), data, depth);
    if (!left)
        return left.error();
    Expected<Value, Failure> right = eval(operands.at(1), data, depth);
    if (!right)
        return right.error();
    return std::pair(std::move(left).value(), std::move(right).value());
}

Expected<Value, Failure> Evaluator::operation(const QString &op, const QJsonArray &operands, const Value &data,
                                              int depth)
{
    const auto arity = [&](qsizetype count) -> std::optional<Failure> {
        if (operands.size() != count)
            return fail(QStringLiteral("an operation with operator \"%1\" must have %2 operand(s)").arg(op).arg(count));
        return std::nullopt;
    };

    if (op == u"if") {
        if (auto problem = arity(3))
            return *problem;
        Expected<Value, Failure> guard = eval(operands.at(0), data, depth);
        if (!guard)
            return guard;
        return eval(guard->isTruthy() ? operands.at(1) : operands.at(2), data, depth);
    }
    if (op == u"===") {
        if (auto problem = arity(2))
            return *problem;
        const auto both = pair(operands, data, depth);
        if (!both)
            return both.error();
        return Value(both->first == both->second);
    }
    if (op == u"and") {
        if (operands.size() < 2)
            return fail(QStringLiteral("an \"and\" operation must have at least 2 operands"));
        Value last;
        for (const QJsonValue &operand : operands) {
            Expected<Value, Failure> value = eval(operand, data, depth);
            if (!value)
                return value;
            if (value->isFalsy())
                return value;
            if (!value->isTruthy())
                return fail(QStringLiteral("all operands of an \"and\" operation must be either truthy or falsy"));
            last = std::move(value).value();
        }
        return last;
    }
    if (op == u">" || op == u"<" || op == u">=" || op == u"<=" || op == u"after" || op == u"before"
        || op == u"not-after" || op == u"not-before") {
        return comparison(op, operands, data, depth);
    }
    if (op == u"!") {
        if (auto problem = arity(1))
            return *problem;
        Expected<Value, Failure> value = eval(operands.at(0), data, depth);
        if (!value)
            return value;
        if (value->isFalsy())
            return Value(true);
        if (value->isTruthy())
            return Value(false);
        return fail(QStringLiteral("the operand of \"!\" must be either truthy or falsy"));
    }
    if (op == u"in") {
        if (auto problem = arity(2))
            return *problem;
        const auto both = pair(operands, data, depth);
        if (!both)
            return both.error();
        if (!both->second.isArray())
            return fail(QStringLiteral("right-hand side of an \"in\" operation must be an array"));
        return Value(both->second.toArray().contains(both->first));
    }
    if (op == u"+") {
        if (auto problem = arity(2))
            return *problem;
        const auto both = pair(operands, data, depth);
        if (!both)
            return both.error();
        if (!both->first.isInteger() || !both->second.isInteger())
            return fail(QStringLiteral("all operands of \"+\" must be integers"));
        qint64 sum = 0;
        if (qAddOverflow(both->first.toInteger(), both->second.toInteger(), &sum))
            return fail(QStringLiteral("integer overflow in \"+\""));
        return Value(sum);
    }
    if (op == u"plusTime") {
        if (auto problem = arity(3))
            return *problem;
        if (!operands.at(1).isDouble() || !Value::fromJson(operands.at(1)).isInteger())
            return fail(QStringLiteral("\"amount\" argument (#2) of \"plusTime\" must be an integer"));
        const QString unit = operands.at(2).toString();
        if (unit != u"year" && unit != u"month" && unit != u"day" && unit != u"hour")
            return fail(QStringLiteral("\"unit\" argument (#3) of \"plusTime\" must be one of year, month, day, hour"));
        Expected<Value, Failure> date = eval(operands.at(0), data, depth);
        if (!date)
            return date;
        if (!date->isString())
            return fail(QStringLiteral("date argument of \"plusTime\" must be a string"));
        const std::optional<Timestamp::Millis> at = parseDateTime(date->toString());
        if (!at)
            return fail(QStringLiteral("not a valid date(-time): %1").arg(date->toString()));
        const qint64 amount = Value::fromJson(operands.at(1)).toInteger();
        if (std::llabs(amount) > 100'000)
            return fail(QStringLiteral("\"plusTime\" amount out of range: %1").arg(amount));
        if (unit == u"hour")
            return Value(Value::DateTime{*at + amount * kHour});
        if (unit == u"day")
            return Value(Value::DateTime{*at + amount * kDay});
        return Value(Value::DateTime{addMonths(*at, unit == u"year" ? amount * 12 : amount)});
    }
    if (op == u"dccDateOfBirth") {
        if (auto problem = arity(1))
            return *problem;
        Expected<Value, Failure> date = eval(operands.at(0), data, depth);
        if (!date)
            return date;
        if (!date->isString())
            return fail(QStringLiteral("operand of \"dccDateOfBirth\" must be a string"));
        const std::optional<Timestamp::Millis> at = parseDateOfBirth(date->toString());
        if (!at)
            return fail(QStringLiteral("not a valid date of birth: %1").arg(date->toString()));
        return Value(Value::DateTime{*at});
    }
    if (op == u"reduce") {
        if (auto problem = arity(3))
            return *problem;
        Expected<Value, Failure> list = eval(operands.at(0), data, depth);
        if (!list)
            return list;
        Expected<Value, Failure> accumulator = eval(operands.at(2), data, depth);
        if (!accumulator)
            return accumulator;
        if (list->isNull())
            return accumulator;
        if (!list->isArray())
            return fail(QStringLiteral("operand of \"reduce\" must be an array or null"));
        for (const Value &current : list->toArray()) {
            // As the reference implementations patch it: the original data under "data".
            const Value context(Value::Map{{QStringLiteral("current"), current},
                                           {QStringLiteral("accumulator"), *accumulator},
                                           {QStringLiteral("data"), data}});
            accumulator = eval(operands.at(1), context, depth);
            if (!accumulator)
                return accumulator;
        }
        return accumulator;
    }
    if (op == u"extractFromUVCI") {
        if (auto problem = arity(2))
            return *problem;
        if (!operands.at(1).isDouble() || !Value::fromJson(operands.at(1)).isInteger())
            return fail(QStringLiteral("\"index\" argument (#2) of \"extractFromUVCI\" must be an integer"));
        Expected<Value, Failure> uvci = eval(operands.at(0), data, depth);
        if (!uvci)
            return uvci;
        if (uvci->isNull())
            return Value();
        if (!uvci->isString())
            return fail(QStringLiteral("\"UVCI\" argument (#1) of \"extractFromUVCI\" must be a string or null"));
        QString text = uvci->toString();
        if (text.startsWith(QStringLiteral("URN:UVCI:")))
            text = text.mid(9);
        static const QRegularExpression separators(QStringLiteral("[/#:]"));
        const QStringList fragments = text.split(separators);
        const qint64 index = Value::fromJson(operands.at(1)).toInteger();
        return index >= 0 && index < fragments.size() ? Value(fragments.at(qsizetype(index))) : Value();
    }
    return fail(QStringLiteral("unrecognised operator: \"%1\"").arg(op));
}

void validateInto(const QJsonValue &expression, QStringList &issues, int depth)
{
    if (depth > 256) {
        issues.append(QStringLiteral("expression nested too deeply"));
        return;
    }
    switch (expression.type()) {
    case QJsonValue::Bool:
    case QJsonValue::String:
        return;
    case QJsonValue::Double:
        if (!Value::fromJson(expression).isInteger())
            issues.append(QStringLiteral("%1 is a non-integer number").arg(expression.toDouble()));
        return;
    case QJsonValue::Array:
        for (const QJsonValue &item : expression.toArray())
            validateInto(item, issues, depth + 1);
        return;
    case QJsonValue::Object: {
        const QJsonObject object = expression.toObject();
        if (object.size() != 1) {
            issues.append(QStringLiteral("expression object must have exactly one key, but it has %1").arg(object.size()));
            return;
        }
        const QString op = object.begin().key();
        const QJsonValue operands = object.begin().value();
        if (op == u"var") {
            if (!operands.isString()) {
                issues.append(QStringLiteral("not of the form { \"var\": \"<path>\" }"));
                return;
            }
            static const QRegularExpression path(QStringLiteral("^$|^[^.]+(\\.[^.]+)*$"));
            if (!path.match(operands.toString()).hasMatch())
                issues.append(QStringLiteral("data access path doesn't have a valid format: %1").arg(operands.toString()));
            return;
        }
        if (!operands.isArray()) {
            issues.append(QStringLiteral("operation not of the form { \"<operator>\": [ <values...> ] }"));
            return;
        }
        static const QStringList known{QStringLiteral("if"),         QStringLiteral("==="),
                                       QStringLiteral("and"),        QStringLiteral(">"),
                                       QStringLiteral("<"),          QStringLiteral(">="),
                                       QStringLiteral("<="),         QStringLiteral("in"),
                                       QStringLiteral("+"),          QStringLiteral("after"),
                                       QStringLiteral("before"),     QStringLiteral("not-after"),
                                       QStringLiteral("not-before"), QStringLiteral("!"),
                                       QStringLiteral("plusTime"),   QStringLiteral("reduce"),
                                       QStringLiteral("extractFromUVCI"), QStringLiteral("dccDateOfBirth")};
        if (!known.contains(op)) {
            issues.append(QStringLiteral("unrecognised operator: \"%1\"").arg(op));
            return;
        }
        const QJsonArray values = operands.toArray();
        const qsizetype n = values.size();
        const bool comparisonOp = op == u">" || op == u"<" || op == u">=" || op == u"<=" || op == u"after"
                                  || op == u"before" || op == u"not-after" || op == u"not-before";
        bool arityOk = true;
        if (op == u"if" || op == u"plusTime" || op == u"reduce")
            arityOk = n == 3;
        else if (op == u"===" || op == u"in" || op == u"+" || op == u"extractFromUVCI")
            arityOk = n == 2;
        else if (op == u"!" || op == u"dccDateOfBirth")
            arityOk = n == 1;
        else if (op == u"and")
            arityOk = n >= 2;
        else if (comparisonOp)
            arityOk = n == 2 || n == 3;
        if (!arityOk)
            issues.append(QStringLiteral("an operation with operator \"%1\" has the wrong number of operands: %2").arg(op).arg(n));
        if (op == u"plusTime" && n == 3) {
            if (!values.at(1).isDouble() || !Value::fromJson(values.at(1)).isInteger())
                issues.append(QStringLiteral("\"amount\" argument (#2) of \"plusTime\" must be an integer"));
            const QString unit = values.at(2).toString();
            if (unit != u"year" && unit != u"month" && unit != u"day" && unit != u"hour")
                issues.append(QStringLiteral("\"unit\" argument (#3) of \"plusTime\" must be one of year, month, day, hour"));
            validateInto(values.at(0), issues, depth + 1);
            return;
        }
        if (op == u"extractFromUVCI" && n == 2) {
            if (!values.at(1).isDouble() || !Value::fromJson(values.at(1)).isInteger())
                issues.append(QStringLiteral("\"index\" argument (#2) of \"extractFromUVCI\" must be an integer"));
            validateInto(values.at(0), issues, depth + 1);
            return;
        }
        for (const QJsonValue &value : values)
            validateInto(value, issues, depth + 1);
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    issues.append(QStringLiteral("invalid CertLogic expression"));
}

} // namespace

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return Value(json.toBool());
    case QJsonValue::Double: {
        const double number = json.toDouble();
        if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 9007199254740992.0)
            return Value(qint64(number));
        Value fraction;
        fraction.m_data = number;
        return fraction;
    }
    case QJsonValue::String:
        return Value(json.toString());
    case QJsonValue::Array: {
        Array items;
        for (const QJsonValue &item : json.toArray())
            items.append(fromJson(item));
        return Value(std::move(items));
    }
    case QJsonValue::Object:
        return Value(json.toObject());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return Value();
}

QJsonValue Value::toJson() const
{
    return std::visit(
        [](const auto &value) -> QJsonValue {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return QJsonValue(QJsonValue::Null);
            } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, double> || std::is_same_v<T, QString>
                                 || std::is_same_v<T, QJsonObject>) {
                return QJsonValue(value);
            } else if constexpr (std::is_same_v<T, qint64>) {
                return QJsonValue(value);
            } else if constexpr (std::is_same_v<T, Array>) {
                QJsonArray array;
                for (const Value &item : value)
                    array.append(item.toJson());
                return array;
            } else if constexpr (std::is_same_v<T, Map>) {
                QJsonObject object;
                for (auto it = value.begin(); it != value.end(); ++it)
                    object.insert(it.key(), it.value().toJson());
                return object;
            } else {
                return QJsonValue(Timestamp::formatRfc3339(value.ms));
            }
        },
        m_data);
}

Value Value::member(const QString &key) const
{
    if (const auto *object = std::get_if<QJsonObject>(&m_data))
        return fromJson(object->value(key));
    if (const auto *map = std::get_if<Map>(&m_data))
        return map->value(key);
    return Value();
}

bool Value::isFalsy() const
{
    return std::visit(
        [](const auto &value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return true;
            else if constexpr (std::is_same_v<T, bool>)
                return !value;
            else if constexpr (std::is_same_v<T, qint64>)
                return value == 0;
            else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, Array> || std::is_same_v<T, QJsonObject>
                               || std::is_same_v<T, Map>)
                return value.isEmpty();
            else
                return false; // fractions and date-times are neither
        },
        m_data);
}

bool Value::isTruthy() const
{
    return std::visit(
        [](const auto &value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, bool>)
                return value;
            else if constexpr (std::is_same_v<T, qint64>)
                return value != 0;
            else if constexpr (std::is_same_v<T, QString> || std::is_same_v<T, Array> || std::is_same_v<T, QJsonObject>
                               || std::is_same_v<T, Map>)
                return !value.isEmpty();
            else
                return false;
        },
        m_data);
}

QStringList validate(const QJsonValue &expression)
{
    QStringList issues;
    validateInto(expression, issues, 0);
    return issues;
}

Expected<Value, QString> evaluate(const QJsonValue &expression, const QJsonValue &data, const Limits &limits)
{
    const QStringList issues = validate(expression);
    if (!issues.isEmpty())
        return issues.first();
    Evaluator evaluator(limits);
    Expected<Value, Failure> result = evaluator.eval(expression, Value::fromJson(data), 0);
    if (!result)
        return result.error().message;
    return std::move(result).value();
}

std::optional<Timestamp::Millis> parseDateOfBirth(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 year = match.capturedView(1).toInt();
    const int month = match.capturedView(2).isEmpty() ? 12 : match.capturedView(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    const int lastDay = daysInMonth(year, month);
    const int day = match.capturedView(3).isEmpty() ? lastDay : match.capturedView(3).toInt();
    if (day < 1 || day > lastDay)
        return std::nullopt;
    return daysFromCivil(year, month, day) * kDay;
}

std::optional<Timestamp::Millis> parseDateTime(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)(?:T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?"
        "(Z|[+-](?:\\d{1,2}(?::\\d{2})?|\\d{3,4}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<Timestamp::Millis> date = parseDateOfBirth(match.capturedView(1));
    if (!date)
        return std::nullopt;
    if (match.capturedView(2).isEmpty())
        return date;
    const int hours = match.capturedView(2).toInt();
    const int minutes = match.capturedView(3).toInt();
    const int seconds = match.capturedView(4).toInt();
    if (hours > 23 || minutes > 59 || seconds > 59)
        return std::nullopt;
    // Milliseconds: the first three decimals; further ones are ignored (rounding down).
    const QString fraction = QString(match.captured(5) + QStringLiteral("000")).left(3);
    Timestamp::Millis at = *date + hours * kHour + minutes * 60'000LL + seconds * 1000LL + fraction.toInt();
    const QStringView offset = match.capturedView(6);
    if (!offset.isEmpty() && offset != u"Z") {
        const int sign = offset.front() == u'-' ? -1 : 1;
        const QStringView digits = offset.mid(1);
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (const qsizetype colon = digits.indexOf(u':'); colon >= 0) {
            offsetHours = digits.left(colon).toInt();
            offsetMinutes = digits.mid(colon + 1).toInt();
        } else if (digits.size() <= 2) {
            offsetHours = digits.toInt();
        } else {
            offsetHours = digits.left(digits.size() - 2).toInt();
            offsetMinutes = digits.right(2).toInt();
        }
        if (offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        at -= sign * (offsetHours * kHour + offsetMinutes * 60'000LL);
    }
    return at;
}

} // namespace CertDesk::Policy::CertLogic
