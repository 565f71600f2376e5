// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "trustedsigner.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace CertDesk {

class CscaIndex;

/// A certificate whose X.509 parsing is deferred until its kid is looked up.
/// OpenSSL 3.0 spends ~100 µs decoding each certificate's public key; a
/// station that loads a trust list of thousands of signers only ever needs the
/// few that sign what it scans, so loading keeps the DER and the kid only.
struct PendingCertificate
{
    QByteArray der;
    TrustSourceKind sourceKind = TrustSourceKind::CertificateFile;
    QString sourceName;
    QString country; ///< from a trust list entry; empty: the subject's C is used
};

/// The keys a station trusts, indexed by kid. Several signers may share a kid;
/// each is tried (ITHC-1 §2). Safe to read from several threads once filled
/// (deferred certificates are parsed once, under std::call_once).
class TrustStore
{
public:
    using SignerPtr = std::shared_ptr<const TrustedSigner>;

    TrustStore();
    ~TrustStore();
    TrustStore(TrustStore &&) noexcept;
    TrustStore &operator=(TrustStore &&) noexcept;
    TrustStore(const TrustStore &) = delete;
    TrustStore &operator=(const TrustStore &) = delete;

    /// Adds a parsed signer under its own kid; the same certificate (same DER under
    /// the same kid) is not added twice.
    void add(SignerPtr signer);
    /// Adds a certificate to be parsed on first lookup, under kidOf(der) and, when
    /// @p alias is not empty and differs, under @p alias too (a trust list's declared kid).
    void addPending(PendingCertificate certificate, const QByteArray &alias = {});
    /// Adds a parsed signer under an extra kid (and under its own, when not yet there).
    void addAlias(const QByteArray &kid, SignerPtr signer);

    /// Every usable signer under @p kid, in the order they were added. A deferred
    /// certificate that turns out not to parse is left out (see unreadable()).
    QList<SignerPtr> find(const QByteArray &kid) const;
    /// How many certificates the store holds (each once, whatever its aliases).
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    /// Every usable signer, in the order added; parses every deferred certificate.
    QList<SignerPtr> signers() const;
    /// Messages for deferred certificates that could not be parsed so far.
    QStringList unreadable() const;
    /// Adds a certificate authority only (an ICAO master list's CSCA): counted in size() and
    /// signers() and found by cscaIndex(), but never by find(), so it cannot sign certificates itself.
    void addAuthority(SignerPtr authority);
    /// The CSCAs among the certificate files and master lists (ICAO VDS-NC), built on first use
    /// and again after the store changes. Thread-safe.
    std::shared_ptr<const CscaIndex> cscaIndex() const;

private:
    struct Slot;
    using SlotPtr = std::shared_ptr<Slot>;

    QHash<QByteArray, QList<SlotPtr>> m_byKid;
    QList<SlotPtr> m_slots;
    struct CscaCache;
    std::shared_ptr<CscaCache> m_csca;
};

} // namespace CertDesk
