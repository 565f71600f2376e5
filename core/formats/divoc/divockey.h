// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "trust/trustedsigner.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace CertDesk::Divoc {

/// The kid under which a DIVOC key that names no verificationMethod is stored: such a key may
/// verify a credential whatever its proof's verificationMethod.
inline constexpr QByteArrayView kAnyVerificationMethod = "divoc:any-verification-method";

/// True for a PEM file holding a bare public key ("PUBLIC KEY") and no certificate.
bool looksLikePublicKeyPem(QByteArrayView data);

/// The verificationMethod a key file is bound to, from its name: a base name "did-METHOD" or
/// "did-METHOD-ID" (".pem" or any other extension dropped) stands for "did:METHOD" or
/// "did:METHOD:ID" (so did-india.pem is the key of "did:india"). Empty for any other name: the
/// key is then not bound (kAnyVerificationMethod).
QString verificationMethodForFile(const QString &path);

/// A trusted DIVOC issuer key (RSA or Ed25519) from a PEM public key. Its kid is the
/// verificationMethod it is bound to (verificationMethodForFile(@p sourceName)) as UTF-8, or
/// kAnyVerificationMethod. A DIVOC key signs DIVOC credentials only (TrustedSigner::isDivocKey()).
/// @return std::nullopt with @p error set when the PEM holds no RSA or Ed25519 public key.
std::optional<TrustedSigner> signerFromPublicKeyPem(const QByteArray &pem, const QString &sourceName,
                                                    QString *error = nullptr);

} // namespace CertDesk::Divoc
