// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// From QR text to verdict for one SMART Health Card (the spec's example 00: shc:/ numeric
// text, raw DEFLATE, ES256, FHIR bundle), with the spec issuer's JWKS and the production VCI
// snapshot (about a thousand issuer-bound keys) in the trust store. Needs ../shared.
#include "trust/trustloader.h"
#include "verify/verifier.h"

#include <benchmark/benchmark.h>

#include <QFile>

using namespace CertDesk;

namespace {

const QString kSuite = QStringLiteral(CERTDESK_SHARED_DIR "/conformance/shc");

struct World
{
    std::shared_ptr<TrustStore> store = std::make_shared<TrustStore>();
    QByteArray card;
    Timestamp::Millis at = 0;
    bool ok = false;

    World()
    {
        TrustLoader loader;
        if (loader.loadPath(kSuite + QStringLiteral("/trust/spec-issuer.jwks.json"), *store)
            || loader.loadPath(kSuite + QStringLiteral("/vci-directory/vci_snapshot.json"), *store))
            return;
        QFile file(kSuite + QStringLiteral("/spec-examples/example-00-f-qr-code-numeric-value-0.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        card = file.readAll().trimmed();
        at = *Timestamp::parseRfc3339(u"2023-06-24T00:00:00Z");
        ok = true;
    }
};

const World &world()
{
    static const World instance;
    return instance;
}

void BM_VerifyShc(benchmark::State &state)
{
    const World &w = world();
    if (!w.ok) {
        state.SkipWithError("../shared/conformance/shc is not here");
        return;
    }
    const Verifier verifier(w.store);
    for (auto _ : state) {
        const VerificationReport report = verifier.verify(w.card, w.at);
        if (!report.isValid()) {
            state.SkipWithError("the spec example did not verify");
            return;
        }
        benchmark::DoNotOptimize(report);
    }
}

} // namespace

BENCHMARK(BM_VerifyShc)->Unit(benchmark::kMicrosecond)->Repetitions(10)->ReportAggregatesOnly(true);
BENCHMARK_MAIN();
