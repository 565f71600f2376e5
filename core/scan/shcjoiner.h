// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace CertDesk::Scan {

/// What ShcJoiner::add() did with a text.
enum class ShcChunkStatus {
    NotChunk,  ///< not of the form shc:/C/N/<digits> (a whole shc:/ or anything else): use it as it is
    Stored,    ///< a new part of an incomplete set
    Duplicate, ///< a part already held, with the same data
    Complete,  ///< this part completed its set: ShcJoinResult::joined holds shc:/<digits>
    Conflict,  ///< a part already held with other data: the old set was dropped, this part starts a new one
    Invalid,   ///< looks like a chunk but breaks the format (index 0 or > N, odd or non-digit data)
    TooLarge,  ///< N or the part's length exceeds ShcJoiner::Limits
};

/// The outcome of ShcJoiner::add().
struct ShcJoinResult
{
    ShcChunkStatus status = ShcChunkStatus::NotChunk;
    int index = 0;      ///< C, 1-based (chunks only)
    int total = 0;      ///< N (chunks only)
    QList<int> missing; ///< the parts still missing from this set, ascending
    QString joined;     ///< "shc:/<digits>" when status is Complete
};

/// A set of chunks still waiting for parts (ShcJoiner::incomplete()).
struct ShcIncompleteSet
{
    int total = 0;
    QList<int> present; ///< ascending, 1-based
    QList<int> missing; ///< ascending, 1-based
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
};

/**
 * Joins SMART Health Card chunks "shc:/C/N/<digits>" (SMART Health Cards Framework, "Chunking",
 * deprecated but still printed) collected across frames, images or scanner lines into
 * "shc:/<digits>" once all N parts are present.
 *
 * Chunks carry no set identifier, so parts are grouped by N; two cards with the same N
 * scanned in turn are told apart only when a part conflicts (same C, other data): the held
 * set is then dropped and the new part starts afresh, so data of two cards is never joined
 * from a detected conflict. An undetectable mix (part 1 of one card, part 2 of another) yields
 * a JWS whose signature fails downstream, never a wrong verdict. Sets expire after
 * Limits::expireAfterMs without a new part, which also limits such mixing.
 *
 * Memory is bounded: N ≤ Limits::maxParts, so there are at most maxParts sets of at most
 * maxParts parts, each at most Limits::maxDigitsPerPart digits. Time is injected.
 */
class ShcJoiner
{
public:
    struct Limits
    {
        int maxParts = 16;
        /// The numeric capacity of a version 40 QR code: no part can be longer.
        int maxDigitsPerPart = 7089;
        /// Parts older than this (no new part of their set in the meantime) are forgotten.
        qint64 expireAfterMs = 120'000;
    };

    ShcJoiner() = default;
    explicit ShcJoiner(Limits limits);

    /// Offers @p text seen at @p timestampMs. Non-chunks are left alone (NotChunk).
    ShcJoinResult add(const QString &text, qint64 timestampMs);
    /// The sets still incomplete, by ascending N.
    QList<ShcIncompleteSet> incomplete() const;
    /// Forgets sets without a new part since @p nowMs - expireAfterMs.
    void expire(qint64 nowMs);
    void clear();

    /// True when @p text has the chunk form (shc:/C/N/...), valid or not.
    static bool isChunk(const QString &text);
    const Limits &limits() const { return m_limits; }

private:
    struct PartSet
    {
        QMap<int, QByteArray> parts; ///< C -> digits
        qint64 firstSeenMs = 0;
        qint64 lastSeenMs = 0;
    };

    static QList<int> missingParts(const PartSet &set, int total);

    Limits m_limits;
    QMap<int, PartSet> m_sets; ///< N -> parts
};

} // namespace CertDesk::Scan
