// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "time/timestamp.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace CertDesk::Issue {

/// What a specimen states.
enum class Kind {
    Vaccination,     ///< ITHC-1 `vac` / DCC `v`
    NucleicAcidTest, ///< ITHC-1 `nat`
    IgmTest,         ///< ITHC-1 `igm`
    BothTests,       ///< ITHC-1 `nat` and `igm`
    Test,            ///< DCC `t` (NAAT)
    Recovery,        ///< DCC `r`
};

/// "vaccination", "nat-test", "igm-test", "tests", "test", "recovery" (the CLI's --kind).
QString kindName(Kind kind);
/// The kind for a name that @p format allows; std::nullopt otherwise.
std::optional<Kind> kindFromName(QStringView name, CertificateFormat format);

/**
 * A specimen certificate in a few words: the format, what it states, the holder and the
 * times. certificate() fills everything else with plausible specimen data (holder
 * "SPECIMEN", products and value-set codes that verify), so that the CLI and the demo only
 * say what differs.
 */
struct IssueRequest
{
    CertificateFormat format = CertificateFormat::Ithc;
    Kind kind = Kind::BothTests;
    /// Empty fields get specimen values (ITHC-1: 测试/SPECIMEN, DCC: Mustermann/SPECIMEN).
    Holder holder;
    bool positive = false; ///< the test result ("positive" instead of "negative")
    Timestamp::Millis issuedAt = 0;
    Timestamp::Millis expiresAt = 0;
    /// When the sample was collected; default: 6 hours before issuedAt.
    std::optional<Timestamp::Millis> sampleTime;
    /// The (last) vaccination date; default: 30 days before issuedAt.
    std::optional<QDate> vaccinationDate;
    /// Issuing country (CWT iss) and the country of the tests and vaccinations; default
    /// "XS" (user-assigned, a specimen) for ITHC-1, "AT" for DCC (whose schema checks
    /// `co` against the EU country value set).
    QString country;
    /// Default: derived from the format, the kind and issuedAt.
    QString certificateId;

    /// The certificate to sign (format, claims, holder, statements).
    HealthCertificate certificate() const;
};

} // namespace CertDesk::Issue
