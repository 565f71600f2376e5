// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// ICAO VDS-NC from text to verdict: the size and nesting bounds, JSON, RFC 8785
// canonicalisation, sig.cer decoding and the CSCA chain (a specimen CSCA with explicit
// EC parameters, and the khc suite's CSCAs when ../shared is present). Oracles: the
// contract's invariants, and RFC 8785 canonicalisation being idempotent.
#include "formats/vdsnc/jcs.h"
#include "trust/trustloader.h"
#include "vdsncspecimen.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

const CertDesk::Verifier &verifier()
{
    static const CertDesk::Verifier instance = [] {
        auto store = std::make_shared<CertDesk::TrustStore>();
        using namespace CertDesk::Test::VdsNc;
        CertDesk::TrustLoader loader;
        loader.loadBytes(makeCsca(ecKey("P-384", true)).der, QStringLiteral("specimen-csca"), *store);
        QString shared = QString::fromUtf8(qgetenv("CERTDESK_SHARED_DIR"));
        if (shared.isEmpty())
            shared = QStringLiteral("../shared");
        const QString cscas = shared + QStringLiteral("/conformance/khc/trust/icao-csca");
        if (QDir(cscas).exists())
            loader.loadPath(cscas, *store);
        return CertDesk::Verifier(store);
    }();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto report = verifier().verify(input, 1654041600000);
    if (report.isValid() != (report.verdict() == CertDesk::Verdict::Valid))
        __builtin_trap();
    if (!report.signer && report.certificate)
        __builtin_trap();
    (void)CertDesk::reportToJson(report, QStringLiteral("-#1"));

    // RFC 8785: the canonical form parses back to a document with the same canonical form.
    if (size <= 4096) {
        const QJsonDocument document = QJsonDocument::fromJson(input.toByteArray());
        if (document.isObject() || document.isArray()) {
            const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            const QByteArray canonical = CertDesk::Jcs::canonicalize(value);
            if (canonical.isEmpty())
                return 0; // a number out of range: an error by RFC 8785 §3.2.2.3
            QJsonParseError error;
            const QJsonDocument again = QJsonDocument::fromJson(canonical, &error);
            if (error.error != QJsonParseError::NoError)
                __builtin_trap();
            const QJsonValue second = again.isObject() ? QJsonValue(again.object()) : QJsonValue(again.array());
            if (CertDesk::Jcs::canonicalize(second) != canonical)
                __builtin_trap();
        }
    }
    return 0;
}
