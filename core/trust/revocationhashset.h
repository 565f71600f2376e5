// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <memory>
#include <vector>

namespace CertDesk {

/// Size of one revocation hash: the first 128 bits of a SHA-256 (EU DCC revocation,
/// "hash" of a batch entry). CertDesk uses the same size for ITHC-1 `ci` hashes.
constexpr qsizetype kRevocationHashSize = 16;
using RevocationHash = std::array<unsigned char, kRevocationHashSize>;

/// An immutable set of 16-byte revocation hashes: a sorted array searched with a
/// 16-bit prefix index, so a lookup in millions of entries costs a few cache misses.
///
/// The hashes live in one contiguous buffer, either owned (fromUnsorted()) or a slice of
/// a CertDesk revocation list file read in one piece (fromSorted()), which is then never
/// copied. Copies share the buffer. Thread-safe for concurrent reads.
class RevocationHashSet
{
public:
    RevocationHashSet() = default;

    /// Sorts and de-duplicates @p hashes.
    static RevocationHashSet fromUnsorted(std::vector<RevocationHash> hashes);
    /// A view of @p count hashes at @p offset of @p buffer, which the set keeps alive.
    /// Precondition: the range lies inside the buffer and isStrictlyAscending() holds for it
    /// (the list reader checks both before it calls this).
    static RevocationHashSet fromSorted(std::shared_ptr<const QByteArray> buffer, qsizetype offset, qsizetype count);

    /// True when @p count hashes at @p data are in strictly ascending byte order (sorted, no duplicates).
    static bool isStrictlyAscending(const unsigned char *data, qsizetype count);

    bool contains(const RevocationHash &hash) const;
    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    /// The i-th hash in ascending order.
    RevocationHash at(qsizetype i) const;
    /// The size() hashes, contiguous and ascending (for writing a list out).
    const unsigned char *data() const { return m_data; }

private:
    void buildIndex();

    std::shared_ptr<const QByteArray> m_buffer;
    const unsigned char *m_data = nullptr;
    qsizetype m_count = 0;
    /// m_index[p] is the first position whose two leading bytes are >= p (65,537 entries);
    /// empty for small sets, which a plain binary search serves as fast.
    std::shared_ptr<const std::vector<quint32>> m_index;
};

} // namespace CertDesk
