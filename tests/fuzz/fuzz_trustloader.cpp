// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// Trust material as it comes from files: PEM, DER, the EU trust-list JSON and the
// German DSC list (with its signing key set, so the signature path runs too).
#include "trust/trustloader.h"

#include <cstddef>
#include <cstdint>

namespace {

// The public key that signs the German test DSC list (dcc-qa/trustlist): public data.
constexpr char kListKey[] = "-----BEGIN PUBLIC KEY-----\n"
                            "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEIxHvrv8jQx9OEzTZbsx1prQVQn/3\n"
                            "ex0gMYf6GyaNBW0QKLMjrSDeN6HwSPM0QzhvhmyQUixl6l88A7Zpu5OWSw==\n"
                            "-----END PUBLIC KEY-----\n";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    for (bool withKey : {false, true}) {
        CertDesk::TrustLoader loader;
        if (withKey)
            loader.setListSigningKey(QByteArray(kListKey));
        CertDesk::TrustStore store;
        loader.loadBytes(input, QStringLiteral("fuzz"), store);
        for (const auto &signer : store.signers())
            (void)store.find(signer->kid);
    }
    return 0;
}
