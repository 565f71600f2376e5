// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "signatureverifier.h"

#include <QByteArray>
#include <QByteArrayView>

namespace CertDesk {

/// Makes COSE signatures with OpenSSL 3 EVP: the counterpart of verifySignature(),
/// used to issue specimen certificates (demo, training, tests). ECDSA and SM2
/// signatures come out as raw r‖s; PS256 with salt length = hash length.
/// @return the signature, or an empty array when the key cannot sign with @p algorithm.
QByteArray signData(EVP_PKEY *privateKey, SignatureAlgorithm algorithm, QByteArrayView data);

} // namespace CertDesk
