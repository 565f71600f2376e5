// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clicontext.h"

#include <QStringList>

namespace CertDesk::Cli {

/// `certdesk-cli issue [OPTIONS]` (CLI-CONTRACT.md): specimen certificates as QR text, PNG
/// and paper PDF, or the demo image sequence with --demo-sequence DIR. The PDF needs a
/// QGuiApplication (main.cpp makes one for this command).
int runIssue(const QStringList &arguments, const Context &context);

} // namespace CertDesk::Cli
