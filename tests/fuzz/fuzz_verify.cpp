// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The whole path from QR text to verdict, with a trust store of specimen signers
// (ES256, SM2, RSA) and, when ../shared is present, the ITHC-1 suite's signers, so
// that inputs with their kids reach the signature check.
#include "specimen.h"
#include "trust/trustloader.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <QDir>

#include <cstddef>
#include <cstdint>

namespace {

const CertDesk::Verifier &verifier()
{
    static const CertDesk::Verifier instance = [] {
        auto store = std::make_shared<CertDesk::TrustStore>();
        using namespace CertDesk::Test;
        for (KeyType type : {KeyType::P256, KeyType::Sm2, KeyType::Rsa2048}) {
            const auto signer = SpecimenSigner::make(type);
            if (auto trusted = CertDesk::makeTrustedSigner(signer.certificateDer, CertDesk::TrustSourceKind::CertificateFile, QStringLiteral("specimen")))
                store->add(std::make_shared<const CertDesk::TrustedSigner>(*trusted));
        }
        CertDesk::TrustLoader loader;
        const QString keys = QString::fromUtf8(qgetenv("CERTDESK_FUZZ_TRUST"));
        if (!keys.isEmpty() && QDir(keys).exists())
            loader.loadPath(keys, *store);
        return CertDesk::Verifier(store);
    }();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto report = verifier().verify(input, 1710403600000);
    // The contract: valid exactly when there are no reasons; details only when signed.
    if (report.isValid() != (report.verdict() == CertDesk::Verdict::Valid))
        __builtin_trap();
    if (!report.signer && report.certificate)
        __builtin_trap();
    (void)CertDesk::reportToJson(report, QStringLiteral("-#1"));
    return 0;
}
