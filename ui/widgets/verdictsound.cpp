// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "verdictsound.h"

#include <QFile>
#include <QSoundEffect>
#include <QUrl>
#include <QtEndian>

#include <cmath>
#include <vector>

namespace CertDesk::Ui {

namespace {

constexpr int kSampleRate = 22050;

struct Tone
{
    double frequency; ///< Hz; 0 is silence
    int milliseconds;
    bool square;      ///< a harsher timbre for "invalid"
};

std::vector<Tone> tonesOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return {{880.0, 110, false}, {1318.5, 170, false}};
    case Verdict::Invalid:
        return {{196.0, 450, true}};
    case Verdict::Unreadable:
        break;
    }
    return {{523.3, 110, false}, {0.0, 70, false}, {523.3, 110, false}};
}

void appendLittleEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xff));
}

int verdictIndex(Verdict verdict)
{
    return verdict == Verdict::Valid ? 0 : verdict == Verdict::Invalid ? 1 : 2;
}

} // namespace

QByteArray VerdictSound::wav(Verdict verdict)
{
    QByteArray samples;
    for (const Tone &tone : tonesOf(verdict)) {
        const int count = kSampleRate * tone.milliseconds / 1000;
        const int fade = kSampleRate / 200; // 5 ms ramps: no clicks
        for (int i = 0; i < count; ++i) {
            double value = 0.0;
            if (tone.frequency > 0) {
                const double phase = 2.0 * M_PI * tone.frequency * i / kSampleRate;
                value = tone.square ? (std::sin(phase) >= 0 ? 0.6 : -0.6) : std::sin(phase);
                const double envelope = std::min({1.0, double(i) / fade, double(count - i) / fade});
                value *= 0.5 * envelope;
            }
            appendLittleEndian(samples, quint32(quint16(qint16(std::lround(value * 32767.0)))), 2);
        }
    }
    QByteArray out("RIFF");
    appendLittleEndian(out, quint32(36 + samples.size()), 4);
    out.append("WAVEfmt ");
    appendLittleEndian(out, 16, 4);            // PCM header size
    appendLittleEndian(out, 1, 2);             // PCM
    appendLittleEndian(out, 1, 2);             // mono
    appendLittleEndian(out, kSampleRate, 4);
    appendLittleEndian(out, kSampleRate * 2, 4); // bytes per second
    appendLittleEndian(out, 2, 2);             // block align
    appendLittleEndian(out, 16, 2);            // bits per sample
    out.append("data");
    appendLittleEndian(out, quint32(samples.size()), 4);
    out.append(samples);
    return out;
}

VerdictSound::VerdictSound(QObject *parent)
    : QObject(parent)
{
    if (!m_dir.isValid())
        return;
    for (const Verdict verdict : {Verdict::Valid, Verdict::Invalid, Verdict::Unreadable}) {
        const QString path = m_dir.filePath(QStringLiteral("verdict-%1.wav").arg(verdictIndex(verdict)));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(wav(verdict)) < 0)
            continue;
        file.close();
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl::fromLocalFile(path));
        effect->setVolume(0.8f);
        m_effects[size_t(verdictIndex(verdict))] = effect;
    }
}

VerdictSound::~VerdictSound() = default;

void VerdictSound::play(Verdict verdict)
{
    QSoundEffect *effect = m_effects[size_t(verdictIndex(verdict))];
    if (!m_enabled || !effect)
        return;
    effect->stop();
    effect->play();
}

} // namespace CertDesk::Ui
