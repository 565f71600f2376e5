// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// JSON-LD to RDF and URDNA2015 against the expected outputs of pyld (tests/data/divoc/jsonld,
// made by tests/data/divoc/make-vectors.py), plus the work bounds and label independence.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include "formats/divoc/divoccontexts.h"
#include "formats/divoc/jsonld.h"
#include "formats/divoc/urdna2015.h"

using namespace CertDesk;

namespace {

QString vectorDir()
{
    return QStringLiteral(CERTDESK_TEST_DATA_DIR "/divoc/jsonld");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Result<QByteArray> canonical(const QJsonValue &document, const JsonLd::Limits &limits = {})
{
    const Result<Rdf::Dataset> dataset = JsonLd::toRdf(document, Divoc::bundledContext, limits);
    if (!dataset)
        return Result<QByteArray>(dataset.reason());
    return Urdna2015::canonicalize(*dataset);
}

QJsonObject node(const QString &id, const QString &property, const QJsonValue &value)
{
    return {{QStringLiteral("@id"), id}, {QStringLiteral("http://example.org/") + property, value}};
}

QJsonObject ref(const QString &id)
{
    return {{QStringLiteral("@id"), id}};
}

} // namespace

class TestUrdna2015 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pyldVectors_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList inputs = QDir(vectorDir()).entryList({QStringLiteral("*.jsonld")}, QDir::Files, QDir::Name);
        QVERIFY2(inputs.size() >= 20, "the pyld vectors are missing");
        for (const QString &input : inputs) {
            const QString name = input.chopped(7);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void pyldVectors()
    {
        QFETCH(QString, name);
        const QString base = vectorDir() + u'/' + name;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(readFile(base + QStringLiteral(".jsonld")), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue input = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const Result<QByteArray> result = canonical(input);
        if (QFile::exists(base + QStringLiteral(".error"))) {
            // pyld refused it: so must CertDesk, as a schema problem (never a wrong dataset).
            QVERIFY2(!result, result ? result->constData() : "");
            QCOMPARE(result.reason().code, ReasonCode::Schema);
            return;
        }
        QVERIFY2(result, qPrintable(result ? QString() : result.reason().detail));
        const QByteArray expected = readFile(base + QStringLiteral(".nq"));
        QVERIFY(!expected.isEmpty());
        if (*result != expected) {
            QFile failure(base + QStringLiteral(".nq.fail"));
            if (failure.open(QIODevice::WriteOnly))
                failure.write(*result);
            qWarning().noquote() << "got:\n" << *result << "\nexpected:\n" << expected;
        }
        QCOMPARE(*result, expected);
    }

    // The canonical form must not depend on the input's blank node labels or quad order.
    void labelIndependence()
    {
        const QByteArray expected = readFile(vectorDir() + QStringLiteral("/urdna-double-circle.nq"));
        QVERIFY(!expected.isEmpty());
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            QList<int> labels{0, 1, 2, 3, 4, 5};
            std::shuffle(labels.begin(), labels.end(), *random);
            QJsonArray graph;
            for (int i = 0; i < 6; ++i) {
                const auto id = [&labels](int n) { return QStringLiteral("_:x%1").arg(labels.at(n % 6)); };
                QJsonObject entry = node(id(i), QStringLiteral("p"), ref(id(i + 1)));
                entry.insert(QStringLiteral("http://example.org/q"), ref(id(i + 3)));
                graph.insert(random->bounded(graph.size() + 1), entry);
            }
            const Result<QByteArray> result = canonical(QJsonObject{{QStringLiteral("@graph"), graph}});
            QVERIFY(result);
            QCOMPARE(*result, expected);
        }
    }

    // A large group of indistinguishable blank nodes would take factorial time: it is cut off.
    void workIsBounded()
    {
        QJsonArray graph;
        constexpr int kNodes = 12;
        for (int i = 0; i < kNodes; ++i) {
            QJsonArray neighbours;
            for (int j = 0; j < kNodes; ++j) {
                if (j != i)
                    neighbours.append(ref(QStringLiteral("_:n%1").arg(j)));
            }
            graph.append(node(QStringLiteral("_:n%1").arg(i), QStringLiteral("p"), neighbours));
        }
        const Result<Rdf::Dataset> dataset =
            JsonLd::toRdf(QJsonObject{{QStringLiteral("@graph"), graph}}, Divoc::bundledContext);
        QVERIFY(dataset);
        QElapsedTimer timer;
        timer.start();
        const Result<QByteArray> result = Urdna2015::canonicalize(*dataset);
        QVERIFY(!result);
        QCOMPARE(result.reason().code, ReasonCode::TooLarge);
        QVERIFY2(timer.elapsed() < 20000, "the work bound did not stop the canonicalisation in time");
    }

    void limits_data()
    {
        QTest::addColumn<int>("maxQuads");
        QTest::addColumn<int>("maxBlankNodes");
        QTest::newRow("quads") << 2 << 1024;
        QTest::newRow("blank nodes") << 4096 << 2;
    }

    void limits()
    {
        QFETCH(int, maxQuads);
        QFETCH(int, maxBlankNodes);
        const QJsonObject document{{QStringLiteral("@graph"),
                                    QJsonArray{node(QStringLiteral("_:a"), QStringLiteral("p"), ref(QStringLiteral("_:b"))),
                                               node(QStringLiteral("_:b"), QStringLiteral("p"), ref(QStringLiteral("_:c"))),
                                               node(QStringLiteral("_:c"), QStringLiteral("p"), QStringLiteral("v"))}}};
        const Result<Rdf::Dataset> dataset = JsonLd::toRdf(document, Divoc::bundledContext);
        QVERIFY(dataset);
        QCOMPARE(dataset->size(), 3);
        Urdna2015::Limits limits;
        limits.maxQuads = maxQuads;
        limits.maxBlankNodes = maxBlankNodes;
        const Result<QByteArray> result = Urdna2015::canonicalize(*dataset, limits);
        QVERIFY(!result);
        QCOMPARE(result.reason().code, ReasonCode::TooLarge);
        QVERIFY(Urdna2015::canonicalize(*dataset));
    }

    void jsonLdLimits()
    {
        // Nesting deeper than the limit.
        QJsonValue deep = QStringLiteral("leaf");
        for (int i = 0; i < 40; ++i)
            deep = QJsonObject{{QStringLiteral("http://example.org/p"), deep}};
        Result<Rdf::Dataset> dataset = JsonLd::toRdf(deep, Divoc::bundledContext);
        QVERIFY(!dataset);
        QCOMPARE(dataset.reason().code, ReasonCode::TooLarge);
        // Too many quads.
        QJsonObject wide{{QStringLiteral("@id"), QStringLiteral("http://example.org/s")}};
        QJsonArray values;
        for (int i = 0; i < 50; ++i)
            values.append(i);
        wide.insert(QStringLiteral("http://example.org/p"), values);
        JsonLd::Limits limits;
        limits.maxQuads = 49;
        dataset = JsonLd::toRdf(wide, Divoc::bundledContext, limits);
        QVERIFY(!dataset);
        QCOMPARE(dataset.reason().code, ReasonCode::TooLarge);
        limits.maxQuads = 50;
        QVERIFY(JsonLd::toRdf(wide, Divoc::bundledContext, limits));
        // A context that loads itself: bounded, not endless.
        const QJsonObject cyclic{{QStringLiteral("@context"), QStringLiteral("https://www.w3.org/2018/credentials/v1")}};
        QVERIFY(JsonLd::toRdf(cyclic, Divoc::bundledContext));
    }

    void wellFormedIri_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("https") << QStringLiteral("https://cowin.gov.in/") << true;
        QTest::newRow("did") << QStringLiteral("did:india") << true;
        QTest::newRow("blank") << QStringLiteral("_:b0") << true;
        QTest::newRow("space") << QStringLiteral("did:Aadhaar Card:1234") << false;
        QTest::newRow("relative") << QStringLiteral("relative/path") << false;
        QTest::newRow("digit scheme") << QStringLiteral("1http://x") << false;
        QTest::newRow("comma scheme") << QStringLiteral("a,b:c") << true;
        QTest::newRow("empty scheme") << QStringLiteral(":x") << false;
    }

    void wellFormedIri()
    {
        QFETCH(QString, value);
        QFETCH(bool, wellFormed);
        QCOMPARE(JsonLd::isWellFormedIri(value), wellFormed);
    }
};

QTEST_GUILESS_MAIN(TestUrdna2015)
#include "tst_urdna2015.moc"
