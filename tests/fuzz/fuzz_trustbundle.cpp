// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Trust bundles (core/trust/TRUST-BUNDLES.md): the first byte picks the entry point.
// 0: the whole file through open() (COSE structure, pin, signature, manifest), without pins
//    and with one; 1: the manifest parser alone, as it runs after the signature verified;
// 2: a manifest signed here with a fresh key, then opened and its entries checked (trust
//    entries through TrustLoader, policies as CertLogic), so that hostile content behind a
//    valid signature is reached.
#include "issue/signingkey.h"
#include "specimen.h"
#include "trust/bundlestore.h"
#include "trust/trustbundle.h"

#include <QCborValue>

#include <cstddef>
#include <cstdint>

namespace {

using namespace CertDesk;

const Issue::SigningKey &fuzzKey()
{
    static const Issue::SigningKey key = [] {
        const Test::SpecimenSigner signer = Test::SpecimenSigner::make(Test::KeyType::P256);
        return Issue::SigningKey::fromPem(Test::privateKeyPem(signer.key.get()), signer.certificateDer).value();
    }();
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        (void)TrustBundle::open(input, {});
        (void)TrustBundle::open(input, {QByteArray(32, '\x5a')});
        break;
    case 1:
        (void)TrustBundle::parseManifest(input);
        break;
    case 2: {
        // Entries from the input: kind byte, 2-byte length, data.
        TrustBundle::Manifest manifest;
        manifest.version = 1;
        manifest.issued = 1790000000000;
        manifest.expires = manifest.issued + 86400000;
        qsizetype at = 0;
        int index = 0;
        while (at + 3 <= input.size() && index < 8) {
            const auto kind = TrustBundle::EntryKind(quint8(input.at(at)) % 4);
            const qsizetype length = qMin<qsizetype>((quint8(input.at(at + 1)) << 8) | quint8(input.at(at + 2)), input.size() - at - 3);
            manifest.entries.append({kind, QStringLiteral("e/%1").arg(index++), input.mid(at + 3, length)});
            at += 3 + length;
        }
        const auto bundle = TrustBundle::create(manifest, fuzzKey());
        if (!bundle)
            break;
        const auto opened = TrustBundle::open(bundle.value(), {});
        if (!opened)
            __builtin_trap(); // what create() makes must open
        (void)TrustBundle::checkEntries(opened.value());
        break;
    }
    }
    return 0;
}
