// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// JSON-LD 1.1 Processing Algorithms and API §5: the Expansion Algorithm (§5.1.2) and Value
// Expansion (§5.3.2), for the features listed in jsonld.h.
#include "jsonld.h"

#include "jsonldcontext_p.h"

#include <algorithm>

#include <QJsonObject>

namespace CertDesk::JsonLd {

namespace {

using Property = std::optional<QString>;

QJsonArray asArray(const QJsonValue &value)
{
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

class Expander
{
public:
    Expander(const ContextLoader &loader, const Limits &limits)
        : m_processor(loader, limits)
        , m_limits(limits)
    {
    }

    Processor &processor() { return m_processor; }

    // §5.1.2 Expansion Algorithm.
    QJsonValue expand(ContextPtr active, const Property &activeProperty, const QJsonValue &element, bool fromMap = false)
    {
        if (m_processor.failed() || !m_processor.spend() || element.isNull() || element.isUndefined())
            return QJsonValue::Null;
        if (m_depth >= m_limits.maxDepth) {
            m_processor.fail(ReasonCode::TooLarge, QStringLiteral("JSON-LD nesting deeper than %1").arg(m_limits.maxDepth));
            return QJsonValue::Null;
        }
        struct DepthGuard
        {
            int &depth;
            explicit DepthGuard(int &d) : depth(++d) {}
            ~DepthGuard() { --depth; }
        } guard(m_depth);

        const TermDefinition *propertyDefinition = activeProperty ? active->term(*activeProperty) : nullptr;
        // Step 4: a scalar outside a node object is dropped; otherwise it is a value.
        if (isScalar(element)) {
            if (!activeProperty || *activeProperty == u"@graph")
                return QJsonValue::Null;
            // The property-scoped context applies to a scalar too (it may define the terms of a
            // @vocab-typed value, as security's proofPurpose does), protected terms overridden as
            // for node objects (jsonld.js and pyld process it before expanding any value).
            if (propertyDefinition && propertyDefinition->hasLocalContext)
                active = m_processor.processContext(active, propertyDefinition->localContext, {}, true);
            if (m_processor.failed())
                return QJsonValue::Null;
            return expandValue(*active, activeProperty, element);
        }
        // Step 5: arrays.
        if (element.isArray()) {
            QJsonArray result;
            const bool isList = propertyDefinition && propertyDefinition->hasContainer(u"@list");
            for (const QJsonValue &item : element.toArray()) {
                QJsonValue expanded = expand(active, activeProperty, item);
                if (isList && expanded.isArray())
                    expanded = QJsonObject{{QStringLiteral("@list"), expanded}};
                if (expanded.isArray()) {
                    for (const QJsonValue &inner : expanded.toArray())
                        result.append(inner);
                } else if (!expanded.isNull()) {
                    result.append(expanded);
                }
            }
            return result;
        }
        return expandObject(std::move(active), activeProperty, element.toObject(), fromMap);
    }

private:
    QJsonValue expandObject(ContextPtr active, const Property &activeProperty, const QJsonObject &element, bool fromMap)
    {
        const TermDefinition *propertyDefinition = activeProperty ? active->term(*activeProperty) : nullptr;
        const bool hasPropertyScope = propertyDefinition && propertyDefinition->hasLocalContext;
        const QJsonValue propertyScope = hasPropertyScope ? propertyDefinition->localContext : QJsonValue();

        // Step 7: a type-scoped context does not reach into new node objects.
        if (active->previous && !fromMap) {
            bool keep = false;
            for (auto it = element.begin(); it != element.end(); ++it) {
                const Property expanded = m_processor.expandIri(*active, it.key(), true);
                if (expanded == u"@value" || (element.size() == 1 && expanded == u"@id"))
                    keep = true;
            }
            if (!keep)
                active = active->previous;
        }
        // Steps 8-9: property-scoped, then embedded context.
        if (hasPropertyScope)
            active = m_processor.processContext(active, propertyScope, {}, true);
        if (element.contains(QLatin1StringView("@context")))
            active = m_processor.processContext(active, element.value(QLatin1StringView("@context")), {});
        if (m_processor.failed())
            return QJsonValue::Null;

        // Steps 10-11: type-scoped contexts, by type term in lexicographic order.
        const ContextPtr typeScoped = active;
        for (auto it = element.begin(); it != element.end(); ++it) {
            if (m_processor.expandIri(*active, it.key(), true) != u"@type")
                continue;
            QStringList terms;
            for (const QJsonValue &type : asArray(it.value())) {
                if (type.isString())
                    terms.append(type.toString());
            }
            std::sort(terms.begin(), terms.end());
            for (const QString &term : std::as_const(terms)) {
                const TermDefinition *definition = typeScoped->term(term);
                if (definition && definition->hasLocalContext)
                    active = m_processor.processContext(active, definition->localContext, {}, false, false);
            }
        }
        if (m_processor.failed())
            return QJsonValue::Null;

        // Steps 12-14.
        QJsonObject result;
        for (auto it = element.begin(); it != element.end(); ++it) {
            const QString &key = it.key();
            const QJsonValue value = it.value();
            if (key == u"@context")
                continue;
            const Property expandedProperty = m_processor.expandIri(*active, key, true);
            if (!expandedProperty || (!expandedProperty->contains(u':') && !isKeyword(*expandedProperty)))
                continue; // not mapped: dropped (§5.1.2 step 13.3)
            if (isKeyword(*expandedProperty)) {
                if (!expandKeyword(*active, *typeScoped, activeProperty, *expandedProperty, value, result))
                    return QJsonValue::Null;
                continue;
            }
            const TermDefinition *definition = active->term(key);
            if (definition && definition->typeMapping == u"@json") {
                m_processor.fail(ReasonCode::Schema, QStringLiteral("JSON-LD: @json values are not supported"));
                return QJsonValue::Null;
            }
            QJsonValue expanded = expand(active, key, value);
            if (m_processor.failed())
                return QJsonValue::Null;
            if (expanded.isNull())
                continue;
            if (definition && definition->hasContainer(u"@list")
                && !(expanded.isObject() && expanded.toObject().contains(QLatin1StringView("@list"))))
                expanded = QJsonObject{{QStringLiteral("@list"), asArray(expanded)}};
            if (definition && definition->hasContainer(u"@graph")) {
                QJsonArray graphs;
                for (const QJsonValue &graph : asArray(expanded))
                    graphs.append(QJsonObject{{QStringLiteral("@graph"), asArray(graph)}});
                expanded = graphs;
            }
            QJsonArray values = result.value(*expandedProperty).toArray();
            for (const QJsonValue &item : asArray(expanded))
                values.append(item);
            result.insert(*expandedProperty, values);
        }
        return finish(activeProperty, std::move(result));
    }

    // Step 13.4: one keyword entry; false after an error.
    bool expandKeyword(const Context &active, const Context &typeScoped, const Property &activeProperty,
                       const QString &keyword, const QJsonValue &value, QJsonObject &result)
    {
        const auto fail = [this](const QString &detail) {
            m_processor.fail(ReasonCode::Schema, QStringLiteral("JSON-LD: %1").arg(detail));
            return false;
        };
        if (result.contains(keyword) && keyword != u"@type")
            return fail(QStringLiteral("colliding keywords (%1)").arg(keyword));
        if (keyword == u"@id") {
            if (!value.isString())
                return fail(QStringLiteral("invalid @id value"));
            const Property iri = m_processor.expandIri(active, value.toString(), false);
            if (iri)
                result.insert(keyword, *iri);
            return true;
        }
        if (keyword == u"@type") {
            const bool merging = result.contains(keyword);
            QJsonArray types = asArray(result.value(keyword));
            if (!merging)
                types = {};
            for (const QJsonValue &type : asArray(value)) {
                if (!type.isString())
                    return fail(QStringLiteral("invalid type value"));
                const Property iri = m_processor.expandIri(typeScoped, type.toString(), true);
                if (iri)
                    types.append(*iri);
            }
            result.insert(keyword, value.isArray() || merging || types.size() != 1 ? QJsonValue(types) : types.first());
            return true;
        }
        if (keyword == u"@graph") {
            const QJsonValue expanded = expand(std::make_shared<const Context>(active), QStringLiteral("@graph"), value);
            result.insert(keyword, asArray(expanded));
            return !m_processor.failed();
        }
        if (keyword == u"@value") {
            if (!value.isNull() && !isScalar(value))
                return fail(QStringLiteral("invalid value object value"));
            result.insert(keyword, value);
            return true;
        }
        if (keyword == u"@language") {
            if (!value.isString())
                return fail(QStringLiteral("invalid language-tagged string"));
            result.insert(keyword, value.toString().toLower());
            return true;
        }
        if (keyword == u"@index") {
            if (!value.isString())
                return fail(QStringLiteral("invalid @index value"));
            result.insert(keyword, value);
            return true;
        }
        if (keyword == u"@list" || keyword == u"@set") {
            if (keyword == u"@list" && (!activeProperty || *activeProperty == u"@graph"))
                return true; // a free-floating list is dropped
            const QJsonValue expanded = expand(std::make_shared<const Context>(active), activeProperty, value);
            result.insert(keyword, keyword == u"@list" ? QJsonValue(asArray(expanded)) : expanded);
            return !m_processor.failed();
        }
        if (keyword == u"@reverse" || keyword == u"@nest" || keyword == u"@included" || keyword == u"@direction")
            return fail(QStringLiteral("%1 is not supported").arg(keyword));
        return true; // framing keywords and the like: ignored
    }

    // Steps 15-20: value objects, @set/@list, free-floating values.
    QJsonValue finish(const Property &activeProperty, QJsonObject result)
    {
        const auto fail = [this](const QString &detail) {
            m_processor.fail(ReasonCode::Schema, QStringLiteral("JSON-LD: %1").arg(detail));
            return QJsonValue(QJsonValue::Null);
        };
        if (result.contains(QLatin1StringView("@value"))) {
            for (auto it = result.begin(); it != result.end(); ++it) {
                if (it.key() != u"@value" && it.key() != u"@language" && it.key() != u"@type" && it.key() != u"@index")
                    return fail(QStringLiteral("invalid value object"));
            }
            if (result.contains(QLatin1StringView("@type")) && result.contains(QLatin1StringView("@language")))
                return fail(QStringLiteral("invalid value object (both @type and @language)"));
            const QJsonValue value = result.value(QLatin1StringView("@value"));
            if (value.isNull())
                return QJsonValue::Null;
            if (!value.isString() && result.contains(QLatin1StringView("@language")))
                return fail(QStringLiteral("invalid language-tagged value"));
            if (result.contains(QLatin1StringView("@type"))) {
                const QJsonValue type = result.value(QLatin1StringView("@type"));
                if (!type.isString() || !isWellFormedIri(type.toString()))
                    return fail(QStringLiteral("invalid typed value"));
            }
        } else if (result.contains(QLatin1StringView("@type")) && !result.value(QLatin1StringView("@type")).isArray()) {
            result.insert(QStringLiteral("@type"), QJsonArray{result.value(QLatin1StringView("@type"))});
        } else if (result.contains(QLatin1StringView("@set")) || result.contains(QLatin1StringView("@list"))) {
            if (result.size() > (result.contains(QLatin1StringView("@index")) ? 2 : 1))
                return fail(QStringLiteral("invalid set or list object"));
            if (result.contains(QLatin1StringView("@set")))
                return result.value(QLatin1StringView("@set"));
        }
        if (result.size() == 1 && result.contains(QLatin1StringView("@language")))
            return QJsonValue::Null;
        if (!activeProperty || *activeProperty == u"@graph") {
            if (result.isEmpty() || result.contains(QLatin1StringView("@value")) || result.contains(QLatin1StringView("@list")))
                return QJsonValue::Null;
            if (result.size() == 1 && result.contains(QLatin1StringView("@id")))
                return QJsonValue::Null;
        }
        return result;
    }

    // §5.3.2 Value Expansion.
    QJsonValue expandValue(const Context &active, const Property &activeProperty, const QJsonValue &value)
    {
        const TermDefinition *definition = activeProperty ? active.term(*activeProperty) : nullptr;
        const std::optional<QString> type = definition ? definition->typeMapping : std::nullopt;
        if (type && value.isString() && (*type == u"@id" || *type == u"@vocab")) {
            const Property iri = m_processor.expandIri(active, value.toString(), *type == u"@vocab");
            return QJsonObject{{QStringLiteral("@id"), iri ? QJsonValue(*iri) : QJsonValue(QJsonValue::Null)}};
        }
        QJsonObject result{{QStringLiteral("@value"), value}};
        if (type && *type != u"@id" && *type != u"@vocab" && *type != u"@none") {
            result.insert(QStringLiteral("@type"), *type);
        } else if (value.isString()) {
            const std::optional<QString> language =
                definition && definition->hasLanguage ? definition->language : active.defaultLanguage;
            if (language)
                result.insert(QStringLiteral("@language"), *language);
        }
        return result;
    }

    Processor m_processor;
    const Limits m_limits;
    int m_depth = 0;
};

} // namespace

Result<QJsonArray> expand(const QJsonValue &document, const ContextLoader &loader, const Limits &limits)
{
    Expander expander(loader, limits);
    QJsonValue expanded = expander.expand(std::make_shared<const Context>(), std::nullopt, document);
    if (expander.processor().failed())
        return Result<QJsonArray>(expander.processor().error());
    // §5.1.1: a top-level object with only @graph is its graph.
    if (expanded.isObject() && expanded.toObject().size() == 1 && expanded.toObject().contains(QLatin1StringView("@graph")))
        expanded = expanded.toObject().value(QLatin1StringView("@graph"));
    if (expanded.isNull())
        return QJsonArray();
    return asArray(expanded);
}

} // namespace CertDesk::JsonLd
