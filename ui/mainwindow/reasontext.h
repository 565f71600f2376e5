// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/reason.h"
#include "verify/verificationreport.h"

#include <QString>

namespace CertDesk::Ui {

/// The one place where a reason code becomes a translated sentence (STYLE.md §4).
QString reasonSentence(ReasonCode code);
/// "VALID", "INVALID", "CANNOT READ", translated.
QString verdictTitle(Verdict verdict);

/// The one line under the verdict: the first reason in plain words, with the certificate's
/// own dates where they make it concrete ("The certificate expired 3 days ago (12 May 2026)");
/// for a valid certificate, what the verdict rests on (issuer, valid until).
QString verdictReason(const VerificationReport &report, Timestamp::Millis now);

/// "20 h ago", "3 days ago", "in 2 days", "just now": how long ago @p then was at @p now.
QString ageText(Timestamp::Millis then, Timestamp::Millis now);

/// A short title for a check step id ("signature" -> "Signature"), translated; the id itself
/// for ids it does not know.
QString checkTitle(const QString &id);

/// "Passed", "Failed", "Not checked", translated.
QString checkOutcomeText(CheckStep::Outcome outcome);

} // namespace CertDesk::Ui
