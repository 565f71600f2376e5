// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "revocationcommand.h"

#include "trust/revocation.h"
#include "trust/revocationlistfile.h"
#include "trust/revocationloader.h"
#include "trust/revocationtext.h"

#include <QFile>
#include <QMap>

#include <vector>

namespace CertDesk::Cli {

namespace {

constexpr char kRevocationUsage[] =
    "Usage: certdesk-cli revocation COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  build --out FILE INPUT...\n"
    "          write a CertDesk binary revocation list (core/trust/REVOCATION.md) from text files,\n"
    "          one entry per line ('#' starts a comment):\n"
    "            UCI <ci>                       EU DCC: the hash of a certificate identifier\n"
    "            COUNTRYCODEUCI <CC> <ci>       EU DCC: the hash of issuing country + identifier\n"
    "            ITHC-CI <ci>                   ITHC-1: the hash of a certificate identifier\n"
    "            <KIND> hash:<hex or base64>    a hash already computed (first 16 bytes of SHA-256);\n"
    "                                           KIND also SIGNATURE\n"
    "          an entry may end with 'scope:<kid base64 or country>' (default: every signer)\n"
    "  check PATH...\n"
    "          load revocation material as verify --revocation does and print what it holds\n"
    "\n"
    "Exit status: 0 done; 1 a list does not load; 2 usage or I/O error.\n";

int usageError(const Context &context, const QString &message)
{
    context.err->write(QStringLiteral("certdesk-cli revocation: %1\n").arg(message).toUtf8());
    context.err->write("Run 'certdesk-cli revocation --help' for usage.\n");
    return ExitUsage;
}

int runBuild(const QStringList &arguments, const Context &context)
{
    QString out;
    QStringList inputs;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--out" && i + 1 < arguments.size())
            out = arguments.at(++i);
        else if (arguments.at(i).startsWith(u"--"))
            return usageError(context, QStringLiteral("build: unknown option '%1'").arg(arguments.at(i)));
        else
            inputs.append(arguments.at(i));
    }
    if (out.isEmpty() || inputs.isEmpty())
        return usageError(context, QStringLiteral("build needs --out FILE and at least one INPUT"));

    QMap<std::pair<int, QByteArray>, std::vector<RevocationHash>> sections;
    qint64 entries = 0;
    for (const QString &input : std::as_const(inputs)) {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return usageError(context, QStringLiteral("%1: %2").arg(input, file.errorString()));
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const auto parsed = RevocationText::parseLine(QString::fromUtf8(file.readLine()));
            if (!parsed)
                continue;
            if (!*parsed)
                return usageError(context, QStringLiteral("%1:%2: %3").arg(input).arg(lineNumber).arg(parsed->error()));
            const RevocationText::Entry &entry = parsed->value();
            sections[{int(entry.kind), entry.scope}].push_back(entry.hash);
            if (++entries > RevocationListFile::kMaxEntries)
                return usageError(context, QStringLiteral("%1:%2: more than %3 entries").arg(input).arg(lineNumber).arg(RevocationListFile::kMaxEntries));
        }
    }
    std::vector<RevocationListFile::Section> list;
    for (auto it = sections.begin(); it != sections.end(); ++it)
        list.push_back({RevocationKind(it.key().first), it.key().second, RevocationHashSet::fromUnsorted(std::move(it.value()))});
    if (const auto error = RevocationListFile::save(out, list))
        return usageError(context, *error);
    // Read back what was written, as a station will.
    const LoadedRevocation check = loadRevocation({out});
    if (!check.errors.isEmpty())
        return usageError(context, QStringLiteral("the list written does not load: %1").arg(check.errors.join(u"; ")));
    context.out->write(QStringLiteral("wrote %1: %2 entries in %3 section(s)\n").arg(out).arg(entries).arg(list.size()).toUtf8());
    return ExitValid;
}

int runCheck(const QStringList &paths, const Context &context)
{
    if (paths.isEmpty())
        return usageError(context, QStringLiteral("check needs a PATH"));
    const LoadedRevocation loaded = loadRevocation(paths);
    for (const QString &warning : loaded.warnings)
        context.err->write(QStringLiteral("certdesk-cli revocation: %1\n").arg(warning).toUtf8());
    for (const QString &error : loaded.errors)
        context.err->write(QStringLiteral("certdesk-cli revocation: %1\n").arg(error).toUtf8());
    if (!loaded.errors.isEmpty())
        return 1;
    context.out->write(QStringLiteral("%1 entries from %2 source(s)\n")
                           .arg(loaded.store->entryCount())
                           .arg(loaded.store->sources().size())
                           .toUtf8());
    for (const QString &source : loaded.store->sources())
        context.out->write(QStringLiteral("  %1\n").arg(source).toUtf8());
    return ExitValid;
}

} // namespace

int runRevocation(const QStringList &arguments, const Context &context)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        (arguments.isEmpty() ? context.err : context.out)->write(kRevocationUsage);
        return arguments.isEmpty() ? ExitUsage : ExitValid;
    }
    if (arguments.first() == u"build")
        return runBuild(arguments.mid(1), context);
    if (arguments.first() == u"check")
        return runCheck(arguments.mid(1), context);
    return usageError(context, QStringLiteral("unknown command '%1'").arg(arguments.first()));
}

} // namespace CertDesk::Cli
