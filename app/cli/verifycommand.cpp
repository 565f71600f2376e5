// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "verifycommand.h"

#include "policy/entrypolicy.h"

#include "inputreader.h"
#include "journalcommand.h"
#include "parallel.h"

#include "station/stationconfig.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>
#include <thread>
#include <vector>

namespace CertDesk::Cli {

namespace {

constexpr char kVerifyUsage[] =
    "Usage: certdesk-cli verify [OPTIONS] INPUT...\n"
    "\n"
    "INPUT: an image (PNG, JPEG, BMP, WebP, TIFF), a PDF, a video file or an image-sequence pattern\n"
    "(frames/%04d.png), a text file with one QR payload per line, or - for standard input.\n"
    "\n"
    "Options:\n"
    "  --trust PATH          trust material (certificate, bundle, directory, DCC trust list); repeatable.\n"
    "                        Replaces the station's configured trust for this run.\n"
    "  --trust-list-key PEM  public key that signs the German DSC list (its signature is then checked)\n"
    "  --at TIME             verify at this RFC 3339 instant (default: now)\n"
    "  --json                one JSON object per certificate (JSON Lines)\n"
    "  --jobs N              certificates verified at once (default: the number of cores)\n"
    "  --benchmark N         verify every payload N times and report the timing on stderr\n"
    "  --journal PATH        record each verification in this journal (none is kept otherwise)\n"
    "  --policy NAME|FILE    entry policy: ithc-entry, eu-travel-2022, signature-only, or a JSON array of\n"
    "                        EU business rules (CertLogic); applied to certificates that pass every other check\n"
    "  --revocation PATH     revocation material: a CertDesk revocation list, a DCC revocation list, an SHC\n"
    "                        crl file, a local blocklist, or a folder of them; repeatable. Replaces the\n"
    "                        station's configured lists for this run.\n"
    "\n"
    "Exit status: 0 all valid; 1 any invalid or unreadable, or an input without a code;\n"
    "2 usage error or an input that cannot be opened.\n";

struct Options
{
    QStringList trustPaths;
    bool trustGiven = false;
    QString listKey;
    std::optional<Timestamp::Millis> at;
    bool json = false;
    int jobs = 0;
    int benchmarkRounds = 0;
    QString journalPath; ///< journal each verification here; empty: not journaled
    QString policy;      ///< --policy NAME|FILE; empty: none
    QStringList revocationPaths;
    bool revocationGiven = false;
    QStringList inputs;
};

int usageError(const Context &context, const QString &message)
{
    context.err->write(QStringLiteral("certdesk-cli verify: %1\n").arg(message).toUtf8());
    context.err->write("Run 'certdesk-cli verify --help' for usage.\n");
    return ExitUsage;
}

// Parses the arguments; returns an exit code when the command is done (help or error).
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
        QString v;
        if (argument == u"--help" || argument == u"-h") {
            context.out->write(kVerifyUsage);
            return ExitValid;
        } else if (argument == u"--json") {
            options.json = true;
        } else if (argument == u"--trust") {
            if (!value(&v))
                return usageError(context, QStringLiteral("--trust needs a path"));
            options.trustPaths.append(v);
            options.trustGiven = true;
        } else if (argument == u"--trust-list-key") {
            if (!value(&v))
                return usageError(context, QStringLiteral("--trust-list-key needs a path"));
            options.listKey = v;
        } else if (argument == u"--at") {
            if (!value(&v))
                return usageError(context, QStringLiteral("--at needs a time"));
            options.at = Timestamp::parseRfc3339(v);
            if (!options.at)
                return usageError(context, QStringLiteral("--at '%1' is not an RFC 3339 date-time with an offset").arg(v));
        } else if (argument == u"--jobs" || argument == u"-j") {
            bool ok = false;
            options.jobs = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || options.jobs < 1)
                return usageError(context, QStringLiteral("--jobs needs a positive number"));
        } else if (argument == u"--benchmark") {
            bool ok = false;
            options.benchmarkRounds = value(&v) ? v.toInt(&ok) : 0;
            if (!ok || options.benchmarkRounds < 1)
                return usageError(context, QStringLiteral("--benchmark needs a positive number of rounds"));
        } else if (argument == u"--journal") {
            if (!value(&v) || v.isEmpty())
                return usageError(context, QStringLiteral("--journal needs a path"));
            options.journalPath = v;
        } else if (argument == u"--policy") {
            if (!value(&v) || v.isEmpty())
                return usageError(context, QStringLiteral("--policy needs a name or a file"));
            options.policy = v;
        } else if (argument == u"--revocation") {
            if (!value(&v) || v.isEmpty())
                return usageError(context, QStringLiteral("--revocation needs a path"));
            options.revocationPaths.append(v);
            options.revocationGiven = true;
        } else if (argument == u"-" || !argument.startsWith(u'-')) {
            options.inputs.append(argument);
        } else {
            return usageError(context, QStringLiteral("unknown option '%1'").arg(argument));
        }
    }
    if (options.inputs.isEmpty())
        return usageError(context, QStringLiteral("no input given"));
    if (options.inputs.count(QStringLiteral("-")) > 1)
        return usageError(context, QStringLiteral("standard input (-) given more than once"));
    return std::nullopt;
}

LoadedTrust loadTrust(const Options &options, const Context &context, bool *ok)
{
    // The configuration is read even with --trust: its bundle pins check any trust bundle given.
    const StationConfig config = StationConfig::load();
    const QString listKey = options.listKey.isEmpty() ? config.listSigningKey : options.listKey;
    LoadedTrust loaded = options.trustGiven ? CertDesk::loadTrust(options.trustPaths, listKey, config.bundlePins)
                                            : CertDesk::loadTrust(config.trustPaths, listKey, config.bundlePins,
                                                                  config.bundleDirectory);
    for (const QString &error : loaded.errors)
        context.err->write(QStringLiteral("certdesk-cli verify: trust: %1\n").arg(error).toUtf8());
    for (const QString &warning : loaded.warnings)
        context.err->write(QStringLiteral("certdesk-cli verify: trust: %1\n").arg(warning).toUtf8());
    *ok = loaded.errors.isEmpty();
    return loaded;
}

// --policy NAME|FILE: a built-in profile, a policy shipped in a loaded trust bundle
// (policies/NAME.json), or a file of EU business rules.
Expected<Policy::EntryPolicy, QString> loadPolicy(const QString &nameOrPath, const LoadedTrust &trust)
{
    if (!Policy::EntryPolicy::builtIn(nameOrPath) && !QFileInfo::exists(nameOrPath)) {
        for (const TrustBundle::Entry &entry : trust.bundleExtras) {
            if (entry.kind == TrustBundle::EntryKind::Policy && QFileInfo(entry.path).completeBaseName() == nameOrPath)
                return Policy::EntryPolicy::fromBusinessRules(entry.data, nameOrPath);
        }
    }
    return Policy::EntryPolicy::load(nameOrPath);
}

// The lists given with --revocation, else the station's and those in the trust bundles loaded;
// any error stops the run (exit 2): a list that cannot be read must never count as "not revoked".
std::shared_ptr<const RevocationStore> loadRevocationLists(const Options &options, const LoadedTrust &trust,
                                                           const Context &context, bool *ok)
{
    const LoadedRevocation loaded = options.revocationGiven
                                        ? loadRevocation(options.revocationPaths)
                                        : loadRevocation(StationConfig::load().revocationPaths, trust.bundleExtras);
    for (const QString &error : loaded.errors)
        context.err->write(QStringLiteral("certdesk-cli verify: revocation: %1\n").arg(error).toUtf8());
    for (const QString &warning : loaded.warnings)
        context.err->write(QStringLiteral("certdesk-cli verify: revocation: %1\n").arg(warning).toUtf8());
    *ok = loaded.errors.isEmpty();
    return loaded.store;
}

QByteArray textLine(const VerificationReport &report, const QString &source)
{
    QString line = QStringLiteral("%1: %2").arg(source, verdictName(report.verdict()).toUpper());
    if (report.format != CertificateFormat::Unknown)
        line += QStringLiteral(" (%1").arg(formatName(report.format));
    if (report.certificate && !report.certificate->issuerCountry.isEmpty())
        line += QStringLiteral(", issuer %1").arg(report.certificate->issuerCountry);
    if (report.format != CertificateFormat::Unknown)
        line += u')';
    for (const Reason &reason : report.reasons)
        line += QStringLiteral("\n  %1: %2").arg(reasonCodeName(reason.code), reason.detail);
    if (report.certificate) {
        const Holder &holder = report.certificate->holder;
        const QString name = (holder.familyName.isEmpty() ? holder.familyNameLatin : holder.familyName) + u' '
                             + (holder.givenName.isEmpty() ? holder.givenNameLatin : holder.givenName);
        line += QStringLiteral("\n  holder: %1, born %2").arg(name.trimmed(), holder.dateOfBirth);
        if (!report.certificate->certificateId.isEmpty())
            line += QStringLiteral("\n  certificate: %1").arg(report.certificate->certificateId);
    }
    if (report.policy) {
        line += QStringLiteral("\n  policy %1: %2").arg(report.policy->id, report.policy->met ? QStringLiteral("met")
                                                                                              : QStringLiteral("not met"));
        for (const VerificationReport::PolicyRule &rule : report.policy->rules)
            line += QStringLiteral("\n    %1 %2: %3").arg(rule.met ? QStringLiteral("✓") : QStringLiteral("✗"), rule.id, rule.detail);
    }
    line += u'\n';
    return line.toUtf8();
}

// Verifies every item on @p jobs threads, then applies @p policy (when given) to those that
// passed; the results keep the items' order.
std::vector<VerificationReport> verifyAll(const Verifier &verifier, const QList<PayloadItem> &items,
                                          Timestamp::Millis at, int jobs, const Policy::EntryPolicy *policy)
{
    std::vector<VerificationReport> reports(size_t(items.size()));
    forEachParallel(items.size(), jobs, [&](qsizetype i) {
        reports[size_t(i)] = verifier.verify(items.at(i).text, at);
        if (policy)
            Policy::applyPolicy(*policy, reports[size_t(i)]);
    });
    return reports;
}

} // namespace

int runVerify(const QStringList &arguments, const Context &context)
{
    Options options;
    if (const auto done = parseOptions(arguments, context, options))
        return *done;
    if (options.jobs == 0)
        options.jobs = int(qMax(1u, std::thread::hardware_concurrency()));
    // Only the app layer reads the clock (STYLE.md §5).
    const Timestamp::Millis at = options.at.value_or(QDateTime::currentMSecsSinceEpoch());

    bool trustOk = false;
    const LoadedTrust trust = loadTrust(options, context, &trustOk);
    if (!trustOk)
        return ExitUsage;
    const auto &store = trust.store;
    bool revocationOk = false;
    const auto revocation = loadRevocationLists(options, trust, context, &revocationOk);
    if (!revocationOk)
        return ExitUsage;
    // Value sets shipped in trust bundles add to (and update) the embedded EU ones.
    ValueSets valueSets = ValueSets::builtIn();
    for (const TrustBundle::Entry &entry : trust.bundleExtras) {
        if (entry.kind == TrustBundle::EntryKind::ValueSets)
            valueSets.addJson(entry.data);
    }
    Verifier verifier(store, valueSets);
    verifier.setRevocation(revocation);
    std::optional<Policy::EntryPolicy> policy;
    if (!options.policy.isEmpty()) {
        Expected<Policy::EntryPolicy, QString> loaded = loadPolicy(options.policy, trust);
        if (!loaded) {
            context.err->write(QStringLiteral("certdesk-cli verify: --policy %1\n").arg(loaded.error()).toUtf8());
            return ExitUsage;
        }
        policy = std::move(loaded).value();
    }

    // Read every input first: a missing file is a usage error (exit 2) before any work.
    QString readError;
    const auto perInput = InputReader::readAll(options.inputs, *context.in, options.jobs, &readError);
    if (!perInput) {
        context.err->write(QStringLiteral("certdesk-cli verify: %1\n").arg(readError).toUtf8());
        return ExitUsage;
    }
    // Journaling is opt-in: scripts and conformance runs must not fill the station journal.
    std::unique_ptr<Journal::JournalWriter> journal;
    if (!options.journalPath.isEmpty() && !(journal = openVerifyJournal(options.journalPath, context)))
        return ExitUsage;
    QList<PayloadItem> items;
    QStringList emptyInputs;
    for (qsizetype i = 0; i < perInput->size(); ++i) {
        if (perInput->at(i).isEmpty())
            emptyInputs.append(options.inputs.at(i));
        items += perInput->at(i);
    }

    if (options.benchmarkRounds > 0) {
        QList<PayloadItem> repeated;
        for (int round = 0; round < options.benchmarkRounds; ++round)
            repeated += items;
        QElapsedTimer timer;
        timer.start();
        const auto reports = verifyAll(verifier, repeated, at, options.jobs, policy ? &*policy : nullptr);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        context.err->write(QStringLiteral("benchmark: %1 verifications on %2 thread(s) in %3 s (%4 per second)\n")
                               .arg(reports.size())
                               .arg(options.jobs)
                               .arg(seconds, 0, 'f', 3)
                               .arg(double(reports.size()) / qMax(seconds, 1e-9), 0, 'f', 0)
                               .toUtf8());
    }

    auto reports = verifyAll(verifier, items, at, options.jobs, policy ? &*policy : nullptr);
    // Trust age and clock sanity are measured on the real clock, whatever --at says
    // (TRUST-BUNDLES.md "Age"): only trust from a bundle has an issue time to measure from.
    if (trust.summary.fromBundle) {
        const TrustAge age = assessTrustAge(trust.summary, QDateTime::currentMSecsSinceEpoch(), StationConfig::load().trustAge);
        for (VerificationReport &report : reports)
            applyTrustAge(report, trust.summary, age);
    }
    bool allValid = emptyInputs.isEmpty();
    QByteArray output;
    for (size_t i = 0; i < reports.size(); ++i) {
        const VerificationReport &report = reports[i];
        const QString &source = items.at(qsizetype(i)).source;
        if (!report.isValid())
            allValid = false;
        if (options.json)
            output += QJsonDocument(reportToJson(report, source)).toJson(QJsonDocument::Compact) + '\n';
        else
            output += textLine(report, source);
        if (output.size() > 64 * 1024) {
            context.out->write(output);
            output.clear();
        }
    }
    context.out->write(output);
    for (const QString &input : std::as_const(emptyInputs))
        context.err->write(QStringLiteral("certdesk-cli verify: %1: no QR code found\n").arg(input).toUtf8());
    // A journal write that failed is reported, never dropped: exit 2 like any I/O failure.
    if (journal && !journalVerifications(*journal, reports, items, QStringLiteral("cli:%1").arg(store->size()), context))
        return ExitUsage;
    return allValid ? ExitValid : ExitNotValid;
}

} // namespace CertDesk::Cli
