// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "truststore.h"

#include <algorithm>

namespace CertDesk {

namespace {

// True when @p list already holds a certificate with the DER bytes of @p signer. Lists under one
// kid are short (a kid collision is rare), so a linear scan is cheaper than a second index.
bool holdsSameCertificate(const QList<TrustStore::SignerPtr> &list, const TrustStore::SignerPtr &signer)
{
    return std::any_of(list.cbegin(), list.cend(), [&signer](const TrustStore::SignerPtr &present) {
        return present == signer || present->der == signer->der;
    });
}

} // namespace

void TrustStore::add(SignerPtr signer)
{
    if (!signer)
        return;
    QList<SignerPtr> &list = m_byKid[signer->kid];
    if (holdsSameCertificate(list, signer))
        return;
    list.append(signer);
    m_signers.append(std::move(signer));
}

void TrustStore::addAlias(const QByteArray &kid, SignerPtr signer)
{
    if (!signer)
        return;
    // A signer known only by its alias is still one of the store's signers: add it under its own
    // kid first, so that signers() and size() count every certificate exactly once.
    const QList<SignerPtr> ownList = m_byKid.value(signer->kid);
    if (!holdsSameCertificate(ownList, signer))
        add(signer);
    if (kid == signer->kid)
        return;
    QList<SignerPtr> &list = m_byKid[kid];
    if (!holdsSameCertificate(list, signer))
        list.append(std::move(signer));
}

QList<TrustStore::SignerPtr> TrustStore::find(const QByteArray &kid) const
{
    return m_byKid.value(kid);
}

} // namespace CertDesk
