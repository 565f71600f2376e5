// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// From QR text to verdict for one ES256 DCC, one PS256 DCC and one SM2-SM3 ITHC-1,
// against a trust store of 5,000 certificates, each beside OpenSSL's own
// signature check on the same key (the peer that sets the bar), plus loading
// 5,000 certificates from a PEM bundle.
#include "specimen.h"
#include "vdsncspecimen.h"
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>

using namespace CertDesk;
using namespace CertDesk::Test;

namespace {

constexpr qint64 kIat = 1710400000;
constexpr Timestamp::Millis kAt = (kIat + 3600) * 1000;
constexpr int kStoreSize = 5000;

struct World
{
    SpecimenSigner es256 = SpecimenSigner::make(KeyType::P256);
    SpecimenSigner rsa = SpecimenSigner::make(KeyType::Rsa2048);
    SpecimenSigner sm2 = SpecimenSigner::make(KeyType::Sm2);
    std::shared_ptr<TrustStore> store = std::make_shared<TrustStore>();
    QByteArray pemBundle;
    QByteArray es256Text, ps256Text, sm2Text;

    World()
    {
        // 4,997 other signers, so the lookup runs in a realistic store.
        for (int i = 0; i < kStoreSize - 3; ++i)
            addPem(SpecimenSigner::make(KeyType::P256).certificateDer);
        for (const SpecimenSigner *s : {&es256, &rsa, &sm2})
            addPem(s->certificateDer);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.pem"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(pemBundle);
        file.close();
        TrustLoader loader;
        loader.loadPath(path, *store);
        es256Text = text("HC1:", es256, -7, dccVaccinationClaims(kIat, kIat + 86400 * 365), SignatureAlgorithm::Es256);
        ps256Text = text("HC1:", rsa, -37, dccVaccinationClaims(kIat, kIat + 86400 * 365), SignatureAlgorithm::Ps256);
        sm2Text = text("ITHC1:", sm2, -65537, ithcClaims(kIat, kIat + 86400 * 14), SignatureAlgorithm::Sm2Sm3);
    }

    void addPem(const QByteArray &der)
    {
        pemBundle += "-----BEGIN CERTIFICATE-----\n";
        const QByteArray b64 = der.toBase64();
        for (qsizetype i = 0; i < b64.size(); i += 64)
            pemBundle += b64.mid(i, 64) + '\n';
        pemBundle += "-----END CERTIFICATE-----\n";
    }

    static QByteArray text(const QByteArray &prefix, const SpecimenSigner &s, qint64 alg, const QCborMap &claims,
                           SignatureAlgorithm algorithm)
    {
        CoseBuilder b;
        b.protectedHeader = QCborMap{{1, alg}, {4, s.kid()}};
        b.payload = claims.toCborValue().toCbor();
        return b.qrText(prefix, s, algorithm);
    }

    static World &get()
    {
        static World world;
        return world;
    }
};

void verifyText(benchmark::State &state, const QByteArray &text)
{
    const Verifier verifier(World::get().store);
    for (auto _ : state) {
        const VerificationReport report = verifier.verify(text, kAt);
        if (!report.isValid())
            state.SkipWithError("the specimen did not verify");
        benchmark::DoNotOptimize(report);
    }
}

void BM_VerifyDccEs256(benchmark::State &state) { verifyText(state, World::get().es256Text); }
void BM_VerifyDccPs256(benchmark::State &state) { verifyText(state, World::get().ps256Text); }
void BM_VerifyIthcSm2(benchmark::State &state) { verifyText(state, World::get().sm2Text); }

// The peer: OpenSSL's own verify of the same kind of signature, key already parsed.
void opensslVerify(benchmark::State &state, const SpecimenSigner &signer, SignatureAlgorithm algorithm)
{
    const QByteArray data(300, 'x');
    const QByteArray signature = signData(signer.key.get(), algorithm, data);
    for (auto _ : state) {
        const auto check = verifySignature(signer.key.get(), algorithm, data, signature);
        if (check != SignatureCheck::Verified)
            state.SkipWithError("signature did not verify");
    }
}
void BM_OpenSslEs256(benchmark::State &state) { opensslVerify(state, World::get().es256, SignatureAlgorithm::Es256); }
void BM_OpenSslPs256(benchmark::State &state) { opensslVerify(state, World::get().rsa, SignatureAlgorithm::Ps256); }
void BM_OpenSslSm2(benchmark::State &state) { opensslVerify(state, World::get().sm2, SignatureAlgorithm::Sm2Sm3); }

void BM_LoadTrust5000(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bundle.pem"));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(World::get().pemBundle);
    file.close();
    for (auto _ : state) {
        TrustStore store;
        TrustLoader loader;
        loader.loadPath(path, store);
        if (store.size() != kStoreSize)
            state.SkipWithError("not every certificate loaded");
        benchmark::DoNotOptimize(store);
    }
}

} // namespace

BENCHMARK(BM_VerifyDccEs256)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OpenSslEs256)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_VerifyDccPs256)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OpenSslPs256)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_VerifyIthcSm2)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_OpenSslSm2)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LoadTrust5000)->Unit(benchmark::kMillisecond)->Iterations(10);
namespace {

// ICAO VDS-NC, as Japan's: a CSCA whose P-384 key has explicit EC parameters, a P-256 barcode
// signer, an ES256 icao.vacc seal. The CSCA's signature on the signer is checked once per signer
// certificate (CscaIndex remembers it), as a station sees one signer on many travellers' seals.
void BM_VerifyVdsNc(benchmark::State &state)
{
    using namespace CertDesk::Test::VdsNc;
    const KeyPtr cscaKey = ecKey("P-384", true);
    const Authority csca = makeCsca(cscaKey);
    const KeyPtr signerKey = ecKey("P-256");
    const QByteArray text = seal(vaccinationData(), signerKey.get(), makeBarcodeSigner(signerKey.get(), csca, cscaKey.get()));
    auto store = std::make_shared<TrustStore>();
    TrustLoader loader;
    loader.loadBytes(csca.der, QStringLiteral("csca.der"), *store);
    const Verifier verifier(store);
    for (auto _ : state) {
        const VerificationReport report = verifier.verify(text, 1654041600000);
        if (!report.isValid())
            state.SkipWithError("the VDS-NC specimen did not verify");
        benchmark::DoNotOptimize(report);
    }
}

// The same seal with nothing remembered: a fresh store per iteration (loaded outside the timing), so
// the CSCA index is built and the P-384 signature on the signer checked every time.
void BM_VerifyVdsNcColdChain(benchmark::State &state)
{
    using namespace CertDesk::Test::VdsNc;
    const KeyPtr cscaKey = ecKey("P-384", true);
    const Authority csca = makeCsca(cscaKey);
    const KeyPtr signerKey = ecKey("P-256");
    const QByteArray text = seal(vaccinationData(), signerKey.get(), makeBarcodeSigner(signerKey.get(), csca, cscaKey.get()));
    for (auto _ : state) {
        state.PauseTiming();
        auto store = std::make_shared<TrustStore>();
        TrustLoader loader;
        loader.loadBytes(csca.der, QStringLiteral("csca.der"), *store);
        const Verifier verifier(store);
        state.ResumeTiming();
        const VerificationReport report = verifier.verify(text, 1654041600000);
        if (!report.isValid())
            state.SkipWithError("the VDS-NC specimen did not verify");
        benchmark::DoNotOptimize(report);
    }
}

// DIVOC: the RsaSignature2018 vector of tests/data/divoc (ZIP, JSON-LD with the bundled contexts,
// URDNA2015 twice, PS256), as a station sees one CoWIN certificate.
void BM_VerifyDivoc(benchmark::State &state)
{
    const QString data = QStringLiteral(__FILE__).section(u'/', 0, -3) + QStringLiteral("/data/divoc/");
    QFile bin(data + QStringLiteral("signed-rsa.bin"));
    if (!bin.open(QIODevice::ReadOnly)) {
        state.SkipWithError("tests/data/divoc/signed-rsa.bin is missing");
        return;
    }
    const QByteArray bytes = bin.readAll();
    auto store = std::make_shared<TrustStore>();
    TrustLoader loader;
    loader.loadPath(data + QStringLiteral("did-certdesk-rsa.pem"), *store);
    const Verifier verifier(store);
    for (auto _ : state) {
        const VerificationReport report = verifier.verify(bytes, 1627776000000); // 2021-08-01
        if (!report.isValid())
            state.SkipWithError("the DIVOC vector did not verify");
        benchmark::DoNotOptimize(report);
    }
}

} // namespace

BENCHMARK(BM_VerifyDivoc)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_VerifyVdsNc)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_VerifyVdsNcColdChain)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
