// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// DIVOC (India's CoWIN and others) in the one verification pipeline (verifier.h): a binary QR code
// holding a ZIP archive whose certificate.json is a W3C Verifiable Credential with a linked-data
// proof (RsaSignature2018 or Ed25519Signature2018 over URDNA2015 N-Quads). See
// formats/divoc/DIVOC.md for the checks and limits.
#include "verifier.h"

#include "formats/divoc/divoccontexts.h"
#include "formats/divoc/divoccredential.h"
#include "formats/divoc/divockey.h"
#include "formats/divoc/divoczip.h"
#include "formats/divoc/ldsignature.h"
#include "limits.h"

#include <QStringList>

namespace CertDesk {

VerificationReport Verifier::verifyDivoc(QByteArrayView bytes, Timestamp::Millis at) const
{
    VerificationReport report;
    report.verifiedAt = at;
    report.format = CertificateFormat::Divoc;

    // 1. The ZIP archive and its certificate.json, bounded.
    const Result<QByteArray> entry = Divoc::readCertificateEntry(bytes);
    if (!entry) {
        if (entry.reason().code == ReasonCode::NotACertificate)
            report.format = CertificateFormat::Unknown;
        report.fail(QStringLiteral("zip"), entry.reason());
        return report;
    }
    report.pass(QStringLiteral("zip"), QStringLiteral("certificate.json, %1 bytes").arg(entry->size()));

    // 2. JSON, then the proof and its detached JWS.
    const Result<QJsonObject> credential = Divoc::parseCredential(*entry);
    if (!credential) {
        report.fail(QStringLiteral("json"), credential.reason());
        return report;
    }
    report.pass(QStringLiteral("json"));
    const Result<Divoc::Proof> proof = Divoc::readProof(*credential);
    if (!proof) {
        report.fail(QStringLiteral("proof"), proof.reason());
        return report;
    }
    report.kid = proof->verificationMethod.toUtf8();
    report.pass(QStringLiteral("proof"), proof->type);
    const Result<Divoc::DetachedJws> jws = Divoc::parseDetachedJws(proof->jws);
    if (!jws) {
        report.fail(QStringLiteral("jws"), jws.reason());
        return report;
    }
    report.pass(QStringLiteral("jws"));

    // 3. The suite: the proof type and the JWS algorithm must name the same one.
    const std::optional<Divoc::ProofSuite> suite = Divoc::suiteForType(proof->type);
    if (!suite || Divoc::suiteForAlgorithm(jws->algorithm) != suite) {
        report.fail(QStringLiteral("algorithm"),
                    {ReasonCode::AlgorithmUnsupported, QStringLiteral("proof type %1 with JWS algorithm %2 is not supported")
                                                           .arg(proof->type, jws->algorithm)});
        return report;
    }
    report.algorithm = jws->algorithm;
    report.pass(QStringLiteral("algorithm"), QStringLiteral("%1 (%2)").arg(proof->type, jws->algorithm));

    // 4. Keys: those bound to the verificationMethod (with or without its #fragment) and unbound ones.
    QList<TrustStore::SignerPtr> keys = m_trust->find(report.kid);
    const qsizetype hash = proof->verificationMethod.indexOf(u'#');
    if (hash > 0)
        keys += m_trust->find(proof->verificationMethod.first(hash).toUtf8());
    keys += m_trust->find(Divoc::kAnyVerificationMethod.toByteArray());
    keys.removeIf([](const TrustStore::SignerPtr &signer) { return !signer->isDivocKey(); });
    QList<TrustStore::SignerPtr> candidates = keys;
    candidates.removeIf([&suite](const TrustStore::SignerPtr &signer) { return !Divoc::keyFitsSuite(signer->publicKey, *suite); });
    if (candidates.isEmpty()) {
        if (keys.isEmpty()) {
            report.fail(QStringLiteral("key"), {ReasonCode::KeyUnknown, QStringLiteral("no trusted DIVOC key for %1")
                                                                            .arg(proof->verificationMethod)});
        } else {
            report.fail(QStringLiteral("key"), {ReasonCode::AlgorithmUnsupported,
                                                QStringLiteral("the key of %1 does not fit %2")
                                                    .arg(proof->verificationMethod, proof->type)});
        }
        return report;
    }
    report.pass(QStringLiteral("key"), QStringLiteral("%1 candidate(s) for %2").arg(candidates.size()).arg(proof->verificationMethod));

    // 5. JSON-LD to RDF with the bundled contexts, URDNA2015, and the signing input.
    const Result<Divoc::SigningInput> input = Divoc::signingInput(*credential, jws->encodedHeader, Divoc::bundledContext);
    if (!input) {
        report.fail(QStringLiteral("canonicalization"), input.reason());
        return report;
    }
    report.pass(QStringLiteral("canonicalization"), QStringLiteral("%1 quads").arg(input->documentQuads.size()));

    // 6. The signature; each candidate key is tried.
    QString firstFailure;
    QString uncheckable;
    for (const auto &signer : std::as_const(candidates)) {
        QString detail;
        const SignatureCheck check =
            Divoc::verifySuiteSignature(signer->publicKey, *suite, input->bytes, jws->signature, &detail);
        if (check == SignatureCheck::Verified) {
            report.signer = signer;
            break;
        }
        if (check == SignatureCheck::Error && uncheckable.isEmpty())
            uncheckable = detail;
        else if (check != SignatureCheck::Error && firstFailure.isEmpty())
            firstFailure = detail;
    }
    if (!report.signer) {
        if (firstFailure.isEmpty())
            report.fail(QStringLiteral("signature"), {ReasonCode::SignatureUncheckable, uncheckable});
        else
            report.fail(QStringLiteral("signature"), {ReasonCode::SignatureInvalid, firstFailure});
        return report;
    }
    report.pass(QStringLiteral("signature"), QStringLiteral("verified with %1").arg(report.signer->subject));

    // 7. The content, now that it is authentic; only values inside the signed dataset are shown.
    Divoc::Content content = Divoc::readContent(*credential);
    const QList<Reason> unsignedProblems = Divoc::unsignedValues(content, input->documentQuads);
    content.schemaProblems += unsignedProblems;
    report.pass(QStringLiteral("payload"));

    // 8. Validity period: not before issuanceDate (with the ITHC-1 skew), expired at ≥ expirationDate
    //    (VC Data Model §4.7: the instant it ceases to be valid).
    if (content.issuedAt && at < *content.issuedAt - Limits::kClockSkewMs) {
        report.fail(QStringLiteral("validity"), {ReasonCode::NotYetValid, QStringLiteral("issued %1, in the future")
                                                                              .arg(Timestamp::formatRfc3339(*content.issuedAt))});
    }
    if (content.expiresAt && at >= *content.expiresAt) {
        report.fail(QStringLiteral("validity"), {ReasonCode::Expired,
                                                 QStringLiteral("expired %1").arg(Timestamp::formatRfc3339(*content.expiresAt))});
    }

    // 9. Schema.
    if (!content.schemaProblems.isEmpty())
        report.fail(QStringLiteral("schema"), foldSchemaProblems(content.schemaProblems));
    else
        report.pass(QStringLiteral("schema"));

    // A value the signature does not cover is never shown (nor blocklisted by): no details then.
    if (unsignedProblems.isEmpty())
        report.certificate = std::move(content.certificate);
    return report;
}

} // namespace CertDesk
