// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "policy/certlogic.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace CertDesk;
using namespace CertDesk::Policy::CertLogic;

namespace {

QString suiteDirectory(const QString &name)
{
    return QStringLiteral(CERTDESK_SHARED_DIR) + QStringLiteral("/conformance/certlogic/") + name;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool skipped(const QJsonObject &object)
{
    return object.value(QStringLiteral("directive")).toString() == u"skip";
}

QJsonValue parse(const char *json)
{
    // Wrapped in an array so that scalars parse too.
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

Timestamp::Millis at(const char *rfc3339)
{
    return *Timestamp::parseRfc3339(QString::fromLatin1(rfc3339));
}

} // namespace

class TestCertLogic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The EU's evaluator test suite (testSuite/*.json): every assertion not marked "skip".
    void evaluatorSuite_data()
    {
        QTest::addColumn<QJsonValue>("expression");
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<QJsonValue>("expected");
        const QDir dir(suiteDirectory(QStringLiteral("testSuite")));
        if (!dir.exists())
            return;
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QJsonObject suite = readJson(dir.filePath(name));
            QVERIFY2(!suite.isEmpty(), qPrintable(name));
            if (skipped(suite))
                continue;
            int caseNumber = 0;
            for (const QJsonValue &caseValue : suite.value(QStringLiteral("cases")).toArray()) {
                const QJsonObject testCase = caseValue.toObject();
                ++caseNumber;
                if (skipped(testCase))
                    continue;
                int assertionNumber = 0;
                for (const QJsonValue &assertionValue : testCase.value(QStringLiteral("assertions")).toArray()) {
                    const QJsonObject assertion = assertionValue.toObject();
                    ++assertionNumber;
                    if (skipped(assertion))
                        continue;
                    const QJsonValue expression = assertion.contains(QStringLiteral("certLogicExpression"))
                                                      ? assertion.value(QStringLiteral("certLogicExpression"))
                                                      : testCase.value(QStringLiteral("certLogicExpression"));
                    QTest::addRow("%s #%d.%d %s", qPrintable(name), caseNumber, assertionNumber,
                                  qPrintable(assertion.value(QStringLiteral("message")).toString().left(50)))
                        << expression << assertion.value(QStringLiteral("data"))
                        << assertion.value(QStringLiteral("expected"));
                }
            }
        }
    }

    void evaluatorSuite()
    {
        if (!QDir(suiteDirectory(QStringLiteral("testSuite"))).exists())
            QSKIP("../shared/conformance/certlogic is not available");
        QFETCH(QJsonValue, expression);
        QFETCH(QJsonValue, data);
        QFETCH(QJsonValue, expected);
        const Expected<Value, QString> result = evaluate(expression, data);
        QVERIFY2(result, result ? "" : qPrintable(result.error()));
        QCOMPARE(*result, Value::fromJson(expected));
    }

    // The validation test suite: the issues the reference validator reports, message for message.
    void validationSuite_data()
    {
        QTest::addColumn<QJsonValue>("expression");
        QTest::addColumn<QStringList>("issues");
        const QDir dir(suiteDirectory(QStringLiteral("validation-testSuite")));
        if (!dir.exists())
            return;
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QJsonObject suite = readJson(dir.filePath(name));
            int caseNumber = 0;
            for (const QJsonValue &caseValue : suite.value(QStringLiteral("cases")).toArray()) {
                const QJsonObject testCase = caseValue.toObject();
                ++caseNumber;
                if (skipped(testCase))
                    continue;
                QStringList issues;
                for (const QJsonValue &issue : testCase.value(QStringLiteral("issues")).toArray())
                    issues.append(issue.toObject().value(QStringLiteral("message")).toString());
                QTest::addRow("%s #%d", qPrintable(name), caseNumber)
                    << testCase.value(QStringLiteral("certLogicExpression")) << issues;
            }
        }
    }

    void validationSuite()
    {
        if (!QDir(suiteDirectory(QStringLiteral("validation-testSuite"))).exists())
            QSKIP("../shared/conformance/certlogic is not available");
        QFETCH(QJsonValue, expression);
        QFETCH(QStringList, issues);
        QCOMPARE(validate(expression), issues);
        // An invalid expression is an error when evaluated, a valid literal evaluates.
        QCOMPARE(evaluate(expression, QJsonValue()).ok(), issues.isEmpty());
    }

    // The specification's leap-day table and JavaScript's overflow of days into the next month.
    void plusTime_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("leap day + 1 day") << "2020-02-29" << 1 << "day" << "2020-03-01T00:00:00Z";
        QTest::newRow("leap day + 1 month") << "2020-02-29" << 1 << "month" << "2020-03-29T00:00:00Z";
        QTest::newRow("leap day + 1 year") << "2020-02-29" << 1 << "year" << "2021-03-01T00:00:00Z";
        QTest::newRow("31 Jan + 1 month overflows") << "2021-01-31" << 1 << "month" << "2021-03-03T00:00:00Z";
        QTest::newRow("- 18 years") << "2022-01-01T10:00:00Z" << -18 << "year" << "2004-01-01T10:00:00Z";
        QTest::newRow("- 13 months") << "2022-01-15T00:00:00Z" << -13 << "month" << "2020-12-15T00:00:00Z";
        QTest::newRow("hours across a day") << "2021-06-01T00:00:00+00:00" << 40 << "hour" << "2021-06-02T16:00:00Z";
        QTest::newRow("offset +h") << "2021-06-01T02:00:00+2" << 0 << "day" << "2021-06-01T00:00:00Z";
        QTest::newRow("offset -hmm") << "2021-06-01T00:00:00-130" << 0 << "day" << "2021-06-01T01:30:00Z";
        QTest::newRow("offset hh:mm") << "2021-06-01T05:30:00+05:30" << 0 << "hour" << "2021-06-01T00:00:00Z";
        QTest::newRow("fraction rounds down") << "2021-06-01T00:00:00.123999Z" << 0 << "hour" << "2021-06-01T00:00:00.123Z";
        QTest::newRow("partial YYYY-MM") << "2004-02" << 0 << "day" << "2004-02-29T00:00:00Z";
        QTest::newRow("partial YYYY") << "2004" << 0 << "day" << "2004-12-31T00:00:00Z";
    }

    void plusTime()
    {
        QFETCH(QString, date);
        QFETCH(int, amount);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        const QJsonObject expression{{QStringLiteral("plusTime"), QJsonArray{QJsonObject{{QStringLiteral("var"), QString()}}, amount, unit}}};
        const Expected<Value, QString> result = evaluate(expression, date);
        QVERIFY2(result, result ? "" : qPrintable(result.error()));
        QVERIFY(result->isDateTime());
        QCOMPARE(Timestamp::formatRfc3339(result->toDateTime()), expected);
    }

    void dateOfBirthIsTheLastPossibleDay()
    {
        QCOMPARE(*parseDateOfBirth(u"2004"), at("2004-12-31T00:00:00Z"));
        QCOMPARE(*parseDateOfBirth(u"2004-02"), at("2004-02-29T00:00:00Z"));
        QCOMPARE(*parseDateOfBirth(u"2003-02"), at("2003-02-28T00:00:00Z"));
        QCOMPARE(*parseDateOfBirth(u"1999-07-14"), at("1999-07-14T00:00:00Z"));
        QVERIFY(!parseDateOfBirth(u""));
        QVERIFY(!parseDateOfBirth(u"2004-13"));
        QVERIFY(!parseDateOfBirth(u"2004-02-30"));
        QVERIFY(!parseDateOfBirth(u"04-02-03"));
    }

    // Type mismatches and bad forms are errors, not guesses.
    void errors_data()
    {
        QTest::addColumn<QJsonValue>("expression");
        QTest::addColumn<QJsonValue>("data");
        QTest::newRow("< on strings") << parse(R"({"<": ["a", "b"]})") << QJsonValue();
        QTest::newRow("after on integers") << parse(R"({"after": [1, 2]})") << QJsonValue();
        QTest::newRow("+ on a string") << parse(R"({"+": [1, "2"]})") << QJsonValue();
        QTest::newRow("in on a non-array") << parse(R"({"in": ["a", "abc"]})") << QJsonValue();
        QTest::newRow("! on a date-time") << parse(R"({"!": [{"plusTime": ["2021-01-01", 0, "day"]}]})") << QJsonValue();
        QTest::newRow("and on a date-time") << parse(R"({"and": [true, {"plusTime": ["2021-01-01", 0, "day"]}]})") << QJsonValue();
        QTest::newRow("plusTime of a bad date") << parse(R"({"plusTime": [{"var": ""}, 0, "day"]})") << QJsonValue(QStringLiteral("2021-99"));
        QTest::newRow("plusTime of null") << parse(R"({"plusTime": [{"var": "x"}, 0, "day"]})") << QJsonValue();
        QTest::newRow("plusTime unit") << parse(R"({"plusTime": ["2021-01-01", 1, "week"]})") << QJsonValue();
        QTest::newRow("plusTime amount") << parse(R"({"plusTime": ["2021-01-01", 1.5, "day"]})") << QJsonValue();
        QTest::newRow("reduce on a string") << parse(R"({"reduce": ["abc", {"var": "current"}, 0]})") << QJsonValue();
        QTest::newRow("extractFromUVCI on an integer") << parse(R"({"extractFromUVCI": [1, 0]})") << QJsonValue();
        QTest::newRow("if with 2 operands") << parse(R"({"if": [true, 1]})") << QJsonValue();
        QTest::newRow("and with 1 operand") << parse(R"({"and": [true]})") << QJsonValue();
        QTest::newRow("=== with 3 operands") << parse(R"({"===": [1, 1, 1]})") << QJsonValue();
        QTest::newRow("comparison with 4 operands") << parse(R"({"<": [1, 2, 3, 4]})") << QJsonValue();
        QTest::newRow("unknown operator") << parse(R"({"map": [[1], {"var": ""}]})") << QJsonValue();
        QTest::newRow("object literal") << parse(R"({"===": [{}, 1]})") << QJsonValue();
    }

    void errors()
    {
        QFETCH(QJsonValue, expression);
        QFETCH(QJsonValue, data);
        const Expected<Value, QString> result = evaluate(expression, data);
        const QByteArray got = result ? QJsonDocument(QJsonArray{result->toJson()}).toJson(QJsonDocument::Compact) : QByteArray();
        QVERIFY2(!result, got.constData());
        QVERIFY(!result.error().isEmpty());
    }

    void limitsStopHostileRules()
    {
        // 200 nested "!" operations: deeper than the default 64.
        QJsonValue deep = true;
        for (int i = 0; i < 200; ++i)
            deep = QJsonObject{{QStringLiteral("!"), QJsonArray{deep}}};
        const Expected<Value, QString> tooDeep = evaluate(deep, QJsonValue());
        QVERIFY(!tooDeep);
        QVERIFY2(tooDeep.error().contains(u"nested"), qPrintable(tooDeep.error()));

        // A reduce over a large array within a small step budget.
        QJsonArray many;
        for (int i = 0; i < 5000; ++i)
            many.append(i);
        const QJsonValue sum = parse(R"({"reduce": [{"var": "x"}, {"+": [{"var": "accumulator"}, {"var": "current"}]}, 0]})");
        Limits small;
        small.maxSteps = 1000;
        QVERIFY(!evaluate(sum, QJsonObject{{QStringLiteral("x"), many}}, small));
        const Expected<Value, QString> total = evaluate(sum, QJsonObject{{QStringLiteral("x"), many}});
        QVERIFY(total);
        QCOMPARE(total->toInteger(), qint64(4999 * 5000 / 2));
    }

    void reduceSeesTheOriginalData()
    {
        const QJsonValue expression = parse(
            R"({"reduce": [{"var": "x"}, {"+": [{"var": "accumulator"}, {"if": [{"===": [{"var": "current"}, {"var": "data.z"}]}, 1, 0]}]}, 0]})");
        const Expected<Value, QString> count = evaluate(expression, parse(R"({"x": [1, 2, 1, 1], "z": 1})"));
        QVERIFY(count);
        QCOMPARE(count->toInteger(), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestCertLogic)
#include "tst_certlogic.moc"
