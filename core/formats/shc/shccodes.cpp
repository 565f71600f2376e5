// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "shccodes.h"

#include <iterator>

namespace CertDesk::Shc {

namespace {

enum class System {
    Cvx,
    Snomed,
    Icd11,
    Loinc,
};

struct Entry
{
    System system;
    const char16_t *code;
    const char16_t *display;
    const char16_t *manufacturer;
};

// COVID-19 only: what a travel desk meets on SMART Health Cards. Codes not listed are shown as codes.
constexpr Entry kEntries[] = {
    // CVX (vaccine administered) with the manufacturer from the CVX-MVX mapping.
    {System::Cvx, u"207", u"Moderna COVID-19 vaccine (mRNA-1273)", u"Moderna US, Inc."},
    {System::Cvx, u"208", u"Pfizer-BioNTech COVID-19 vaccine", u"Pfizer, Inc."},
    {System::Cvx, u"210", u"AstraZeneca COVID-19 vaccine (AZD1222)", u"AstraZeneca"},
    {System::Cvx, u"211", u"Novavax COVID-19 vaccine", u"Novavax, Inc."},
    {System::Cvx, u"212", u"Janssen COVID-19 vaccine (Ad26.COV2.S)", u"Janssen"},
    {System::Cvx, u"213", u"SARS-CoV-2 (COVID-19) vaccine, unspecified formulation", nullptr},
    {System::Cvx, u"217", u"Pfizer-BioNTech COVID-19 vaccine, 12 years and older, tris-sucrose", u"Pfizer, Inc."},
    {System::Cvx, u"218", u"Pfizer-BioNTech COVID-19 vaccine, 5 to 11 years", u"Pfizer, Inc."},
    {System::Cvx, u"219", u"Pfizer-BioNTech COVID-19 vaccine, 6 months to 4 years", u"Pfizer, Inc."},
    {System::Cvx, u"221", u"Moderna COVID-19 vaccine, 18 years and older, 50 mcg", u"Moderna US, Inc."},
    {System::Cvx, u"227", u"Moderna COVID-19 vaccine, 6 months to 5 years", u"Moderna US, Inc."},
    {System::Cvx, u"228", u"Moderna COVID-19 vaccine, 6 to 11 years", u"Moderna US, Inc."},
    {System::Cvx, u"229", u"Moderna COVID-19 vaccine, bivalent, 12 years and older", u"Moderna US, Inc."},
    {System::Cvx, u"230", u"Moderna COVID-19 vaccine, bivalent, 6 months to 5 years", u"Moderna US, Inc."},
    {System::Cvx, u"300", u"Pfizer-BioNTech COVID-19 vaccine, bivalent, 12 years and older", u"Pfizer, Inc."},
    {System::Cvx, u"301", u"Pfizer-BioNTech COVID-19 vaccine, bivalent, 5 to 11 years", u"Pfizer, Inc."},
    {System::Cvx, u"302", u"Pfizer-BioNTech COVID-19 vaccine, bivalent, 6 months to 4 years", u"Pfizer, Inc."},
    {System::Cvx, u"500", u"COVID-19 vaccine (non-US), product unknown", nullptr},
    {System::Cvx, u"501", u"QAZCOVID-IN (non-US)", nullptr},
    {System::Cvx, u"502", u"COVAXIN (non-US)", u"Bharat Biotech"},
    {System::Cvx, u"503", u"COVIVAC (non-US)", nullptr},
    {System::Cvx, u"504", u"Sputnik Light (non-US)", u"Gamaleya Research Institute"},
    {System::Cvx, u"505", u"Sputnik V (non-US)", u"Gamaleya Research Institute"},
    {System::Cvx, u"506", u"Convidecia (non-US)", u"CanSino Biologics"},
    {System::Cvx, u"507", u"ZF2001 (non-US)", u"Anhui Zhifei Longcom"},
    {System::Cvx, u"508", u"COVID-19 protein subunit vaccine, Jiangsu CDC (non-US)", nullptr},
    {System::Cvx, u"509", u"EpiVacCorona (non-US)", nullptr},
    {System::Cvx, u"510", u"Covilo, BIBP (non-US)", u"Sinopharm"},
    {System::Cvx, u"511", u"CoronaVac (non-US)", u"Sinovac"},
    // SNOMED CT: vaccine products.
    {System::Snomed, u"1119349007", u"SARS-CoV-2 mRNA vaccine", nullptr},
    {System::Snomed, u"1119305005", u"SARS-CoV-2 antigen vaccine", nullptr},
    {System::Snomed, u"28531000087107", u"COVID-19 vaccine", nullptr},
    // ICD-11 MMS: COVID-19 vaccine extension codes.
    {System::Icd11, u"XM68M6", u"COVID-19 vaccine", nullptr},
    {System::Icd11, u"XM1NL1", u"COVID-19 vaccine, inactivated virus", nullptr},
    {System::Icd11, u"XM5DF6", u"COVID-19 vaccine, live attenuated virus", nullptr},
    {System::Icd11, u"XM9QW8", u"COVID-19 vaccine, non-replicating viral vector", nullptr},
    {System::Icd11, u"XM0CX4", u"COVID-19 vaccine, replicating viral vector", nullptr},
    {System::Icd11, u"XM5JC5", u"COVID-19 vaccine, virus protein subunit", nullptr},
    {System::Icd11, u"XM1J92", u"COVID-19 vaccine, virus like particle", nullptr},
    {System::Icd11, u"XM6AT1", u"COVID-19 vaccine, DNA based", nullptr},
    {System::Icd11, u"XM0GQ8", u"COVID-19 vaccine, RNA based", nullptr},
    // LOINC: SARS-CoV-2 laboratory tests.
    {System::Loinc, u"94309-2", u"SARS-CoV-2 RNA, NAA with probe detection", nullptr},
    {System::Loinc, u"94500-6", u"SARS-CoV-2 RNA, respiratory specimen, NAA with probe detection", nullptr},
    {System::Loinc, u"94534-5", u"SARS-CoV-2 RdRp gene, respiratory specimen, NAA with probe detection", nullptr},
    {System::Loinc, u"94531-1", u"SARS-CoV-2 RNA panel, respiratory specimen, NAA with probe detection", nullptr},
    {System::Loinc, u"94759-8", u"SARS-CoV-2 RNA, nasopharynx, NAA with probe detection", nullptr},
    {System::Loinc, u"94845-5", u"SARS-CoV-2 RNA, saliva, NAA with probe detection", nullptr},
    {System::Loinc, u"94558-4", u"SARS-CoV-2 antigen, respiratory specimen, rapid immunoassay", nullptr},
    // SNOMED CT: qualitative results.
    {System::Snomed, u"260385009", u"Negative", nullptr},
    {System::Snomed, u"10828004", u"Positive", nullptr},
    {System::Snomed, u"260415000", u"Not detected", nullptr},
    {System::Snomed, u"260373001", u"Detected", nullptr},
    {System::Snomed, u"419984006", u"Inconclusive", nullptr},
};

// Results are not COVID-19 codes of their own; everything else in the table is.
bool isResult(const Entry &entry)
{
    return entry.system == System::Snomed && entry.manufacturer == nullptr
        && (QStringView(entry.code) == u"260385009" || QStringView(entry.code) == u"10828004"
            || QStringView(entry.code) == u"260415000" || QStringView(entry.code) == u"260373001"
            || QStringView(entry.code) == u"419984006");
}

} // namespace

CodeInfo lookupCode(QStringView system, QStringView code)
{
    System wanted{};
    if (system == kCvxSystem)
        wanted = System::Cvx;
    else if (system == kSnomedSystem)
        wanted = System::Snomed;
    else if (system == kIcd11System)
        wanted = System::Icd11;
    else if (system == kLoincSystem)
        wanted = System::Loinc;
    else
        return {};
    for (const Entry &entry : kEntries) {
        if (entry.system == wanted && QStringView(entry.code) == code) {
            CodeInfo info;
            info.display = QString::fromUtf16(entry.display);
            if (entry.manufacturer)
                info.manufacturer = QString::fromUtf16(entry.manufacturer);
            info.covid19 = !isResult(entry);
            return info;
        }
    }
    return {};
}

} // namespace CertDesk::Shc
