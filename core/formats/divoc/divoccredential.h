// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"
#include "rdfdataset.h"
#include "verify/reason.h"
#include "verify/result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace CertDesk::Divoc {

/// Bounds on certificate.json besides the ZIP's (DIVOC.md "Limits").
namespace CredentialLimits {
/// Deepest JSON nesting: a DIVOC credential is 5 levels deep (evidence › [] › facility › address).
inline constexpr int kMaxJsonDepth = 16;
/// Most evidence entries read.
inline constexpr int kMaxEvidence = 16;
} // namespace CredentialLimits

/// The linked-data proof of a credential (W3C VC Data Model §4.7), as far as CertDesk reads it.
struct Proof
{
    QString type;               ///< RsaSignature2018, Ed25519Signature2018
    QString verificationMethod; ///< names the key, e.g. "did:india"
    QString proofPurpose;
    QString jws;
};

/// One value CertDesk shows, and the RDF statement that must be in the signed dataset for it to be
/// covered by the signature (JSON-LD drops terms the contexts do not define and nodes whose id is
/// not an IRI, such as "did:Aadhaar Card:…": their values are then outside the signature).
struct ShownValue
{
    QString what;      ///< e.g. "holder name"
    QString predicate; ///< the property IRI
    QString value;     ///< the literal's lexical form or the object IRI
};

/// What a credential says, mapped to the common model.
struct Content
{
    HealthCertificate certificate;
    std::optional<Timestamp::Millis> issuedAt;
    std::optional<Timestamp::Millis> expiresAt;
    QList<ShownValue> shown;
    QList<Reason> schemaProblems;
};

/// Parses certificate.json: size and nesting bounded before parsing.
/// @return TooLarge over a limit, DecodeJson when not a JSON object.
Result<QJsonObject> parseCredential(QByteArrayView json);

/// The credential's `proof`: one object with string type, verificationMethod and jws.
/// @return Schema when it is missing or not of that shape.
Result<Proof> readProof(const QJsonObject &credential);

/// Maps a DIVOC ProofOfVaccinationCredential (CoWIN vaccination context v1) to the common model:
/// holder (name, gender, age, nationality), vaccinations (vaccine, manufacturer, dose n of total,
/// date, batch, country of the facility, certificate id), issuer and issuance/expiration dates.
/// Problems of shape (missing types, names, evidence; dose over total; unreadable dates) are listed
/// in schemaProblems; nothing here fails.
Content readContent(const QJsonObject &credential);

/// The shown values that are not in @p signedDataset (by predicate and value): each is a schema
/// problem, since the signature does not cover it.
QList<Reason> unsignedValues(const Content &content, const Rdf::Dataset &signedDataset);

} // namespace CertDesk::Divoc
