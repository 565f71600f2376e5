// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// The CWT claims of a DCC, as they arrive after a good signature: CBOR → JSON,
// schema validation, and the mapping onto the model.
#include "cose/cborvalidator.h"
#include "formats/dcc/dccpayload.h"
#include "verify/reportjson.h"

#include <QCborMap>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto value = CertDesk::Cbor::parse(input);
    if (!value.ok() || !value->isMap())
        return 0;
    const auto payload = CertDesk::Dcc::readPayload(value->toMap());
    (void)CertDesk::certificateToJson(payload.certificate);
    return 0;
}
