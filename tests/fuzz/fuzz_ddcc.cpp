// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The WHO DDCC core data set parser (formats/ddcc/DDCC.md) on CWT claims as they arrive
// after a good signature. An input that is not a claims map with -260 is also tried as a
// core data set itself, under hcert key 2 (DDCC:VS) and key 3 (DDCC:TR), so the fuzzer
// reaches the field readers without having to discover the claims layout first.
#include "cose/cborvalidator.h"
#include "formats/dcc/dccpayload.h"
#include "formats/ddcc/ddccpayload.h"
#include "verify/reportjson.h"

#include <QCborMap>

#include <cstddef>
#include <cstdint>

namespace {

void exercise(const QCborMap &claims)
{
    const auto payload = CertDesk::Ddcc::readPayload(claims);
    if (payload.ok())
        (void)CertDesk::certificateToJson(payload->certificate);
    // The verifier's path: the EU DCC reading, then the DDCC folded in.
    CertDesk::Dcc::Payload dcc = CertDesk::Dcc::readPayload(claims);
    if (CertDesk::Ddcc::applyTo(dcc, claims).ok())
        (void)CertDesk::certificateToJson(dcc.certificate);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto value = CertDesk::Cbor::parse(input);
    if (!value.ok() || !value->isMap())
        return 0;
    const QCborMap map = value->toMap();
    if (map.contains(CertDesk::Dcc::kHcertClaimKey)) {
        exercise(map);
        return 0;
    }
    for (const qint64 key : {CertDesk::Ddcc::kVaccinationStatusKey, CertDesk::Ddcc::kTestResultKey}) {
        exercise(QCborMap{{1, QStringLiteral("XA")}, {6, 1710400000}, {4, 1711609600},
                          {CertDesk::Dcc::kHcertClaimKey, QCborMap{{key, map}}}});
    }
    return 0;
}
