// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocationhashset.h"

#include <algorithm>
#include <cstring>

namespace CertDesk {

namespace {

// Below this many entries a binary search over the whole set is as fast as the index.
constexpr qsizetype kIndexThreshold = 4096;
constexpr int kPrefixCount = 65536;

int compareHash(const unsigned char *a, const unsigned char *b)
{
    return std::memcmp(a, b, kRevocationHashSize);
}

int prefixOf(const unsigned char *hash)
{
    return (int(hash[0]) << 8) | int(hash[1]);
}

} // namespace

RevocationHashSet RevocationHashSet::fromUnsorted(std::vector<RevocationHash> hashes)
{
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    auto buffer = std::make_shared<QByteArray>(qsizetype(hashes.size()) * kRevocationHashSize, Qt::Uninitialized);
    if (!hashes.empty())
        std::memcpy(buffer->data(), hashes.data(), hashes.size() * kRevocationHashSize);
    return fromSorted(std::move(buffer), 0, qsizetype(hashes.size()));
}

RevocationHashSet RevocationHashSet::fromSorted(
    std::shared_ptr<const QByteArray> buffer, qsizetype offset, qsizetype count)
{
    Q_ASSERT(buffer && offset >= 0 && count >= 0 && offset + count * kRevocationHashSize <= buffer->size());
    RevocationHashSet set;
    set.m_data = reinterpret_cast<const unsigned char *>(buffer->constData()) + offset;
    set.m_count = count;
    set.m_buffer = std::move(buffer);
    set.buildIndex();
    return set;
}

bool RevocationHashSet::isStrictlyAscending(const unsigned char *data, qsizetype count)
{
    for (qsizetype i = 1; i < count; ++i) {
        if (compareHash(data + (i - 1) * kRevocationHashSize, data + i * kRevocationHashSize) >= 0)
            return false;
    }
    return true;
}

void RevocationHashSet::buildIndex()
{
    if (m_count < kIndexThreshold)
        return;
    // One pass: every prefix up to the current entry's points at the first entry at or above it.
    auto index = std::make_shared<std::vector<quint32>>(size_t(kPrefixCount) + 1);
    int next = 0;
    for (qsizetype i = 0; i < m_count; ++i) {
        const int prefix = prefixOf(m_data + i * kRevocationHashSize);
        while (next <= prefix)
            (*index)[size_t(next++)] = quint32(i);
    }
    while (next <= kPrefixCount)
        (*index)[size_t(next++)] = quint32(m_count);
    m_index = std::move(index);
}

bool RevocationHashSet::contains(const RevocationHash &hash) const
{
    qsizetype low = 0;
    qsizetype high = m_count;
    if (m_index) {
        const int prefix = prefixOf(hash.data());
        low = qsizetype((*m_index)[size_t(prefix)]);
        high = qsizetype((*m_index)[size_t(prefix) + 1]);
    }
    // Lower bound in [low, high).
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        const int order = compareHash(m_data + middle * kRevocationHashSize, hash.data());
        if (order == 0)
            return true;
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return false;
}

RevocationHash RevocationHashSet::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < m_count);
    RevocationHash hash;
    std::memcpy(hash.data(), m_data + i * kRevocationHashSize, kRevocationHashSize);
    return hash;
}

} // namespace CertDesk
