// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include <QCoreApplication>
#include <QFile>
#ifdef CERTDESK_HAVE_SCAN
#include <QGuiApplication>
#endif

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef CERTDESK_HAVE_SCAN
    // `issue` draws the paper PDF with QPainter, whose fonts need a QGuiApplication; the
    // offscreen platform needs no display. Every other command stays on QCoreApplication.
    if (argc > 1 && std::strcmp(argv[1], "issue") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
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
