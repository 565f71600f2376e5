// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"

#include <QCborMap>

/// The CWT claims of a certificate to issue, from the common model: the inverse of
/// Ithc::readPayload() and Dcc::readPayload() (the codes of CodedValue are written,
/// their display text is not).
namespace CertDesk::Issue::Claims {

/// ITHC-1 §3 and §4: {1: iss, 6: iat, 4: exp, -65537: {1: certificate}} with iat and exp in
/// whole seconds. Empty optional fields (fn, gn, sex, lab, ma) are left out; `v` is
/// schemaVersion, or "1.0" when empty. Sample times are written as sampleCollectedText
/// when set, else as RFC 3339 UTC.
QCborMap ithc(const HealthCertificate &certificate);

/// HCERT §3.3.1 with the EU DCC schema 1.3.0: {1, 6, 4, -260: {1: dcc}}; `ver` is
/// schemaVersion or "1.3.0". Every statement gets the certificate's identifier when its
/// own is empty.
QCborMap dcc(const HealthCertificate &certificate);

} // namespace CertDesk::Issue::Claims
