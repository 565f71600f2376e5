// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "vdsnccontent.h"

#include "vdsncseal.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

namespace CertDesk::VdsNc {

namespace {

// ICAO TR VDS-NC §4: field lengths.
constexpr qsizetype kMaxNameLength = 39;
constexpr int kMaxDoseNumber = 99;
constexpr qint64 kEarliestOffsetMs = 14 * 3600 * 1000;

class Reader
{
public:
    explicit Reader(Content &content)
        : m_content(content)
    {
    }

    void problem(const QString &text) { m_content.schemaProblems.append({ReasonCode::Schema, text}); }

    // A string member; a problem when required and missing, or present but not a non-empty string.
    QString string(
        const QJsonObject &object, QLatin1StringView key, const QString &where, bool required, qsizetype maxLength = 0)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                problem(QStringLiteral("%1.%2 is missing").arg(where, key));
            return {};
        }
        if (!value.isString() || value.toString().isEmpty()) {
            problem(QStringLiteral("%1.%2 must be a non-empty string").arg(where, key));
            return {};
        }
        if (maxLength > 0 && value.toString().size() > maxLength)
            problem(QStringLiteral("%1.%2 is longer than %3 characters").arg(where, key).arg(maxLength));
        return value.toString();
    }

    std::optional<QDate> date(const QJsonObject &object, QLatin1StringView key, const QString &where, bool required)
    {
        const QString text = string(object, key, where, required);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<QDate> parsed = Timestamp::parseDate(text);
        if (!parsed)
            problem(QStringLiteral("%1.%2 \"%3\" is not a date YYYY-MM-DD").arg(where, key, text));
        return parsed;
    }

    std::optional<Timestamp::Millis> instant(
        const QJsonObject &object, QLatin1StringView key, const QString &where, bool required)
    {
        const QString text = string(object, key, where, required);
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<Timestamp::Millis> parsed = Timestamp::parseRfc3339(text);
        if (!parsed)
            problem(QStringLiteral("%1.%2 \"%3\" is not an RFC 3339 date-time").arg(where, key, text));
        return parsed;
    }

    void noteEvent(Timestamp::Millis instant)
    {
        if (!m_content.latestEvent || *m_content.latestEvent < instant)
            m_content.latestEvent = instant;
    }

    void holder(const QJsonObject &pid, bool isTest, const QString &country)
    {
        Holder &holder = m_content.certificate.holder;
        holder.familyName = string(pid, QLatin1StringView("n"), QStringLiteral("pid"), true, kMaxNameLength);
        if (const auto dob = date(pid, QLatin1StringView("dob"), QStringLiteral("pid"), false))
            holder.dateOfBirth = dob->toString(Qt::ISODate);
        holder.sex = string(pid, QLatin1StringView("sex"), QStringLiteral("pid"), false);
        if (!holder.sex.isEmpty() && holder.sex != u"M" && holder.sex != u"F" && holder.sex != u"X")
            problem(QStringLiteral("pid.sex must be M, F or X"));
        TravelDocument document;
        document.country = country;
        if (isTest) {
            document.type = string(pid, QLatin1StringView("dt"), QStringLiteral("pid"), false);
            document.number = string(pid, QLatin1StringView("dn"), QStringLiteral("pid"), false);
        } else {
            document.number = string(pid, QLatin1StringView("i"), QStringLiteral("pid"), false);
        }
        if (!document.number.isEmpty())
            holder.document = document;
    }

    void vaccination(const QJsonObject &message)
    {
        HealthCertificate &certificate = m_content.certificate;
        certificate.certificateId = string(message, QLatin1StringView("uvci"), QStringLiteral("msg"), true);
        const QJsonValue events = message.value(QLatin1StringView("ve"));
        if (!events.isArray() || events.toArray().isEmpty()) {
            problem(QStringLiteral("msg.ve must be a non-empty array"));
            return;
        }
        const QJsonArray eventArray = events.toArray();
        for (qsizetype i = 0; i < eventArray.size(); ++i) {
            const QString where = QStringLiteral("ve[%1]").arg(i);
            if (!eventArray.at(i).isObject()) {
                problem(QStringLiteral("%1 must be an object").arg(where));
                continue;
            }
            const QJsonObject event = eventArray.at(i).toObject();
            const QString vaccine = string(event, QLatin1StringView("des"), where, true);
            const QString product = string(event, QLatin1StringView("nam"), where, true);
            const QString disease = string(event, QLatin1StringView("dis"), where, true);
            const QJsonValue details = event.value(QLatin1StringView("vd"));
            if (!details.isArray() || details.toArray().isEmpty()) {
                problem(QStringLiteral("%1.vd must be a non-empty array").arg(where));
                continue;
            }
            const QJsonArray detailArray = details.toArray();
            for (qsizetype j = 0; j < detailArray.size(); ++j) {
                const QString at = QStringLiteral("%1.vd[%2]").arg(where).arg(j);
                const QJsonObject detail = detailArray.at(j).toObject();
                if (!detailArray.at(j).isObject()) {
                    problem(QStringLiteral("%1 must be an object").arg(at));
                    continue;
                }
                Vaccination v;
                v.disease = {disease, {}};
                v.vaccineType = {vaccine, {}};
                v.product = {product, {}};
                v.doseNumber = dose(detail.value(QLatin1StringView("seq")), at);
                if (const auto day = date(detail, QLatin1StringView("dvc"), at, true)) {
                    v.date = *day;
                    // A date without a time zone began at 00:00 in UTC+14, the earliest anywhere.
                    noteEvent(Timestamp::startOfDayUtc(*day) - kEarliestOffsetMs);
                }
                v.country = string(detail, QLatin1StringView("ctr"), at, true);
                v.issuer = string(detail, QLatin1StringView("adm"), at, true);
                string(detail, QLatin1StringView("lot"), at, false);
                date(detail, QLatin1StringView("dvn"), at, false);
                certificate.vaccinations.append(v);
            }
        }
    }

    int dose(const QJsonValue &value, const QString &where)
    {
        bool ok = false;
        int number = 0;
        if (value.isDouble()) {
            const double d = value.toDouble();
            ok = d == std::floor(d) && d >= 1 && d <= kMaxDoseNumber;
            number = ok ? int(d) : 0;
        } else if (value.isString()) {
            // Leniency: the ICAO specimen seal writes "seq": "1".
            const QString text = value.toString();
            number = text.toInt(&ok);
            ok = ok && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }) && number >= 1
                && number <= kMaxDoseNumber;
        }
        if (!ok) {
            problem(QStringLiteral("%1.seq must be a dose number 1-%2").arg(where).arg(kMaxDoseNumber));
            return 0;
        }
        return number;
    }

    void test(const QJsonObject &message)
    {
        HealthCertificate &certificate = m_content.certificate;
        certificate.certificateId = string(message, QLatin1StringView("utci"), QStringLiteral("msg"), true);
        const QJsonObject provider = message.value(QLatin1StringView("sp")).toObject();
        const QJsonObject dates = message.value(QLatin1StringView("dat")).toObject();
        const QJsonObject result = message.value(QLatin1StringView("tr")).toObject();
        if (!message.value(QLatin1StringView("sp")).isObject() || !message.value(QLatin1StringView("dat")).isObject()
            || !message.value(QLatin1StringView("tr")).isObject()) {
            problem(QStringLiteral("msg must hold the objects sp, dat and tr"));
            return;
        }
        DccTest t;
        t.testType = {string(result, QLatin1StringView("tc"), QStringLiteral("tr"), true), {}};
        t.result = {string(result, QLatin1StringView("r"), QStringLiteral("tr"), true), {}};
        t.testName = string(result, QLatin1StringView("m"), QStringLiteral("tr"), false);
        t.testingCentre = string(provider, QLatin1StringView("spn"), QStringLiteral("sp"), true);
        t.country = string(provider, QLatin1StringView("ctr"), QStringLiteral("sp"), true);
        t.sampleCollectedText = dates.value(QLatin1StringView("sc")).toString();
        if (const auto sampled = instant(dates, QLatin1StringView("sc"), QStringLiteral("dat"), true)) {
            t.sampleCollected = *sampled;
            noteEvent(*sampled);
        }
        if (const auto reported = instant(dates, QLatin1StringView("ri"), QStringLiteral("dat"), true))
            noteEvent(*reported);
        t.certificateId = certificate.certificateId;
        certificate.tests.append(t);
    }

private:
    Content &m_content;
};

} // namespace

Content readContent(const QString &type, const QJsonObject &message, const QString &issuingCountry)
{
    Content content;
    content.certificate.format = CertificateFormat::VdsNc;
    content.certificate.schemaVersion = QStringLiteral("1");
    content.certificate.issuerCountry = issuingCountry;
    Reader reader(content);
    const bool isTest = type == kTypeTest;
    const QJsonValue pid = message.value(QLatin1StringView("pid"));
    if (pid.isObject())
        reader.holder(pid.toObject(), isTest, issuingCountry);
    else
        reader.problem(QStringLiteral("msg.pid must be an object"));
    if (isTest)
        reader.test(message);
    else
        reader.vaccination(message);
    return content;
}

} // namespace CertDesk::VdsNc
