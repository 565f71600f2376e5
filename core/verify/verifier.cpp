// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "verifier.h"

#include "codec/base45.h"
#include "codec/inflate.h"
#include "cose/cborvalidator.h"
#include "cose/cosesign1.h"
#include "crypto/signatureverifier.h"
#include "formats/dcc/dccpayload.h"
#include "formats/ddcc/ddccpayload.h"
#include "formats/divoc/divoczip.h"
#include "formats/ithc/ithcpayload.h"
#include "formats/vdsnc/vdsncseal.h"
#include "limits.h"
#include "trust/revocation.h"

#include <QStringList>

namespace CertDesk {

namespace {

constexpr QByteArrayView kIthcPrefix = "ITHC1:";
constexpr QByteArrayView kHcertPrefix = "HC1:";

QByteArrayView trimmed(QByteArrayView text)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; };
    // A UTF-8 byte-order mark, as some text files carry.
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    return text;
}

QString describeFormatNotSupported(QByteArrayView text)
{
    if (text.startsWith("{"))
        return QStringLiteral("a JSON object that is not an ICAO VDS-NC seal (no \"data\" and \"sig\")");
    return QStringLiteral("no known certificate prefix (ITHC1:, HC1:)");
}

QString kidText(const QByteArray &kid)
{
    return QString::fromLatin1(kid.toBase64());
}

QString typesText(DccTypes types)
{
    QStringList names;
    if (types & DccType::Test)
        names.append(QStringLiteral("test"));
    if (types & DccType::Vaccination)
        names.append(QStringLiteral("vaccination"));
    if (types & DccType::Recovery)
        names.append(QStringLiteral("recovery"));
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

} // namespace

Verifier::Verifier(std::shared_ptr<const TrustStore> trust, const ValueSets &valueSets)
    : m_trust(trust ? std::move(trust) : std::make_shared<const TrustStore>())
    , m_valueSets(valueSets)
{
}

VerificationReport Verifier::verify(QByteArrayView qrText, Timestamp::Millis at) const
{
    // A binary QR code's bytes (DIVOC's ZIP) are not text: never trimmed.
    if (Divoc::looksLikeZip(qrText)) {
        VerificationReport divoc = verifyDivoc(qrText, at);
        // DIVOC has no revocation list CertDesk can read: the local blocklist, once it verified.
        if (m_revocation && divoc.certificate)
            Revocation::checkBlocklist(*m_revocation, divoc, *divoc.certificate);
        return divoc;
    }
    VerificationReport report;
    report.verifiedAt = at;
    const QByteArrayView text = trimmed(qrText);

    if (text.startsWith("shc:/"))
        return verifyShc(text, at);
    if (VdsNc::looksLikeSeal(text)) {
        VerificationReport seal = verifyVdsNc(text, at);
        // VDS-NC has no revocation list of its own: the local blocklist, once the seal verified.
        if (m_revocation && seal.certificate)
            Revocation::checkBlocklist(*m_revocation, seal, *seal.certificate);
        return seal;
    }

    // 1. Prefix (exact, case-sensitive) and the QR text limit (ITHC-1 §1, §5.1).
    QByteArrayView body;
    if (text.startsWith(kIthcPrefix)) {
        report.format = CertificateFormat::Ithc;
        body = text.sliced(kIthcPrefix.size());
    } else if (text.startsWith(kHcertPrefix)) {
        report.format = CertificateFormat::Dcc;
        body = text.sliced(kHcertPrefix.size());
    } else {
        report.fail(QStringLiteral("prefix"), {ReasonCode::NotACertificate, describeFormatNotSupported(text)});
        return report;
    }
    const bool isIthc = report.format == CertificateFormat::Ithc;
    if (text.size() > Limits::kMaxQrTextLength) {
        report.fail(QStringLiteral("prefix"), {ReasonCode::TooLarge, QStringLiteral("QR text is %1 characters, over %2")
                                                                     .arg(text.size())
                                                                     .arg(Limits::kMaxQrTextLength)});
        return report;
    }
    report.pass(QStringLiteral("prefix"), isIthc ? QStringLiteral("ITHC1:") : QStringLiteral("HC1:"));

    // 2. Base45, then zlib with the 64 KiB cap. zlib is mandatory for both formats.
    const auto compressed = Base45::decode(body);
    if (!compressed) {
        report.fail(QStringLiteral("base45"), compressed.reason());
        return report;
    }
    report.pass(QStringLiteral("base45"));
    const auto cbor = Inflate::inflate(*compressed, Limits::kMaxInflatedBytes);
    if (!cbor) {
        report.fail(QStringLiteral("inflate"), cbor.reason());
        return report;
    }
    report.pass(QStringLiteral("inflate"), QStringLiteral("%1 bytes").arg(cbor->size()));

    // 3. COSE_Sign1 structure and headers; the payload stays opaque bytes.
    const auto cose = parseCoseSign1(*cbor, isIthc ? CoseHeaderRule::ProtectedOnly : CoseHeaderRule::ProtectedThenUnprotected);
    if (!cose) {
        report.fail(QStringLiteral("cose"), cose.reason());
        return report;
    }
    report.kid = cose->kid;
    report.pass(QStringLiteral("cose"));

    // 4. Algorithm and key.
    const auto algorithm = cose->algorithm ? signatureAlgorithmFromCose(*cose->algorithm) : std::nullopt;
    if (!algorithm || (isIthc && *algorithm != SignatureAlgorithm::Es256 && *algorithm != SignatureAlgorithm::Sm2Sm3)
        || (!isIthc && *algorithm == SignatureAlgorithm::Sm2Sm3)) {
        const QString name = cose->algorithm ? QString::number(*cose->algorithm) : QStringLiteral("(text)");
        report.fail(QStringLiteral("algorithm"), {ReasonCode::AlgorithmUnsupported,
                                                  QStringLiteral("algorithm %1 is not allowed for %2")
                                                      .arg(algorithm ? signatureAlgorithmName(*algorithm) : name,
                                                           isIthc ? QStringLiteral("ITHC-1") : QStringLiteral("HCERT"))});
        return report;
    }
    report.algorithm = signatureAlgorithmName(*algorithm);
    report.pass(QStringLiteral("algorithm"), report.algorithm);

    QList<TrustStore::SignerPtr> candidates = m_trust->find(cose->kid);
    // SMART Health Cards keys (JWKs) sign JWS only.
    candidates.removeIf([](const TrustStore::SignerPtr &signer) { return signer->isShcKey() || signer->isDivocKey(); });
    if (isIthc) {
        // ITHC-1 §5.4: keys from a DCC trust list sign DCCs only.
        candidates.removeIf([](const TrustStore::SignerPtr &signer) { return !signer->maySignIthc(); });
    }
    if (candidates.isEmpty()) {
        report.fail(QStringLiteral("key"), {ReasonCode::KeyUnknown,
                                            QStringLiteral("no trusted key has kid %1").arg(kidText(cose->kid))});
        return report;
    }
    report.pass(QStringLiteral("key"), QStringLiteral("%1 candidate(s) for kid %2").arg(candidates.size()).arg(kidText(cose->kid)));

    // 5. Signature over the Sig_structure; each signer sharing the kid is tried.
    const QByteArray toBeSigned = cose->toBeSigned();
    int mismatches = 0;
    QString firstFailure;
    QString uncheckable;
    for (const auto &signer : std::as_const(candidates)) {
        QString detail;
        const SignatureCheck check = verifySignature(signer->publicKey, *algorithm, toBeSigned, cose->signature, &detail);
        if (check == SignatureCheck::Verified) {
            report.signer = signer;
            break;
        }
        if (check == SignatureCheck::KeyMismatch)
            ++mismatches;
        else if (check == SignatureCheck::Error && uncheckable.isEmpty())
            uncheckable = detail;
        else if (check == SignatureCheck::NotVerified && firstFailure.isEmpty())
            firstFailure = detail;
    }
    if (!report.signer) {
        if (mismatches == candidates.size()) {
            report.fail(QStringLiteral("signature"), {ReasonCode::AlgorithmUnsupported,
                                                      QStringLiteral("%1 does not fit the signer's key").arg(report.algorithm)});
        } else if (!uncheckable.isEmpty()) {
            // Never call a signature bad when it could not be checked (STYLE.md §4).
            report.fail(QStringLiteral("signature"), {ReasonCode::SignatureUncheckable, uncheckable});
        } else {
            report.fail(QStringLiteral("signature"), {ReasonCode::SignatureInvalid, firstFailure});
        }
        return report;
    }
    report.pass(QStringLiteral("signature"), QStringLiteral("verified with %1").arg(report.signer->subject));

    // 6-7. The payload, now that it is authentic.
    const auto claimsValue = Cbor::parse(cose->payload);
    if (!claimsValue) {
        report.fail(QStringLiteral("payload"), claimsValue.reason());
        return report;
    }
    if (!claimsValue->isMap()) {
        report.fail(QStringLiteral("payload"), {ReasonCode::Schema, QStringLiteral("the CWT payload is not a claims map")});
        return report;
    }
    const QCborMap claims = claimsValue->toMap();
    HealthCertificate certificate;
    QList<Reason> schemaProblems;
    std::optional<Timestamp::Millis> issuedAt;
    std::optional<Timestamp::Millis> expiresAt;
    DccTypes dccTypes;
    if (isIthc) {
        Ithc::Payload payload = Ithc::readPayload(claims);
        certificate = std::move(payload.certificate);
        schemaProblems = std::move(payload.schemaProblems);
        issuedAt = payload.claims.issuedAt;
        expiresAt = payload.claims.expiresAt;
    } else {
        Dcc::Payload payload = Dcc::readPayload(claims, m_valueSets);
        // A WHO DDCC core data set instead of, or beside, the EU DCC (formats/ddcc/DDCC.md).
        if (const Result<Ok> ddcc = Ddcc::applyTo(payload, claims, m_valueSets); !ddcc) {
            report.fail(QStringLiteral("payload"), ddcc.reason());
            return report;
        }
        certificate = std::move(payload.certificate);
        report.dccJson = payload.json;
        schemaProblems = payload.claims.problems + payload.schemaProblems;
        issuedAt = payload.claims.issuedAt;
        expiresAt = payload.claims.expiresAt;
        dccTypes = payload.types;
    }
    report.pass(QStringLiteral("payload"));

    // 6. The signer was valid when the certificate was issued (not necessarily now).
    if (issuedAt) {
        if (!report.signer->isValidAt(*issuedAt)) {
            report.fail(QStringLiteral("signer-validity"),
                        {ReasonCode::KeyExpired, QStringLiteral("signer certificate valid %1 to %2, certificate issued %3")
                                                     .arg(Timestamp::formatRfc3339(report.signer->notBefore),
                                                          Timestamp::formatRfc3339(report.signer->notAfter),
                                                          Timestamp::formatRfc3339(*issuedAt))});
        } else {
            report.pass(QStringLiteral("signer-validity"));
        }
    }

    // HCERT §5.1.1: the signer's extended key usage limits the statement types.
    if (!isIthc && dccTypes) {
        const DccTypes notAllowed = dccTypes & ~report.signer->allowedDccTypes;
        if (notAllowed) {
            report.fail(QStringLiteral("key-usage"), {ReasonCode::KeyUsage,
                                                      QStringLiteral("signer may sign %1 certificates, not %2")
                                                          .arg(typesText(report.signer->allowedDccTypes), typesText(notAllowed))});
        } else {
            report.pass(QStringLiteral("key-usage"));
        }
    }

    // 7. Validity period: not before iat − 300 s; ITHC-1 expires at exp, HCERT after it.
    if (issuedAt && at < *issuedAt - Limits::kClockSkewMs) {
        report.fail(QStringLiteral("validity"), {ReasonCode::NotYetValid,
                                                 QStringLiteral("issued %1, in the future").arg(Timestamp::formatRfc3339(*issuedAt))});
    }
    if (expiresAt && (isIthc ? at >= *expiresAt : at > *expiresAt)) {
        report.fail(QStringLiteral("validity"), {ReasonCode::Expired,
                                                 QStringLiteral("expired %1").arg(Timestamp::formatRfc3339(*expiresAt))});
    }

    // 8. Schema.
    if (!schemaProblems.isEmpty())
        report.fail(QStringLiteral("schema"), foldSchemaProblems(schemaProblems));
    else
        report.pass(QStringLiteral("schema"));

    // 9. Revocation: ITHC-1 `ci`, the EU DCC hashes, the local blocklist (the policy comes after).
    if (m_revocation)
        Revocation::checkCose(*m_revocation, report, certificate, cose->kid, cose->signature, *algorithm);

    report.certificate = std::move(certificate);
    return report;
}

} // namespace CertDesk
