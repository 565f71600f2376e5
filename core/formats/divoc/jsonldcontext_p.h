// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jsonld.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace CertDesk::JsonLd {

/// One term definition (JSON-LD 1.1 API §4.2).
struct TermDefinition
{
    std::optional<QString> iri; ///< std::nullopt: the term is mapped to null and dropped
    bool prefix = false;
    bool isProtected = false;
    std::optional<QString> typeMapping;
    QStringList containers; ///< sorted
    bool hasLocalContext = false;
    QJsonValue localContext;
    bool hasLanguage = false;
    std::optional<QString> language; ///< with hasLanguage: the term's language (nullopt: none)

    bool sameAs(const TermDefinition &other) const;
    bool hasContainer(QStringView container) const { return containers.contains(container); }
};

struct Context;
using ContextPtr = std::shared_ptr<const Context>;

/// An active context (§4.1).
struct Context
{
    QHash<QString, std::shared_ptr<const TermDefinition>> terms;
    std::optional<QString> vocab;
    std::optional<QString> defaultLanguage;
    ContextPtr previous; ///< the context to revert to for new node objects (type-scoped, @propagate false)

    const TermDefinition *term(const QString &name) const
    {
        const auto it = terms.constFind(name);
        return it == terms.cend() ? nullptr : it->get();
    }
};

/// Shared state of one expansion: the loader, the limits and the first error met. Every function
/// returns a harmless value after an error, so callers check failed() at their own pace.
class Processor
{
public:
    Processor(const ContextLoader &loader, const Limits &limits)
        : m_loader(loader)
        , m_limits(limits)
    {
    }

    bool failed() const { return m_error.has_value(); }
    const Reason &error() const { return *m_error; }
    void fail(ReasonCode code, const QString &detail)
    {
        if (!m_error)
            m_error = Reason{code, detail};
    }
    /// Counts one unit of work; false (and too_large) once Limits::maxWork is spent.
    bool spend();
    const Limits &limits() const { return m_limits; }

    /// Context Processing (§4.1.2).
    ContextPtr processContext(const ContextPtr &active, const QJsonValue &local, QStringList remoteContexts,
                              bool overrideProtected = false, bool propagate = true, bool validateScoped = true);
    /// IRI Expansion (§4.3.2) outside context processing. There is no base IRI: a relative
    /// reference stays as written, as with the reference processors given no base.
    std::optional<QString> expandIri(const Context &active, const QString &value, bool vocab);

private:
    /// The context being built while a local context is processed (Create Term Definition's
    /// active context, local context, defined map and flags).
    struct Definitions
    {
        Context &building;
        const QJsonObject &local;
        QHash<QString, bool> &defined;
        const QStringList &remoteContexts;
        bool overrideProtected = false;
        bool validateScoped = true;
    };
    void createTermDefinition(Definitions &scope, const QString &term);
    std::optional<QString> expandIriIn(const Context &active, const QString &value, bool vocab, Definitions *scope);

    const ContextLoader &m_loader;
    const Limits m_limits;
    std::optional<Reason> m_error;
    qint64 m_work = 0;
    int m_depth = 0;
};

bool isKeyword(QStringView value);
/// "@" followed by letters only: reserved for future keywords, ignored (§4.2.2 step 4).
bool looksLikeKeyword(QStringView value);

} // namespace CertDesk::JsonLd
