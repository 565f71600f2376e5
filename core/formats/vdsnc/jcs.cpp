// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "jcs.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace CertDesk::Jcs {

namespace {

void append(QByteArray &out, const QJsonValue &value, bool &ok);

// RFC 8785 §3.2.3: names compare as arrays of UTF-16 code units, not as code points or by locale.
bool utf16Less(const QString &a, const QString &b)
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

void appendObject(QByteArray &out, const QJsonObject &object, bool &ok)
{
    QStringList names = object.keys();
    std::sort(names.begin(), names.end(), utf16Less);
    out.append('{');
    bool first = true;
    for (const QString &name : std::as_const(names)) {
        if (!first)
            out.append(',');
        first = false;
        out.append(quoteString(name));
        out.append(':');
        append(out, object.value(name), ok);
    }
    out.append('}');
}

void append(QByteArray &out, const QJsonValue &value, bool &ok)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        // RFC 8785 §3.2.2.3: NaN and infinities are errors, not values.
        const QByteArray number = formatNumber(value.toDouble());
        ok = ok && !number.isEmpty();
        out.append(number);
        return;
    }
    case QJsonValue::String:
        out.append(quoteString(value.toString()));
        return;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            append(out, array.at(i), ok);
        }
        out.append(']');
        return;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject(), ok);
        return;
    }
}

} // namespace

QByteArray canonicalize(const QJsonValue &value)
{
    QByteArray out;
    bool ok = true;
    append(out, value, ok);
    return ok ? out : QByteArray();
}

QByteArray formatNumber(double number)
{
    if (!std::isfinite(number))
        return {};
    if (number == 0)
        return QByteArrayLiteral("0"); // -0 too (ECMA-262 §7.1.12.1 step 2)
    // The shortest digits that round-trip, in scientific form: "d[.ddd]e±X".
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::abs(number), std::chars_format::scientific);
    if (result.ec != std::errc())
        return {};
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    const size_t e = text.find('e');
    std::string digits;
    for (size_t i = 0; i < e; ++i) {
        if (text[i] != '.')
            digits.push_back(text[i]);
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
    // ECMA-262: k digits, value = digits × 10^(n−k).
    const int k = int(digits.size());
    const int n = exponent + 1;
    std::string out = number < 0 ? "-" : "";
    if (k <= n && n <= 21) {
        out += digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out += digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out += "0." + std::string(size_t(-n), '0') + digits;
    } else {
        out += digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += 'e';
        out += n - 1 < 0 ? '-' : '+';
        out += std::to_string(std::abs(n - 1));
    }
    return QByteArray::fromStdString(out);
}

QByteArray quoteString(const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        const auto byte = uchar(c);
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(kHex[byte >> 4]);
                out.append(kHex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

} // namespace CertDesk::Jcs
