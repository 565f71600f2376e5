// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace CertDesk::Cli {

/// `certdesk-cli trust list|import|update|pin|bundle` (core/trust/TRUST-BUNDLES.md).
int runTrust(const QStringList &arguments, const Context &context);

} // namespace CertDesk::Cli
