// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("certdesk"));

    QFile in;
    QFile out;
    QFile err;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)
        || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        std::fputs("certdesk-cli: cannot open the standard streams\n", stderr);
        return CertDesk::Cli::ExitUsage;
    }
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return CertDesk::Cli::run(arguments, {&in, &out, &err});
}
