// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "trustedsigner.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <memory>

namespace CertDesk {

/// The keys a station trusts, indexed by kid. Several signers may share a kid;
/// each is tried (ITHC-1 §2). Cheap to copy (shared signers), safe to read from
/// several threads once filled.
class TrustStore
{
public:
    using SignerPtr = std::shared_ptr<const TrustedSigner>;

    /// Adds a signer under its own kid; a certificate already present (same DER
    /// under the same kid) is not added twice.
    void add(SignerPtr signer);
    /// Adds a signer under an extra kid (e.g. a trust list's declared kid that
    /// differs from the computed one).
    void addAlias(const QByteArray &kid, SignerPtr signer);

    /// Every signer under @p kid, in the order they were added.
    QList<SignerPtr> find(const QByteArray &kid) const;
    qsizetype size() const { return m_signers.size(); }
    bool isEmpty() const { return m_signers.isEmpty(); }
    const QList<SignerPtr> &signers() const { return m_signers; }

private:
    QHash<QByteArray, QList<SignerPtr>> m_byKid;
    QList<SignerPtr> m_signers;
};

} // namespace CertDesk
