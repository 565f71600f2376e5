// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// SMART Health Cards: the input is (1) a QR text verified as it is, (2) text lines whose
// chunks are joined as certdesk-cli joins them, and (3) when it looks like JSON, a JWS payload
// that is DEFLATEd and signed here with a trusted key, so that the FHIR mapping after the
// signature is reached with arbitrary content. CERTDESK_FUZZ_SHC_TRUST may name a JWKS or
// VCI snapshot (the spec issuer's keys) so that seeds from ../shared reach the signature check.
#include "codec/inflate.h"
#include "crypto/signer.h"
#include "formats/shc/shcchunks.h"
#include "formats/shc/shcjws.h"
#include "formats/shc/shcnumeric.h"
#include "formats/shc/shcpayload.h"
#include "specimen.h"
#include "trust/jwk.h"
#include "trust/trustloader.h"
#include "verify/limits.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <openssl/core_names.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

namespace {

constexpr qint64 kAt = 1685577600000; // 2023-06-01
constexpr qsizetype kMaxLines = 64;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

struct Fixture
{
    CertDesk::OpenSsl::EvpPkeyPtr key = CertDesk::Test::generateKey(CertDesk::Test::KeyType::P256);
    QByteArray kid;
    std::unique_ptr<CertDesk::Verifier> verifier;

    Fixture()
    {
        unsigned char point[65];
        size_t length = 0;
        EVP_PKEY_get_octet_string_param(key.get(), OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point, &length);
        const QByteArray raw(reinterpret_cast<const char *>(point), qsizetype(length));
        const QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("EC")},
                              {QStringLiteral("crv"), QStringLiteral("P-256")},
                              {QStringLiteral("x"), QString::fromLatin1(base64Url(raw.mid(1, 32)))},
                              {QStringLiteral("y"), QString::fromLatin1(base64Url(raw.mid(33, 32)))}};
        kid = CertDesk::Jwk::thumbprint(jwk);
        auto store = std::make_shared<CertDesk::TrustStore>();
        CertDesk::TrustLoader loader;
        loader.loadBytes(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}}).toJson(),
                         QStringLiteral("fuzz.jwks"), *store);
        const QString extra = QString::fromUtf8(qgetenv("CERTDESK_FUZZ_SHC_TRUST"));
        if (!extra.isEmpty())
            loader.loadPath(extra, *store);
        verifier = std::make_unique<CertDesk::Verifier>(store);
    }

    void check(QByteArrayView text) const
    {
        const auto report = verifier->verify(text, kAt);
        if (report.isValid() != (report.verdict() == CertDesk::Verdict::Valid))
            __builtin_trap();
        if (!report.signer && report.certificate)
            __builtin_trap();
        (void)CertDesk::reportToJson(report, QStringLiteral("-#1"));
    }

    // The input as a signed card's payload.
    void checkSigned(QByteArrayView payload) const
    {
        const QByteArray header = R"({"alg":"ES256","zip":"DEF","kid":")" + kid + "\"}";
        const QByteArray signingInput = base64Url(header) + '.'
            + base64Url(CertDesk::Inflate::deflate(payload, 6, CertDesk::Inflate::Container::Raw));
        const QByteArray signature = CertDesk::signData(key.get(), CertDesk::SignatureAlgorithm::Es256, signingInput);
        const QByteArray jws = signingInput + '.' + base64Url(signature);
        if (jws.size() > CertDesk::Limits::kMaxShcJwsLength)
            return;
        const QByteArray text = "shc:/" + CertDesk::Shc::encodeNumeric(jws);
        const auto report = verifier->verify(text, kAt);
        // Signed with a trusted key: never a signature or key failure.
        for (const CertDesk::Reason &reason : report.reasons) {
            if (reason.code == CertDesk::ReasonCode::SignatureInvalid || reason.code == CertDesk::ReasonCode::KeyUnknown
                || reason.code == CertDesk::ReasonCode::DecodeJws)
                __builtin_trap();
        }
        (void)CertDesk::reportToJson(report, QStringLiteral("-#1"));
    }
};

const Fixture &fixture()
{
    static const Fixture instance;
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Fixture &f = fixture();
    f.check(input);

    QList<QByteArray> lines = input.split('\n');
    if (lines.size() > 1 && lines.size() <= kMaxLines) {
        for (const CertDesk::Shc::JoinedText &joined : CertDesk::Shc::joinConsecutiveChunks(lines)) {
            if (joined.firstIndex < 0 || joined.firstIndex >= lines.size() || joined.parts < 1)
                __builtin_trap();
            f.check(joined.text);
        }
    }

    if (input.startsWith('{')) {
        const auto object = CertDesk::Shc::parseBoundedJsonObject(input, CertDesk::Limits::kMaxShcPayloadBytes,
                                                                   CertDesk::Limits::kMaxShcJsonDepth, QStringLiteral("fuzz"));
        if (object)
            (void)CertDesk::Shc::readPayload(*object);
        f.checkSigned(input);
    }
    return 0;
}
