// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "issue/issueresult.h"
#include "issue/signingkey.h"

#include <QString>
#include <QStringList>

/// The SPECIMEN signing keys and their trust (resources/specimens, README.md there): public,
/// for tests, training and the demo only, never to be trusted in production. They are
/// embedded in certdesk_demo as Qt resources under /certdesk/specimens.
namespace CertDesk::Demo::Specimens {

/// The specimen signers.
enum class Signer {
    IthcEs256, ///< ITHC-1 issuer, ES256
    IthcSm2,   ///< ITHC-1 issuer, SM2-SM3
    DccEs256,  ///< EU DCC document signer, ES256
};

/// ":/certdesk/specimens/trust": the three signer certificates, loadable with loadTrust()
/// or TrustLoader::loadPath() like any folder.
QString trustDirectory();
/// The resource path of a signer's private key (PEM).
QString keyPath(Signer signer);
/// The resource path of a signer's certificate (PEM), one of those in trustDirectory().
QString certificatePath(Signer signer);
/// The signer's key and certificate.
Issue::IssueResult<Issue::SigningKey> signingKey(Signer signer);

/// Copies the trust certificates into @p directory (created when missing), so that the
/// demo's trust is an ordinary folder. @return the files written.
Issue::IssueResult<QStringList> copyTrust(const QString &directory);

} // namespace CertDesk::Demo::Specimens
