// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "journalentry.h"

#include "verify/reason.h"

#include <array>

namespace CertDesk::Journal {

namespace {

constexpr std::array kInputKinds = {InputKind::Camera, InputKind::Scanner, InputKind::File, InputKind::Stdin,
                                    InputKind::Clipboard, InputKind::Blocklist};
constexpr std::array kFormats = {CertificateFormat::Unknown, CertificateFormat::Ithc, CertificateFormat::Dcc,
                                 CertificateFormat::Shc,     CertificateFormat::VdsNc, CertificateFormat::Divoc};
constexpr std::array kVerdicts = {Verdict::Valid, Verdict::Invalid, Verdict::Unreadable};

} // namespace

QString inputKindName(InputKind kind)
{
    switch (kind) {
    case InputKind::Camera:
        return QStringLiteral("camera");
    case InputKind::Scanner:
        return QStringLiteral("scanner");
    case InputKind::File:
        return QStringLiteral("file");
    case InputKind::Stdin:
        return QStringLiteral("stdin");
    case InputKind::Clipboard:
        return QStringLiteral("clipboard");
    case InputKind::Blocklist:
        return QStringLiteral("blocklist");
    }
    return QStringLiteral("camera");
}

std::optional<InputKind> inputKindFromName(QStringView name)
{
    for (const InputKind kind : kInputKinds) {
        if (inputKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

std::optional<CertificateFormat> formatFromName(QStringView name)
{
    for (const CertificateFormat format : kFormats) {
        if (formatName(format) == name)
            return format;
    }
    return std::nullopt;
}

std::optional<Verdict> verdictFromName(QStringView name)
{
    for (const Verdict verdict : kVerdicts) {
        if (verdictName(verdict) == name)
            return verdict;
    }
    return std::nullopt;
}

QString certificateIdOf(const HealthCertificate &certificate)
{
    if (!certificate.certificateId.isEmpty())
        return certificate.certificateId;
    for (const Vaccination &vaccination : certificate.vaccinations) {
        if (!vaccination.certificateId.isEmpty())
            return vaccination.certificateId;
    }
    for (const DccTest &test : certificate.tests) {
        if (!test.certificateId.isEmpty())
            return test.certificateId;
    }
    for (const Recovery &recovery : certificate.recoveries) {
        if (!recovery.certificateId.isEmpty())
            return recovery.certificateId;
    }
    return {};
}

JournalEntry makeEntry(const VerificationReport &report, const JournalContext &context)
{
    JournalEntry entry;
    entry.time = context.time;
    entry.station = context.station;
    entry.operatorName = context.operatorName;
    entry.input = context.input;
    entry.format = report.format;
    entry.verdict = report.verdict();
    for (const Reason &reason : report.reasons)
        entry.reasons.append(reasonCodeName(reason.code));
    entry.policy = context.policy;
    entry.trustVersion = context.trustVersion;
    // Only a verified certificate says anything (the report keeps nothing unverified).
    if (report.certificate) {
        const HealthCertificate &certificate = *report.certificate;
        entry.issuerCountry = certificate.issuerCountry;
        entry.certificateId = certificateIdOf(certificate);
        if (context.storeIdentities) {
            const Holder &holder = certificate.holder;
            const QString family = holder.familyName.isEmpty() ? holder.familyNameLatin : holder.familyName;
            const QString given = holder.givenName.isEmpty() ? holder.givenNameLatin : holder.givenName;
            entry.holderName = QString(family + u' ' + given).trimmed();
            entry.holderDateOfBirth = holder.dateOfBirth;
        }
    }
    if (entry.issuerCountry.isEmpty() && report.signer)
        entry.issuerCountry = report.signer->country;
    return entry;
}

} // namespace CertDesk::Journal
