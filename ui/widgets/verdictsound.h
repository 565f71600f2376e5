// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/verificationreport.h"

#include <QByteArray>
#include <QObject>
#include <QTemporaryDir>

#include <array>
#include <memory>

class QSoundEffect;

namespace CertDesk::Ui {

/**
 * A distinct sound per verdict, so that an officer looking at the traveller hears the
 * outcome: a rising two-tone chime for valid, a low buzz for invalid, two short mid beeps for
 * "cannot read". The tones are synthesised once (16-bit mono PCM WAV) and played with
 * QSoundEffect; on a machine without audio output nothing is heard and nothing fails.
 */
class VerdictSound final : public QObject
{
    Q_OBJECT

public:
    explicit VerdictSound(QObject *parent = nullptr);
    ~VerdictSound() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void play(Verdict verdict);

    /// The WAV file of @p verdict's sound (tests check the three differ and are well-formed).
    static QByteArray wav(Verdict verdict);

private:
    bool m_enabled = true;
    QTemporaryDir m_dir;
    std::array<QSoundEffect *, 3> m_effects{};
};

} // namespace CertDesk::Ui
