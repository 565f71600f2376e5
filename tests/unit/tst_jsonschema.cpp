// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "formats/dcc/jsonschema.h"
#include "verify/limits.h"

using namespace CertDesk;

namespace {

QJsonValue parse(const QByteArray &json)
{
    // Wrapped so that scalars parse too (QJsonDocument takes objects and arrays only).
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]");
    Q_ASSERT(document.isArray());
    return document.array().at(0);
}

// An array nested @p depth levels deep around the number 1.
QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + "1" + QByteArray(depth, ']');
}

} // namespace

class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void nestingIsBounded_data();
    void nestingIsBounded();
    void reportsPaths();
    void dccSchema_data();
    void dccSchema();
};

void TestJsonSchema::validate_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("instance");
    // Empty: the instance is valid; otherwise a fragment of the first violation.
    QTest::addColumn<QString>("violation");

    const QString valid;
    QTest::newRow("empty schema") << QByteArray("{}") << QByteArray(R"({"a": [1, null]})") << valid;

    // type
    QTest::newRow("type string") << QByteArray(R"({"type": "string"})") << QByteArray(R"("x")") << valid;
    QTest::newRow("type string, number") << QByteArray(R"({"type": "string"})") << QByteArray("1")
                                         << QStringLiteral("expected string, found a number");
    QTest::newRow("type integer") << QByteArray(R"({"type": "integer"})") << QByteArray("3") << valid;
    QTest::newRow("type integer, 3.0") << QByteArray(R"({"type": "integer"})") << QByteArray("3.0") << valid;
    QTest::newRow("type integer, 3.5") << QByteArray(R"({"type": "integer"})") << QByteArray("3.5")
                                       << QStringLiteral("expected integer");
    QTest::newRow("type integer, text") << QByteArray(R"({"type": "integer"})") << QByteArray(R"("3")")
                                        << QStringLiteral("found a string");
    QTest::newRow("type number") << QByteArray(R"({"type": "number"})") << QByteArray("3.5") << valid;
    QTest::newRow("type boolean") << QByteArray(R"({"type": "boolean"})") << QByteArray("false") << valid;
    QTest::newRow("type null") << QByteArray(R"({"type": "null"})") << QByteArray("null") << valid;
    QTest::newRow("type object, array") << QByteArray(R"({"type": "object"})") << QByteArray("[]")
                                        << QStringLiteral("expected object, found an array");
    QTest::newRow("type list") << QByteArray(R"({"type": ["string", "null"]})") << QByteArray("null") << valid;
    QTest::newRow("type list, number") << QByteArray(R"({"type": ["string", "null"]})") << QByteArray("1")
                                       << QStringLiteral("expected string or null");

    // properties and required
    QTest::newRow("properties") << QByteArray(R"({"properties": {"a": {"type": "string"}}})")
                                << QByteArray(R"({"a": "x", "b": 1})") << valid;
    QTest::newRow("properties, wrong member") << QByteArray(R"({"properties": {"a": {"type": "string"}}})")
                                              << QByteArray(R"({"a": 1})") << QStringLiteral("#/a: expected string");
    QTest::newRow("required") << QByteArray(R"({"required": ["a"]})") << QByteArray(R"({"a": null})") << valid;
    QTest::newRow("required, missing") << QByteArray(R"({"required": ["a", "b"]})") << QByteArray(R"({"a": 1})")
                                       << QStringLiteral("the required property \"b\" is missing");
    QTest::newRow("required, not an object") << QByteArray(R"({"required": ["a"]})") << QByteArray("1") << valid;
    QTest::newRow("additionalProperties false")
        << QByteArray(R"({"properties": {"a": {}}, "additionalProperties": false})") << QByteArray(R"({"b": 1})")
        << QStringLiteral("#/b: no value is allowed here");

    // items, minItems, maxItems
    QTest::newRow("items") << QByteArray(R"({"items": {"type": "integer"}})") << QByteArray("[1, 2]") << valid;
    QTest::newRow("items, wrong item") << QByteArray(R"({"items": {"type": "integer"}})") << QByteArray(R"([1, "2"])")
                                       << QStringLiteral("#/1: expected integer");
    QTest::newRow("minItems") << QByteArray(R"({"minItems": 1})") << QByteArray("[1]") << valid;
    QTest::newRow("minItems, empty") << QByteArray(R"({"minItems": 1})") << QByteArray("[]")
                                     << QStringLiteral("fewer than 1 items");
    QTest::newRow("maxItems") << QByteArray(R"({"maxItems": 1})") << QByteArray("[1]") << valid;
    QTest::newRow("maxItems, two") << QByteArray(R"({"maxItems": 1})") << QByteArray("[1, 2]")
                                   << QStringLiteral("more than 1 items");

    // maxLength, minLength: code points, not UTF-16 units
    QTest::newRow("maxLength") << QByteArray(R"({"maxLength": 3})") << QByteArray(R"("abc")") << valid;
    QTest::newRow("maxLength, long") << QByteArray(R"({"maxLength": 3})") << QByteArray(R"("abcd")")
                                     << QStringLiteral("longer than 3 characters");
    QTest::newRow("maxLength, surrogate pairs") << QByteArray(R"({"maxLength": 2})")
                                                << QByteArray("\"\xF0\x9F\x98\x80\xF0\x9F\x98\x83\"") << valid;
    QTest::newRow("maxLength, not a string") << QByteArray(R"({"maxLength": 1})") << QByteArray("12345") << valid;
    QTest::newRow("minLength, short") << QByteArray(R"({"minLength": 2})") << QByteArray(R"("a")")
                                      << QStringLiteral("shorter than 2 characters");

    // pattern: ECMA-262, a search (not anchored); \d is ASCII only
    QTest::newRow("pattern, unanchored") << QByteArray(R"({"pattern": "[A-Z]{1,10}"})") << QByteArray(R"("xAx")")
                                         << valid;
    QTest::newRow("pattern, no match") << QByteArray(R"({"pattern": "[A-Z]{1,10}"})") << QByteArray(R"("")")
                                       << QStringLiteral("does not match the pattern");
    QTest::newRow("pattern, anchored") << QByteArray(R"({"pattern": "^[A-Z<]*$"})") << QByteArray(R"("Akdi")")
                                       << QStringLiteral("does not match the pattern");
    QTest::newRow("pattern, ASCII digits only")
        << QByteArray(R"({"pattern": "^\\d$"})") << QByteArray("\"\xD9\xA3\"") << QStringLiteral("does not match");
    QTest::newRow("pattern, invalid") << QByteArray(R"({"pattern": "("})") << QByteArray(R"("x")")
                                      << QStringLiteral("is not a valid expression");

    // format
    QTest::newRow("format date") << QByteArray(R"({"format": "date"})") << QByteArray(R"("2020-02-29")") << valid;
    QTest::newRow("format date, impossible") << QByteArray(R"({"format": "date"})") << QByteArray(R"("2021-02-29")")
                                             << QStringLiteral("not a date");
    QTest::newRow("format date, date-time") << QByteArray(R"({"format": "date"})")
                                            << QByteArray(R"("2021-05-01T00:00:00Z")") << QStringLiteral("not a date");
    QTest::newRow("format date-time") << QByteArray(R"({"format": "date-time"})")
                                      << QByteArray(R"("2021-05-01T10:00:00.5+02:00")") << valid;
    QTest::newRow("format date-time, no offset") << QByteArray(R"({"format": "date-time"})")
                                                 << QByteArray(R"("2021-05-01T10:00:00")")
                                                 << QStringLiteral("not an RFC 3339 date-time");
    QTest::newRow("format, unknown") << QByteArray(R"({"format": "email"})") << QByteArray(R"("x")") << valid;
    QTest::newRow("format, not a string") << QByteArray(R"({"format": "date"})") << QByteArray("1") << valid;

    // enum, const
    QTest::newRow("enum") << QByteArray(R"({"enum": ["a", 1]})") << QByteArray("1") << valid;
    QTest::newRow("enum, other") << QByteArray(R"({"enum": ["a", 1]})") << QByteArray(R"("b")")
                                 << QStringLiteral("not one of the allowed values");
    QTest::newRow("const") << QByteArray(R"({"const": {"a": 1}})") << QByteArray(R"({"a": 1})") << valid;
    QTest::newRow("const, other") << QByteArray(R"({"const": "a"})") << QByteArray(R"("b")")
                                  << QStringLiteral("not the required constant value");

    // minimum, maximum
    QTest::newRow("minimum") << QByteArray(R"({"minimum": 1})") << QByteArray("1") << valid;
    QTest::newRow("minimum, below") << QByteArray(R"({"minimum": 1})") << QByteArray("0")
                                    << QStringLiteral("0 is less than the minimum 1");
    QTest::newRow("maximum") << QByteArray(R"({"maximum": 9})") << QByteArray("9") << valid;
    QTest::newRow("maximum, above") << QByteArray(R"({"maximum": 9})") << QByteArray("10")
                                    << QStringLiteral("10 is more than the maximum 9");
    QTest::newRow("exclusiveMinimum, equal") << QByteArray(R"({"exclusiveMinimum": 1})") << QByteArray("1")
                                             << QStringLiteral("is not more than 1");
    QTest::newRow("exclusiveMaximum, equal") << QByteArray(R"({"exclusiveMaximum": 1})") << QByteArray("1")
                                             << QStringLiteral("is not less than 1");

    // combinators
    const QByteArray oneOf(R"({"oneOf": [{"required": ["a"]}, {"required": ["b"]}]})");
    QTest::newRow("oneOf") << oneOf << QByteArray(R"({"a": 1})") << valid;
    QTest::newRow("oneOf, none") << oneOf << QByteArray(R"({"c": 1})")
                                 << QStringLiteral("matches none of the oneOf alternatives");
    QTest::newRow("oneOf, two") << oneOf << QByteArray(R"({"a": 1, "b": 2})")
                                << QStringLiteral("matches 2 of the oneOf alternatives");
    const QByteArray anyOf(R"({"anyOf": [{"required": ["a"]}, {"required": ["b"]}]})");
    QTest::newRow("anyOf, two") << anyOf << QByteArray(R"({"a": 1, "b": 2})") << valid;
    QTest::newRow("anyOf, none") << anyOf << QByteArray("{}")
                                 << QStringLiteral("matches none of the anyOf alternatives");
    const QByteArray allOf(R"({"allOf": [{"type": "string"}, {"maxLength": 1}]})");
    QTest::newRow("allOf") << allOf << QByteArray(R"("a")") << valid;
    QTest::newRow("allOf, one fails") << allOf << QByteArray(R"("ab")") << QStringLiteral("longer than 1");
    QTest::newRow("not") << QByteArray(R"({"not": {"type": "string"}})") << QByteArray("1") << valid;
    QTest::newRow("not, matches") << QByteArray(R"({"not": {"type": "string"}})") << QByteArray(R"("a")")
                                  << QStringLiteral("matches a schema it must not match");

    // $ref
    const QByteArray defs(R"({"$defs": {"pos": {"type": "integer", "minimum": 1}}, "items": {"$ref": "#/$defs/pos"}})");
    QTest::newRow("$ref $defs") << defs << QByteArray("[1, 2]") << valid;
    QTest::newRow("$ref $defs, fails") << defs << QByteArray("[1, 0]") << QStringLiteral("#/1: 0 is less than");
    QTest::newRow("$ref definitions")
        << QByteArray(R"({"definitions": {"s": {"type": "string"}}, "$ref": "#/definitions/s"})") << QByteArray("1")
        << QStringLiteral("expected string");
    QTest::newRow("$ref beside other keywords")
        << QByteArray(R"({"$defs": {"s": {"type": "string"}}, "$ref": "#/$defs/s", "maxLength": 1})")
        << QByteArray(R"("ab")") << QStringLiteral("longer than 1");
    QTest::newRow("$ref, escaped pointer")
        << QByteArray(R"({"$defs": {"a/b": {"type": "string"}}, "$ref": "#/$defs/a~1b"})") << QByteArray("1")
        << QStringLiteral("expected string");
    QTest::newRow("$ref, unresolvable") << QByteArray(R"({"$ref": "#/$defs/missing"})") << QByteArray("1")
                                        << QStringLiteral("cannot be resolved");
    QTest::newRow("$ref, remote") << QByteArray(R"({"$ref": "https://example.org/schema.json"})") << QByteArray("1")
                                  << QStringLiteral("cannot be resolved");
    QTest::newRow("$ref, cycle") << QByteArray(R"({"$ref": "#"})") << QByteArray("1")
                                 << QStringLiteral("schema references nest too deeply");
    QTest::newRow("$ref, recursion through the instance")
        << QByteArray(R"({"type": "array", "items": {"$ref": "#"}})") << QByteArray("[[[]], []]") << valid;

    // boolean schemas
    QTest::newRow("schema false") << QByteArray(R"({"properties": {"a": false}})") << QByteArray(R"({"a": 1})")
                                  << QStringLiteral("#/a: no value is allowed here");
    QTest::newRow("schema true") << QByteArray(R"({"properties": {"a": true}})") << QByteArray(R"({"a": 1})") << valid;
}

void TestJsonSchema::validate()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, instance);
    QFETCH(QString, violation);

    const QJsonDocument document = QJsonDocument::fromJson(schema);
    QVERIFY(document.isObject());
    const QStringList errors = JsonSchema(document.object()).validate(parse(instance));
    if (violation.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    } else {
        QVERIFY2(!errors.isEmpty(), "the instance was accepted");
        QVERIFY2(errors.constFirst().contains(violation), qPrintable(errors.join(u'\n')));
    }
}

void TestJsonSchema::nestingIsBounded_data()
{
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("valid");

    QTest::newRow("at the limit") << Limits::kMaxNestingDepth << true;
    QTest::newRow("one level more") << Limits::kMaxNestingDepth + 1 << false;
    QTest::newRow("far deeper") << 1000 << false;
}

void TestJsonSchema::nestingIsBounded()
{
    QFETCH(int, depth);
    QFETCH(bool, valid);

    // Both a schema that follows the nesting and one that ignores it stop at the limit.
    const QJsonDocument document = QJsonDocument::fromJson(nestedArrays(depth));
    QVERIFY(document.isArray());
    const QJsonValue instance = document.array();
    const QJsonObject recursive = QJsonDocument::fromJson(R"({"items": {"$ref": "#"}})").object();
    for (const JsonSchema &schema : {JsonSchema(recursive), JsonSchema()}) {
        const QStringList errors = schema.validate(instance);
        QCOMPARE(errors.isEmpty(), valid);
        if (!valid)
            QVERIFY2(errors.constFirst().contains(QLatin1StringView("nested deeper")), qPrintable(errors.join(u'\n')));
    }
}

void TestJsonSchema::reportsPaths()
{
    const QJsonObject schema = QJsonDocument::fromJson(
                                   R"({"properties": {"v": {"items": {"properties": {"dn": {"minimum": 1}}}},
                                                      "a/b": {"type": "string"}}})")
                                   .object();
    const QStringList errors
        = JsonSchema(schema).validate(parse(R"({"a/b": 1, "v": [{"dn": 1}, {"dn": 0}]})"));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(QLatin1StringView("#/a~1b: ")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(QLatin1StringView("#/v/1/dn: ")), qPrintable(errors.at(1)));
}

void TestJsonSchema::dccSchema_data()
{
    QTest::addColumn<QByteArray>("dcc");
    QTest::addColumn<QString>("violation");

    const QByteArray name(R"("nam": {"fn": "Musterfrau", "fnt": "MUSTERFRAU", "gn": "Erika", "gnt": "ERIKA"})");
    const QByteArray vaccination(R"({"tg": "840539006", "vp": "1119349007", "mp": "EU/1/20/1528",
        "ma": "ORG-100030215", "dn": 2, "sd": 2, "dt": "2021-06-01", "co": "AT", "is": "BMSGPK Austria",
        "ci": "URN:UVCI:01:AT:10807843F94AEE0EE5093FBC254BD813#B"})");
    const QByteArray test(R"({"tg": "840539006", "tt": "LP6464-4", "sc": "2021-06-01T10:00:00Z",
        "tr": "260415000", "co": "AT", "is": "BMSGPK Austria", "ci": "URN:UVCI:01:AT:1"})");

    const auto dcc = [&name](const char *dob, const QByteArray &groups) {
        return QByteArray("{\"ver\": \"1.3.0\", " + name + ", \"dob\": \"" + dob + "\", " + groups + "}");
    };
    QTest::newRow("vaccination") << dcc("1964-08-12", "\"v\": [" + vaccination + "]") << QString();
    QTest::newRow("partial dob") << dcc("1964", "\"t\": [" + test + "]") << QString();
    QTest::newRow("empty dob") << dcc("", "\"t\": [" + test + "]") << QString();
    QTest::newRow("dob before 1900") << dcc("1815-08-24", "\"t\": [" + test + "]")
                                     << QStringLiteral("#/dob: does not match the pattern");
    QTest::newRow("two kinds") << dcc("1964", "\"v\": [" + vaccination + "], \"t\": [" + test + "]")
                               << QStringLiteral("#: matches 2 of the oneOf alternatives");
    QTest::newRow("two vaccinations") << dcc("1964", "\"v\": [" + vaccination + ", " + vaccination + "]")
                                      << QStringLiteral("#/v: more than 1 items");
    QTest::newRow("no name") << QByteArray(R"({"ver": "1.3.0", "nam": {}, "dob": "1964", "t": [)" + test + "]}")
                             << QStringLiteral("#/nam: matches none of the anyOf alternatives");
}

void TestJsonSchema::dccSchema()
{
    QFETCH(QByteArray, dcc);
    QFETCH(QString, violation);

    const JsonSchema &schema = JsonSchema::dccSchema();
    QVERIFY(!schema.isNull());
    const QStringList errors = schema.validate(parse(dcc));
    if (violation.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    } else {
        QVERIFY2(!errors.isEmpty(), "the DCC was accepted");
        QVERIFY2(errors.constFirst().startsWith(violation), qPrintable(errors.join(u'\n')));
    }
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
