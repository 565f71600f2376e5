// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Revocation lists as they come from files (core/trust/REVOCATION.md): the CertDesk binary
// list, EU DCC batches, the compact per-kid JSON, SHC CRLs and the local blocklist, sniffed and
// parsed by the one loader, then looked up. Seeds: tests/data/revocation (JSON of every kind and a
// small binary list) and the SHC CRLs of ../shared/conformance/shc.
#include "trust/revocationloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace CertDesk;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    RevocationStore store;
    QStringList warnings;
    const auto error = loadRevocationData(input, QStringLiteral("fuzz"), store, &warnings);
    // A refused file adds nothing: the store must then be exactly as empty as before.
    if (error && (!store.isEmpty() || store.entryCount() != 0))
        __builtin_trap();
    (void)sniffRevocationFile(input);
    const RevocationHash probe {};
    for (RevocationKind kind : {RevocationKind::DccUci, RevocationKind::DccCountryCodeUci, RevocationKind::DccSignature,
             RevocationKind::IthcCi}) {
        (void)store.findHash(kind, QByteArray("\x00\x01\x02\x03\x04\x05\x06\x07", 8), probe);
        (void)store.findHash(kind, QByteArray(), probe);
    }
    (void)store.findShc("kid", QStringLiteral("rid"), 1700000000);
    (void)store.findBlocked(CertificateFormat::Dcc, QStringLiteral("URN:UVCI:01:AT:X"));
    return 0;
}
