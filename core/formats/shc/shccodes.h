// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

namespace CertDesk::Shc {

/// Code systems SMART Health Cards use for COVID-19 (SMART Health Cards: Vaccination & Testing
/// Implementation Guide, value sets "covid-19-vaccine", "covid-19-lab-test" and "…-result").
inline constexpr QStringView kCvxSystem = u"http://hl7.org/fhir/sid/cvx";
inline constexpr QStringView kSnomedSystem = u"http://snomed.info/sct";
inline constexpr QStringView kIcd11System = u"http://id.who.int/icd/release/11/mms";
inline constexpr QStringView kLoincSystem = u"http://loinc.org";

/// What the embedded tables know of a code.
struct CodeInfo
{
    QString display;      ///< the code in words; empty when unknown
    QString manufacturer; ///< vaccines: the marketing authorisation holder (CVX's MVX), else empty
    bool covid19 = false; ///< the code is a COVID-19 vaccine or test
};

/// Looks up a vaccine code (CVX, SNOMED CT or ICD-11 MMS, by @p system) or a lab test (LOINC)
/// or a result (SNOMED CT). Unknown codes and systems give an empty CodeInfo.
/// Sources: CDC CVX and MVX code sets (https://www2.cdc.gov/vaccines/iis/iisstandards/vaccines.asp),
/// SNOMED CT International, WHO ICD-11 MMS chapter "X" extension codes for COVID-19 vaccines,
/// and LOINC's SARS-CoV-2 terms (https://loinc.org/sars-cov-2-and-covid-19/).
CodeInfo lookupCode(QStringView system, QStringView code);

} // namespace CertDesk::Shc
