// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "verify/reason.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace CertDesk::VdsNc {

/// The common model for one seal's `msg`, and what does not fit its schema.
struct Content
{
    HealthCertificate certificate;
    QList<Reason> schemaProblems;
    /// The latest instant the content names (a vaccination date, the test's sample
    /// or report time): the seal cannot have been signed before it.
    std::optional<Timestamp::Millis> latestEvent;
};

/// Maps data.msg of an icao.vacc or icao.test seal (ICAO TR VDS-NC v1.1, §4.2 and §4.1)
/// onto the common model:
/// - pid.n → holder family name as written (VDS-NC has one name field, ≤ 39 characters),
///   pid.dob, pid.sex; pid.i (vacc) or pid.dt/pid.dn (test) → travel document, its
///   country the three-letter hdr.is;
/// - icao.vacc: uvci → certificate id; each ve[].vd[] → one vaccination: dis → disease,
///   des → vaccine type, nam → product, seq → dose number, dvc → date, ctr → country,
///   adm → issuer (the administering centre);
/// - icao.test: utci → certificate id; tr.tc → test type, tr.r → result, tr.m → name
///   (sampling method), dat.sc → sample collected, sp.spn → testing centre, sp.ctr → country.
/// Leniency, documented because a published ICAO example needs it: `seq` may be a
/// string of digits.
Content readContent(const QString &type, const QJsonObject &message, const QString &issuingCountry);

} // namespace CertDesk::VdsNc
