// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rdfdataset.h"
#include "verify/result.h"

#include <QByteArray>

namespace CertDesk::Urdna2015 {

/// Bounds on the work one canonicalisation may do: N-degree hashing is exponential in the size of
/// a group of indistinguishable blank nodes, so hostile input must be cut off (RDFC-1.0 §4.4 notes
/// "poison graphs"). The defaults are far above what a DIVOC credential needs (about 10 blank
/// nodes, no N-degree hashing at all).
struct Limits
{
    int maxQuads = 4096;
    int maxBlankNodes = 1024;
    /// Hash computations (first degree, related, N-degree) plus permutations tried.
    qint64 maxWork = 200000;
};

/// The blank nodes of @p dataset relabelled `_:c14n0`, `_:c14n1`, … by the Universal RDF Dataset
/// Normalization Algorithm 2015 (W3C CCG report; identical in result to W3C RDFC-1.0 with SHA-256),
/// serialised as N-Quads lines sorted in code point order, duplicates removed.
/// @return TooLarge when the dataset or the work exceeds @p limits.
Result<QByteArray> canonicalize(const Rdf::Dataset &dataset, const Limits &limits = {});

} // namespace CertDesk::Urdna2015
