// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace CertDesk::MasterList {

/// True when @p der starts like a CMS ContentInfo of type SignedData (RFC 5652 §3, §5).
bool looksLikeSignedData(QByteArrayView der);

/// What an ICAO CSCA master list (Doc 9303-12 §9) holds, once its signature verified.
struct Contents
{
    QList<QByteArray> certificates; ///< the CSCA certificates, DER as listed
    QString signerSubject; ///< the master list signer, for messages
};

/// Reads an ICAO CSCA master list: a CMS SignedData whose encapsulated content, of type
/// id-icao-cscaMasterList (2.23.136.1.1.2), is CscaMasterList ::= SEQUENCE { version
/// INTEGER, certList SET OF Certificate }.
///
/// The CMS signature is verified (OpenSSL CMS_verify) with the signer certificate embedded in
/// the list. That signer's trust anchor: Doc 9303-12 has the publishing state's CSCA issue
/// the master list signer, so the signer certificate must itself be signed by one of the
/// CSCAs in the list (checked here with that CSCA's public key). This proves the list is
/// intact and self-consistent, not who published it: like a PEM file given with --trust,
/// the station trusts a master list because its operator chose the file.
/// @return the contents, or std::nullopt with @p error set.
std::optional<Contents> read(const QByteArray &der, QString *error);

} // namespace CertDesk::MasterList
