// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "specimen.h"

#include "crypto/signatureverifier.h"
#include "trust/trustloader.h"
#include "trust/truststore.h"

#include <QDateTime>

namespace CertDesk::Test {

/// Specimen trust and certificates for the window tests: one P-256 signer in the store,
/// one outside it, texts for a valid, an expired and a forged ITHC-1 certificate.
struct GuiFixture
{
    SpecimenSigner trusted = SpecimenSigner::make(KeyType::P256);
    SpecimenSigner untrusted = SpecimenSigner::make(KeyType::P256);
    std::shared_ptr<TrustStore> store = std::make_shared<TrustStore>();
    /// 2024-03-15T04:46:00Z: after the specimen's sample (2024-03-14) and inside its validity.
    static constexpr qint64 nowMs = 1710477960000;

    GuiFixture()
    {
        auto signer = makeTrustedSigner(trusted.certificateDer, TrustSourceKind::CertificateFile,
                                        QStringLiteral("specimen-test.pem"));
        store->add(std::make_shared<const TrustedSigner>(*signer));
    }

    QByteArray ithc(const SpecimenSigner &signer, qint64 iat, qint64 exp) const
    {
        CoseBuilder b;
        b.protectedHeader = QCborMap{{1, -7}, {4, signer.kid()}};
        b.payload = ithcClaims(iat, exp).toCborValue().toCbor();
        return b.qrText("ITHC1:", signer, SignatureAlgorithm::Es256);
    }
    QByteArray valid() const { return ithc(trusted, nowMs / 1000 - 3600, nowMs / 1000 + 7 * 86400); }
    QByteArray expired() const { return ithc(trusted, nowMs / 1000 - 30 * 86400, nowMs / 1000 - 86400); }
    QByteArray forged() const { return ithc(untrusted, nowMs / 1000 - 3600, nowMs / 1000 + 7 * 86400); }
};

} // namespace CertDesk::Test
