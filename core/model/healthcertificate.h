// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "time/timestamp.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace CertDesk {

/// The formats a station recognises (CLI-CONTRACT.md "format").
enum class CertificateFormat {
    Unknown,
    Ithc,
    Dcc,
    Shc,
    VdsNc,
    Divoc,
};
QString formatName(CertificateFormat format);

/// A code with its meaning in words where a value set knows it (e.g. the DCC's
/// "EU/1/20/1528" → "Comirnaty"). `display` is empty when the code is unknown.
struct CodedValue
{
    QString code;
    QString display;

    bool isEmpty() const { return code.isEmpty(); }
    /// The words when known, else the code itself.
    QString text() const { return display.isEmpty() ? code : display; }
    friend bool operator==(const CodedValue &, const CodedValue &) = default;
};

struct TravelDocument
{
    QString type;    ///< "P" passport, "I" identity card
    QString number;
    QString country; ///< ISO 3166-1 alpha-2
    friend bool operator==(const TravelDocument &, const TravelDocument &) = default;
};

struct Holder
{
    QString familyName;      ///< in the holder's own script
    QString givenName;
    QString familyNameLatin; ///< ICAO 9303 machine-readable form (A-Z and '<')
    QString givenNameLatin;
    QString dateOfBirth;     ///< as written: "YYYY", "YYYY-MM", "YYYY-MM-DD", or empty
    QString sex;             ///< "F", "M", "X" or empty
    QString nationality;     ///< as written (DIVOC), or empty
    QString age;             ///< age in years as written, for formats that give no date of birth (DIVOC)
    std::optional<TravelDocument> document;
    friend bool operator==(const Holder &, const Holder &) = default;
};

/// A nucleic-acid (PCR and alike) test (ITHC-1 `nat`).
struct NucleicAcidTest
{
    Timestamp::Millis sampleCollected = 0;
    QString sampleCollectedText; ///< as written, with its offset
    QString method;              ///< "RT-PCR", "RT-LAMP", "other"
    QString result;              ///< "negative", "positive", "inconclusive"
    QString laboratory;
    QString country;
    friend bool operator==(const NucleicAcidTest &, const NucleicAcidTest &) = default;
};

/// A serum IgM antibody test (ITHC-1 `igm`).
struct AntibodyTest
{
    Timestamp::Millis sampleCollected = 0;
    QString sampleCollectedText;
    QString result; ///< "negative" or "positive"
    QString laboratory;
    QString country;
    friend bool operator==(const AntibodyTest &, const AntibodyTest &) = default;
};

/// A vaccination (ITHC-1 `vac`, DCC `v`).
struct Vaccination
{
    CodedValue disease;     ///< DCC tg
    CodedValue vaccineType; ///< DCC vp
    CodedValue product;     ///< ITHC mp / DCC mp
    CodedValue manufacturer;
    int doseNumber = 0;
    int totalDoses = 0;
    QDate date;
    QString country;
    QString issuer;        ///< DCC is
    QString certificateId; ///< DCC ci
    QString batch;         ///< lot number, where the format gives it (DIVOC)
    friend bool operator==(const Vaccination &, const Vaccination &) = default;
};

/// A DCC test statement (`t`).
struct DccTest
{
    CodedValue disease;
    CodedValue testType;
    QString testName;        ///< nm (NAAT)
    CodedValue device;       ///< ma (RAT device)
    Timestamp::Millis sampleCollected = 0;
    QString sampleCollectedText;
    CodedValue result;
    QString testingCentre;
    QString country;
    QString issuer;
    QString certificateId;
    friend bool operator==(const DccTest &, const DccTest &) = default;
};

/// A DCC recovery statement (`r`).
struct Recovery
{
    CodedValue disease;
    QDate firstPositive;
    QDate validFrom;
    QDate validUntil;
    QString country;
    QString issuer;
    QString certificateId;
    friend bool operator==(const Recovery &, const Recovery &) = default;
};

/// What a certificate says, in one model for every format (STYLE.md §1.5: a value type).
struct HealthCertificate
{
    CertificateFormat format = CertificateFormat::Unknown;
    /// The standard within the format when it is not the format's own, e.g. "WHO DDCC:VS" for a
    /// WHO DDCC core data set in an HCERT (format Dcc); empty otherwise.
    QString scheme;
    QString schemaVersion;
    QString issuerCountry; ///< CWT iss (ISO 3166-1 alpha-2) or the format's equivalent
    std::optional<Timestamp::Millis> issuedAt;
    std::optional<Timestamp::Millis> expiresAt;
    QString certificateId;
    Holder holder;
    QList<NucleicAcidTest> nucleicAcidTests;
    QList<AntibodyTest> antibodyTests;
    QList<Vaccination> vaccinations;
    QList<DccTest> tests;
    QList<Recovery> recoveries;
    friend bool operator==(const HealthCertificate &, const HealthCertificate &) = default;
};

} // namespace CertDesk
