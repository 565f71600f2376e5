// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rdfdataset.h"
#include "verify/result.h"

#include <QJsonArray>
#include <QJsonValue>

#include <functional>
#include <optional>

namespace CertDesk::JsonLd {

/// Gives the `@context` value of the context document at @p url, or std::nullopt when the URL is
/// not known. CertDesk never fetches a context: DIVOC's loader serves bundled copies only.
using ContextLoader = std::function<std::optional<QJsonValue>(const QString &url)>;

/// Bounds on hostile input: JSON-LD contexts can recurse and expand without end otherwise.
struct Limits
{
    /// Deepest nesting of objects and arrays followed by expansion and by context processing.
    int maxDepth = 32;
    /// Most remote contexts loaded while processing one context (JSON-LD 1.1 "context overflow").
    int maxRemoteContexts = 16;
    /// Context entries, term definitions and expanded elements processed, in total.
    qint64 maxWork = 200000;
    /// Most quads produced by toRdf().
    int maxQuads = 4096;
};

/// JSON-LD 1.1 Expansion (JSON-LD 1.1 Processing Algorithms and API §5.1) of @p document.
///
/// Supported: term definitions with @id, @type (@id, @vocab, IRIs), @container @set / @list /
/// @graph, @language, @prefix, @protected, @version 1.1, @vocab, compact IRIs, keyword aliases,
/// embedded, remote (via @p loader), property-scoped and type-scoped contexts with @propagate.
/// Not supported, and reported as schema so that no signature is ever checked over a form CertDesk
/// cannot compute: @reverse, @nest, @included, @json, @direction, @import, @base, index / id /
/// type / language maps.
/// @return the expanded form; Schema for an invalid or unsupported document or an unknown remote
///         context; TooLarge when @p limits are exceeded.
Result<QJsonArray> expand(const QJsonValue &document, const ContextLoader &loader, const Limits &limits = {});

/// JSON-LD 1.1 Deserialize JSON-LD to RDF (§8.1) of @p document after expand(): node map generation
/// with blank node labels `_:b0`…, then the quads of every graph. Nodes, properties and datatypes that
/// are not well-formed absolute IRIs or blank nodes are dropped, as the algorithm requires; numbers
/// become xsd:integer or xsd:double in canonical form, booleans xsd:boolean.
/// @return the quads; the same errors as expand(), TooLarge for over Limits::maxQuads quads.
Result<Rdf::Dataset> toRdf(const QJsonValue &document, const ContextLoader &loader, const Limits &limits = {});

/// True when @p value is an absolute IRI or a blank node identifier in the sense the JSON-LD
/// processors use when producing RDF: a scheme (or "_") and a colon, then no white space.
bool isWellFormedIri(QStringView value);

} // namespace CertDesk::JsonLd
