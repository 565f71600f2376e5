// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include "decodecommand.h"
#ifdef CERTDESK_HAVE_SCAN
#include "issuecommand.h"
#endif
#include "journalcommand.h"
#include "revocationcommand.h"
#include "trustcommand.h"
#include "verifycommand.h"

namespace CertDesk::Cli {

namespace {

constexpr char kUsage[] =
    "Usage: certdesk-cli COMMAND [OPTIONS] ...\n"
    "\n"
    "Commands:\n"
    "  verify [OPTIONS] INPUT...   verify certificates in images, PDFs, video, text files or stdin (-)\n"
    "  decode [--json] INPUT...    read QR codes without verifying them\n"
#ifdef CERTDESK_HAVE_SCAN
    "  issue [OPTIONS]             make SPECIMEN certificates (QR text, PNG, paper PDF) or the demo sequence\n"
#endif
    "  journal list|export|verify|purge [--journal PATH] ...\n"
    "                              the station's verification journal\n"
    "  revocation build|check ...   make a CertDesk revocation list; check revocation material\n"
    "  trust list|import|update|pin|bundle ...\n"
    "                              the station's trust: keys, signed trust bundles, imports\n"
    "  --version                   print the version\n"
    "  --help                      print this help\n"
    "\n"
    "Run 'certdesk-cli verify --help' for the options of verify.\n";

} // namespace

int run(const QStringList &arguments, const Context &context)
{
    if (arguments.isEmpty()) {
        context.err->write(kUsage);
        return ExitUsage;
    }
    const QString &command = arguments.first();
    if (command == u"--version" || command == u"version") {
        context.out->write("certdesk-cli " CERTDESK_VERSION "\n");
        return ExitValid;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        context.out->write(kUsage);
        return ExitValid;
    }
    if (command == u"verify")
        return runVerify(arguments.mid(1), context);
    if (command == u"decode")
        return runDecode(arguments.mid(1), context);
#ifdef CERTDESK_HAVE_SCAN
    if (command == u"issue")
        return runIssue(arguments.mid(1), context);
#endif
    if (command == u"journal")
        return runJournal(arguments.mid(1), context);
    if (command == u"trust")
        return runTrust(arguments.mid(1), context);
    if (command == u"revocation")
        return runRevocation(arguments.mid(1), context);
    context.err->write(QStringLiteral("certdesk-cli: unknown command '%1'\n\n").arg(command).toUtf8());
    context.err->write(kUsage);
    return ExitUsage;
}

} // namespace CertDesk::Cli
