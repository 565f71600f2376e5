// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// JSON-LD 1.1 Processing Algorithms and API: Node Map Generation (§7.2) and Deserialize JSON-LD to
// RDF (§8.1), with Object to RDF (§8.2) and List to RDF (§8.3).
#include "jsonld.h"

#include "jsonldcontext_p.h"

#include <cmath>
#include <cstdio>

#include <QJsonObject>
#include <QMap>

namespace CertDesk::JsonLd {

namespace {

// graph name → subject → node; QMap keeps the code point order the algorithm iterates in.
using Graph = QMap<QString, QJsonObject>;
using NodeMap = QMap<QString, Graph>;

bool isBlank(QStringView id)
{
    return id.startsWith(u"_:");
}

bool isWellFormedLanguage(QStringView tag)
{
    // [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*, as the reference processors check before writing a literal.
    qsizetype start = 0;
    bool first = true;
    while (start <= tag.size()) {
        qsizetype end = tag.indexOf(u'-', start);
        if (end < 0)
            end = tag.size();
        const QStringView part = tag.sliced(start, end - start);
        if (part.isEmpty() || part.size() > 8)
            return false;
        for (const QChar c : part) {
            const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
            if (!letter && (first || !(c >= u'0' && c <= u'9')))
                return false;
        }
        first = false;
        start = end + 1;
        if (end == tag.size())
            break;
    }
    return true;
}

// xsd:double canonical form as the reference processors write it: %1.15e with trailing zeros of the
// mantissa dropped and the exponent without "+" or leading zeros (1.1 → "1.1E0", 1e21 → "1.0E21").
QString canonicalDouble(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%1.15e", value);
    QString text = QString::fromLatin1(buffer);
    const qsizetype e = text.indexOf(u'e');
    QString mantissa = text.first(e);
    const int exponent = text.sliced(e + 1).toInt();
    while (mantissa.endsWith(u'0') && !mantissa.endsWith(QLatin1StringView(".0")))
        mantissa.chop(1);
    return mantissa + u'E' + QString::number(exponent);
}

class RdfBuilder
{
public:
    explicit RdfBuilder(const Limits &limits)
        : m_limits(limits)
    {
    }

    bool failed() const { return m_error.has_value(); }
    const Reason &error() const { return *m_error; }

    // §7.2 Node Map Generation.
    void generate(const QJsonValue &element, const QString &activeGraph, const std::optional<QString> &activeSubject,
                  const std::optional<QString> &activeProperty, QJsonArray *list)
    {
        if (failed())
            return;
        if (++m_work > m_limits.maxWork) {
            m_error = Reason{ReasonCode::TooLarge, QStringLiteral("JSON-LD to RDF needs more than %1 steps").arg(m_limits.maxWork)};
            return;
        }
        if (element.isArray()) {
            for (const QJsonValue &item : element.toArray())
                generate(item, activeGraph, activeSubject, activeProperty, list);
            return;
        }
        QJsonObject object = element.toObject();
        Graph &graph = m_nodeMap[activeGraph];
        if (!list && (!activeSubject || !activeProperty)
            && (object.contains(QLatin1StringView("@value")) || object.contains(QLatin1StringView("@list"))))
            return; // a free-floating value (expansion drops these already)
        if (object.contains(QLatin1StringView("@value"))) {
            if (list)
                list->append(object);
            else
                addUnique(graph[*activeSubject], *activeProperty, object);
            return;
        }
        if (object.contains(QLatin1StringView("@list"))) {
            QJsonArray items;
            generate(object.value(QLatin1StringView("@list")), activeGraph, activeSubject, activeProperty, &items);
            const QJsonObject result{{QStringLiteral("@list"), items}};
            if (list) {
                list->append(result);
            } else {
                QJsonObject &subject = graph[*activeSubject];
                QJsonArray values = subject.value(*activeProperty).toArray();
                values.append(result);
                subject.insert(*activeProperty, values);
            }
            return;
        }
        // A node object; blank node types are relabelled like ids.
        if (object.contains(QLatin1StringView("@type"))) {
            QJsonArray types;
            for (const QJsonValue &type : object.value(QLatin1StringView("@type")).toArray())
                types.append(isBlank(type.toString()) ? QJsonValue(issue(type.toString())) : type);
            object.insert(QStringLiteral("@type"), types);
        }
        QString id = object.value(QLatin1StringView("@id")).toString();
        if (!object.contains(QLatin1StringView("@id")))
            id = issue({});
        else if (isBlank(id))
            id = issue(id);
        if (!graph.contains(id))
            graph.insert(id, QJsonObject{{QStringLiteral("@id"), id}});
        if (activeProperty) {
            const QJsonObject reference{{QStringLiteral("@id"), id}};
            if (list)
                list->append(reference);
            else
                addUnique(m_nodeMap[activeGraph][*activeSubject], *activeProperty, reference);
        }
        if (object.contains(QLatin1StringView("@type"))) {
            for (const QJsonValue &type : object.value(QLatin1StringView("@type")).toArray())
                addUnique(m_nodeMap[activeGraph][id], QStringLiteral("@type"), type);
        }
        if (object.contains(QLatin1StringView("@graph")))
            generate(object.value(QLatin1StringView("@graph")), id, std::nullopt, std::nullopt, nullptr);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString &property = it.key();
            if (property == u"@id" || property == u"@type" || property == u"@graph" || property == u"@index")
                continue;
            const QString name = isBlank(property) ? issue(property) : property;
            QJsonObject &node = m_nodeMap[activeGraph][id];
            if (!node.contains(name))
                node.insert(name, QJsonArray());
            generate(it.value(), activeGraph, id, name, nullptr);
        }
    }

    // §8.1 Deserialize JSON-LD to RDF.
    Rdf::Dataset dataset()
    {
        Rdf::Dataset quads;
        for (auto graph = m_nodeMap.cbegin(); graph != m_nodeMap.cend() && !failed(); ++graph) {
            const bool isDefault = graph.key() == u"@default";
            if (!isDefault && !isWellFormedIri(graph.key()))
                continue;
            const Rdf::Term graphName = isDefault ? Rdf::Term::iri({}) : term(graph.key());
            for (auto node = graph->cbegin(); node != graph->cend(); ++node) {
                if (!isWellFormedIri(node.key()))
                    continue;
                const Rdf::Term subject = term(node.key());
                for (auto property = node->begin(); property != node->end(); ++property) {
                    if (property.key() == u"@type") {
                        for (const QJsonValue &type : property.value().toArray()) {
                            if (isWellFormedIri(type.toString()))
                                add(quads, {subject, Rdf::Term::iri(Rdf::kRdfType.toString()), term(type.toString()), graphName});
                        }
                        continue;
                    }
                    if (isKeyword(property.key()) || isBlank(property.key()) || !isWellFormedIri(property.key()))
                        continue;
                    const Rdf::Term predicate = Rdf::Term::iri(property.key());
                    for (const QJsonValue &item : property.value().toArray()) {
                        Rdf::Dataset listQuads;
                        const std::optional<Rdf::Term> object = objectToRdf(item.toObject(), listQuads, graphName);
                        if (object)
                            add(quads, {subject, predicate, *object, graphName});
                        for (const Rdf::Quad &quad : std::as_const(listQuads))
                            add(quads, quad);
                    }
                }
            }
        }
        return quads;
    }

private:
    QString issue(const QString &existing)
    {
        if (!existing.isEmpty()) {
            const auto found = m_issued.constFind(existing);
            if (found != m_issued.cend())
                return *found;
        }
        QString id = QStringLiteral("_:b%1").arg(m_counter++);
        if (!existing.isEmpty())
            m_issued.insert(existing, id);
        return id;
    }

    static Rdf::Term term(const QString &id)
    {
        return isBlank(id) ? Rdf::Term::blankNode(id) : Rdf::Term::iri(id);
    }

    static void addUnique(QJsonObject &node, const QString &property, const QJsonValue &value)
    {
        QJsonArray values = node.value(property).toArray();
        if (!values.contains(value))
            values.append(value);
        node.insert(property, values);
    }

    void add(Rdf::Dataset &quads, Rdf::Quad quad)
    {
        if (quads.size() >= m_limits.maxQuads) {
            if (!m_error)
                m_error = Reason{ReasonCode::TooLarge, QStringLiteral("more than %1 RDF quads").arg(m_limits.maxQuads)};
            return;
        }
        quads.append(std::move(quad));
    }

    // §8.2 Object to RDF.
    std::optional<Rdf::Term> objectToRdf(const QJsonObject &item, Rdf::Dataset &listQuads, const Rdf::Term &graphName)
    {
        if (item.contains(QLatin1StringView("@list")))
            return listToRdf(item.value(QLatin1StringView("@list")).toArray(), listQuads, graphName);
        if (!item.contains(QLatin1StringView("@value"))) {
            const QString id = item.value(QLatin1StringView("@id")).toString();
            return isWellFormedIri(id) ? std::optional<Rdf::Term>(term(id)) : std::nullopt;
        }
        const QJsonValue value = item.value(QLatin1StringView("@value"));
        QString datatype = item.value(QLatin1StringView("@type")).toString();
        if (item.contains(QLatin1StringView("@type")) && !isWellFormedIri(datatype))
            return std::nullopt;
        const QString language = item.value(QLatin1StringView("@language")).toString();
        if (item.contains(QLatin1StringView("@language")) && !isWellFormedLanguage(language))
            return std::nullopt;
        Rdf::Term literal;
        literal.kind = Rdf::Term::Kind::Literal;
        if (value.isBool()) {
            literal.value = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            literal.datatype = datatype.isEmpty() ? Rdf::kXsdBoolean.toString() : datatype;
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            const bool integral = std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 1e21;
            if (!integral || datatype == Rdf::kXsdDouble) {
                literal.value = canonicalDouble(number);
                literal.datatype = datatype.isEmpty() ? Rdf::kXsdDouble.toString() : datatype;
            } else {
                char digits[32];
                std::snprintf(digits, sizeof digits, "%.0f", number == 0 ? 0.0 : number); // no "-0"
                literal.value = QString::fromLatin1(digits);
                literal.datatype = datatype.isEmpty() ? Rdf::kXsdInteger.toString() : datatype;
            }
        } else {
            literal.value = value.toString();
            if (item.contains(QLatin1StringView("@language"))) {
                literal.datatype = Rdf::kRdfLangString.toString();
                literal.language = language;
            } else {
                literal.datatype = datatype.isEmpty() ? Rdf::kXsdString.toString() : datatype;
            }
        }
        return literal;
    }

    // §8.3 List to RDF.
    Rdf::Term listToRdf(const QJsonArray &list, Rdf::Dataset &listQuads, const Rdf::Term &graphName)
    {
        if (list.isEmpty())
            return Rdf::Term::iri(Rdf::kRdfNil.toString());
        QList<Rdf::Term> nodes;
        for (qsizetype i = 0; i < list.size(); ++i)
            nodes.append(Rdf::Term::blankNode(issue({})));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::optional<Rdf::Term> object = objectToRdf(list.at(i).toObject(), listQuads, graphName);
            if (object)
                add(listQuads, {nodes.at(i), Rdf::Term::iri(Rdf::kRdfFirst.toString()), *object, graphName});
            const Rdf::Term rest = i + 1 < list.size() ? nodes.at(i + 1) : Rdf::Term::iri(Rdf::kRdfNil.toString());
            add(listQuads, {nodes.at(i), Rdf::Term::iri(Rdf::kRdfRest.toString()), rest, graphName});
        }
        return nodes.first();
    }

    const Limits m_limits;
    NodeMap m_nodeMap;
    QHash<QString, QString> m_issued;
    int m_counter = 0;
    qint64 m_work = 0;
    std::optional<Reason> m_error;
};

} // namespace

Result<Rdf::Dataset> toRdf(const QJsonValue &document, const ContextLoader &loader, const Limits &limits)
{
    const Result<QJsonArray> expanded = expand(document, loader, limits);
    if (!expanded)
        return Result<Rdf::Dataset>(expanded.reason());
    RdfBuilder builder(limits);
    builder.generate(*expanded, QStringLiteral("@default"), std::nullopt, std::nullopt, nullptr);
    Rdf::Dataset quads = builder.dataset();
    if (builder.failed())
        return Result<Rdf::Dataset>(builder.error());
    return quads;
}

} // namespace CertDesk::JsonLd
