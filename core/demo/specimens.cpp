// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "specimens.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace CertDesk::Demo::Specimens {

namespace {

using namespace Qt::StringLiterals;

QString baseName(Signer signer)
{
    switch (signer) {
    case Signer::IthcEs256:
        return u"ithc-specimen-es256"_s;
    case Signer::IthcSm2:
        return u"ithc-specimen-sm2"_s;
    case Signer::DccEs256:
        return u"dcc-specimen-dsc"_s;
    }
    return {};
}

} // namespace

QString trustDirectory()
{
    return u":/certdesk/specimens/trust"_s;
}

QString keyPath(Signer signer)
{
    return u":/certdesk/specimens/keys/%1.key.pem"_s.arg(baseName(signer));
}

QString certificatePath(Signer signer)
{
    return trustDirectory() + u"/%1.cert.pem"_s.arg(baseName(signer));
}

Issue::IssueResult<Issue::SigningKey> signingKey(Signer signer)
{
    return Issue::SigningKey::load(keyPath(signer), certificatePath(signer));
}

Issue::IssueResult<QStringList> copyTrust(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return Issue::IssueError{u"%1: cannot create the folder"_s.arg(directory)};
    QStringList written;
    const QDir source(trustDirectory());
    for (const QString &name : source.entryList(QDir::Files, QDir::Name)) {
        const QString target = QDir(directory).filePath(name);
        QFile in(source.filePath(name));
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(in.readAll()) < 0)
            return Issue::IssueError{u"%1: %2"_s.arg(target, out.errorString())};
        written.append(target);
    }
    if (written.isEmpty())
        return Issue::IssueError{u"the specimen trust is not embedded in this program"_s};
    return written;
}

} // namespace CertDesk::Demo::Specimens
