// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "verificationworker.h"

#include <chrono>

namespace CertDesk::Ui {

QString inputChannelName(InputChannel channel)
{
    switch (channel) {
    case InputChannel::Camera:
        return QStringLiteral("camera");
    case InputChannel::Scanner:
        return QStringLiteral("scanner");
    case InputChannel::Serial:
        return QStringLiteral("serial");
    case InputChannel::File:
        return QStringLiteral("file");
    case InputChannel::Paste:
        break;
    }
    return QStringLiteral("paste");
}

qint64 steadyNowMs()
{
    // The same clock as CertDesk::Scan::steadyClock(), so frame capture times compare.
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

VerificationWorker::VerificationWorker(std::shared_ptr<const TrustStore> trust, Clock wallClock, QObject *parent)
    : QObject(parent)
    , m_verifier(std::move(trust))
    , m_wallClock(std::move(wallClock))
{
}

void VerificationWorker::setJournalHook(JournalHook hook)
{
    m_journal = std::move(hook);
}

void VerificationWorker::setPolicy(std::optional<Policy::EntryPolicy> policy)
{
    m_policy = std::move(policy);
}

void VerificationWorker::setTrustAge(const TrustSummary &summary, const TrustAgeLimits &limits)
{
    m_trustSummary = summary;
    m_trustAgeLimits = limits;
}

void VerificationWorker::setRevocation(std::shared_ptr<const RevocationStore> revocation)
{
    m_verifier.setRevocation(std::move(revocation));
}

void VerificationWorker::verify(const StationInput &input)
{
    StationVerification verification;
    verification.sequence = ++m_sequence;
    verification.input = input;
    verification.report = m_verifier.verify(input.text, m_wallClock());
    if (m_policy)
        Policy::applyPolicy(*m_policy, verification.report);
    if (m_trustSummary.fromBundle)
        applyTrustAge(verification.report, m_trustSummary,
                      assessTrustAge(m_trustSummary, m_wallClock(), m_trustAgeLimits));
    verification.verifiedAtMs = steadyNowMs();
    Q_EMIT verified(verification);
    if (m_journal)
        m_journal(verification);
}

} // namespace CertDesk::Ui
