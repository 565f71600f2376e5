// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "healthcertificate.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace CertDesk {

/// The EU DCC value sets (codes in words): vaccines, manufacturers, prophylaxis,
/// test types, test devices, results, diseases, countries. Loaded from the
/// embedded copies (resources/dcc/valuesets) or from a directory of the same files.
class ValueSets
{
public:
    /// The value sets compiled into the program. Loaded once, thread-safe.
    static const ValueSets &builtIn();
    /// Loads every `*.json` value set in @p directory (files with "valueSetId" and
    /// "valueSetValues"); unreadable files are skipped.
    static ValueSets fromDirectory(const QString &directory);

    /// The display text of @p code in the value set @p valueSetId (e.g.
    /// "vaccines-covid-19-names"), or an empty string when unknown.
    QString display(const QString &valueSetId, const QString &code) const;
    /// A CodedValue for @p code with its display text filled in when known.
    CodedValue coded(const QString &valueSetId, const QString &code) const;
    /// Every code of a value set (for CertLogic's external parameter valueSets).
    QStringList codes(const QString &valueSetId) const;
    /// True when @p valueSetId is loaded and lists @p code.
    bool contains(const QString &valueSetId, const QString &code) const;
    /// True when the value set @p valueSetId is loaded (with at least one code).
    bool hasValueSet(const QString &valueSetId) const { return !m_sets.value(valueSetId).isEmpty(); }
    QStringList valueSetIds() const { return m_sets.keys(); }

    /// Adds the value set in @p json (an EU value-set file: "valueSetId" and "valueSetValues",
    /// as shipped in a trust bundle's valuesets/), replacing codes it redefines. False when
    /// @p json is not one.
    bool addJson(const QByteArray &json);
    /// Adds @p code with its @p display text to the value set @p valueSetId (replacing an earlier entry).
    void insert(const QString &valueSetId, const QString &code, const QString &display);

private:
    QHash<QString, QHash<QString, QString>> m_sets;
};

/// The value set ids used by the DCC fields, as upstream names them.
namespace ValueSetId {
inline const QString kDisease = QStringLiteral("disease-agent-targeted");
inline const QString kVaccineProphylaxis = QStringLiteral("sct-vaccines-covid-19");
inline const QString kVaccineProduct = QStringLiteral("vaccines-covid-19-names");
inline const QString kVaccineManufacturer = QStringLiteral("vaccines-covid-19-auth-holders");
inline const QString kTestType = QStringLiteral("covid-19-lab-test-type");
inline const QString kTestManufacturer = QStringLiteral("covid-19-lab-test-manufacturer-and-name");
inline const QString kTestResult = QStringLiteral("covid-19-lab-result");
inline const QString kCountry = QStringLiteral("country-2-codes");
} // namespace ValueSetId

} // namespace CertDesk
