// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/valuesets.h"
#include "trust/truststore.h"
#include "verificationreport.h"

#include <QByteArrayView>

#include <memory>

namespace CertDesk {

class RevocationStore;

/// The one entry point from QR text to verdict, shared by certdesk and
/// certdesk-cli so that they cannot disagree (STYLE.md §1.1).
///
/// Pipeline (ITHC-1 §5; HCERT the same with its own header and expiry rules):
/// prefix → length limit → Base45 → zlib (64 KiB cap) → COSE_Sign1 → algorithm →
/// kid lookup → signature → [payload parsed] → signer valid at iat → key usage
/// (DCC) → not before iat − 300 s → expiry → schema.
/// Decoding steps stop at the first failure; the checks after the signature
/// collect every failing reason in that order.
///
/// Thread-safe: verify() is const and may run on several threads at once.
class Verifier
{
public:
    explicit Verifier(std::shared_ptr<const TrustStore> trust, const ValueSets &valueSets = ValueSets::builtIn());

    /// Verifies one QR text at the instant @p at (ms since the epoch; the core
    /// never reads the clock). Trailing CR/LF and surrounding white space, as
    /// keyboard-wedge scanners add, are ignored.
    VerificationReport verify(QByteArrayView qrText, Timestamp::Millis at) const;

    const TrustStore &trustStore() const { return *m_trust; }

    /// The revocation lists to check after the schema (ITHC-1 §5.9; core/trust/REVOCATION.md).
    /// Without a store (the default) no "revocation" step is made; with an empty one the step
    /// is "not checked". Set it before verifying, not while verify() runs on other threads.
    void setRevocation(std::shared_ptr<const RevocationStore> revocation) { m_revocation = std::move(revocation); }

private:
    /// SMART Health Cards (verifier_shc.cpp): @p text starts with "shc:/", already trimmed.
    VerificationReport verifyShc(QByteArrayView text, Timestamp::Millis at) const;
    /// ICAO VDS-NC (verifier_vdsnc.cpp): @p text is a JSON object naming data and sig, already trimmed.
    VerificationReport verifyVdsNc(QByteArrayView text, Timestamp::Millis at) const;
    /// DIVOC (verifier_divoc.cpp): @p bytes are a binary QR code's content, a ZIP archive, untrimmed.
    VerificationReport verifyDivoc(QByteArrayView bytes, Timestamp::Millis at) const;

    std::shared_ptr<const TrustStore> m_trust;
    std::shared_ptr<const RevocationStore> m_revocation;
    const ValueSets &m_valueSets;
};

} // namespace CertDesk
