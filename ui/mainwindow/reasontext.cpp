// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "reasontext.h"

#include <QCoreApplication>

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

} // namespace CertDesk::Ui
