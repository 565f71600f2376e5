// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace CertDesk::Cli {

/// `certdesk-cli revocation build|check` (core/trust/REVOCATION.md).
int runRevocation(const QStringList &arguments, const Context &context);

} // namespace CertDesk::Cli
