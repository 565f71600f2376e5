// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// SMART Health Cards in the one verification pipeline (verifier.h): the checks mirror
// ITHC-1 §5 in the SHC framework's terms (numeric QR text, compact JWS with raw DEFLATE,
// ES256 over the JWS signing input, key by kid from the card's own issuer, nbf/exp, FHIR).
#include "verifier.h"

#include "crypto/signatureverifier.h"
#include "formats/shc/shcinflate.h"
#include "formats/shc/shcjws.h"
#include "formats/shc/shcnumeric.h"
#include "formats/shc/shcpayload.h"
#include "limits.h"
#include "trust/revocation.h"

#include <QStringList>

namespace CertDesk {

namespace {

// The framework's only algorithm (SMART Health Cards Framework, "Signing keys").
constexpr QStringView kShcAlgorithm = u"ES256";

QString missingPartsText(const Shc::ChunkHeader &chunk)
{
    return QStringLiteral("part %1 of a %2-part card came without the other parts; all %2 are needed")
        .arg(chunk.index)
        .arg(chunk.total);
}

} // namespace

VerificationReport Verifier::verifyShc(QByteArrayView text, Timestamp::Millis at) const
{
    VerificationReport report;
    report.verifiedAt = at;
    report.format = CertificateFormat::Shc;

    // 1. Prefix, size, chunk header. A chunk that reaches the verifier alone was not joined
    //    with its other parts (the CLI and the scanner join complete sets first).
    if (text.size() > Limits::kMaxShcTextLength) {
        report.fail(QStringLiteral("prefix"), {ReasonCode::TooLarge, QStringLiteral("QR text is %1 characters, over %2")
                                                                     .arg(text.size())
                                                                     .arg(Limits::kMaxShcTextLength)});
        return report;
    }
    const auto chunk = Shc::readChunkHeader(text);
    if (!chunk) {
        report.fail(QStringLiteral("prefix"), chunk.reason());
        return report;
    }
    if (chunk->total > Limits::kMaxShcChunks) {
        // The joiners leave such parts alone: say why, rather than "parts missing".
        report.fail(QStringLiteral("prefix"), {ReasonCode::TooLarge, QStringLiteral("a card in %1 parts, over the limit of %2")
                                                                     .arg(chunk->total)
                                                                     .arg(Limits::kMaxShcChunks)});
        return report;
    }
    if (chunk->total > 1) {
        report.fail(QStringLiteral("prefix"), {ReasonCode::Incomplete, missingPartsText(*chunk)});
        return report;
    }
    report.pass(QStringLiteral("prefix"), QStringLiteral("shc:/"));

    // 2. Numeric encoding → compact JWS → header.
    const auto compact = Shc::decodeNumeric(text.sliced(chunk->digitsOffset));
    if (!compact) {
        report.fail(QStringLiteral("numeric"), compact.reason());
        return report;
    }
    report.pass(QStringLiteral("numeric"));
    const auto jws = Shc::parseJws(*compact);
    if (!jws) {
        report.fail(QStringLiteral("jws"), jws.reason());
        return report;
    }
    report.kid = jws->kid;
    report.pass(QStringLiteral("jws"));
    if (jws->algorithm != kShcAlgorithm) {
        report.fail(QStringLiteral("algorithm"), {ReasonCode::AlgorithmUnsupported,
                                                  QStringLiteral("algorithm %1 is not allowed for SMART Health Cards")
                                                      .arg(jws->algorithm)});
        return report;
    }
    report.algorithm = kShcAlgorithm.toString();
    report.pass(QStringLiteral("algorithm"), report.algorithm);

    // 3. The payload is read before the signature because its "iss" chooses the keys; it is
    //    bounded (raw DEFLATE capped, JSON size and depth checked) and shown only once verified.
    const auto json = Shc::inflatePayload(jws->payload, Limits::kMaxShcPayloadBytes);
    if (!json) {
        report.fail(QStringLiteral("inflate"), json.reason());
        return report;
    }
    report.pass(QStringLiteral("inflate"), QStringLiteral("%1 bytes").arg(json->size()));
    const auto claims = Shc::parseBoundedJsonObject(*json, Limits::kMaxShcPayloadBytes, Limits::kMaxShcJsonDepth,
                                                    QStringLiteral("JWS payload"));
    if (!claims) {
        report.fail(QStringLiteral("payload"), claims.reason());
        return report;
    }
    Shc::Payload payload = Shc::readPayload(*claims);
    report.pass(QStringLiteral("payload"));

    // 4. Key: by kid, among the keys of the card's own issuer (a JWKS key: any issuer).
    QList<TrustStore::SignerPtr> candidates = m_trust->find(jws->kid);
    candidates.removeIf([](const TrustStore::SignerPtr &signer) { return !signer->isShcKey(); });
    QList<TrustStore::SignerPtr> ofIssuer = candidates;
    ofIssuer.removeIf([&payload](const TrustStore::SignerPtr &signer) {
        return !signer->shcIssuer.isEmpty() && signer->shcIssuer != payload.issuer;
    });
    if (ofIssuer.isEmpty()) {
        if (candidates.isEmpty()) {
            report.fail(QStringLiteral("key"), {ReasonCode::KeyUnknown,
                                                QStringLiteral("no trusted key has kid %1 (issuer %2)")
                                                    .arg(QString::fromLatin1(jws->kid), payload.issuer)});
        } else {
            report.fail(QStringLiteral("key"), {ReasonCode::TrustChain,
                                                QStringLiteral("kid %1 is trusted for %2, not for the card's issuer %3")
                                                    .arg(QString::fromLatin1(jws->kid), candidates.first()->shcIssuer,
                                                         payload.issuer)});
        }
        return report;
    }
    report.pass(QStringLiteral("key"), QStringLiteral("%1 candidate(s) for kid %2")
                                           .arg(ofIssuer.size())
                                           .arg(QString::fromLatin1(jws->kid)));

    // 5. ES256 over the JWS signing input; 64 bytes raw r‖s only (RFC 7518 §3.4), so a
    //    DER-encoded signature does not verify.
    QString firstFailure;
    QString uncheckable;
    for (const auto &signer : std::as_const(ofIssuer)) {
        QString detail;
        const SignatureCheck check =
            verifySignature(signer->publicKey, SignatureAlgorithm::Es256, jws->signingInput, jws->signature, &detail);
        if (check == SignatureCheck::Verified) {
            report.signer = signer;
            break;
        }
        if (check == SignatureCheck::Error && uncheckable.isEmpty())
            uncheckable = detail;
        else if (firstFailure.isEmpty())
            firstFailure = detail;
    }
    if (!report.signer) {
        if (!uncheckable.isEmpty() && firstFailure.isEmpty())
            report.fail(QStringLiteral("signature"), {ReasonCode::SignatureUncheckable, uncheckable});
        else
            report.fail(QStringLiteral("signature"), {ReasonCode::SignatureInvalid, firstFailure});
        return report;
    }
    report.pass(QStringLiteral("signature"), QStringLiteral("verified with %1").arg(report.signer->subject));

    // 6. Validity period (JWT: not before nbf, with the ITHC-1 skew; expired at ≥ exp), then schema.
    if (payload.notBefore && at < *payload.notBefore - Limits::kClockSkewMs) {
        report.fail(QStringLiteral("validity"), {ReasonCode::NotYetValid, QStringLiteral("valid from %1, in the future")
                                                                              .arg(Timestamp::formatRfc3339(*payload.notBefore))});
    }
    if (payload.expiresAt && at >= *payload.expiresAt) {
        report.fail(QStringLiteral("validity"), {ReasonCode::Expired,
                                                 QStringLiteral("expired %1").arg(Timestamp::formatRfc3339(*payload.expiresAt))});
    }
    if (!payload.schemaProblems.isEmpty())
        report.fail(QStringLiteral("schema"), foldSchemaProblems(payload.schemaProblems));
    else
        report.pass(QStringLiteral("schema"));

    // 7. Revocation (SMART Health Cards Framework, "Revocation"): vc.rid in the CRL of the card's kid.
    if (m_revocation) {
        const QString rid = claims->value(QLatin1StringView("vc")).toObject().value(QLatin1StringView("rid")).toString();
        Revocation::checkShc(*m_revocation, report, payload.certificate, jws->kid, rid, payload.notBefore);
    }

    report.certificate = std::move(payload.certificate);
    return report;
}

} // namespace CertDesk
