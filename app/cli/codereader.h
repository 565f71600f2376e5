// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "inputreader.h"

#include <QList>
#include <QString>

#include <optional>

namespace CertDesk::Cli {

/// The QR codes of an image, a PDF, a video file or an image-sequence pattern,
/// through certdesk_scan (the same decoder and pipeline as the station's camera).
/// Sources are named "<path>#N" for the N-th code found. std::nullopt, with
/// @p error set, when the input cannot be opened or read.
std::optional<QList<PayloadItem>> readCodes(const QString &path, InputKind kind, QString *error);

} // namespace CertDesk::Cli
