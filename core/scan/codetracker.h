// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

namespace CertDesk::Scan {

/**
 * De-duplicates codes across frames: a code in view is reported once, and again only after
 * it has been out of view for longer than reappearAfterMs(); a different code is reported
 * at once.
 *
 * "Out of view" is measured from the last frame that contained the code, not counted in
 * frames: a camera misses a code in some frames (blur, glare, a finger) and those misses
 * must not re-announce the certificate when it is read again 200 ms later.
 *
 * Time is injected (frame timestamps, see Frame::timestampMs); nothing here reads a clock.
 * A timestamp earlier than the code's last sighting means a new timeline (another source,
 * a restarted file): the code is reported again rather than silently swallowed.
 *
 * Memory is bounded: at most maxTracked() codes are remembered. Codes out of view for longer
 * than the window are forgotten first (forgetting them changes nothing); beyond that the
 * longest unseen code is forgotten, at worst causing one repeated report.
 */
class CodeTracker
{
public:
    /// Two seconds: long enough to bridge the frames a decoder misses while a phone is held
    /// in front of the camera, short enough that presenting the same certificate again
    /// (the officer asks to see it once more) is verified again.
    static constexpr qint64 defaultReappearAfterMs = 2000;
    static constexpr int defaultMaxTracked = 256;

    explicit CodeTracker(qint64 reappearAfterMs = defaultReappearAfterMs, int maxTracked = defaultMaxTracked);

    /// Records that @p code was seen at @p timestampMs. True when it is to be reported now.
    bool observe(const QByteArray &code, qint64 timestampMs);
    /// All codes of one frame: those to report now, in input order, each once.
    QList<QByteArray> observeFrame(const QList<QByteArray> &codes, qint64 timestampMs);

    /// Forgets every code (a new source starts).
    void reset();

    qint64 reappearAfterMs() const { return m_reappearAfterMs; }
    void setReappearAfterMs(qint64 milliseconds);
    int maxTracked() const { return m_maxTracked; }
    /// How many codes are currently remembered.
    int trackedCount() const { return int(m_lastSeen.size()); }

private:
    void makeRoom(qint64 timestampMs);

    qint64 m_reappearAfterMs;
    int m_maxTracked;
    QHash<QByteArray, qint64> m_lastSeen;
};

} // namespace CertDesk::Scan
