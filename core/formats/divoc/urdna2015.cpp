// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// URDNA2015 as specified in "RDF Dataset Canonicalization" (W3C CCG final report, 2022) and
// RDFC-1.0 (W3C Recommendation 2024) §4: the section numbers below are RDFC-1.0's.
#include "urdna2015.h"

#include <algorithm>
#include <vector>

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QStringList>

namespace CertDesk::Urdna2015 {

namespace {

// RDFC-1.0 §4.5: issues identifiers with a prefix and a counter, remembering the order of issue.
struct IdentifierIssuer
{
    QString prefix;
    int counter = 0;
    QHash<QString, QString> issued;
    QStringList order;

    QString issue(const QString &existing)
    {
        const auto found = issued.constFind(existing);
        if (found != issued.cend())
            return *found;
        QString id = prefix + QString::number(counter++);
        issued.insert(existing, id);
        order.append(existing);
        return id;
    }
    bool has(const QString &existing) const { return issued.contains(existing); }
};

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

class Canonicalizer
{
public:
    Canonicalizer(const Rdf::Dataset &quads, const Limits &limits)
        : m_quads(quads)
        , m_limits(limits)
    {
        m_canonical.prefix = QStringLiteral("_:c14n");
    }

    Result<QByteArray> run()
    {
        // §4.4.3 step 2: the quads each blank node appears in.
        for (qsizetype i = 0; i < m_quads.size(); ++i) {
            const Rdf::Quad &quad = m_quads.at(i);
            for (const Rdf::Term *term : {&quad.subject, &quad.object, &quad.graph}) {
                if (term->isBlankNode()) {
                    QList<int> &list = m_quadsOf[term->value];
                    if (list.isEmpty() || list.last() != int(i))
                        list.append(int(i));
                }
            }
        }
        if (m_quadsOf.size() > m_limits.maxBlankNodes) {
            return Result<QByteArray>(ReasonCode::TooLarge, QStringLiteral("%1 blank nodes, over %2")
                                                                .arg(m_quadsOf.size())
                                                                .arg(m_limits.maxBlankNodes));
        }
        {
            // Steps 3-5: first-degree hashes; a hash shared by no other node names its node at once.
            QMap<QString, QStringList> hashToBlankNodes;
            QStringList nodes = m_quadsOf.keys();
            std::sort(nodes.begin(), nodes.end());
            for (const QString &node : std::as_const(nodes))
                hashToBlankNodes[hashFirstDegree(node)].append(node);
            QList<QStringList> shared;
            for (auto it = hashToBlankNodes.cbegin(); it != hashToBlankNodes.cend(); ++it) {
                if (it->size() == 1)
                    m_canonical.issue(it->first());
                else
                    shared.append(*it);
            }
            // Step 6: groups sharing a hash, in hash order, told apart by their N-degree hashes.
            for (const QStringList &group : std::as_const(shared)) {
                QList<std::pair<QString, IdentifierIssuer>> paths;
                for (const QString &node : group) {
                    if (m_canonical.has(node))
                        continue;
                    IdentifierIssuer temporary;
                    temporary.prefix = QStringLiteral("_:b");
                    temporary.issue(node);
                    paths.append(hashNDegree(node, temporary));
                    if (m_exhausted)
                        break;
                }
                std::stable_sort(paths.begin(), paths.end(),
                                 [](const auto &a, const auto &b) { return a.first < b.first; });
                for (const auto &path : std::as_const(paths)) {
                    for (const QString &existing : path.second.order)
                        m_canonical.issue(existing);
                }
            }
        }
        if (m_exhausted) {
            return Result<QByteArray>(ReasonCode::TooLarge,
                                      QStringLiteral("canonicalisation needs more than %1 steps").arg(m_limits.maxWork));
        }

        // Step 7: the quads with canonical labels, sorted, each once.
        std::vector<QByteArray> lines;
        lines.reserve(size_t(m_quads.size()));
        for (Rdf::Quad quad : m_quads) {
            for (Rdf::Term *term : {&quad.subject, &quad.object, &quad.graph}) {
                if (term->isBlankNode())
                    term->value = m_canonical.issue(term->value);
            }
            lines.push_back(Rdf::toNQuad(quad));
        }
        std::sort(lines.begin(), lines.end());
        lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
        QByteArray out;
        for (const QByteArray &line : lines)
            out += line;
        return out;
    }

private:
    // Counts one unit of work; false once the budget is spent, after which every result is
    // meaningless and run() reports too_large.
    bool spend()
    {
        if (++m_work > m_limits.maxWork)
            m_exhausted = true;
        return !m_exhausted;
    }

    // §4.6 Hash First Degree Quads.
    QString hashFirstDegree(const QString &node)
    {
        const auto cached = m_firstDegree.constFind(node);
        if (cached != m_firstDegree.cend())
            return *cached;
        spend();
        QList<QByteArray> lines;
        for (const int index : m_quadsOf.value(node)) {
            Rdf::Quad quad = m_quads.at(index);
            for (Rdf::Term *term : {&quad.subject, &quad.object, &quad.graph}) {
                if (term->isBlankNode())
                    term->value = term->value == node ? QStringLiteral("_:a") : QStringLiteral("_:z");
            }
            lines.append(Rdf::toNQuad(quad));
        }
        std::sort(lines.begin(), lines.end());
        QString hash = sha256Hex(lines.join());
        m_firstDegree.insert(node, hash);
        return hash;
    }

    // §4.7 Hash Related Blank Node.
    QString hashRelated(const QString &related, const Rdf::Quad &quad, const IdentifierIssuer &issuer, char position)
    {
        spend();
        QString input(QChar::fromLatin1(position));
        if (position != 'g')
            input += u'<' + quad.predicate.value + u'>';
        if (m_canonical.has(related))
            input += m_canonical.issued.value(related);
        else if (issuer.has(related))
            input += issuer.issued.value(related);
        else
            input += hashFirstDegree(related);
        return sha256Hex(input.toUtf8());
    }

    // §4.8 Hash N-Degree Quads.
    std::pair<QString, IdentifierIssuer> hashNDegree(const QString &node, IdentifierIssuer issuer)
    {
        spend();
        QMap<QString, QStringList> hashToRelated;
        for (const int index : m_quadsOf.value(node)) {
            const Rdf::Quad &quad = m_quads.at(index);
            const std::pair<const Rdf::Term *, char> components[] = {
                {&quad.subject, 's'}, {&quad.object, 'o'}, {&quad.graph, 'g'}};
            for (const auto &[term, position] : components) {
                if (term->isBlankNode() && term->value != node)
                    hashToRelated[hashRelated(term->value, quad, issuer, position)].append(term->value);
            }
        }
        QString dataToHash;
        for (auto it = hashToRelated.begin(); it != hashToRelated.end(); ++it) {
            dataToHash += it.key();
            QString chosenPath;
            std::optional<IdentifierIssuer> chosenIssuer;
            QStringList permutation = *it;
            std::sort(permutation.begin(), permutation.end());
            do {
                if (!spend())
                    return {QString(), issuer};
                IdentifierIssuer issuerCopy = issuer;
                QString path;
                QStringList recursion;
                bool pruned = false;
                const auto worse = [&] {
                    return !chosenPath.isEmpty() && path.size() >= chosenPath.size() && path > chosenPath;
                };
                for (const QString &related : std::as_const(permutation)) {
                    if (m_canonical.has(related)) {
                        path += m_canonical.issued.value(related);
                    } else {
                        if (!issuerCopy.has(related))
                            recursion.append(related);
                        path += issuerCopy.issue(related);
                    }
                    if (worse()) {
                        pruned = true;
                        break;
                    }
                }
                if (!pruned) {
                    for (const QString &related : std::as_const(recursion)) {
                        auto [hash, resultIssuer] = hashNDegree(related, issuerCopy);
                        if (m_exhausted)
                            return {QString(), issuer};
                        path += issuerCopy.issue(related);
                        path += u'<' + hash + u'>';
                        issuerCopy = std::move(resultIssuer);
                        if (worse()) {
                            pruned = true;
                            break;
                        }
                    }
                }
                if (!pruned && (chosenPath.isEmpty() || path < chosenPath)) {
                    chosenPath = path;
                    chosenIssuer = std::move(issuerCopy);
                }
            } while (std::next_permutation(permutation.begin(), permutation.end()));
            dataToHash += chosenPath;
            issuer = std::move(*chosenIssuer);
        }
        return {sha256Hex(dataToHash.toUtf8()), std::move(issuer)};
    }

    const Rdf::Dataset &m_quads;
    const Limits m_limits;
    QHash<QString, QList<int>> m_quadsOf;
    QHash<QString, QString> m_firstDegree;
    IdentifierIssuer m_canonical;
    qint64 m_work = 0;
    bool m_exhausted = false;
};

} // namespace

Result<QByteArray> canonicalize(const Rdf::Dataset &dataset, const Limits &limits)
{
    if (dataset.size() > limits.maxQuads) {
        return Result<QByteArray>(ReasonCode::TooLarge,
                                  QStringLiteral("%1 quads, over %2").arg(dataset.size()).arg(limits.maxQuads));
    }
    return Canonicalizer(dataset, limits).run();
}

} // namespace CertDesk::Urdna2015
