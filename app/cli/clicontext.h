// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIODevice>

namespace CertDesk::Cli {

/// The streams a command reads and writes; injected so tests run commands in-process.
struct Context
{
    QIODevice *in = nullptr;
    QIODevice *out = nullptr;
    QIODevice *err = nullptr;
};

/// Exit status of CLI-CONTRACT.md.
enum ExitCode {
    ExitValid = 0,
    ExitNotValid = 1,
    ExitUsage = 2,
};

} // namespace CertDesk::Cli
