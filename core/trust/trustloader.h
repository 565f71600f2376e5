// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "trustage.h"
#include "trustbundle.h"
#include "truststore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace CertDesk {

/// What went wrong while loading trust material: a message naming the file and
/// the problem, for standard error and the GUI.
struct TrustLoadError
{
    QString message;
};

/// Loads trust material into a TrustStore (CLI-CONTRACT.md `--trust`).
///
/// Understood: a PEM or DER X.509 certificate or a PEM file of several; a
/// directory of such files, read recursively; an EU gateway trust-list JSON
/// array; the German DSC list (a base64 signature line, then JSON
/// {"certificates": [...]}) whose signature is checked when a list-signing key is
/// configured with setListSigningKey(); a SMART Health Cards JWKS (keys for any issuer) or VCI
/// directory snapshot (keys bound to their `iss`; its detached .sig checked when present, see jwk.h).
/// ICAO VDS-NC trust: certificates with CA basic constraints serve as CSCAs (CscaIndex), and a
/// DER ICAO CSCA master list (CMS SignedData, signature checked, see masterlist.h) adds its CSCAs
/// as authorities only.
class TrustLoader
{
public:
    TrustLoader();
    ~TrustLoader();
    TrustLoader(const TrustLoader &) = delete;
    TrustLoader &operator=(const TrustLoader &) = delete;

    /// The public key (PEM) that signs the German DSC list. When set, a list whose
    /// signature does not verify is refused; when not set, the list is loaded
    /// unchecked and a warning is recorded.
    std::optional<TrustLoadError> setListSigningKey(const QByteArray &pem);

    /// Loads one file or directory. On error nothing from that path is added.
    std::optional<TrustLoadError> loadPath(const QString &path, TrustStore &store);
    /// Loads bytes whose kind is sniffed from the content; @p name names them in messages.
    std::optional<TrustLoadError> loadBytes(const QByteArray &data, const QString &name, TrustStore &store);

    /// SHA-256 fingerprints of the certificates allowed to sign trust bundles. When set, a
    /// bundle from another signer is refused; when empty, a bundle's own signature is still
    /// checked and a warning says its signer is not pinned.
    void setBundlePins(const QList<QByteArray> &pins);
    /// What each trust bundle loaded so far brought besides trust: its summary (for the age
    /// checks) and its revocation, policy and value-set entries.
    struct BundleContents
    {
        TrustSummary summary;
        QList<TrustBundle::Entry> extras;
    };
    const QList<BundleContents> &bundles() const;

    /// Non-fatal remarks collected so far (an unchecked list, a skipped entry).
    const QStringList &warnings() const { return m_warnings; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QStringList m_warnings;
};

/// Builds a TrustedSigner from DER; std::nullopt when the bytes are not an X.509
/// certificate with a usable public key.
std::optional<TrustedSigner> makeTrustedSigner(const QByteArray &der, TrustSourceKind kind, const QString &sourceName,
                                               QString *error = nullptr);

/// The HCERT/ITHC-1 kid: the first 8 bytes of SHA-256 over the DER bytes.
QByteArray kidOf(const QByteArray &der);

/// "certificate", "dcc-trust-list", "de-dsc-list", "icao-master-list", "shc-jwks",
/// "vci-directory", "divoc-key": the JSON's signer source_kind and `trust list`'s kind.
QString trustSourceKindName(TrustSourceKind kind);

} // namespace CertDesk
