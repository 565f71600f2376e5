// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace CertDesk::Jcs {

/// RFC 8785 (JSON Canonicalization Scheme) serialisation of @p value, as UTF-8:
/// object members sorted by the UTF-16 code units of their names (§3.2.3), no
/// white space, strings escaped per §3.2.2.2, numbers per ECMAScript
/// Number.prototype.toString (§3.2.2.3). ICAO VDS-NC signs this form of `data`.
/// QJsonValue holds every number as an IEEE 754 double (or a qint64, which is
/// converted exactly as ECMAScript would parse it), so the I-JSON number model
/// of RFC 8785 §3.2.2.3 applies unchanged. A non-finite number is an error: the
/// result is then empty.
QByteArray canonicalize(const QJsonValue &value);

/// ECMAScript Number::toString(@p number) (ECMA-262 §7.1.12.1; RFC 8785
/// §3.2.2.3): the shortest round-trip digits, exponent form below 1e-6 and from
/// 1e21; -0 is "0". NaN and infinities have no JSON form: an empty array.
QByteArray formatNumber(double number);

/// A string literal escaped per RFC 8785 §3.2.2.2, quotes included.
QByteArray quoteString(const QString &text);

} // namespace CertDesk::Jcs
