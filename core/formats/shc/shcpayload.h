// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "verify/reason.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CertDesk::Shc {

/// What a SMART Health Card's JWS payload says, mapped onto the common model.
struct Payload
{
    QString issuer; ///< "iss": the issuer's base URL, whose keys must sign the card
    std::optional<Timestamp::Millis> notBefore; ///< "nbf" (seconds, fractions allowed)
    std::optional<Timestamp::Millis> expiresAt; ///< "exp"
    HealthCertificate certificate;
    /// Every way the payload departs from the SHC framework and its FHIR profile; empty when none.
    QList<Reason> schemaProblems;
};

/// Reads the JWT claims (iss, nbf, exp) and vc.credentialSubject.fhirBundle (FHIR R4):
/// the Patient gives the holder, Immunization resources the vaccinations (CVX, SNOMED CT or
/// ICD-11 codes in words), Observation resources the lab results (LOINC test, SNOMED CT result).
/// Never fails: problems are collected in schemaProblems (ReasonCode::Schema).
Payload readPayload(const QJsonObject &payload);

/// True for an issuer URL as the framework requires it: https, and no trailing slash.
bool isWellFormedIssuer(const QString &iss);

} // namespace CertDesk::Shc
