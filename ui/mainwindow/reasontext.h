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

} // namespace CertDesk::Ui
