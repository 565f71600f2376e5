// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verificationreport.h"

#include <QJsonObject>
#include <QString>

namespace CertDesk {

/// The JSON object of CLI-CONTRACT.md ("The JSON object") for one report.
/// @p source names the input ("scans/page3.png#1", "-#4").
/// Beyond the contract's fields it adds "algorithm", "signer", "checks" and, for
/// ITHC-1, "nucleic_acid_tests" (additions are allowed; nothing is renamed).
QJsonObject reportToJson(const VerificationReport &report, const QString &source);

/// The certificate's details as JSON (holder, lists), as used by reportToJson.
QJsonObject certificateToJson(const HealthCertificate &certificate);

} // namespace CertDesk
