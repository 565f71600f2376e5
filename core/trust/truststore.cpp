// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "truststore.h"

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

TrustStore::TrustStore() = default;
TrustStore::~TrustStore() = default;
TrustStore::TrustStore(TrustStore &&) noexcept = default;
TrustStore &TrustStore::operator=(TrustStore &&) noexcept = default;

void TrustStore::add(SignerPtr signer)
{
    if (!signer)
        return;
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
