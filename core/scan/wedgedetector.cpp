// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "wedgedetector.h"

namespace CertDesk::Scan {

WedgeDetector::WedgeDetector(Thresholds thresholds)
    : m_thresholds(thresholds)
{
}

void WedgeDetector::keyPressed(QChar character, qint64 timestampMs)
{
    if (m_overflow)
        return;
    if (m_typedBefore.size() + m_burst.size() >= m_thresholds.maxLength) {
        m_overflow = true;
        m_typedBefore.clear();
        m_burst.clear();
        return;
    }
    const qint64 gap = timestampMs - m_lastKeyMs;
    // A long pause (or time running backwards) ends the burst: what came before was typed by hand.
    if (!m_burst.isEmpty() && (gap > m_thresholds.maxGapMs || gap < 0)) {
        m_typedBefore += m_burst;
        m_burst.clear();
    }
    if (m_burst.isEmpty()) {
        m_burstStartMs = timestampMs;
        m_longestGapMs = 0;
    } else {
        m_longestGapMs = qMax(m_longestGapMs, gap);
    }
    m_burst += character;
    m_lastKeyMs = timestampMs;
}

double WedgeDetector::meanInterval() const
{
    if (m_burst.size() < 2)
        return 0;
    return double(m_lastKeyMs - m_burstStartMs) / double(m_burst.size() - 1);
}

bool WedgeDetector::burstQualifies() const
{
    if (m_burst.size() < qMax(2, m_thresholds.minLength))
        return false;
    if (meanInterval() > m_thresholds.maxMeanIntervalMs)
        return false;
    // One character repeated is a held key, however fast the auto-repeat.
    return m_burst.count(m_burst.front()) != m_burst.size();
}

bool WedgeDetector::scanInProgress(qint64 timestampMs) const
{
    const qint64 sinceLastKey = timestampMs - m_lastKeyMs;
    return !m_overflow && sinceLastKey >= 0 && sinceLastKey <= m_thresholds.maxGapMs && burstQualifies();
}

WedgeResult WedgeDetector::enterPressed(qint64 timestampMs)
{
    WedgeResult result;
    result.meanIntervalMs = meanInterval();
    result.longestGapMs = m_longestGapMs;
    const qint64 enterDelay = timestampMs - m_lastKeyMs;
    if (m_overflow) {
        result.verdict = WedgeVerdict::TooLong;
    } else if (m_typedBefore.isEmpty() && m_burst.isEmpty()) {
        result.verdict = WedgeVerdict::Empty;
    } else if (burstQualifies() && enterDelay >= 0 && enterDelay <= m_thresholds.maxEnterDelayMs) {
        result.verdict = WedgeVerdict::Scanner;
        result.text = m_burst;
        result.typedBefore = m_typedBefore;
    } else {
        result.verdict = WedgeVerdict::Human;
        result.text = m_typedBefore + m_burst;
    }
    reset();
    return result;
}

void WedgeDetector::reset()
{
    m_typedBefore.clear();
    m_burst.clear();
    m_burstStartMs = 0;
    m_lastKeyMs = 0;
    m_longestGapMs = 0;
    m_overflow = false;
}

} // namespace CertDesk::Scan
