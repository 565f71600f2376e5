// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace CertDesk::Scan {

/// The logging category of the frame sources and the pipeline ("certdesk.scan.source").
/// Decoded texts are logged at debug level only (STYLE.md §4).
Q_DECLARE_LOGGING_CATEGORY(lcScanSource)

} // namespace CertDesk::Scan
