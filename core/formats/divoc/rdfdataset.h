// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace CertDesk::Rdf {

inline constexpr QStringView kRdfType = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr QStringView kRdfFirst = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#first";
inline constexpr QStringView kRdfRest = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#rest";
inline constexpr QStringView kRdfNil = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#nil";
inline constexpr QStringView kRdfLangString = u"http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
inline constexpr QStringView kXsdString = u"http://www.w3.org/2001/XMLSchema#string";
inline constexpr QStringView kXsdBoolean = u"http://www.w3.org/2001/XMLSchema#boolean";
inline constexpr QStringView kXsdInteger = u"http://www.w3.org/2001/XMLSchema#integer";
inline constexpr QStringView kXsdDouble = u"http://www.w3.org/2001/XMLSchema#double";

/// One RDF term (RDF 1.1 Concepts §3): an IRI, a blank node ("_:label") or a literal.
struct Term
{
    enum class Kind {
        Iri,
        BlankNode,
        Literal,
    };
    Kind kind = Kind::Iri;
    QString value;    ///< the IRI, the blank node label with its "_:", or the literal's lexical form
    QString datatype; ///< literals only
    QString language; ///< literals tagged rdf:langString only

    bool isBlankNode() const { return kind == Kind::BlankNode; }
    static Term iri(QString value) { return {Kind::Iri, std::move(value), {}, {}}; }
    static Term blankNode(QString label) { return {Kind::BlankNode, std::move(label), {}, {}}; }
    friend bool operator==(const Term &, const Term &) = default;
};

/// One quad; a graph of kind Iri with an empty value stands for the default graph.
struct Quad
{
    Term subject;
    Term predicate;
    Term object;
    Term graph = Term::iri({});

    bool inDefaultGraph() const { return graph.kind == Term::Kind::Iri && graph.value.isEmpty(); }
    friend bool operator==(const Quad &, const Quad &) = default;
};

using Dataset = QList<Quad>;

/// One N-Quads statement with its line end, as RDF Dataset Canonicalization serialises it: literals
/// escape \ " TAB LF CR, xsd:string is implicit, rdf:langString is written as "@tag".
QByteArray toNQuad(const Quad &quad);

/// Every quad of @p dataset as N-Quads, in the dataset's order.
QByteArray toNQuads(const Dataset &dataset);

} // namespace CertDesk::Rdf
