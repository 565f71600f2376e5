// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// ICAO VDS-NC (visible digital seal for non-constrained environments, ICAO TR v1.1):
// the same pipeline as ITHC-1, with the seal's own steps. Decoding stops at the first
// failure; the checks after the signature collect every failing reason.
#include "verifier.h"

#include "crypto/signatureverifier.h"
#include "formats/vdsnc/barcodesigner.h"
#include "formats/vdsnc/vdsnccontent.h"
#include "formats/vdsnc/vdsncseal.h"
#include "limits.h"
#include "trust/trustloader.h"

#include <QStringList>

namespace CertDesk {

namespace {

SignatureAlgorithm algorithmOf(const QString &name)
{
    if (name == u"ES384")
        return SignatureAlgorithm::Es384;
    if (name == u"ES512")
        return SignatureAlgorithm::Es512;
    return SignatureAlgorithm::Es256;
}

} // namespace

VerificationReport Verifier::verifyVdsNc(QByteArrayView text, Timestamp::Millis at) const
{
    VerificationReport report;
    report.verifiedAt = at;
    report.format = CertificateFormat::VdsNc;

    // 1. Size and nesting bounds, JSON, the seal's structure, its algorithm.
    const Result<VdsNc::Seal> seal = VdsNc::parseSeal(text);
    if (!seal) {
        const ReasonCode code = seal.reason().code;
        if (code == ReasonCode::NotACertificate) {
            report.format = CertificateFormat::Unknown;
            report.fail(QStringLiteral("prefix"), seal.reason());
            return report;
        }
        const bool decoding = code == ReasonCode::TooLarge || code == ReasonCode::DecodeJson;
        report.fail(decoding                               ? QStringLiteral("json")
                : code == ReasonCode::AlgorithmUnsupported ? QStringLiteral("algorithm")
                                                           : QStringLiteral("seal"),
            seal.reason());
        return report;
    }
    report.pass(QStringLiteral("json"), QStringLiteral("%1 bytes").arg(text.size()));
    report.pass(QStringLiteral("seal"), seal->type);
    const SignatureAlgorithm algorithm = algorithmOf(seal->algorithm);
    report.algorithm = signatureAlgorithmName(algorithm);
    report.pass(QStringLiteral("algorithm"), report.algorithm);

    // 2. The barcode signer from sig.cer, chained to a trusted CSCA.
    report.kid = kidOf(seal->signerCertificate);
    const Result<VdsNc::BarcodeSigner> chained = VdsNc::chainToCsca(seal->signerCertificate, *m_trust);
    if (!chained) {
        report.fail(QStringLiteral("key"), chained.reason());
        return report;
    }
    report.pass(
        QStringLiteral("key"), QStringLiteral("%1 issued by %2").arg(chained->signer->subject, chained->csca->subject));

    // 3. The signature over the RFC 8785 form of `data`.
    QString detail;
    switch (verifySignature(chained->signer->publicKey, algorithm, seal->canonicalData, seal->signature, &detail)) {
    case SignatureCheck::Verified:
        break;
    case SignatureCheck::KeyMismatch:
        report.fail(QStringLiteral("signature"), {ReasonCode::AlgorithmUnsupported, detail});
        return report;
    case SignatureCheck::Error:
        report.fail(QStringLiteral("signature"), {ReasonCode::SignatureUncheckable, detail});
        return report;
    case SignatureCheck::NotVerified:
        report.fail(QStringLiteral("signature"), {ReasonCode::SignatureInvalid, detail});
        return report;
    }
    report.signer = chained->signer;
    report.pass(QStringLiteral("signature"), QStringLiteral("verified with %1").arg(report.signer->subject));

    // 4. The content, now that it is authentic.
    VdsNc::Content content = VdsNc::readContent(seal->type, seal->message, seal->issuingCountry);
    report.pass(QStringLiteral("payload"));

    // 5. The signer could sign it. A seal states no signing time: it was signed after the
    //    latest event it names and before now, so its key must have been usable at some
    //    instant of that window.
    const Timestamp::Millis earliest = content.latestEvent ? std::min(*content.latestEvent, at) : at;
    if (chained->usableFrom > at || chained->usableUntil < earliest) {
        report.fail(QStringLiteral("signer-validity"),
            {ReasonCode::KeyExpired,
                QStringLiteral("signer key usable %1 to %2, seal signed between %3 and %4")
                    .arg(Timestamp::formatRfc3339(chained->usableFrom), Timestamp::formatRfc3339(chained->usableUntil),
                        Timestamp::formatRfc3339(earliest), Timestamp::formatRfc3339(at))});
    } else {
        report.pass(QStringLiteral("signer-validity"));
    }

    // 6. Nothing it names lies in the future.
    if (content.latestEvent && at < *content.latestEvent - Limits::kClockSkewMs) {
        report.fail(QStringLiteral("validity"),
            {ReasonCode::NotYetValid,
                QStringLiteral("the seal names %1, in the future")
                    .arg(Timestamp::formatRfc3339(*content.latestEvent))});
    }

    // 7. Schema of icao.vacc / icao.test.
    if (!content.schemaProblems.isEmpty())
        report.fail(QStringLiteral("schema"), foldSchemaProblems(content.schemaProblems));
    else
        report.pass(QStringLiteral("schema"));

    report.certificate = std::move(content.certificate);
    return report;
}

} // namespace CertDesk
