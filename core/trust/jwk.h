// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "truststore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace CertDesk::Jwk {

/// The RFC 7638 thumbprint of an EC JWK: base64url (no padding) of SHA-256 over
/// {"crv":…,"kty":"EC","x":…,"y":…} with exactly those members in that order and no white space.
/// Empty when a member is missing or not a string. (SMART Health Cards: kid = this thumbprint.)
QByteArray thumbprint(const QJsonObject &jwk);

/// A trusted signer for one EC P-256 public JWK (kty EC, crv P-256, x and y of 32 bytes each,
/// a point on the curve). The signer's kid is the thumbprint, as text. std::nullopt with
/// @p error set for any other key, a private key ("d"), a "use" other than "sig", an "alg"
/// other than ES256, or a declared "kid" that is not the thumbprint.
/// @param issuer the issuer the key is bound to (VCI directory); empty: any issuer.
std::optional<TrustedSigner> signerFromJwk(const QJsonObject &jwk, TrustSourceKind kind, const QString &sourceName,
                                           const QString &issuer, QString *error);

/// Reads a JWKS ({"keys": [...]}): every usable key, trusted for any issuer. Unusable keys
/// are skipped with a warning; a file without one usable key is an error (the returned message).
std::optional<QString> loadJwks(const QByteArray &data, const QString &name, QList<TrustStore::SignerPtr> &signers,
                                QStringList &warnings);

/// Reads a VCI directory snapshot ({"issuerInfo": [{"issuer": {"iss": …}, "keys": [...]}]}):
/// each key is trusted for its own issuer only. When @p name is a file with a detached signature
/// next to it (same base name, ".sig", DER ECDSA over the file's bytes), the signing certificate
/// (".crt", PEM) must be there too and the signature must verify, or nothing is loaded.
std::optional<QString> loadVciSnapshot(const QByteArray &data, const QString &name,
                                       QList<TrustStore::SignerPtr> &signers, QStringList &warnings);

} // namespace CertDesk::Jwk
