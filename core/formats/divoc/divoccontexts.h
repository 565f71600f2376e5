// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace CertDesk::Divoc {

/// The `@context` value of one of the JSON-LD contexts bundled with CertDesk (resources/divoc:
/// W3C credentials v1, security v1 and v2, CoWIN vaccination v1), by its URL; std::nullopt for
/// any other URL. Nothing is ever fetched. Thread-safe; parsed once.
std::optional<QJsonValue> bundledContext(const QString &url);

/// The URLs bundledContext() knows.
QStringList bundledContextUrls();

} // namespace CertDesk::Divoc
