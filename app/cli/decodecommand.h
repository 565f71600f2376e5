// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace CertDesk::Cli {

/// `certdesk-cli decode [--json] INPUT...` (CLI-CONTRACT.md): reads QR codes without
/// verifying them.
int runDecode(const QStringList &arguments, const Context &context);

} // namespace CertDesk::Cli
