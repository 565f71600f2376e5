// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace CertDesk::Timestamp {

/// Milliseconds since 1970-01-01T00:00:00Z. Core code passes instants as this
/// type and never reads the clock (STYLE.md §5).
using Millis = qint64;

/// Parses an RFC 3339 date-time with a mandatory offset ("Z" or "+hh:mm"),
/// optional fractional seconds; a space for the "T" is accepted, as real issuers
/// write it. std::nullopt when the text is not such a date-time or names an
/// impossible date or time.
std::optional<Millis> parseRfc3339(QStringView text);

/// Parses a full date "YYYY-MM-DD" (exactly that form); std::nullopt otherwise.
std::optional<QDate> parseDate(QStringView text);

/// A date that may be partial: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
struct PartialDate
{
    int year = 0;
    int month = 0; ///< 0 when absent
    int day = 0;   ///< 0 when absent
};
std::optional<PartialDate> parsePartialDate(QStringView text);

/// Formats an instant as RFC 3339 in UTC: "2021-06-01T10:00:00Z", with
/// milliseconds only when they are not zero.
QString formatRfc3339(Millis instant);

/// Midnight UTC of a date, in milliseconds.
Millis startOfDayUtc(QDate date);

} // namespace CertDesk::Timestamp
