// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "codetracker.h"

#include <algorithm>

#include <QSet>

namespace CertDesk::Scan {

CodeTracker::CodeTracker(qint64 reappearAfterMs, int maxTracked)
    : m_reappearAfterMs(qMax<qint64>(0, reappearAfterMs))
    , m_maxTracked(qMax(1, maxTracked))
{
}

bool CodeTracker::observe(const QByteArray &code, qint64 timestampMs)
{
    const auto found = m_lastSeen.find(code);
    if (found != m_lastSeen.end()) {
        const qint64 lastSeen = found.value();
        found.value() = timestampMs;
        const bool newTimeline = timestampMs < lastSeen;
        return newTimeline || timestampMs - lastSeen > m_reappearAfterMs;
    }
    if (m_lastSeen.size() >= m_maxTracked)
        makeRoom(timestampMs);
    m_lastSeen.insert(code, timestampMs);
    return true;
}

QList<QByteArray> CodeTracker::observeFrame(const QList<QByteArray> &codes, qint64 timestampMs)
{
    QList<QByteArray> report;
    QSet<QByteArray> inThisFrame;
    for (const QByteArray &code : codes) {
        if (inThisFrame.contains(code)) // the same code twice on one sheet counts once
            continue;
        inThisFrame.insert(code);
        if (observe(code, timestampMs))
            report.append(code);
    }
    return report;
}

void CodeTracker::makeRoom(qint64 timestampMs)
{
    m_lastSeen.removeIf([this, timestampMs](const QHash<QByteArray, qint64>::iterator &entry) {
        return timestampMs - entry.value() > m_reappearAfterMs;
    });
    if (m_lastSeen.size() < m_maxTracked)
        return;
    const auto oldest = std::min_element(m_lastSeen.begin(), m_lastSeen.end());
    m_lastSeen.erase(oldest);
}

void CodeTracker::reset()
{
    m_lastSeen.clear();
}

void CodeTracker::setReappearAfterMs(qint64 milliseconds)
{
    m_reappearAfterMs = qMax<qint64>(0, milliseconds);
}

} // namespace CertDesk::Scan
