// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "ddccfields_p.h"

#include "ddccpayload.h"

#include <QCborArray>

#include <limits>
#include <utility>

namespace CertDesk::Ddcc {

namespace {

// CBOR tags a date may come wrapped in: 0 (RFC 3339 date-time) and 1004 (RFC 8943 full-date).
constexpr quint64 kDateTimeTag = 0;
constexpr quint64 kFullDateTag = 1004;

struct LimitWalk
{
    int items = 0;
    QString exceeded;
};

// Depth-first over @p value; stops at the first limit exceeded. @p depth counts the maps and
// arrays above @p value, starting at 0 for the core data set map itself.
void walk(const QCborValue &value, int depth, LimitWalk &state)
{
    if (!state.exceeded.isEmpty())
        return;
    if (++state.items > kMaxItems) {
        state.exceeded = QStringLiteral("more than %1 data items").arg(kMaxItems);
        return;
    }
    if (value.isString() && value.toString().toUtf8().size() > kMaxStringBytes) {
        state.exceeded = QStringLiteral("a text string over %1 bytes").arg(kMaxStringBytes);
        return;
    }
    if (value.isByteArray() && value.toByteArray().size() > kMaxStringBytes) {
        state.exceeded = QStringLiteral("a byte string over %1 bytes").arg(kMaxStringBytes);
        return;
    }
    if (value.isTag()) {
        walk(value.taggedValue(), depth, state);
        return;
    }
    if (!value.isMap() && !value.isArray())
        return;
    if (depth > kMaxDepth) {
        state.exceeded = QStringLiteral("nested deeper than %1 levels").arg(kMaxDepth);
        return;
    }
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        for (const QCborValue &item : array)
            walk(item, depth + 1, state);
        return;
    }
    const QCborMap map = value.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        walk(it.key(), depth + 1, state);
        walk(it.value(), depth + 1, state);
    }
}

// The text of a text string, or of a date tag (0, 1004) around one; std::nullopt otherwise.
std::optional<QString> dateText(const QCborValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isTag())
        return std::nullopt;
    const auto tag = quint64(value.tag());
    const QCborValue inner = value.taggedValue();
    // Qt turns a tag 0 it can read into a DateTime; taggedValue() then gives Qt's own
    // rendering, not the issuer's text, so such a value is refused rather than reinterpreted.
    if ((tag == kDateTimeTag || tag == kFullDateTag) && inner.isString() && !value.isDateTime())
        return inner.toString();
    return std::nullopt;
}

} // namespace

Result<Ok> checkLimits(const QCborValue &coreDataSet, const QString &label)
{
    LimitWalk state;
    walk(coreDataSet, 0, state);
    if (!state.exceeded.isEmpty())
        return Result<Ok>(ReasonCode::TooLarge, QStringLiteral("%1: %2").arg(label, state.exceeded));
    return Ok{};
}

FieldReader::FieldReader(const QCborMap &map, QString label, QString path, QStringList &problems)
    : m_map(map)
    , m_label(std::move(label))
    , m_path(std::move(path))
    , m_problems(&problems)
    , m_valid(true)
{
    // Member names are text (the logical model's element names); any other key is misplaced.
    for (auto it = m_map.constBegin(); it != m_map.constEnd(); ++it) {
        if (!it.key().isString())
            problem(QStringLiteral("a map key is not a text string"));
    }
}

QString FieldReader::pathOf(const char *member) const
{
    return member ? m_path + u'/' + QLatin1StringView(member) : m_path;
}

void FieldReader::problem(const QString &what, const char *member) const
{
    if (m_problems)
        m_problems->append(QStringLiteral("%1 %2: %3").arg(m_label, pathOf(member), what));
}

bool FieldReader::has(const char *name) const
{
    return m_valid && !m_map.value(QLatin1StringView(name)).isUndefined();
}

bool FieldReader::holdsMap(const char *name) const
{
    return m_valid && m_map.value(QLatin1StringView(name)).isMap();
}

QCborValue FieldReader::value(const char *name, Presence presence) const
{
    if (!m_valid)
        return {};
    const QCborValue member = m_map.value(QLatin1StringView(name));
    if (member.isUndefined() && presence == Presence::Required)
        problem(QStringLiteral("missing"), name);
    return member;
}

FieldReader FieldReader::map(const char *name, Presence presence) const
{
    const QCborValue member = value(name, presence);
    if (member.isUndefined() || !m_problems)
        return {};
    if (!member.isMap()) {
        problem(QStringLiteral("not a map"), name);
        return {};
    }
    return FieldReader(member.toMap(), m_label, pathOf(name), *m_problems);
}

std::optional<QString> FieldReader::string(const char *name, Presence presence) const
{
    const QCborValue member = value(name, presence);
    if (member.isUndefined())
        return std::nullopt;
    if (!member.isString() || member.toString().trimmed().isEmpty()) {
        problem(QStringLiteral("not a non-empty text string"), name);
        return std::nullopt;
    }
    return member.toString();
}

std::optional<QString> FieldReader::code(const char *name, Presence presence, const QStringList &allowed) const
{
    const QCborValue member = value(name, presence);
    if (member.isUndefined())
        return std::nullopt;
    if (!member.isString() || !allowed.contains(member.toString())) {
        problem(QStringLiteral("not one of %1").arg(allowed.join(QStringLiteral(", "))), name);
        return std::nullopt;
    }
    return member.toString();
}

std::optional<int> FieldReader::positiveInt(const char *name, Presence presence) const
{
    const QCborValue member = value(name, presence);
    if (member.isUndefined())
        return std::nullopt;
    // FHIR positiveInt: 1 to 2^31-1, an integer (a float is not one, even 2.0).
    if (!member.isInteger() || member.toInteger() < 1 || member.toInteger() > std::numeric_limits<int>::max()) {
        problem(QStringLiteral("not a positive integer"), name);
        return std::nullopt;
    }
    return int(member.toInteger());
}

std::optional<CodedValue> FieldReader::coding(const char *name, Presence presence, const QString &valueSetId,
                                              const ValueSets &valueSets) const
{
    const FieldReader coding = map(name, presence);
    if (!coding.isValid())
        return std::nullopt;
    const std::optional<QString> code = coding.string("code", Presence::Required);
    (void)coding.string("system", Presence::Optional);
    (void)coding.string("version", Presence::Optional);
    const std::optional<QString> display = coding.string("display", Presence::Optional);
    if (!code)
        return std::nullopt;
    CodedValue out{*code, display.value_or(QString())};
    if (out.display.isEmpty() && !valueSetId.isEmpty())
        out.display = valueSets.display(valueSetId, out.code);
    return out;
}

std::optional<QString> FieldReader::identifier(const char *name, Presence presence) const
{
    const FieldReader identifier = map(name, presence);
    if (!identifier.isValid())
        return std::nullopt;
    (void)identifier.string("system", Presence::Optional);
    return identifier.string("value", Presence::Required);
}

std::optional<QString> FieldReader::reference(const char *name, Presence presence) const
{
    const FieldReader reference = map(name, presence);
    if (!reference.isValid())
        return std::nullopt;
    const std::optional<QString> display = reference.string("display", Presence::Optional);
    const std::optional<QString> identifier = reference.identifier("identifier", Presence::Optional);
    const std::optional<QString> target = reference.string("reference", Presence::Optional);
    if (display)
        return display;
    if (identifier)
        return identifier;
    if (target)
        return target;
    if (!reference.has("display") && !reference.has("identifier") && !reference.has("reference"))
        problem(QStringLiteral("names no organisation (no display, identifier or reference)"), name);
    return std::nullopt;
}

std::optional<QString> FieldReader::date(const char *name, Presence presence) const
{
    const QCborValue member = value(name, presence);
    if (member.isUndefined())
        return std::nullopt;
    const std::optional<QString> text = dateText(member);
    if (!text || !Timestamp::parsePartialDate(*text)) {
        problem(QStringLiteral("not a date (YYYY, YYYY-MM or YYYY-MM-DD)"), name);
        return std::nullopt;
    }
    return text;
}

std::optional<FieldReader::DateTime> FieldReader::dateTime(const char *name, Presence presence) const
{
    const QCborValue member = value(name, presence);
    if (member.isUndefined())
        return std::nullopt;
    const std::optional<QString> text = dateText(member);
    if (text) {
        if (const std::optional<QDate> day = Timestamp::parseDate(*text))
            return DateTime{*text, *day, Timestamp::startOfDayUtc(*day)};
        // FHIR dateTime: a time needs the "T" and an offset (parseRfc3339 also reads a space).
        const std::optional<Timestamp::Millis> instant =
            text->size() > 10 && text->at(10) == u'T' ? Timestamp::parseRfc3339(*text) : std::nullopt;
        if (instant)
            return DateTime{*text, *Timestamp::parseDate(QStringView(*text).first(10)), *instant};
    }
    problem(QStringLiteral("not a date (YYYY-MM-DD) or a date-time with an offset"), name);
    return std::nullopt;
}

void FieldReader::forbid(const char *name, const QString &why) const
{
    if (has(name))
        problem(why, name);
}

} // namespace CertDesk::Ddcc
