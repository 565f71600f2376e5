// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clicontext.h"
#include "inputreader.h"

#include "journal/journalwriter.h"
#include "verify/verificationreport.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace CertDesk::Cli {

/// `certdesk-cli journal list|export|verify|purge [--journal PATH] ...` (CLI-CONTRACT.md).
int runJournal(const QStringList &arguments, const Context &context);

/// For `certdesk-cli verify --journal PATH`: opens the journal, or writes why not on
/// standard error and returns nullptr.
std::unique_ptr<Journal::JournalWriter> openVerifyJournal(const QString &path, const Context &context);

/// Journals one verify run: an entry per report (input "stdin" for items read from -, else
/// "file"), waiting until each has committed. False, with the errors on standard error,
/// when any write failed.
bool journalVerifications(Journal::JournalWriter &writer, const std::vector<VerificationReport> &reports,
                          const QList<PayloadItem> &items, const QString &trustVersion, const Context &context);

} // namespace CertDesk::Cli
