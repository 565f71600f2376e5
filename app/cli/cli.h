// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace CertDesk::Cli {

/// Runs certdesk-cli with @p arguments (without the program name); returns the
/// exit status. Never throws.
int run(const QStringList &arguments, const Context &context);

} // namespace CertDesk::Cli
