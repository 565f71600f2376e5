// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cosesign1.h"

#include "cborvalidator.h"

#include <QCborArray>
#include <QCborStreamWriter>

namespace CertDesk {

namespace {

constexpr qint64 kHeaderAlg = 1;
constexpr qint64 kHeaderKid = 4;
constexpr quint64 kTagCoseSign1 = 18; // RFC 9052 §4.2
constexpr quint64 kTagCwt = 61;       // RFC 8392 §6

Result<CoseSign1> coseError(const QString &detail)
{
    return Result<CoseSign1>(ReasonCode::DecodeCose, detail);
}

} // namespace

QByteArray CoseSign1::toBeSigned() const
{
    QByteArray out;
    out.reserve(payload.size() + protectedBytes.size() + 32);
    QCborStreamWriter writer(&out);
    writer.startArray(4);
    writer.append(QLatin1StringView("Signature1"));
    writer.append(protectedBytes);
    writer.append(QByteArray());
    writer.append(payload);
    writer.endArray();
    return out;
}

Result<CoseSign1> parseCoseSign1(const QByteArray &data, CoseHeaderRule rule)
{
    auto parsed = Cbor::parse(data);
    if (!parsed)
        return parsed.reason();
    QCborValue value = std::move(parsed).value();

    // Unwrap tag 61 (CWT) around tag 18; any other tag is not a COSE_Sign1.
    if (value.isTag() && value.tag() == QCborTag(kTagCwt)) {
        value = value.taggedValue();
        if (!value.isTag() || value.tag() != QCborTag(kTagCoseSign1))
            return coseError(QStringLiteral("CWT tag 61 does not hold a COSE_Sign1 (tag 18)"));
    }
    if (value.isTag()) {
        if (value.tag() != QCborTag(kTagCoseSign1))
            return coseError(QStringLiteral("CBOR tag %1 is not COSE_Sign1 (18)").arg(quint64(value.tag())));
        value = value.taggedValue();
    }
    if (!value.isArray())
        return coseError(QStringLiteral("COSE_Sign1 is not an array"));
    const QCborArray array = value.toArray();
    if (array.size() != 4)
        return coseError(QStringLiteral("COSE_Sign1 array has %1 elements, not 4").arg(array.size()));

    CoseSign1 cose;
    if (!array.at(0).isByteArray())
        return coseError(QStringLiteral("protected header is not a byte string"));
    cose.protectedBytes = array.at(0).toByteArray();
    if (!cose.protectedBytes.isEmpty()) {
        auto header = Cbor::parse(cose.protectedBytes);
        if (!header)
            return coseError(QStringLiteral("protected header is not well-formed CBOR: %1").arg(header.reason().detail));
        if (!header->isMap())
            return coseError(QStringLiteral("protected header is not a map"));
        cose.protectedHeader = header->toMap();
    }
    if (!array.at(1).isMap())
        return coseError(QStringLiteral("unprotected header is not a map"));
    cose.unprotectedHeader = array.at(1).toMap();
    if (!array.at(2).isByteArray())
        return coseError(QStringLiteral("payload is not a byte string (detached payloads are not accepted)"));
    cose.payload = array.at(2).toByteArray();
    if (!array.at(3).isByteArray())
        return coseError(QStringLiteral("signature is not a byte string"));
    cose.signature = array.at(3).toByteArray();

    QCborValue alg = cose.protectedHeader.value(kHeaderAlg);
    QCborValue kid = cose.protectedHeader.value(kHeaderKid);
    if (rule == CoseHeaderRule::ProtectedOnly) {
        if (!cose.unprotectedHeader.isEmpty())
            return coseError(QStringLiteral("unprotected header is not empty (ITHC-1 §2)"));
    } else {
        // HCERT: take each from the protected header when it is there at all.
        if (alg.isUndefined())
            alg = cose.unprotectedHeader.value(kHeaderAlg);
        if (kid.isUndefined())
            kid = cose.unprotectedHeader.value(kHeaderKid);
    }
    if (alg.isUndefined())
        return coseError(QStringLiteral("no alg (1) in the %1").arg(rule == CoseHeaderRule::ProtectedOnly
                                                                       ? QStringLiteral("protected header")
                                                                       : QStringLiteral("headers")));
    if (kid.isUndefined())
        return coseError(QStringLiteral("no kid (4) in the %1").arg(rule == CoseHeaderRule::ProtectedOnly
                                                                       ? QStringLiteral("protected header")
                                                                       : QStringLiteral("headers")));
    if (!kid.isByteArray())
        return coseError(QStringLiteral("kid is not a byte string"));
    cose.kid = kid.toByteArray();
    // A text alg (RFC 9052 allows tstr) names no algorithm we know: leave it unset,
    // which the verifier reports as algorithm_unsupported.
    if (alg.isInteger())
        cose.algorithm = alg.toInteger();
    else if (!alg.isString())
        return coseError(QStringLiteral("alg is neither an integer nor a text string"));
    return cose;
}

} // namespace CertDesk
