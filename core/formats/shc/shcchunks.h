// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>

namespace CertDesk::Shc {

/// One text after joinConsecutiveChunks(): a text as given, or a card joined from its parts.
struct JoinedText
{
    QByteArray text;
    qsizetype firstIndex = 0; ///< index of the first input text it came from
    int parts = 1;            ///< how many input texts it stands for
};

/// Joins runs of consecutive SMART Health Card chunks "shc:/C/N/<digits>" (CLI-CONTRACT.md: the
/// parts of one text input are joined into one certificate). A run holds chunks of the same N, each
/// C once (in any order; an identical repeat is dropped); it ends at any other text, at another N,
/// at a repeated C with other data, or once all N parts are there. A complete run becomes
/// "shc:/<digits>" (parts in C order); an incomplete run is kept as its first chunk alone, which the
/// verifier reports as `incomplete`. Malformed chunk headers and sets of more than
/// Limits::kMaxShcChunks parts are left as they are (the verifier names the problem).
QList<JoinedText> joinConsecutiveChunks(const QList<QByteArray> &texts);

} // namespace CertDesk::Shc
