// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalcommand.h"

#include "journal/journalexport.h"

#include "journal/journal.h"
#include "time/timestamp.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#include <future>
#include <optional>

namespace CertDesk::Cli {

namespace {

using namespace CertDesk::Journal;

constexpr char kJournalUsage[] =
    "Usage: certdesk-cli journal COMMAND [--journal PATH] [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  list [--json] [--since TIME] [--until TIME] [--verdict V] [--format F] [--limit N]\n"
    "                      rows in order (with --limit: the N most recent); --json: one object per line\n"
    "  export --format csv|json [--output FILE] [--since TIME] [--until TIME] [--verdict V]\n"
    "                      every matching row: CSV with a header row (RFC 4180), or one JSON array\n"
    "  verify              check the hash chain; exit 1 at the first edited, inserted or deleted row\n"
    "  purge [--older-than DAYS]\n"
    "                      delete rows older than DAYS (default 90), recording the cut\n"
    "\n"
    "--journal PATH: the journal database (default: the station's, under the application-data folder).\n"
    "TIME: RFC 3339 (2024-03-14T00:00:00Z). V: valid, invalid, unreadable. F: ithc, dcc, shc, vds-nc, divoc.\n"
    "\n"
    "Exit status: 0 done (verify: chain intact); 1 verify found a broken chain; 2 usage or I/O error.\n";

struct Options
{
    QString command;
    QString journalPath;
    bool json = false;
    Filter filter;
    QString exportFormat;
    QString outputPath;
    int olderThanDays = Journal::Journal::kDefaultRetentionDays;
};

int usageError(const Context &context, const QString &message)
{
    context.err->write(QStringLiteral("certdesk-cli journal: %1\n").arg(message).toUtf8());
    context.err->write("Run 'certdesk-cli journal --help' for usage.\n");
    return ExitUsage;
}

int ioError(const Context &context, const QString &message)
{
    context.err->write(QStringLiteral("certdesk-cli journal: %1\n").arg(message).toUtf8());
    return ExitUsage;
}

std::optional<int> parseOptions(const QStringList &arguments, const Context &context, Options &options)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString inlineValue;
        bool hasInlineValue = false;
        if (argument.startsWith(u"--") && argument.contains(u'=')) {
            inlineValue = argument.section(u'=', 1);
            argument = argument.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        auto value = [&](QString *out) -> bool {
            if (hasInlineValue) {
                *out = inlineValue;
                return true;
            }
            if (i + 1 >= arguments.size())
                return false;
            *out = arguments.at(++i);
            return true;
        };
        auto time = [&](std::optional<Timestamp::Millis> *out) -> std::optional<int> {
            QString v;
            if (!value(&v))
                return usageError(context, QStringLiteral("%1 needs a time").arg(argument));
            *out = Timestamp::parseRfc3339(v);
            if (!*out)
                return usageError(context, QStringLiteral("%1 '%2' is not an RFC 3339 date-time with an offset")
                                               .arg(argument, v));
            return std::nullopt;
        };
        const bool isList = options.command == u"list";
        const bool isExport = options.command == u"export";
        QString v;
        if (argument == u"--help" || argument == u"-h") {
            context.out->write(kJournalUsage);
            return ExitValid;
        } else if (argument == u"--journal") {
            if (!value(&v) || v.isEmpty())
                return usageError(context, QStringLiteral("--journal needs a path"));
            options.journalPath = v;
        } else if (options.command.isEmpty() && !argument.startsWith(u'-')) {
            options.command = argument;
            if (options.command != u"list" && options.command != u"export" && options.command != u"verify"
                && options.command != u"purge")
                return usageError(context, QStringLiteral("unknown command '%1'").arg(argument));
        } else if (isList && argument == u"--json") {
            options.json = true;
        } else if ((isList || isExport) && argument == u"--since") {
            if (const auto done = time(&options.filter.since))
                return done;
        } else if ((isList || isExport) && argument == u"--until") {
            if (const auto done = time(&options.filter.until))
                return done;
        } else if ((isList || isExport) && argument == u"--verdict") {
            const auto verdict = value(&v) ? verdictFromName(v) : std::nullopt;
            if (!verdict)
                return usageError(context, QStringLiteral("--verdict needs valid, invalid or unreadable"));
            options.filter.verdict = verdict;
        } else if (isList && argument == u"--format") {
            const auto format = value(&v) ? formatFromName(v) : std::nullopt;
            if (!format)
                return usageError(context, QStringLiteral("--format needs ithc, dcc, shc, vds-nc, divoc or unknown"));
            options.filter.format = format;
        } else if (isList && argument == u"--limit") {
            bool ok = false;
            options.filter.limit = value(&v) ? v.toLongLong(&ok) : 0;
            if (!ok || options.filter.limit < 1)
                return usageError(context, QStringLiteral("--limit needs a positive number"));
        } else if (isExport && argument == u"--format") {
            if (!value(&v) || (v != u"csv" && v != u"json"))
                return usageError(context, QStringLiteral("--format needs csv or json"));
            options.exportFormat = v;
        } else if (isExport && (argument == u"--output" || argument == u"-o")) {
            if (!value(&v) || v.isEmpty())
                return usageError(context, QStringLiteral("--output needs a file"));
            options.outputPath = v;
        } else if (options.command == u"purge" && argument == u"--older-than") {
            bool ok = false;
            options.olderThanDays = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || options.olderThanDays < 0)
                return usageError(context, QStringLiteral("--older-than needs a number of days"));
        } else {
            return usageError(context, QStringLiteral("unknown option '%1'").arg(argument));
        }
    }
    if (options.command.isEmpty())
        return usageError(context, QStringLiteral("no command given"));
    if (options.command == u"export" && options.exportFormat.isEmpty())
        return usageError(context, QStringLiteral("export needs --format csv or --format json"));
    return std::nullopt;
}

QByteArray entryToText(const JournalEntry &entry)
{
    QString line = QStringLiteral("#%1 %2 %3 %4").arg(entry.id).arg(Timestamp::formatRfc3339(entry.time),
                                                      verdictName(entry.verdict).toUpper(), formatName(entry.format));
    if (!entry.issuerCountry.isEmpty())
        line += QStringLiteral(" issuer %1").arg(entry.issuerCountry);
    line += QStringLiteral(" via %1 at %2 by %3").arg(inputKindName(entry.input), entry.station, entry.operatorName);
    if (!entry.reasons.isEmpty())
        line += QStringLiteral(": %1").arg(entry.reasons.join(u", "));
    return line.toUtf8() + '\n';
}

int runList(const Journal::Journal &journal, Options &options, const Context &context)
{
    // --limit N shows the N most recent rows, still oldest first (like tail).
    std::vector<JournalEntry> entries;
    Filter filter = options.filter;
    filter.newestFirst = filter.limit > 0;
    const auto read = journal.forEach(filter, [&](const JournalEntry &entry) {
        if (filter.newestFirst) {
            entries.push_back(entry);
        } else {
            context.out->write(options.json ? QJsonDocument(entryToJson(entry)).toJson(QJsonDocument::Compact) + '\n'
                                            : entryToText(entry));
        }
        return true;
    });
    if (!read)
        return ioError(context, read.error().message);
    for (auto it = entries.rbegin(); it != entries.rend(); ++it)
        context.out->write(options.json ? QJsonDocument(entryToJson(*it)).toJson(QJsonDocument::Compact) + '\n'
                                        : entryToText(*it));
    return ExitValid;
}

int runExport(const Journal::Journal &journal, const Options &options, const Context &context)
{
    QSaveFile file(options.outputPath);
    QIODevice *out = context.out;
    if (!options.outputPath.isEmpty()) {
        if (!file.open(QIODevice::WriteOnly))
            return ioError(context, QStringLiteral("%1: cannot write: %2").arg(options.outputPath, file.errorString()));
        out = &file;
    }
    const bool csv = options.exportFormat == u"csv";
    const Outcome<qint64> written = csv ? exportCsv(journal, options.filter, *out) : exportJson(journal, options.filter, *out);
    if (!written)
        return ioError(context, written.error().message);
    if (!options.outputPath.isEmpty() && !file.commit())
        return ioError(context, QStringLiteral("%1: cannot write: %2").arg(options.outputPath, file.errorString()));
    return ExitValid;
}

int runVerifyChain(const Journal::Journal &journal, const Context &context)
{
    const auto report = journal.verifyChain();
    if (!report)
        return ioError(context, report.error().message);
    if (!report->intact()) {
        context.out->write(QStringLiteral("broken: row %1: %2\n").arg(report->firstBadRow).arg(report->detail).toUtf8());
        return ExitNotValid;
    }
    QString text = QStringLiteral("ok: %1 rows, chain intact").arg(report->rowsChecked);
    if (report->anchor)
        text += QStringLiteral(" (from the cut after row %1, purged %2)")
                    .arg(report->anchor->lastRowId)
                    .arg(Timestamp::formatRfc3339(report->anchor->purgedAt));
    text += QStringLiteral("\nhead: %1\n").arg(QString::fromLatin1(report->headHash.toHex()));
    context.out->write(text.toUtf8());
    return ExitValid;
}

int runPurge(Journal::Journal &journal, const Options &options, const Context &context)
{
    // Only the app layer reads the clock (STYLE.md §5).
    const Timestamp::Millis now = QDateTime::currentMSecsSinceEpoch();
    const Timestamp::Millis cutoff = now - Timestamp::Millis(options.olderThanDays) * 86'400'000;
    const auto report = journal.purgeOlderThan(cutoff, now);
    if (!report)
        return ioError(context, report.error().message);
    if (!report->cut) {
        context.out->write(QStringLiteral("purged 0 rows (none older than %1)\n")
                               .arg(Timestamp::formatRfc3339(cutoff))
                               .toUtf8());
        return ExitValid;
    }
    context.out->write(QStringLiteral("purged %1 rows (up to row %2, older than %3); cut recorded\n")
                           .arg(report->rowsPurged)
                           .arg(report->cut->lastRowId)
                           .arg(Timestamp::formatRfc3339(cutoff))
                           .toUtf8());
    return ExitValid;
}

} // namespace

int runJournal(const QStringList &arguments, const Context &context)
{
    Options options;
    if (const auto done = parseOptions(arguments, context, options))
        return *done;
    const QString path = options.journalPath.isEmpty() ? Journal::Journal::defaultPath() : options.journalPath;
    // Reading never creates or upgrades a journal; purge writes.
    Journal::Journal::Options openOptions;
    openOptions.mode = options.command == u"purge" ? Journal::Journal::Mode::ReadWrite : Journal::Journal::Mode::ReadOnly;
    if (options.command == u"purge" && !QFileInfo::exists(path))
        return ioError(context, QStringLiteral("%1: no journal there").arg(path));
    auto journal = Journal::Journal::open(path, openOptions);
    if (!journal)
        return ioError(context, journal.error().message);
    if (options.command == u"list")
        return runList(*journal, options, context);
    if (options.command == u"export")
        return runExport(*journal, options, context);
    if (options.command == u"verify")
        return runVerifyChain(*journal, context);
    return runPurge(*journal, options, context);
}

std::unique_ptr<JournalWriter> openVerifyJournal(const QString &path, const Context &context)
{
    auto writer = JournalWriter::open(path);
    if (!writer) {
        context.err->write(QStringLiteral("certdesk-cli verify: journal: %1\n").arg(writer.error().message).toUtf8());
        return nullptr;
    }
    return std::move(writer).value();
}

bool journalVerifications(JournalWriter &writer, const std::vector<VerificationReport> &reports,
                          const QList<PayloadItem> &items, const QString &trustVersion, const Context &context)
{
    JournalContext journalContext;
    journalContext.time = QDateTime::currentMSecsSinceEpoch();
    journalContext.station = QSysInfo::machineHostName();
    journalContext.operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    journalContext.trustVersion = trustVersion;
    std::vector<std::future<Outcome<JournalEntry>>> written;
    written.reserve(reports.size());
    for (size_t i = 0; i < reports.size(); ++i) {
        journalContext.input = items.at(qsizetype(i)).source.startsWith(u"-#") ? Journal::InputKind::Stdin
                                                                                 : Journal::InputKind::File;
        written.push_back(writer.append(makeEntry(reports[i], journalContext)));
    }
    bool ok = true;
    QString lastError;
    for (auto &future : written) {
        const Outcome<JournalEntry> result = future.get();
        if (!result && result.error().message != lastError) {
            lastError = result.error().message;
            context.err->write(QStringLiteral("certdesk-cli verify: journal: %1\n").arg(lastError).toUtf8());
        }
        ok = ok && result.ok();
    }
    return ok;
}

} // namespace CertDesk::Cli
