// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "issuecommand.h"

#include "demo/demosequence.h"
#include "demo/specimens.h"
#include "issue/issuer.h"
#include "issue/issuerequest.h"
#include "issue/paper/paperpdf.h"
#include "scan/qrencoder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>
#include <variant>

namespace CertDesk::Cli {

namespace {

using namespace Qt::StringLiterals;

constexpr char kIssueUsage[] =
    "Usage: certdesk-cli issue --format ithc|dcc --kind KIND (--key KEY.pem --cert CERT.pem | --specimen-signer NAME)\n"
    "                          --out-dir DIR [OPTIONS]\n"
    "       certdesk-cli issue --demo-sequence DIR [--at TIME] [--json]\n"
    "\n"
    "Makes a SPECIMEN certificate for tests, training and demonstrations: DIR/NAME.txt (the QR text),\n"
    "DIR/NAME.png (the QR code) and DIR/NAME.pdf (the paper version, marked SPECIMEN), signed with\n"
    "the key given. With --demo-sequence, writes the demo's camera frames, trust/ and manifest.json.\n"
    "\n"
    "  --format ithc|dcc         ITHC-1 (ES256 or SM2-SM3 key) or EU DCC (ES256 or PS256 key)\n"
    "  --kind KIND               ithc: vaccination, nat-test, igm-test, tests (both); dcc: vaccination,\n"
    "                            test, recovery\n"
    "  --key PEM, --cert PEM     the private key and its certificate (the kid is taken from it)\n"
    "  --specimen-signer NAME    an embedded specimen key instead: ithc-es256, ithc-sm2, dcc-dsc\n"
    "  --out-dir DIR             where the files go (created when missing)\n"
    "  --name BASENAME           file names (default: specimen)\n"
    "  --result negative|positive  the test result (default: negative)\n"
    "  --sample-time TIME        when the sample was taken (default: 6 hours before --iat)\n"
    "  --vaccination-date DATE   YYYY-MM-DD (default: 30 days before --iat)\n"
    "  --at TIME                 the current instant (default: now); --iat defaults to it\n"
    "  --iat TIME, --exp TIME    issued at, expires at (default exp: 14 days after iat for ITHC-1, a year for\n"
    "                            a DCC); an --exp in the past issues an expired specimen\n"
    "  --family-name T, --given-name T, --family-name-icao T, --given-name-icao T, --dob DATE,\n"
    "  --sex F|M|X, --document-type P|I, --document-number N, --country CC, --id CI\n"
    "                            holder and certificate fields (default: specimen values)\n"
    "  --ecc M|Q                 QR error correction (default Q; ITHC-1 allows M or Q, DCC uses Q)\n"
    "  --no-specimen-mark        leave the SPECIMEN mark off the paper\n"
    "  --json                    print what was written as one JSON object\n"
    "\n"
    "TIME is RFC 3339 with an offset (2026-03-15T08:00:00Z). Exit status: 0 written; 2 usage or I/O error.\n";

constexpr Timestamp::Millis kDay = 24 * 3600 * 1000;

// Options that take a value, by name; the value is kept as given and converted later.
const QStringList kValueOptions{u"--format"_s,       u"--kind"_s,          u"--key"_s,
                                u"--cert"_s,         u"--specimen-signer"_s, u"--out-dir"_s,
                                u"--name"_s,         u"--result"_s,        u"--sample-time"_s,
                                u"--vaccination-date"_s, u"--at"_s,        u"--iat"_s,
                                u"--exp"_s,          u"--family-name"_s,   u"--given-name"_s,
                                u"--family-name-icao"_s, u"--given-name-icao"_s, u"--dob"_s,
                                u"--sex"_s,          u"--document-type"_s, u"--document-number"_s,
                                u"--country"_s,      u"--id"_s,            u"--ecc"_s,
                                u"--demo-sequence"_s};

struct Arguments
{
    QHash<QString, QString> values;
    bool json = false;
    bool specimenMark = true;

    QString value(const QString &name) const { return values.value(name); }
    bool has(const QString &name) const { return values.contains(name); }
};

struct UsageError
{
    QString message;
};

int usageError(const Context &context, const QString &message)
{
    context.err->write(u"certdesk-cli issue: %1\n"_s.arg(message).toUtf8());
    context.err->write("Run 'certdesk-cli issue --help' for usage.\n");
    return ExitUsage;
}

int ioError(const Context &context, const QString &message)
{
    context.err->write(u"certdesk-cli issue: %1\n"_s.arg(message).toUtf8());
    return ExitUsage;
}

// Returns an exit code when the command is done (help or error).
std::optional<int> parse(const QStringList &arguments, const Context &context, Arguments &parsed)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        std::optional<QString> inlineValue;
        if (argument.startsWith(u"--") && argument.contains(u'=')) {
            inlineValue = argument.section(u'=', 1);
            argument = argument.section(u'=', 0, 0);
        }
        if (argument == u"--help" || argument == u"-h") {
            context.out->write(kIssueUsage);
            return ExitValid;
        } else if (argument == u"--json") {
            parsed.json = true;
        } else if (argument == u"--no-specimen-mark") {
            parsed.specimenMark = false;
        } else if (kValueOptions.contains(argument)) {
            if (!inlineValue && i + 1 >= arguments.size())
                return usageError(context, u"%1 needs a value"_s.arg(argument));
            if (parsed.has(argument))
                return usageError(context, u"%1 given more than once"_s.arg(argument));
            parsed.values.insert(argument, inlineValue ? *inlineValue : arguments.at(++i));
        } else {
            return usageError(context, u"unknown option or argument '%1'"_s.arg(argument));
        }
    }
    return std::nullopt;
}

// An RFC 3339 option through the one time parser of the core (core/time/timestamp).
std::optional<Timestamp::Millis> timeOption(const Arguments &arguments, const QString &name, Timestamp::Millis fallback,
                                            QString *problem)
{
    if (!arguments.has(name))
        return fallback;
    const auto time = Timestamp::parseRfc3339(arguments.value(name));
    if (!time)
        *problem = u"%1 '%2' is not an RFC 3339 date-time with an offset"_s.arg(name, arguments.value(name));
    return time;
}

// The request from the options; a usage problem otherwise.
std::variant<Issue::IssueRequest, UsageError> makeRequest(const Arguments &arguments, Timestamp::Millis now)
{
    Issue::IssueRequest request;
    const QString format = arguments.value(u"--format"_s);
    if (format == u"ithc")
        request.format = CertificateFormat::Ithc;
    else if (format == u"dcc")
        request.format = CertificateFormat::Dcc;
    else
        return UsageError{format.isEmpty() ? u"--format ithc|dcc is required"_s
                                           : u"--format '%1' is not ithc or dcc"_s.arg(format)};
    const auto kind = Issue::kindFromName(arguments.value(u"--kind"_s), request.format);
    if (!kind)
        return UsageError{u"--kind '%1' is not a kind of %2 certificate"_s.arg(arguments.value(u"--kind"_s), format)};
    request.kind = *kind;

    const QString result = arguments.value(u"--result"_s);
    if (!result.isEmpty() && result != u"negative" && result != u"positive")
        return UsageError{u"--result '%1' is not negative or positive"_s.arg(result)};
    request.positive = result == u"positive";

    QString problem;
    const auto at = timeOption(arguments, u"--at"_s, now, &problem);
    const auto iat = at ? timeOption(arguments, u"--iat"_s, *at, &problem) : std::nullopt;
    const Timestamp::Millis validity = request.format == CertificateFormat::Ithc ? 14 * kDay : 365 * kDay;
    const auto exp = iat ? timeOption(arguments, u"--exp"_s, *iat + validity, &problem) : std::nullopt;
    if (!exp)
        return UsageError{problem};
    if (*exp <= *iat)
        return UsageError{u"--exp must lie after --iat"_s};
    request.issuedAt = *iat;
    request.expiresAt = *exp;
    if (arguments.has(u"--sample-time"_s)) {
        request.sampleTime = timeOption(arguments, u"--sample-time"_s, 0, &problem);
        if (!request.sampleTime)
            return UsageError{problem};
    }
    if (arguments.has(u"--vaccination-date"_s)) {
        request.vaccinationDate = Timestamp::parseDate(arguments.value(u"--vaccination-date"_s));
        if (!request.vaccinationDate)
            return UsageError{u"--vaccination-date '%1' is not YYYY-MM-DD"_s.arg(arguments.value(u"--vaccination-date"_s))};
    }
    const QString dob = arguments.value(u"--dob"_s);
    if (!dob.isEmpty() && !Timestamp::parsePartialDate(dob))
        return UsageError{u"--dob '%1' is not YYYY, YYYY-MM or YYYY-MM-DD"_s.arg(dob)};

    Holder &holder = request.holder;
    holder.familyName = arguments.value(u"--family-name"_s);
    holder.givenName = arguments.value(u"--given-name"_s);
    holder.familyNameLatin = arguments.value(u"--family-name-icao"_s);
    holder.givenNameLatin = arguments.value(u"--given-name-icao"_s);
    holder.dateOfBirth = dob;
    holder.sex = arguments.value(u"--sex"_s);
    request.country = arguments.value(u"--country"_s);
    request.certificateId = arguments.value(u"--id"_s);
    if (arguments.has(u"--document-number"_s) || arguments.has(u"--document-type"_s)) {
        const QString country = request.country.isEmpty() ? u"XS"_s : request.country;
        holder.document = TravelDocument{arguments.has(u"--document-type"_s) ? arguments.value(u"--document-type"_s) : u"P"_s,
                                         arguments.value(u"--document-number"_s), country};
    }
    return request;
}

Issue::IssueResult<Issue::SigningKey> signingKey(const Arguments &arguments)
{
    const QString specimen = arguments.value(u"--specimen-signer"_s);
    if (!specimen.isEmpty()) {
        if (specimen == u"ithc-es256")
            return Demo::Specimens::signingKey(Demo::Specimens::Signer::IthcEs256);
        if (specimen == u"ithc-sm2")
            return Demo::Specimens::signingKey(Demo::Specimens::Signer::IthcSm2);
        if (specimen == u"dcc-dsc")
            return Demo::Specimens::signingKey(Demo::Specimens::Signer::DccEs256);
        return Issue::IssueError{u"--specimen-signer '%1' is not ithc-es256, ithc-sm2 or dcc-dsc"_s.arg(specimen)};
    }
    return Issue::SigningKey::load(arguments.value(u"--key"_s), arguments.value(u"--cert"_s));
}

int runDemoSequence(const Arguments &arguments, const Context &context)
{
    Demo::DemoOptions options;
    QString problem;
    const auto at = timeOption(arguments, u"--at"_s, QDateTime::currentMSecsSinceEpoch(), &problem);
    if (!at)
        return usageError(context, problem);
    options.at = *at;
    const auto manifest = Demo::DemoSequence::generate(arguments.value(u"--demo-sequence"_s), options);
    if (!manifest)
        return ioError(context, manifest.error().message);
    if (arguments.json) {
        QJsonObject object = manifest->toJson();
        object.insert(u"directory"_s, manifest->directory);
        context.out->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    } else {
        context.out->write(u"wrote %1 frames (%2), %3 and trust %4\n"_s
                               .arg(manifest->frameCount)
                               .arg(manifest->framePattern,
                                    QDir(manifest->directory).filePath(Demo::DemoSequence::manifestFileName()),
                                    manifest->trustDirectory)
                               .toUtf8());
    }
    return ExitValid;
}

} // namespace

int runIssue(const QStringList &arguments, const Context &context)
{
    Arguments parsed;
    if (const auto done = parse(arguments, context, parsed))
        return *done;
    if (parsed.has(u"--demo-sequence"_s))
        return runDemoSequence(parsed, context);

    // Only the app layer reads the clock (STYLE.md §5).
    // Whole seconds: CWT times are (ITHC-1 §3), so the printed times match the signed ones.
    const Timestamp::Millis now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    const auto made = makeRequest(parsed, now);
    if (const auto *error = std::get_if<UsageError>(&made))
        return usageError(context, error->message);
    const Issue::IssueRequest &request = std::get<Issue::IssueRequest>(made);
    const bool haveKeyFiles = parsed.has(u"--key"_s) && parsed.has(u"--cert"_s);
    if (haveKeyFiles == parsed.has(u"--specimen-signer"_s))
        return usageError(context, u"give --key and --cert, or --specimen-signer"_s);
    const QString outDir = parsed.value(u"--out-dir"_s);
    if (outDir.isEmpty())
        return usageError(context, u"--out-dir is required"_s);
    const QString ecc = parsed.value(u"--ecc"_s);
    if (!ecc.isEmpty() && ecc != u"M" && ecc != u"Q")
        return usageError(context, u"--ecc '%1' is not M or Q"_s.arg(ecc));
    if (ecc == u"M" && request.format == CertificateFormat::Dcc)
        return usageError(context, u"DCCs use error correction Q (EU guidelines)"_s);
    const auto level = ecc == u"M" ? Scan::QrEncoder::ErrorCorrection::Medium : Scan::QrEncoder::ErrorCorrection::Quartile;
    const QString name = parsed.has(u"--name"_s) ? parsed.value(u"--name"_s) : u"specimen"_s;
    if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\'))
        return usageError(context, u"--name must be a plain file name"_s);

    const auto key = signingKey(parsed);
    if (!key)
        return ioError(context, key.error().message);
    const auto issued = Issue::Issuer(*key).issue(request.certificate());
    if (!issued)
        return ioError(context, issued.error().message);

    const QDir dir(outDir);
    if (!dir.mkpath(u"."_s))
        return ioError(context, u"%1: cannot create the folder"_s.arg(outDir));
    const QString textPath = dir.filePath(name + u".txt"_s);
    const QString pngPath = dir.filePath(name + u".png"_s);
    const QString pdfPath = dir.filePath(name + u".pdf"_s);
    QFile text(textPath);
    if (!text.open(QIODevice::WriteOnly | QIODevice::Truncate) || text.write(issued->qrText + '\n') < 0)
        return ioError(context, u"%1: %2"_s.arg(textPath, text.errorString()));
    text.close();
    constexpr int kPngModulePixels = 8;
    if (const auto error = Scan::QrEncoder::writePng(pngPath, issued->qrText, level, kPngModulePixels))
        return ioError(context, *error);
    Issue::PaperPdf::Options paper;
    paper.specimenMark = parsed.specimenMark;
    paper.errorCorrection = level;
    if (const auto written = Issue::PaperPdf::write(pdfPath, *issued, paper); !written)
        return ioError(context, written.error().message);

    const HealthCertificate &certificate = issued->certificate;
    if (parsed.json) {
        const QJsonObject object{
            {u"format"_s, formatName(issued->format)},
            {u"kind"_s, Issue::kindName(request.kind)},
            {u"algorithm"_s, signatureAlgorithmName(issued->algorithm)},
            {u"kid"_s, QString::fromLatin1(issued->kid.toBase64())},
            {u"certificate_id"_s, certificate.certificateId},
            {u"issued_at"_s, Timestamp::formatRfc3339(*certificate.issuedAt)},
            {u"expires_at"_s, Timestamp::formatRfc3339(*certificate.expiresAt)},
            {u"specimen_mark"_s, parsed.specimenMark},
            {u"text"_s, QString::fromLatin1(issued->qrText)},
            {u"files"_s, QJsonObject{{u"text"_s, textPath}, {u"png"_s, pngPath}, {u"pdf"_s, pdfPath}}}};
        context.out->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    } else {
        context.out->write(u"issued %1 %2 (%3, kid %4), %5 to %6\n"_s
                               .arg(formatName(issued->format), certificate.certificateId,
                                    signatureAlgorithmName(issued->algorithm),
                                    QString::fromLatin1(issued->kid.toBase64()),
                                    Timestamp::formatRfc3339(*certificate.issuedAt),
                                    Timestamp::formatRfc3339(*certificate.expiresAt))
                               .toUtf8());
        for (const QString &path : {textPath, pngPath, pdfPath})
            context.out->write(u"wrote %1\n"_s.arg(path).toUtf8());
    }
    return ExitValid;
}

} // namespace CertDesk::Cli
