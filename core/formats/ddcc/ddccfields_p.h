// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Typed readers for the FHIR data types of the DDCC logical models (DDCC.md "What is
// checked"), private to formats/ddcc.
#pragma once

#include "model/healthcertificate.h"
#include "model/valuesets.h"
#include "time/timestamp.h"
#include "verify/result.h"

#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace CertDesk::Ddcc {

/// The limits of ddccpayload.h over one core data set (depth, items, string sizes).
/// @return Ok, or ReasonCode::TooLarge naming the limit.
Result<Ok> checkLimits(const QCborValue &coreDataSet, const QString &label);

/// Reads the members of one map of a logical model, collecting problems as
/// "<label> <path>/<member>: <what>" (e.g. "DDCC:VS #/vaccination/dose: not a positive integer").
class FieldReader
{
public:
    enum class Presence {
        Required,
        Optional,
    };

    FieldReader(const QCborMap &map, QString label, QString path, QStringList &problems);

    /// The map of member @p name, as a reader of its own; an empty reader when absent or not a map.
    FieldReader map(const char *name, Presence presence) const;
    bool has(const char *name) const;
    /// True when member @p name is present and a map (nothing is reported either way).
    bool holdsMap(const char *name) const;
    bool isValid() const { return m_valid; }

    /// FHIR string: a non-empty text string.
    std::optional<QString> string(const char *name, Presence presence) const;
    /// FHIR code: a text string of one of @p allowed.
    std::optional<QString> code(const char *name, Presence presence, const QStringList &allowed) const;
    /// FHIR positiveInt: an integer 1 to 2^31-1.
    std::optional<int> positiveInt(const char *name, Presence presence) const;
    /// FHIR Coding {system, code, display, version}: `code` required (a Coding without a code
    /// says nothing a verifier can show). The display is the Coding's own, else @p valueSetId's
    /// words for the code in @p valueSets (empty when unknown).
    std::optional<CodedValue> coding(const char *name, Presence presence, const QString &valueSetId,
                                     const ValueSets &valueSets) const;
    /// FHIR Identifier {system, value, ...}: its non-empty `value`.
    std::optional<QString> identifier(const char *name, Presence presence) const;
    /// FHIR Reference(Organization): its `display`, else its identifier's value, else `reference`.
    std::optional<QString> reference(const char *name, Presence presence) const;
    /// FHIR date: "YYYY", "YYYY-MM" or "YYYY-MM-DD", as written.
    std::optional<QString> date(const char *name, Presence presence) const;

    /// A FHIR dateTime of at least day precision: "YYYY-MM-DD", or
    /// "YYYY-MM-DDThh:mm:ss[.f](Z|±hh:mm)". Partial dates are refused (DDCC.md, D2).
    struct DateTime
    {
        QString text;                ///< as written
        QDate date;                  ///< its date as written (local to its offset)
        Timestamp::Millis instant;   ///< the instant; midnight UTC for a date alone
    };
    std::optional<DateTime> dateTime(const char *name, Presence presence) const;

    /// A member that must not appear here (e.g. `test` in a DDCC:VS).
    void forbid(const char *name, const QString &why) const;
    /// Records a problem at this map's path (or at @p member below it).
    void problem(const QString &what, const char *member = nullptr) const;

private:
    FieldReader() = default; ///< the reader of an absent or mistyped map: reads nothing, reports nothing

    QCborValue value(const char *name, Presence presence) const;
    QString pathOf(const char *member) const;

    QCborMap m_map;
    QString m_label;
    QString m_path;
    QStringList *m_problems = nullptr;
    bool m_valid = false;
};

} // namespace CertDesk::Ddcc
