// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "trustcommand.h"

#include "issue/signingkey.h"
#include "station/stationconfig.h"
#include "trust/bundlestore.h"
#include "trust/trustbundle.h"
#include "trust/trustloader.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace CertDesk::Cli {

namespace {

constexpr char kTrustUsage[] =
    "Usage: certdesk-cli trust COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  list [--json] [--trust PATH]...\n"
    "                      the trust in use: its sources (with provenance), the installed bundle and its\n"
    "                      age, and every key with its validity; --trust lists those files instead\n"
    "  import PATH         check PATH (certificate, folder of CSCA/DSC certificates, ICAO master list, DCC\n"
    "                      trust list, SHC JWKS or VCI snapshot) and copy it into the station's trust\n"
    "                      folder, recording where it came from, when and who imported it\n"
    "  update [FILE|URL] [--pin CERT|SHA256]\n"
    "                      install a signed trust bundle (default source: the setting trust/bundleSource);\n"
    "                      signature, pin, expiry, clock and version (no rollback) checked; the current\n"
    "                      bundle is kept as the last good one. URLs must be https.\n"
    "  pin CERT|SHA256     allow this certificate to sign trust bundles for this station\n"
    "  bundle --key KEY --cert CERT --version N --out FILE [--publisher TEXT] [--description TEXT]\n"
    "         [--issued TIME] [--expires TIME | --valid-days N] FOLDER\n"
    "                      make a signed bundle from FOLDER's trust/, revocation/, policies/ and\n"
    "                      valuesets/ subfolders (default: issued now, valid 30 days)\n"
    "\n"
    "TIME: RFC 3339. Exit status: 0 done; 1 refused (a bundle that fails a check, material that does\n"
    "not load); 2 usage or I/O error.\n";

constexpr int kExitRefused = 1;
constexpr int kDownloadTimeoutMs = 60 * 1000;
constexpr char kProvenanceFile[] = ".provenance.json";

int usageError(const Context &context, const QString &message)
{
    context.err->write(QStringLiteral("certdesk-cli trust: %1\n").arg(message).toUtf8());
    context.err->write("Run 'certdesk-cli trust --help' for usage.\n");
    return ExitUsage;
}

void writeLine(QIODevice *device, const QString &line)
{
    device->write(line.toUtf8() + '\n');
}

QString importFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust");
}


QJsonObject readProvenance()
{
    QFile file(importFolder() + u'/' + QLatin1StringView(kProvenanceFile));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// --- list -----------------------------------------------------------------------------------

int runList(const QStringList &arguments, const Context &context)
{
    bool json = false;
    QStringList paths;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--json")
            json = true;
        else if (argument == u"--trust" && i + 1 < arguments.size())
            paths.append(arguments.at(++i));
        else
            return usageError(context, QStringLiteral("list: unknown argument '%1'").arg(argument));
    }
    const StationConfig config = StationConfig::load();
    const LoadedTrust trust = paths.isEmpty() ? loadStationTrust(config) : loadTrust(paths, config.listSigningKey, config.bundlePins);
    for (const QString &error : trust.errors)
        context.err->write(QStringLiteral("certdesk-cli trust: %1\n").arg(error).toUtf8());
    for (const QString &warning : trust.warnings)
        context.err->write(QStringLiteral("certdesk-cli trust: %1\n").arg(warning).toUtf8());

    const Timestamp::Millis now = QDateTime::currentMSecsSinceEpoch();
    const TrustAge age = assessTrustAge(trust.summary, now, config.trustAge);
    const QJsonObject provenance = readProvenance();

    // Sources: each file (or bundle entry) that vouched for keys, with its counts.
    struct Source
    {
        QString kind;
        int keys = 0;
        int validNow = 0;
    };
    QMap<QString, Source> sources;
    QJsonArray keys;
    const auto signers = trust.store->signers();
    for (const auto &signer : signers) {
        Source &source = sources[signer->sourceName];
        source.kind = trustSourceKindName(signer->sourceKind);
        ++source.keys;
        const bool valid = signer->notAfter == 0 || signer->isValidAt(now);
        if (valid)
            ++source.validNow;
        QJsonObject key{{QStringLiteral("kid"), QString::fromLatin1(signer->kid.toBase64())},
                        {QStringLiteral("country"), signer->country},
                        {QStringLiteral("subject"), signer->subject.isEmpty() ? signer->shcIssuer : signer->subject},
                        {QStringLiteral("kind"), source.kind},
                        {QStringLiteral("source"), signer->sourceName},
                        {QStringLiteral("valid_now"), valid}};
        if (signer->notAfter != 0) {
            key.insert(QStringLiteral("not_before"), Timestamp::formatRfc3339(signer->notBefore));
            key.insert(QStringLiteral("not_after"), Timestamp::formatRfc3339(signer->notAfter));
        }
        keys.append(key);
    }
    QJsonArray sourceArray;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        QJsonObject source{{QStringLiteral("name"), it.key()},
                           {QStringLiteral("kind"), it->kind},
                           {QStringLiteral("keys"), it->keys},
                           {QStringLiteral("valid_now"), it->validNow}};
        const QJsonObject imported = provenance.value(QFileInfo(it.key()).absoluteFilePath()).toObject();
        if (!imported.isEmpty())
            source.insert(QStringLiteral("provenance"), imported);
        sourceArray.append(source);
    }
    QJsonObject out{{QStringLiteral("sources"), sourceArray},
                    {QStringLiteral("keys"), keys},
                    {QStringLiteral("age"),
                     QJsonObject{{QStringLiteral("status"), trustAgeStatusName(age.status)},
                                 {QStringLiteral("detail"), age.detail},
                                 {QStringLiteral("warn_days"), config.trustAge.warnDays},
                                 {QStringLiteral("refuse_days"), config.trustAge.refuseDays}}}};
    if (trust.summary.fromBundle) {
        out.insert(QStringLiteral("bundle"),
                   QJsonObject{{QStringLiteral("version"), qint64(trust.summary.version)},
                               {QStringLiteral("issued"), Timestamp::formatRfc3339(trust.summary.issued)},
                               {QStringLiteral("expires"), Timestamp::formatRfc3339(trust.summary.expires)},
                               {QStringLiteral("publisher"), trust.summary.publisher},
                               {QStringLiteral("signer"), trust.summary.signerSubject},
                               {QStringLiteral("signer_sha256"), TrustBundle::fingerprintToHex(trust.summary.signerFingerprint)},
                               {QStringLiteral("path"), trust.summary.path},
                               {QStringLiteral("last_good_fallback"), trust.summary.fallback}});
    }
    if (json) {
        context.out->write(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return trust.errors.isEmpty() ? ExitValid : ExitUsage;
    }
    if (trust.summary.fromBundle) {
        writeLine(context.out, QStringLiteral("Trust bundle version %1 from %2, issued %3, expires %4%5")
                                   .arg(trust.summary.version)
                                   .arg(trust.summary.publisher.isEmpty() ? QStringLiteral("(no publisher)") : trust.summary.publisher,
                                        Timestamp::formatRfc3339(trust.summary.issued),
                                        Timestamp::formatRfc3339(trust.summary.expires),
                                        trust.summary.fallback ? QStringLiteral(" (last good bundle: the newest failed)") : QString()));
        writeLine(context.out, QStringLiteral("  signed by %1 (SHA-256 %2)")
                                   .arg(trust.summary.signerSubject, TrustBundle::fingerprintToHex(trust.summary.signerFingerprint)));
    }
    writeLine(context.out, QStringLiteral("Age: %1 (%2)").arg(trustAgeStatusName(age.status), age.detail));
    writeLine(context.out, QStringLiteral("%1 key(s) from %2 source(s):").arg(signers.size()).arg(sources.size()));
    for (const QJsonValue &value : std::as_const(sourceArray)) {
        const QJsonObject source = value.toObject();
        QString line = QStringLiteral("  %1 [%2]: %3 key(s), %4 valid now")
                           .arg(source.value(QStringLiteral("name")).toString(), source.value(QStringLiteral("kind")).toString())
                           .arg(source.value(QStringLiteral("keys")).toInt())
                           .arg(source.value(QStringLiteral("valid_now")).toInt());
        const QJsonObject imported = source.value(QStringLiteral("provenance")).toObject();
        if (!imported.isEmpty())
            line += QStringLiteral("; imported %1 by %2 from %3")
                        .arg(imported.value(QStringLiteral("imported")).toString(), imported.value(QStringLiteral("by")).toString(),
                             imported.value(QStringLiteral("from")).toString());
        writeLine(context.out, line);
    }
    for (const QJsonValue &value : std::as_const(keys)) {
        const QJsonObject key = value.toObject();
        writeLine(context.out, QStringLiteral("  %1 %2 %3 %4 – %5%6")
                                   .arg(key.value(QStringLiteral("kid")).toString(), key.value(QStringLiteral("country")).toString(),
                                        key.value(QStringLiteral("subject")).toString(),
                                        key.value(QStringLiteral("not_before")).toString(),
                                        key.value(QStringLiteral("not_after")).toString(),
                                        key.value(QStringLiteral("valid_now")).toBool() ? QString() : QStringLiteral(" (not valid now)")));
    }
    return trust.errors.isEmpty() ? ExitValid : ExitUsage;
}

// --- import ---------------------------------------------------------------------------------

int runImport(const QStringList &arguments, const Context &context)
{
    if (arguments.size() != 1)
        return usageError(context, QStringLiteral("import needs exactly one PATH"));
    const QFileInfo info(arguments.first());
    if (!info.exists())
        return usageError(context, QStringLiteral("import: %1: no such file or directory").arg(info.filePath()));
    const StationConfig config = StationConfig::load();

    // Check first: nothing is copied unless all of it loads.
    TrustStore scratch;
    TrustLoader loader;
    loader.setBundlePins(config.bundlePins);
    if (!config.listSigningKey.isEmpty()) {
        QFile key(config.listSigningKey);
        if (key.open(QIODevice::ReadOnly))
            (void)loader.setListSigningKey(key.readAll());
    }
    if (const auto error = loader.loadPath(info.filePath(), scratch)) {
        context.err->write(QStringLiteral("certdesk-cli trust: import refused: %1\n").arg(error->message).toUtf8());
        return kExitRefused;
    }
    for (const QString &warning : loader.warnings())
        context.err->write(QStringLiteral("certdesk-cli trust: %1\n").arg(warning).toUtf8());
    if (scratch.isEmpty()) {
        context.err->write(QStringLiteral("certdesk-cli trust: import refused: %1 holds no usable key\n").arg(info.filePath()).toUtf8());
        return kExitRefused;
    }

    const QString root = importFolder() + QStringLiteral("/imported");
    QStringList files;
    if (info.isDir()) {
        QDirIterator it(info.filePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        std::sort(files.begin(), files.end());
    } else {
        files.append(info.filePath());
    }
    const QString target = root + u'/' + info.fileName();
    QJsonObject provenance = readProvenance();
    const QString who = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString when = Timestamp::formatRfc3339(QDateTime::currentMSecsSinceEpoch());
    for (const QString &file : std::as_const(files)) {
        const QString relative = info.isDir() ? QDir(info.filePath()).relativeFilePath(file) : QString();
        const QString destination = relative.isEmpty() ? target : target + u'/' + relative;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return usageError(context, QStringLiteral("import: %1: %2").arg(file, in.errorString()));
        const QByteArray data = in.readAll();
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
            return usageError(context, QStringLiteral("import: cannot create %1").arg(QFileInfo(destination).absolutePath()));
        QSaveFile out(destination);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
            return usageError(context, QStringLiteral("import: %1: %2").arg(destination, out.errorString()));
        provenance.insert(QFileInfo(destination).absoluteFilePath(),
                          QJsonObject{{QStringLiteral("from"), QFileInfo(file).absoluteFilePath()},
                                      {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
                                      {QStringLiteral("imported"), when},
                                      {QStringLiteral("by"), who}});
    }
    QSaveFile record(importFolder() + u'/' + QLatin1StringView(kProvenanceFile));
    const QByteArray recordBytes = QJsonDocument(provenance).toJson();
    if (!record.open(QIODevice::WriteOnly) || record.write(recordBytes) != recordBytes.size() || !record.commit())
        return usageError(context, QStringLiteral("import: cannot record provenance: %1").arg(record.errorString()));
    writeLine(context.out, QStringLiteral("imported %1 key(s) from %2 into %3").arg(scratch.size()).arg(info.filePath(), target));
    if (!config.trustPaths.contains(importFolder()))
        context.err->write(QStringLiteral("certdesk-cli trust: note: the setting trust/paths does not include %1; the "
                                          "station will not use this import until it does\n")
                               .arg(importFolder())
                               .toUtf8());
    return ExitValid;
}

// --- pin ------------------------------------------------------------------------------------

// A certificate file (PEM or DER) or a SHA-256 in hex.
QByteArray pinFrom(const QString &text, QString *error)
{
    if (QFileInfo(text).isFile()) {
        QFile file(text);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(text, file.errorString());
            return {};
        }
        QByteArray data = file.readAll();
        if (data.contains("-----BEGIN CERTIFICATE-----")) {
            const qsizetype begin = data.indexOf("-----BEGIN CERTIFICATE-----") + 27;
            const qsizetype end = data.indexOf("-----END CERTIFICATE-----", begin);
            data = QByteArray::fromBase64(data.mid(begin, end - begin).simplified().replace(' ', ""));
        }
        QString problem;
        if (!makeTrustedSigner(data, TrustSourceKind::CertificateFile, text, &problem)) {
            *error = QStringLiteral("%1: %2").arg(text, problem);
            return {};
        }
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }
    const QByteArray fingerprint = TrustBundle::fingerprintFromHex(text);
    if (fingerprint.isEmpty())
        *error = QStringLiteral("%1 is neither a certificate file nor a SHA-256 in hex").arg(text);
    return fingerprint;
}

void addPin(const QByteArray &fingerprint, const Context &context)
{
    QSettings settings;
    QStringList pins = settings.value(QStringLiteral("trust/bundlePins")).toStringList();
    const QString hex = TrustBundle::fingerprintToHex(fingerprint);
    if (pins.contains(hex))
        return;
    pins.append(hex);
    settings.setValue(QStringLiteral("trust/bundlePins"), pins);
    settings.sync();
    writeLine(context.out, QStringLiteral("pinned trust-bundle signer SHA-256 %1").arg(hex));
}

int runPin(const QStringList &arguments, const Context &context)
{
    if (arguments.size() != 1)
        return usageError(context, QStringLiteral("pin needs one certificate file or SHA-256"));
    QString error;
    const QByteArray fingerprint = pinFrom(arguments.first(), &error);
    if (fingerprint.isEmpty())
        return usageError(context, QStringLiteral("pin: %1").arg(error));
    addPin(fingerprint, context);
    return ExitValid;
}

// --- update ---------------------------------------------------------------------------------

Expected<QByteArray, QString> fetch(const QString &source)
{
    const QUrl url(source);
    if (url.scheme() == u"http")
        return QStringLiteral("%1: plain http is refused; use https").arg(source);
    if (url.scheme() != u"https") {
        QFile file(url.isLocalFile() ? url.toLocalFile() : source);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        if (file.size() > TrustBundle::kMaxBundleBytes)
            return QStringLiteral("%1: larger than %2 bytes").arg(file.fileName()).arg(TrustBundle::kMaxBundleBytes);
        return file.readAll();
    }
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(kDownloadTimeoutMs);
    QNetworkReply *reply = manager.get(request);
    QByteArray data;
    QString error;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        data += reply->readAll();
        if (data.size() > TrustBundle::kMaxBundleBytes) {
            error = QStringLiteral("%1: larger than %2 bytes").arg(source).arg(TrustBundle::kMaxBundleBytes);
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    data += reply->readAll();
    if (error.isEmpty() && reply->error() != QNetworkReply::NoError)
        error = QStringLiteral("%1: %2").arg(source, reply->errorString());
    reply->deleteLater();
    if (!error.isEmpty())
        return error;
    return data;
}

int runUpdate(const QStringList &arguments, const Context &context)
{
    QString source;
    QString pin;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--pin") {
            if (i + 1 >= arguments.size())
                return usageError(context, QStringLiteral("--pin needs a certificate or SHA-256"));
            pin = arguments.at(++i);
        } else if (argument.startsWith(u"--")) {
            return usageError(context, QStringLiteral("update: unknown option '%1'").arg(argument));
        } else if (source.isEmpty()) {
            source = argument;
        } else {
            return usageError(context, QStringLiteral("update takes one source"));
        }
    }
    if (!pin.isEmpty()) {
        QString error;
        const QByteArray fingerprint = pinFrom(pin, &error);
        if (fingerprint.isEmpty())
            return usageError(context, QStringLiteral("--pin: %1").arg(error));
        addPin(fingerprint, context);
    }
    const StationConfig config = StationConfig::load();
    if (source.isEmpty())
        source = config.bundleSource;
    if (source.isEmpty())
        return usageError(context, QStringLiteral("update: no source given and the setting trust/bundleSource is empty"));
    const auto data = fetch(source);
    if (!data) {
        context.err->write(QStringLiteral("certdesk-cli trust: update: %1\n").arg(data.error()).toUtf8());
        return ExitUsage;
    }
    TrustBundle::BundleStore store(config.bundleDirectory);
    const auto installed = store.install(data.value(), config.bundlePins, QDateTime::currentMSecsSinceEpoch(), source);
    if (!installed) {
        context.err->write(QStringLiteral("certdesk-cli trust: update %1\n").arg(installed.error()).toUtf8());
        if (store.hasCurrent())
            context.err->write("certdesk-cli trust: the installed bundle is unchanged\n");
        return kExitRefused;
    }
    const TrustBundle::Manifest &manifest = installed->bundle.manifest;
    QString line = QStringLiteral("installed trust bundle version %1 (issued %2, expires %3, %4 entries, signed by %5)")
                       .arg(manifest.version)
                       .arg(Timestamp::formatRfc3339(manifest.issued), Timestamp::formatRfc3339(manifest.expires))
                       .arg(manifest.entries.size())
                       .arg(installed->bundle.signerSubject);
    if (installed->replacedVersion > 0)
        line += QStringLiteral("; version %1 kept as the last good bundle").arg(installed->replacedVersion);
    writeLine(context.out, line);
    return ExitValid;
}

// --- bundle ---------------------------------------------------------------------------------

int runBundle(const QStringList &arguments, const Context &context)
{
    QString keyPath, certPath, outPath, folder, publisher, description, issuedText, expiresText;
    qint64 version = 0;
    int validDays = 30;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const auto value = [&](QString *target) {
            if (i + 1 >= arguments.size())
                return false;
            *target = arguments.at(++i);
            return true;
        };
        QString number;
        bool ok = true;
        if (argument == u"--key")
            ok = value(&keyPath);
        else if (argument == u"--cert")
            ok = value(&certPath);
        else if (argument == u"--out")
            ok = value(&outPath);
        else if (argument == u"--publisher")
            ok = value(&publisher);
        else if (argument == u"--description")
            ok = value(&description);
        else if (argument == u"--issued")
            ok = value(&issuedText);
        else if (argument == u"--expires")
            ok = value(&expiresText);
        else if (argument == u"--version") {
            ok = value(&number) && (version = number.toLongLong()) > 0;
        } else if (argument == u"--valid-days") {
            ok = value(&number) && (validDays = number.toInt()) > 0;
        } else if (argument.startsWith(u"--"))
            return usageError(context, QStringLiteral("bundle: unknown option '%1'").arg(argument));
        else if (folder.isEmpty())
            folder = argument;
        else
            return usageError(context, QStringLiteral("bundle takes one FOLDER"));
        if (!ok)
            return usageError(context, QStringLiteral("bundle: %1 needs a valid value").arg(argument));
    }
    if (keyPath.isEmpty() || certPath.isEmpty() || outPath.isEmpty() || folder.isEmpty() || version == 0)
        return usageError(context, QStringLiteral("bundle needs --key, --cert, --version, --out and a FOLDER"));
    const auto key = Issue::SigningKey::load(keyPath, certPath);
    if (!key)
        return usageError(context, QStringLiteral("bundle: %1").arg(key.error().message));

    TrustBundle::Manifest manifest;
    manifest.version = quint64(version);
    manifest.publisher = publisher.isEmpty() ? key->subject() : publisher;
    manifest.description = description;
    manifest.issued = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    if (!issuedText.isEmpty()) {
        const auto issued = Timestamp::parseRfc3339(issuedText);
        if (!issued)
            return usageError(context, QStringLiteral("bundle: --issued is not RFC 3339"));
        manifest.issued = *issued;
    }
    manifest.expires = manifest.issued + qint64(validDays) * 86400 * 1000;
    if (!expiresText.isEmpty()) {
        const auto expires = Timestamp::parseRfc3339(expiresText);
        if (!expires)
            return usageError(context, QStringLiteral("bundle: --expires is not RFC 3339"));
        manifest.expires = *expires;
    }
    const QDir root(QFileInfo(folder).absoluteFilePath());
    if (!root.exists())
        return usageError(context, QStringLiteral("bundle: %1: no such folder").arg(folder));
    QDirIterator it(root.absolutePath(), QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    std::sort(files.begin(), files.end());
    for (const QString &relative : std::as_const(files)) {
        const QString top = relative.section(u'/', 0, 0);
        std::optional<TrustBundle::EntryKind> kind;
        if (top == u"trust")
            kind = TrustBundle::EntryKind::Trust;
        else if (top == u"revocation")
            kind = TrustBundle::EntryKind::Revocation;
        else if (top == u"policies")
            kind = TrustBundle::EntryKind::Policy;
        else if (top == u"valuesets")
            kind = TrustBundle::EntryKind::ValueSets;
        if (!kind || !relative.contains(u'/'))
            return usageError(context, QStringLiteral("bundle: %1 is not under trust/, revocation/, policies/ or valuesets/").arg(relative));
        QFile file(root.filePath(relative));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(context, QStringLiteral("bundle: %1: %2").arg(file.fileName(), file.errorString()));
        manifest.entries.append({*kind, relative, file.readAll()});
    }
    const auto bundle = TrustBundle::create(manifest, *key);
    if (!bundle)
        return usageError(context, QStringLiteral("bundle: %1").arg(bundle.error()));
    // What the station will check on installing it, checked now, so a bad bundle is never published.
    const auto opened = TrustBundle::open(bundle.value(), {});
    if (!opened)
        return usageError(context, QStringLiteral("bundle: the new bundle does not open: %1").arg(opened.error()));
    const QStringList problems = TrustBundle::checkEntries(opened.value());
    if (!problems.isEmpty()) {
        for (const QString &problem : problems)
            context.err->write(QStringLiteral("certdesk-cli trust: bundle: %1\n").arg(problem).toUtf8());
        return kExitRefused;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bundle.value()) != bundle->size() || !out.commit())
        return usageError(context, QStringLiteral("bundle: %1: %2").arg(outPath, out.errorString()));
    writeLine(context.out, QStringLiteral("wrote %1: version %2, %3 entries, %4 bytes, signer SHA-256 %5")
                               .arg(outPath)
                               .arg(manifest.version)
                               .arg(manifest.entries.size())
                               .arg(bundle->size())
                               .arg(TrustBundle::fingerprintToHex(opened->signerFingerprint)));
    return ExitValid;
}

} // namespace

int runTrust(const QStringList &arguments, const Context &context)
{
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        (arguments.isEmpty() ? context.err : context.out)->write(kTrustUsage);
        return arguments.isEmpty() ? ExitUsage : ExitValid;
    }
    const QString &command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"list")
        return runList(rest, context);
    if (command == u"import")
        return runImport(rest, context);
    if (command == u"update")
        return runUpdate(rest, context);
    if (command == u"pin")
        return runPin(rest, context);
    if (command == u"bundle")
        return runBundle(rest, context);
    return usageError(context, QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace CertDesk::Cli
