// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "rdfdataset.h"

namespace CertDesk::Rdf {

namespace {

void appendTerm(QString &out, const Term &term)
{
    switch (term.kind) {
    case Term::Kind::Iri:
        out += u'<' + term.value + u'>';
        return;
    case Term::Kind::BlankNode:
        out += term.value;
        return;
    case Term::Kind::Literal:
        break;
    }
    out += u'"';
    for (const QChar c : term.value) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1StringView("\\\\");
            break;
        case '\t':
            out += QLatin1StringView("\\t");
            break;
        case '\n':
            out += QLatin1StringView("\\n");
            break;
        case '\r':
            out += QLatin1StringView("\\r");
            break;
        case '"':
            out += QLatin1StringView("\\\"");
            break;
        default:
            out += c;
        }
    }
    out += u'"';
    if (term.datatype == kRdfLangString)
        out += u'@' + term.language;
    else if (term.datatype != kXsdString)
        out += QLatin1StringView("^^<") + term.datatype + u'>';
}

} // namespace

QByteArray toNQuad(const Quad &quad)
{
    QString line;
    appendTerm(line, quad.subject);
    line += u' ';
    appendTerm(line, quad.predicate);
    line += u' ';
    appendTerm(line, quad.object);
    if (!quad.inDefaultGraph()) {
        line += u' ';
        appendTerm(line, quad.graph);
    }
    line += QLatin1StringView(" .\n");
    return line.toUtf8();
}

QByteArray toNQuads(const Dataset &dataset)
{
    QByteArray out;
    for (const Quad &quad : dataset)
        out += toNQuad(quad);
    return out;
}

} // namespace CertDesk::Rdf
