// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "reasontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace CertDesk::Ui {

QString reasonSentence(ReasonCode code)
{
    switch (code) {
    case ReasonCode::NotACertificate:
        return QCoreApplication::translate("Reason", "This code is not a health certificate.");
    case ReasonCode::DecodeBase45:
    case ReasonCode::DecodeCompression:
    case ReasonCode::DecodeCbor:
    case ReasonCode::DecodeCose:
    case ReasonCode::DecodeJws:
    case ReasonCode::DecodeJson:
        return QCoreApplication::translate("Reason", "The code is damaged and cannot be read.");
    case ReasonCode::TooLarge:
        return QCoreApplication::translate("Reason", "The code is larger than any genuine certificate.");
    case ReasonCode::AlgorithmUnsupported:
        return QCoreApplication::translate("Reason", "The certificate uses a signature method that is not allowed.");
    case ReasonCode::KeyUnknown:
        return QCoreApplication::translate("Reason", "The issuer's key is not among the trusted keys.");
    case ReasonCode::SignatureInvalid:
        return QCoreApplication::translate("Reason", "Signature does not match the issuer's key.");
    case ReasonCode::SignatureUncheckable:
        return QCoreApplication::translate("Reason", "The signature could not be checked on this station.");
    case ReasonCode::KeyExpired:
        return QCoreApplication::translate("Reason", "The issuer's key was not valid when the certificate was issued.");
    case ReasonCode::KeyUsage:
        return QCoreApplication::translate("Reason", "The issuer's key may not sign this kind of certificate.");
    case ReasonCode::TrustChain:
        return QCoreApplication::translate("Reason", "The issuer's key is not vouched for by a trusted authority.");
    case ReasonCode::NotYetValid:
        return QCoreApplication::translate("Reason", "The certificate is dated in the future.");
    case ReasonCode::Expired:
        return QCoreApplication::translate("Reason", "The certificate has expired.");
    case ReasonCode::Incomplete:
        return QCoreApplication::translate("Reason", "Parts of this multi-part code are missing.");
    case ReasonCode::Schema:
        return QCoreApplication::translate("Reason", "The certificate's content is malformed.");
    case ReasonCode::Revoked:
        return QCoreApplication::translate("Reason", "The certificate has been revoked.");
    case ReasonCode::Policy:
        return QCoreApplication::translate("Reason", "The entry policy is not met.");
    case ReasonCode::TrustOutdated:
        return QCoreApplication::translate("Reason", "This station's trust list is out of date: update it before relying on any verdict.");
    case ReasonCode::ClockWrong:
        return QCoreApplication::translate("Reason", "This station's clock is wrong: it is earlier than the trust list was issued.");
    }
    return QCoreApplication::translate("Reason", "The certificate failed a check.");
}

QString verdictTitle(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QCoreApplication::translate("Verdict", "VALID");
    case Verdict::Invalid:
        return QCoreApplication::translate("Verdict", "INVALID");
    case Verdict::Unreadable:
        return QCoreApplication::translate("Verdict", "CANNOT READ");
    }
    return QCoreApplication::translate("Verdict", "INVALID");
}

QString ageText(Timestamp::Millis then, Timestamp::Millis now)
{
    const qint64 seconds = (now - then) / 1000;
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    if (magnitude < 60)
        return QCoreApplication::translate("Age", "just now");
    // (Counts computed first: Qt 6.4's lupdate loops on a division inside translate()'s arguments.)
    const int minutes = int(magnitude / 60);
    const int hours = int(magnitude / 3600);
    const int days = int(magnitude / 86400);
    QString amount;
    if (magnitude < 3600)
        amount = QCoreApplication::translate("Age", "%n min", nullptr, minutes);
    else if (magnitude < 72 * 3600)
        amount = QCoreApplication::translate("Age", "%n h", nullptr, hours);
    else
        amount = QCoreApplication::translate("Age", "%n day(s)", nullptr, days);
    return seconds >= 0 ? QCoreApplication::translate("Age", "%1 ago").arg(amount)
                        : QCoreApplication::translate("Age", "in %1").arg(amount);
}

QString verdictReason(const VerificationReport &report, Timestamp::Millis now)
{
    if (report.reasons.isEmpty()) {
        // What "valid" rests on, in one line: who signed, and until when it holds.
        const QString country = report.certificate ? report.certificate->issuerCountry : QString();
        QString line = country.isEmpty()
            ? QCoreApplication::translate("Reason", "Genuine: the signature matches a trusted issuer's key.")
            : QCoreApplication::translate("Reason", "Genuine: signed with a trusted key of issuer %1.").arg(country);
        if (report.certificate && report.certificate->expiresAt) {
            line += u' '
                + QCoreApplication::translate("Reason", "Valid until %1 (%2).")
                      .arg(QLocale().toString(
                               QDateTime::fromMSecsSinceEpoch(*report.certificate->expiresAt, Qt::UTC).date(),
                               QLocale::ShortFormat),
                           ageText(*report.certificate->expiresAt, now));
        }
        return line;
    }
    const Reason &first = report.reasons.first();
    const auto dateText = [](Timestamp::Millis at) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date(), QLocale::ShortFormat);
    };
    if (report.certificate) {
        const HealthCertificate &certificate = *report.certificate;
        if (first.code == ReasonCode::Expired && certificate.expiresAt) {
            return QCoreApplication::translate("Reason", "The certificate expired %1 (%2).")
                .arg(ageText(*certificate.expiresAt, now), dateText(*certificate.expiresAt));
        }
        if (first.code == ReasonCode::NotYetValid && certificate.issuedAt) {
            return QCoreApplication::translate("Reason", "The certificate is dated in the future: issued %1 (%2).")
                .arg(ageText(*certificate.issuedAt, now), dateText(*certificate.issuedAt));
        }
    }
    // A policy that was not met: the rule's own words ("... sample taken 53 h before; the
    // policy allows 48 h").
    if (first.code == ReasonCode::Policy && report.policy) {
        for (const VerificationReport::PolicyRule &rule : report.policy->rules) {
            if (!rule.met)
                return QCoreApplication::translate("Reason", "Entry policy not met: %1.").arg(rule.detail);
        }
    }
    QString sentence = reasonSentence(first.code);
    const int more = int(report.reasons.size()) - 1;
    if (more > 0)
        sentence += u' ' + QCoreApplication::translate("Reason", "%n more problem(s): see Explain.", nullptr, more);
    return sentence;
}

QString checkTitle(const QString &id)
{
    // Plain comparisons, not a table: lupdate must see every string in a translate() call.
    if (id == u"prefix")
        return QCoreApplication::translate("Check", "Certificate type");
    if (id == u"base45")
        return QCoreApplication::translate("Check", "QR text encoding (Base45)");
    if (id == u"inflate")
        return QCoreApplication::translate("Check", "Decompression");
    if (id == u"cose")
        return QCoreApplication::translate("Check", "Signed envelope (COSE)");
    if (id == u"algorithm")
        return QCoreApplication::translate("Check", "Signature algorithm");
    if (id == u"key")
        return QCoreApplication::translate("Check", "Issuer key found");
    if (id == u"signature")
        return QCoreApplication::translate("Check", "Signature");
    if (id == u"payload")
        return QCoreApplication::translate("Check", "Content readable");
    if (id == u"signer-validity")
        return QCoreApplication::translate("Check", "Issuer key valid when signed");
    if (id == u"key-usage")
        return QCoreApplication::translate("Check", "Issuer key allowed for this type");
    if (id == u"validity")
        return QCoreApplication::translate("Check", "Certificate validity period");
    if (id == u"schema")
        return QCoreApplication::translate("Check", "Content complete and well-formed");
    if (id == u"revocation")
        return QCoreApplication::translate("Check", "Not revoked");
    if (id == u"policy")
        return QCoreApplication::translate("Check", "Entry policy");
    return id;
}

QString checkOutcomeText(CheckStep::Outcome outcome)
{
    switch (outcome) {
    case CheckStep::Outcome::Passed:
        return QCoreApplication::translate("Check", "Passed");
    case CheckStep::Outcome::Failed:
        return QCoreApplication::translate("Check", "Failed");
    case CheckStep::Outcome::NotChecked:
        break;
    }
    return QCoreApplication::translate("Check", "Not checked");
}

} // namespace CertDesk::Ui
