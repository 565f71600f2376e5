// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "timestamp.h"

#include <QDateTime>

namespace CertDesk::Timestamp {

namespace {

// Reads exactly @p count ASCII digits at @p pos; -1 when they are not digits.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<PartialDate> parsePartialDate(QStringView text)
{
    if (text.size() == 4) {
        const int year = digits(text, 0, 4);
        if (year < 0)
            return std::nullopt;
        return PartialDate{year, 0, 0};
    }
    if (text.size() == 7) {
        if (text[4] != u'-')
            return std::nullopt;
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        if (year < 0 || month < 1 || month > 12)
            return std::nullopt;
        return PartialDate{year, month, 0};
    }
    const auto date = parseDate(text);
    if (!date)
        return std::nullopt;
    return PartialDate{date->year(), date->month(), date->day()};
}

std::optional<Millis> parseRfc3339(QStringView text)
{
    // YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)
    if (text.size() < 20)
        return std::nullopt;
    const auto date = parseDate(text.first(10));
    if (!date)
        return std::nullopt;
    const QChar separator = text[10];
    if (separator != u'T' && separator != u't' && separator != u' ')
        return std::nullopt;
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (hour < 0 || minute < 0 || second < 0 || text[13] != u':' || text[16] != u':')
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    qsizetype pos = 19;
    int millis = 0;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        int count = 0;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            if (count < 3)
                millis = millis * 10 + (text[pos].unicode() - u'0');
            ++count;
            ++pos;
        }
        if (count == 0)
            return std::nullopt;
        for (int i = count; i < 3; ++i)
            millis *= 10;
    }
    if (pos >= text.size())
        return std::nullopt;
    int offsetSeconds = 0;
    const QChar zone = text[pos];
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMinutes = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetMinutes < 0 || text[pos + 3] != u':' || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone == u'-' ? -1 : 1);
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    // A leap second is read as the last second of the minute.
    const int wholeSeconds = qMin(second, 59);
    const Millis local = startOfDayUtc(*date) + (qint64(hour) * 3600 + minute * 60 + wholeSeconds) * 1000 + millis;
    return local - qint64(offsetSeconds) * 1000;
}

QString formatRfc3339(Millis instant)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC);
    if (instant % 1000 == 0)
        return time.toString(Qt::ISODate);
    return time.toString(Qt::ISODateWithMs);
}

Millis startOfDayUtc(QDate date)
{
    return date.startOfDay(Qt::UTC).toMSecsSinceEpoch();
}

} // namespace CertDesk::Timestamp
