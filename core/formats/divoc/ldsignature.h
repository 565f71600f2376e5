// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/signatureverifier.h"
#include "jsonld.h"
#include "verify/result.h"

#include <QByteArray>
#include <QJsonObject>

typedef struct evp_pkey_st EVP_PKEY;

namespace CertDesk::Divoc {

/// The linked-data signature suites DIVOC uses (W3C CCG Linked Data Signatures; the suites of
/// digitalbazaar/jsonld-signatures): a detached JWS with an unencoded payload (RFC 7797).
enum class ProofSuite {
    RsaSignature2018,     ///< JWS alg PS256 (RSASSA-PSS, SHA-256, MGF1 SHA-256, salt 32)
    Ed25519Signature2018, ///< JWS alg EdDSA (Ed25519)
};

/// A detached JWS "header..signature" as the suites write it in `proof.jws`.
struct DetachedJws
{
    QByteArray encodedHeader; ///< base64url, exactly as written: it is part of the signing input
    QString algorithm;        ///< the header's "alg"
    QByteArray signature;
};

/// Parses `proof.jws`: three dot-separated parts with an empty payload, a base64url header that is
/// exactly {"alg", "b64": false, "crit": ["b64"]} and a base64url signature.
/// @return DecodeJws when malformed.
Result<DetachedJws> parseDetachedJws(const QString &jws);

/// The suite that uses the JWS @p algorithm; std::nullopt for another.
std::optional<ProofSuite> suiteForAlgorithm(const QString &algorithm);
/// The suite named by a proof's `type`; std::nullopt for another.
std::optional<ProofSuite> suiteForType(const QString &type);
/// "RsaSignature2018", "Ed25519Signature2018".
QString suiteName(ProofSuite suite);
/// "PS256", "EdDSA".
QString suiteAlgorithm(ProofSuite suite);

/// The canonical N-Quads (URDNA2015) of the credential without its proof.
Result<QByteArray> canonicalDocument(const QJsonObject &credential, const JsonLd::ContextLoader &loader);
/// The canonical N-Quads of the proof options: the proof without jws, signatureValue and proofValue,
/// with the credential's @context (jsonld-signatures LinkedDataSignature.canonizeProof).
Result<QByteArray> canonicalProofOptions(const QJsonObject &credential, const JsonLd::ContextLoader &loader);

/// What a linked-data signature signs.
struct SigningInput
{
    /// ASCII(encoded header) ‖ "." ‖ SHA-256(canonical proof options) ‖ SHA-256(canonical document),
    /// the digests as raw 32-byte values (jsonld-signatures LinkedDataSignature.createVerifyData,
    /// RFC 7797 §3 with b64 false).
    QByteArray bytes;
    /// The document's quads (without the proof), before canonical relabelling: what the signature covers.
    Rdf::Dataset documentQuads;
};

/// The signing input of @p credential's proof, whose JWS header is @p encodedHeader.
/// @return Schema or TooLarge when the credential cannot be canonicalised.
Result<SigningInput> signingInput(const QJsonObject &credential, const QByteArray &encodedHeader,
                                  const JsonLd::ContextLoader &loader);

/// Checks @p signature over @p signingInput with @p key for @p suite (OpenSSL 3 EVP).
/// KeyMismatch when the key is not of the suite's type (RSA, Ed25519).
SignatureCheck verifySuiteSignature(EVP_PKEY *key, ProofSuite suite, QByteArrayView signingInput,
                                    QByteArrayView signature, QString *detail = nullptr);

/// True when @p key can make @p suite's signatures.
bool keyFitsSuite(EVP_PKEY *key, ProofSuite suite);

} // namespace CertDesk::Divoc
