// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "issuer.h"

#include "claims.h"

#include "codec/base45.h"
#include "codec/inflate.h"
#include "crypto/opensslpp.h"
#include "crypto/signer.h"

#include <QCborArray>
#include <QCborValue>

namespace CertDesk::Issue {

namespace {

// COSE header labels (RFC 9052 §3.1) and the COSE_Sign1 tag (§4.2).
constexpr qint64 kHeaderAlg = 1;
constexpr qint64 kHeaderKid = 4;
constexpr quint64 kCoseSign1Tag = 18;

bool formatAllows(CertificateFormat format, SignatureAlgorithm algorithm)
{
    if (format == CertificateFormat::Ithc) // ITHC-1 §2
        return algorithm == SignatureAlgorithm::Es256 || algorithm == SignatureAlgorithm::Sm2Sm3;
    // HCERT §3.3.2: ES256 primary, PS256 secondary.
    return algorithm == SignatureAlgorithm::Es256 || algorithm == SignatureAlgorithm::Ps256;
}

// Changes one digit of the date of birth inside the encoded payload: the CBOR stays
// well-formed and of the same length, only the signature stops matching.
bool tamperPayload(QByteArray &payload, const QString &dateOfBirth)
{
    const QByteArray dob = dateOfBirth.toUtf8();
    const qsizetype at = dob.size() >= 4 ? payload.indexOf(dob) : -1;
    if (at < 0)
        return false;
    char &digit = payload[at + 3]; // the last digit of the year
    digit = digit == '9' ? '8' : char(digit + 1);
    return true;
}

} // namespace

Issuer::Issuer(SigningKey key)
    : m_key(std::move(key))
{
}

IssueResult<IssuedCertificate> Issuer::issue(const HealthCertificate &certificate, Tamper tamper) const
{
    if (certificate.format != CertificateFormat::Ithc && certificate.format != CertificateFormat::Dcc)
        return IssueError{QStringLiteral("only ITHC-1 and DCC certificates can be issued")};
    if (!formatAllows(certificate.format, m_key.algorithm()))
        return IssueError{QStringLiteral("%1 keys cannot sign %2 certificates")
                              .arg(signatureAlgorithmName(m_key.algorithm()), formatName(certificate.format))};
    if (!certificate.issuedAt || !certificate.expiresAt)
        return IssueError{QStringLiteral("the certificate needs an issue and an expiry time")};

    IssuedCertificate issued;
    issued.format = certificate.format;
    issued.certificate = certificate;
    issued.kid = m_key.kid();
    issued.algorithm = m_key.algorithm();
    issued.claims = certificate.format == CertificateFormat::Ithc ? Claims::ithc(certificate) : Claims::dcc(certificate);

    // ITHC-1 §2 requires alg and kid in the protected header and an empty unprotected one;
    // HCERT allows it too, so both formats are issued the same way.
    const QByteArray protectedBytes =
        QCborValue(QCborMap{{kHeaderAlg, m_key.coseAlgorithm()}, {kHeaderKid, issued.kid}}).toCbor();
    QByteArray payload = QCborValue(issued.claims).toCbor();
    const QCborArray sigStructure{QStringLiteral("Signature1"), protectedBytes, QByteArray(), payload};
    const QByteArray signature =
        signData(m_key.privateKey(), m_key.algorithm(), QCborValue(sigStructure).toCbor());
    if (signature.isEmpty())
        return IssueError{QStringLiteral("signing failed: %1").arg(OpenSsl::takeErrors())};
    if (tamper == Tamper::PayloadAfterSigning && !tamperPayload(payload, certificate.holder.dateOfBirth))
        return IssueError{QStringLiteral("cannot tamper with a certificate without a date of birth")};

    const QCborArray sign1{protectedBytes, QCborMap(), payload, signature};
    issued.cose = QCborValue(QCborTag(kCoseSign1Tag), sign1).toCbor();
    const QByteArray prefix = certificate.format == CertificateFormat::Ithc ? "ITHC1:" : "HC1:";
    issued.qrText = prefix + Base45::encode(Inflate::deflate(issued.cose));
    return issued;
}

} // namespace CertDesk::Issue
