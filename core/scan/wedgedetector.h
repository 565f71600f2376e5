// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace CertDesk::Scan {

/// Who typed the characters ended by Enter.
enum class WedgeVerdict {
    Empty,   ///< Enter alone
    Scanner, ///< a keyboard-wedge scanner: WedgeResult::text is the scanned code
    Human,   ///< somebody typing: leave the characters to the focused widget
    TooLong, ///< more than Thresholds::maxLength characters without Enter (neither trusted nor kept)
};

/// The outcome of WedgeDetector::enterPressed().
struct WedgeResult
{
    WedgeVerdict verdict = WedgeVerdict::Empty;
    /// Scanner: the burst. Human: everything typed since the last Enter.
    QString text;
    /// Scanner only: what was typed by hand before the burst (it goes to the focused widget).
    QString typedBefore;
    double meanIntervalMs = 0; ///< of the last burst, between its first and last characters
    qint64 longestGapMs = 0;   ///< the longest pause inside the last burst
};

/**
 * Tells a keyboard-wedge (HID) scanner from a person by timing alone, never by which widget
 * has the focus: a scanner "types" a whole code in a burst far faster than anybody can,
 * and ends it with Enter.
 *
 * A burst is a run of characters without a pause longer than Thresholds::maxGapMs; a longer
 * pause starts a new burst, and whatever came before was typed by hand. On Enter the last
 * burst is a scan when it has at least minLength characters, their mean interval is at most
 * maxMeanIntervalMs and Enter followed within maxEnterDelayMs. A burst of one character
 * repeated is never a scan: that is a held key with a fast auto-repeat rate.
 *
 * Pure logic: the GUI feeds it key events with their event timestamps (QKeyEvent::timestamp(),
 * not the time of handling, which an event-loop stall would distort) and acts on the verdict.
 */
class WedgeDetector
{
public:
    struct Thresholds
    {
        /// Codes CertDesk reads are hundreds of characters; 8 keeps short test codes working
        /// while a human rarely produces 8 keys inside 30 ms of one another.
        int minLength = 8;
        /// 30 ms a key is 400 words per minute, about four times the fastest sustained
        /// typing; USB HID scanners send a key every 1-16 ms, slow-configured ones about 20 ms.
        double maxMeanIntervalMs = 30.0;
        /// A pause inside a burst allowed to a scanner (Bluetooth HID sends keys in batches,
        /// an idle USB poll adds jitter); longer pauses split bursts.
        qint64 maxGapMs = 150;
        /// Enter must follow the last character of a scan this quickly.
        qint64 maxEnterDelayMs = 150;
        /// Characters kept without Enter; beyond, the input is TooLong (bounded memory).
        int maxLength = 16384;
    };

    WedgeDetector() = default;
    explicit WedgeDetector(Thresholds thresholds);

    /// A printable character typed at @p timestampMs (ms, any monotonic origin). Enter goes to enterPressed().
    void keyPressed(QChar character, qint64 timestampMs);
    /// Enter at @p timestampMs: the verdict on everything since the previous Enter, then a fresh start.
    WedgeResult enterPressed(qint64 timestampMs);
    /// True while the current burst already looks like a scan (long and fast enough), so that
    /// the GUI can start holding keys back before Enter arrives.
    bool scanInProgress(qint64 timestampMs) const;
    /// Forgets everything typed (focus change, dialog closed).
    void reset();

    const Thresholds &thresholds() const { return m_thresholds; }

private:
    bool burstQualifies() const;
    double meanInterval() const;

    Thresholds m_thresholds;
    QString m_typedBefore; ///< characters before the current burst
    QString m_burst;
    qint64 m_burstStartMs = 0;
    qint64 m_lastKeyMs = 0;
    qint64 m_longestGapMs = 0;
    bool m_overflow = false;
};

} // namespace CertDesk::Scan
