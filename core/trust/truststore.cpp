// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "truststore.h"

#include "cscaindex.h"
#include "trustloader.h"

#include <algorithm>
#include <mutex>

namespace CertDesk {

// One certificate: either parsed when added, or parsed on first use.
struct TrustStore::Slot
{
    PendingCertificate pending;
    QByteArray kid;
    mutable std::once_flag once;
    mutable SignerPtr signer;
    mutable QString error;

    SignerPtr get() const
    {
        std::call_once(once, [this] {
            if (signer)
                return;
            std::optional<TrustedSigner> parsed =
                makeTrustedSigner(pending.der, pending.sourceKind, pending.sourceName, &error);
            if (!parsed) {
                error = QStringLiteral("%1: certificate %2 cannot be used: %3")
                            .arg(pending.sourceName, QString::fromLatin1(kid.toBase64()), error);
                return;
            }
            if (!pending.country.isEmpty())
                parsed->country = pending.country;
            signer = std::make_shared<const TrustedSigner>(std::move(*parsed));
        });
        return signer;
    }

    const QByteArray &der() const { return signer ? signer->der : pending.der; }
};

// The CSCA index, shared by the threads that verify seals; rebuilt after the store changes.
struct TrustStore::CscaCache
{
    std::mutex mutex;
    std::shared_ptr<const CscaIndex> index;

    void reset()
    {
        const std::lock_guard lock(mutex);
        index.reset();
    }
};

TrustStore::TrustStore()
    : m_csca(std::make_shared<CscaCache>())
{
}
TrustStore::~TrustStore() = default;
TrustStore::TrustStore(TrustStore &&) noexcept = default;
TrustStore &TrustStore::operator=(TrustStore &&) noexcept = default;

void TrustStore::add(SignerPtr signer)
{
    if (!signer)
        return;
    if (m_csca)
        m_csca->reset();
    auto slot = std::make_shared<Slot>();
    slot->kid = signer->kid;
    slot->signer = std::move(signer);
    const auto &list = m_byKid.value(slot->kid);
    if (std::any_of(list.cbegin(), list.cend(), [&slot](const SlotPtr &other) { return other->der() == slot->der(); }))
        return;
    m_byKid[slot->kid].append(slot);
    m_slots.append(slot);
}

void TrustStore::addPending(PendingCertificate certificate, const QByteArray &alias)
{
    if (m_csca)
        m_csca->reset();
    auto slot = std::make_shared<Slot>();
    slot->kid = kidOf(certificate.der);
    slot->pending = std::move(certificate);
    const auto &list = m_byKid.value(slot->kid);
    if (std::any_of(list.cbegin(), list.cend(), [&slot](const SlotPtr &other) { return other->der() == slot->der(); }))
        return;
    m_byKid[slot->kid].append(slot);
    m_slots.append(slot);
    if (!alias.isEmpty() && alias != slot->kid)
        m_byKid[alias].append(slot);
}

void TrustStore::addAlias(const QByteArray &kid, SignerPtr signer)
{
    if (!signer)
        return;
    add(signer);
    if (kid == signer->kid)
        return;
    // The slot that holds this certificate under its own kid.
    for (const SlotPtr &slot : m_byKid.value(signer->kid)) {
        if (slot->der() == signer->der) {
            QList<SlotPtr> &list = m_byKid[kid];
            if (!list.contains(slot))
                list.append(slot);
            return;
        }
    }
}

QList<TrustStore::SignerPtr> TrustStore::find(const QByteArray &kid) const
{
    QList<SignerPtr> out;
    const auto it = m_byKid.constFind(kid);
    if (it == m_byKid.cend())
        return out;
    for (const SlotPtr &slot : it.value()) {
        if (SignerPtr signer = slot->get())
            out.append(std::move(signer));
    }
    return out;
}

qsizetype TrustStore::size() const
{
    return m_slots.size();
}

QList<TrustStore::SignerPtr> TrustStore::signers() const
{
    QList<SignerPtr> out;
    out.reserve(m_slots.size());
    for (const SlotPtr &slot : m_slots) {
        if (SignerPtr signer = slot->get())
            out.append(std::move(signer));
    }
    return out;
}

void TrustStore::addAuthority(SignerPtr authority)
{
    if (!authority)
        return;
    if (m_csca)
        m_csca->reset();
    if (std::any_of(m_slots.cbegin(), m_slots.cend(), [&authority](const SlotPtr &slot) { return slot->der() == authority->der; }))
        return;
    auto slot = std::make_shared<Slot>();
    slot->kid = authority->kid;
    slot->signer = std::move(authority);
    m_slots.append(slot);
}

std::shared_ptr<const CscaIndex> TrustStore::cscaIndex() const
{
    if (!m_csca)
        return std::make_shared<const CscaIndex>(QList<SignerPtr>());
    const std::lock_guard lock(m_csca->mutex);
    if (!m_csca->index) {
        // Only certificate files and master lists can hold CSCAs, so the deferred entries of
        // large DCC trust lists are not parsed for this.
        QList<SignerPtr> candidates;
        for (const SlotPtr &slot : m_slots) {
            // A slot added parsed has no pending DER; a deferred one is judged before parsing it.
            if (!slot->pending.der.isEmpty() && slot->pending.sourceKind != TrustSourceKind::CertificateFile)
                continue;
            SignerPtr signer = slot->get();
            if (signer && (signer->sourceKind == TrustSourceKind::CertificateFile
                           || signer->sourceKind == TrustSourceKind::CscaMasterList))
                candidates.append(std::move(signer));
        }
        m_csca->index = std::make_shared<const CscaIndex>(candidates);
    }
    return m_csca->index;
}

QStringList TrustStore::unreadable() const
{
    QStringList out;
    for (const SlotPtr &slot : m_slots) {
        if (!slot->get() && !slot->error.isEmpty())
            out.append(slot->error);
    }
    return out;
}

} // namespace CertDesk
