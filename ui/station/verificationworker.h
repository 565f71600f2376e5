// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "stationverification.h"

#include "policy/entrypolicy.h"
#include "trust/trustage.h"
#include "verify/verifier.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace CertDesk::Ui {

/**
 * Verifies QR texts off the GUI thread. Lives on a thread of the StationController's;
 * verify() is invoked queued and verified() comes back queued, so neither the camera
 * preview nor the window waits for a signature check or a journal write.
 *
 * The journal hook is called on this thread with every verification, after verified() has
 * been emitted; it must not block for long (the journal writer queues and commits on a
 * thread of its own) and reports its outcome through journalOutcome() when it can.
 */
class VerificationWorker final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<Timestamp::Millis()>;
    using JournalHook = std::function<void(const StationVerification &)>;

    VerificationWorker(std::shared_ptr<const TrustStore> trust, Clock wallClock, QObject *parent = nullptr);

    void setJournalHook(JournalHook hook);
    /// The entry policy applied to every certificate that passes the other checks; none by default.
    /// Call on the worker's thread (StationController::setPolicy does).
    void setPolicy(std::optional<Policy::EntryPolicy> policy);
    /// The trust's provenance and the station's age limits: every verdict then carries the
    /// trust's age, and is refused on outdated trust or a wrong clock (core/trust/trustage.h).
    void setTrustAge(const TrustSummary &summary, const TrustAgeLimits &limits);
    /// The revocation lists and blocklist checked after the signature (core/trust/REVOCATION.md).
    void setRevocation(std::shared_ptr<const RevocationStore> revocation);
    const Verifier &verifier() const { return m_verifier; }

public Q_SLOTS:
    void verify(const CertDesk::Ui::StationInput &input);

Q_SIGNALS:
    void verified(const CertDesk::Ui::StationVerification &verification);

private:
    Verifier m_verifier;
    Clock m_wallClock;
    JournalHook m_journal;
    std::optional<Policy::EntryPolicy> m_policy;
    TrustSummary m_trustSummary;
    TrustAgeLimits m_trustAgeLimits;
    quint64 m_sequence = 0;
};

/// The steady clock stations time their targets with, in milliseconds (QElapsedTimer's clock).
qint64 steadyNowMs();

} // namespace CertDesk::Ui
