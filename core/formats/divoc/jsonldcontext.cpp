// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// JSON-LD 1.1 Processing Algorithms and API: Context Processing (§4.1), Create Term Definition
// (§4.2) and IRI Expansion (§4.3). Section numbers are the W3C Recommendation's of 2020-07-16.
#include "jsonldcontext_p.h"

#include <algorithm>

#include <QJsonArray>

namespace CertDesk::JsonLd {

namespace {

constexpr QStringView kKeywords[] = {
    u"@base",     u"@container", u"@context", u"@default", u"@direction", u"@embed",   u"@explicit",
    u"@graph",    u"@id",        u"@import",  u"@included", u"@index",    u"@json",    u"@language",
    u"@list",     u"@nest",      u"@none",    u"@omitDefault", u"@prefix", u"@preserve", u"@protected",
    u"@propagate", u"@requireAll", u"@reverse", u"@set",     u"@type",     u"@value",   u"@version",
    u"@vocab",
};

// The context entries that are not term definitions (§4.1.2 step 5.13).
constexpr QStringView kContextKeywords[] = {u"@base",     u"@direction", u"@import", u"@language",
                                            u"@propagate", u"@protected", u"@version", u"@vocab"};
constexpr QStringView kTermEntries[] = {u"@id",       u"@reverse",  u"@container", u"@context", u"@direction",
                                        u"@index",    u"@language", u"@nest",      u"@prefix",  u"@protected",
                                        u"@type"};
constexpr QStringView kContainers[] = {u"@list", u"@set", u"@graph"};
constexpr QStringView kUnsupportedContainers[] = {u"@index", u"@id", u"@type", u"@language"};

bool contains(const auto &list, QStringView value)
{
    return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

bool endsWithGenDelim(QStringView iri)
{
    static constexpr QStringView kGenDelims = u":/?#[]@";
    return !iri.isEmpty() && kGenDelims.contains(iri.back());
}

} // namespace

bool isKeyword(QStringView value)
{
    return contains(kKeywords, value);
}

bool looksLikeKeyword(QStringView value)
{
    if (value.size() < 2 || value.front() != u'@')
        return false;
    return std::all_of(value.begin() + 1, value.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
}

bool isWellFormedIri(QStringView value)
{
    // ^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$ as the reference processors test it ("+-." is the range
    // '+' to '.', so a comma is allowed in a scheme too).
    const qsizetype colon = value.indexOf(u':');
    if (colon <= 0)
        return false;
    const QStringView scheme = value.first(colon);
    if (scheme != u"_") {
        if (!((scheme.front() >= u'a' && scheme.front() <= u'z') || (scheme.front() >= u'A' && scheme.front() <= u'Z')))
            return false;
        for (const QChar c : scheme) {
            const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || (c >= u'+' && c <= u'.');
            if (!ok)
                return false;
        }
    }
    return std::none_of(value.begin() + colon + 1, value.end(), [](QChar c) { return c.isSpace(); });
}

bool TermDefinition::sameAs(const TermDefinition &other) const
{
    return iri == other.iri && prefix == other.prefix && typeMapping == other.typeMapping
        && containers == other.containers && hasLocalContext == other.hasLocalContext
        && localContext == other.localContext && hasLanguage == other.hasLanguage && language == other.language;
}

bool Processor::spend()
{
    if (++m_work > m_limits.maxWork)
        fail(ReasonCode::TooLarge, QStringLiteral("JSON-LD processing needs more than %1 steps").arg(m_limits.maxWork));
    return !failed();
}

ContextPtr Processor::processContext(const ContextPtr &active, const QJsonValue &localValue, QStringList remoteContexts,
                                     bool overrideProtected, bool propagate, bool validateScoped)
{
    if (failed() || !spend())
        return active;
    if (m_depth >= m_limits.maxDepth) {
        fail(ReasonCode::TooLarge, QStringLiteral("JSON-LD contexts nest deeper than %1").arg(m_limits.maxDepth));
        return active;
    }
    struct DepthGuard
    {
        int &depth;
        explicit DepthGuard(int &d) : depth(++d) {}
        ~DepthGuard() { --depth; }
    } guard(m_depth);

    // Steps 1-3.
    auto result = std::make_shared<Context>(*active);
    if (localValue.isObject() && localValue.toObject().contains(QLatin1StringView("@propagate"))) {
        const QJsonValue value = localValue.toObject().value(QLatin1StringView("@propagate"));
        if (!value.isBool()) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid @propagate value"));
            return active;
        }
        propagate = value.toBool();
    }
    if (!propagate && !result->previous)
        result->previous = active;
    const QJsonArray contexts = localValue.isArray() ? localValue.toArray() : QJsonArray{localValue};

    for (const QJsonValue &context : contexts) {
        if (failed())
            return active;
        // 5.1: null resets, unless protected terms would be lost.
        if (context.isNull()) {
            if (!overrideProtected
                && std::any_of(result->terms.cbegin(), result->terms.cend(), [](const auto &t) { return t->isProtected; })) {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid context nullification (protected terms)"));
                return active;
            }
            auto fresh = std::make_shared<Context>();
            if (!propagate)
                fresh->previous = result;
            result = fresh;
            continue;
        }
        // 5.2: a remote context, served by the loader only (no base IRI: the URL must be absolute).
        if (context.isString()) {
            const QString url = context.toString();
            if (!validateScoped && remoteContexts.contains(url))
                continue;
            if (remoteContexts.size() >= m_limits.maxRemoteContexts) {
                fail(ReasonCode::TooLarge, QStringLiteral("JSON-LD: context overflow (more than %1 remote contexts)")
                                               .arg(m_limits.maxRemoteContexts));
                return active;
            }
            remoteContexts.append(url);
            const std::optional<QJsonValue> loaded = m_loader ? m_loader(url) : std::nullopt;
            if (!loaded) {
                fail(ReasonCode::Schema,
                     QStringLiteral("JSON-LD context %1 is not one of the bundled contexts (none is fetched)").arg(url));
                return active;
            }
            result = std::const_pointer_cast<Context>(processContext(result, *loaded, remoteContexts, false, true, validateScoped));
            continue;
        }
        if (!context.isObject()) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid local context"));
            return active;
        }
        const QJsonObject object = context.toObject();
        for (const QString &key : {QStringLiteral("@import"), QStringLiteral("@direction"), QStringLiteral("@base")}) {
            if (object.contains(key)) {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: %1 in a context is not supported").arg(key));
                return active;
            }
        }
        if (object.contains(QLatin1StringView("@version")) && object.value(QLatin1StringView("@version")) != QJsonValue(1.1)) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid @version value"));
            return active;
        }
        if (object.contains(QLatin1StringView("@vocab"))) {
            const QJsonValue vocab = object.value(QLatin1StringView("@vocab"));
            if (vocab.isNull()) {
                result->vocab.reset();
            } else if (vocab.isString()) {
                const std::optional<QString> iri = expandIri(*result, vocab.toString(), true);
                if (!iri || !(isWellFormedIri(*iri) || iri->startsWith(QLatin1StringView("_:")))) {
                    fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid vocab mapping"));
                    return active;
                }
                result->vocab = *iri;
            } else {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid vocab mapping"));
                return active;
            }
        }
        if (object.contains(QLatin1StringView("@language"))) {
            const QJsonValue language = object.value(QLatin1StringView("@language"));
            if (language.isNull()) {
                result->defaultLanguage.reset();
            } else if (language.isString()) {
                result->defaultLanguage = language.toString().toLower();
            } else {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid default language"));
                return active;
            }
        }
        // @protected applies to every term of this context (read by createTermDefinition).
        if (object.contains(QLatin1StringView("@protected")) && !object.value(QLatin1StringView("@protected")).isBool()) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid @protected value"));
            return active;
        }
        QHash<QString, bool> defined;
        Definitions scope{*result, object, defined, remoteContexts, overrideProtected, validateScoped};
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (contains(kContextKeywords, it.key()))
                continue;
            createTermDefinition(scope, it.key());
            if (failed())
                return active;
        }
    }
    return result;
}

void Processor::createTermDefinition(Definitions &scope, const QString &term)
{
    Context &active = scope.building;
    const QJsonObject &local = scope.local;
    QHash<QString, bool> &defined = scope.defined;
    const bool protectedDefault = local.value(QLatin1StringView("@protected")).toBool(false);
    if (failed() || !spend())
        return;
    // Steps 1-2.
    if (const auto it = defined.constFind(term); it != defined.cend()) {
        if (!*it)
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: cyclic IRI mapping for %1").arg(term));
        return;
    }
    if (term.isEmpty()) {
        fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid term definition (empty term)"));
        return;
    }
    defined.insert(term, false);
    QJsonValue value = local.value(term);
    // Steps 4-5: keywords cannot be redefined (only @type's container, which DIVOC does not use).
    if (isKeyword(term)) {
        fail(ReasonCode::Schema, QStringLiteral("JSON-LD: keyword redefinition of %1").arg(term));
        return;
    }
    if (looksLikeKeyword(term)) {
        defined.insert(term, true);
        return;
    }
    // Step 6.
    const std::shared_ptr<const TermDefinition> previous = active.terms.take(term);
    // Steps 7-8.
    bool simpleTerm = false;
    if (value.isNull()) {
        value = QJsonObject{{QStringLiteral("@id"), QJsonValue::Null}};
    } else if (value.isString()) {
        value = QJsonObject{{QStringLiteral("@id"), value}};
        simpleTerm = true;
    } else if (!value.isObject()) {
        fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid term definition for %1").arg(term));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!contains(kTermEntries, it.key())) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid term definition entry %1").arg(it.key()));
            return;
        }
    }
    for (const QString &key : {QStringLiteral("@reverse"), QStringLiteral("@nest"), QStringLiteral("@direction"),
                               QStringLiteral("@index")}) {
        if (object.contains(key)) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: %1 in a term definition is not supported").arg(key));
            return;
        }
    }
    auto definition = std::make_shared<TermDefinition>();
    // Step 11: @protected.
    definition->isProtected = protectedDefault;
    if (object.contains(QLatin1StringView("@protected"))) {
        const QJsonValue flag = object.value(QLatin1StringView("@protected"));
        if (!flag.isBool()) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid @protected value"));
            return;
        }
        definition->isProtected = flag.toBool();
    }
    // Step 12: @type.
    if (object.contains(QLatin1StringView("@type"))) {
        const QJsonValue type = object.value(QLatin1StringView("@type"));
        if (!type.isString()) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid type mapping for %1").arg(term));
            return;
        }
        const std::optional<QString> iri =
            expandIriIn(active, type.toString(), true, &scope);
        if (failed())
            return;
        if (!iri || (*iri != u"@id" && *iri != u"@vocab" && !isWellFormedIri(*iri))) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid type mapping for %1").arg(term));
            return;
        }
        definition->typeMapping = *iri;
    }
    // Steps 14-20: the IRI mapping.
    const QJsonValue id = object.value(QLatin1StringView("@id"));
    if (object.contains(QLatin1StringView("@id")) && id != QJsonValue(term)) {
        if (id.isNull()) {
            definition->iri.reset();
        } else if (!id.isString()) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid IRI mapping for %1").arg(term));
            return;
        } else {
            if (!isKeyword(id.toString()) && looksLikeKeyword(id.toString())) {
                defined.insert(term, true); // reserved, ignored
                return;
            }
            definition->iri = expandIriIn(active, id.toString(), true, &scope);
            if (failed())
                return;
            if (!definition->iri
                || (!isKeyword(*definition->iri) && !isWellFormedIri(*definition->iri)
                    && !definition->iri->contains(u':'))) {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid IRI mapping for %1").arg(term));
                return;
            }
            if (*definition->iri == u"@context") {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid keyword alias @context"));
                return;
            }
            // A term that looks like a compact IRI or an IRI must expand to its own mapping.
            if (term.mid(1, term.size() - 2).contains(u':') || term.contains(u'/')) {
                defined.insert(term, true);
                const std::optional<QString> own = expandIriIn(active, term, true, &scope);
                if (failed())
                    return;
                if (own != definition->iri) {
                    fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid IRI mapping for %1").arg(term));
                    return;
                }
            }
            if (!term.contains(u':') && !term.contains(u'/') && simpleTerm
                && (endsWithGenDelim(*definition->iri) || definition->iri->startsWith(QLatin1StringView("_:"))))
                definition->prefix = true;
        }
    } else if (term.indexOf(u':', 1) > 0) {
        // Step 15: a compact IRI or an IRI as the term.
        const qsizetype colon = term.indexOf(u':', 1);
        const QString prefix = term.first(colon);
        if (local.contains(prefix))
            createTermDefinition(scope, prefix);
        if (failed())
            return;
        const TermDefinition *prefixDefinition = active.term(prefix);
        if (prefixDefinition && prefixDefinition->iri)
            definition->iri = *prefixDefinition->iri + term.sliced(colon + 1);
        else
            definition->iri = term;
    } else if (term.contains(u'/')) {
        fail(ReasonCode::Schema, QStringLiteral("JSON-LD: relative IRI terms are not supported (%1)").arg(term));
        return;
    } else if (term == u"@type") {
        definition->iri = QStringLiteral("@type");
    } else if (active.vocab) {
        definition->iri = *active.vocab + term;
    } else {
        fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid IRI mapping for %1 (no @vocab)").arg(term));
        return;
    }
    // Step 19: @container.
    if (object.contains(QLatin1StringView("@container"))) {
        const QJsonValue container = object.value(QLatin1StringView("@container"));
        const QJsonArray values = container.isArray() ? container.toArray() : QJsonArray{container};
        for (const QJsonValue &entry : values) {
            const QString name = entry.toString();
            if (contains(kUnsupportedContainers, name)) {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: %1 containers are not supported").arg(name));
                return;
            }
            if (!entry.isString() || !contains(kContainers, name) || definition->containers.contains(name)) {
                fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid container mapping for %1").arg(term));
                return;
            }
            definition->containers.append(name);
        }
        if (definition->containers.contains(u"@list") && definition->containers.size() > 1) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid container mapping for %1").arg(term));
            return;
        }
        definition->containers.sort();
    }
    // Step 21: a scoped context, checked now and applied when the term is used.
    if (object.contains(QLatin1StringView("@context"))) {
        definition->hasLocalContext = true;
        definition->localContext = object.value(QLatin1StringView("@context"));
        auto snapshot = std::make_shared<const Context>(active);
        processContext(snapshot, definition->localContext, scope.remoteContexts, true, true, false);
        if (failed())
            return;
    }
    // Step 22: @language.
    if (object.contains(QLatin1StringView("@language")) && !object.contains(QLatin1StringView("@type"))) {
        const QJsonValue language = object.value(QLatin1StringView("@language"));
        if (!language.isNull() && !language.isString()) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid language mapping for %1").arg(term));
            return;
        }
        definition->hasLanguage = true;
        if (language.isString())
            definition->language = language.toString().toLower();
    }
    // Step 25: @prefix.
    if (object.contains(QLatin1StringView("@prefix"))) {
        const QJsonValue flag = object.value(QLatin1StringView("@prefix"));
        if (term.contains(u':') || term.contains(u'/') || !flag.isBool()
            || (flag.toBool() && definition->iri && isKeyword(*definition->iri))) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: invalid @prefix for %1").arg(term));
            return;
        }
        definition->prefix = flag.toBool();
    }
    // Step 27: a protected term keeps its definition unless the new one is the same.
    if (!scope.overrideProtected && previous && previous->isProtected) {
        if (!definition->sameAs(*previous)) {
            fail(ReasonCode::Schema, QStringLiteral("JSON-LD: protected term redefinition of %1").arg(term));
            return;
        }
        active.terms.insert(term, previous);
    } else {
        active.terms.insert(term, definition);
    }
    defined.insert(term, true);
}

std::optional<QString> Processor::expandIri(const Context &active, const QString &value, bool vocab)
{
    return expandIriIn(active, value, vocab, nullptr);
}

std::optional<QString> Processor::expandIriIn(const Context &active, const QString &value, bool vocab, Definitions *scope)
{
    if (isKeyword(value))
        return value;
    if (looksLikeKeyword(value))
        return std::nullopt;
    // Step 3: a term of the context being processed is defined first.
    if (scope && scope->local.contains(value) && !scope->defined.value(value, false))
        createTermDefinition(*scope, value);
    if (failed())
        return std::nullopt;
    const TermDefinition *definition = active.term(value);
    if (vocab && active.terms.contains(value))
        return definition ? definition->iri : std::nullopt;
    const qsizetype colon = value.indexOf(u':');
    if (colon > 0) {
        const QString prefix = value.first(colon);
        const QStringView suffix = QStringView(value).sliced(colon + 1);
        if (prefix == u"_" || suffix.startsWith(u"//"))
            return value;
        if (scope && scope->local.contains(prefix) && !scope->defined.value(prefix, false))
            createTermDefinition(*scope, prefix);
        if (failed())
            return std::nullopt;
        const TermDefinition *prefixDefinition = active.term(prefix);
        if (prefixDefinition && prefixDefinition->iri && prefixDefinition->prefix)
            return *prefixDefinition->iri + suffix;
        if (isWellFormedIri(value))
            return value;
    }
    if (vocab && active.vocab)
        return *active.vocab + value;
    return value;
}

} // namespace CertDesk::JsonLd
