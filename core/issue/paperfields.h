// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/healthcertificate.h"

#include <QList>
#include <QString>

namespace CertDesk::Issue {

/// One line of the printed data: a label and its value, in English (a specimen's print is
/// not translated; the verdict screen is).
struct PaperField
{
    QString label;
    QString value;
};

/// The data ITHC-1 §6 wants in print, in order: names, date of birth, sex, document, each
/// test and vaccination, issuer, issue and expiry dates, certificate identifier. DCC codes
/// are shown in words where the built-in value sets know them. Used by the paper PDF and the
/// demo's paper frames, so both print the same.
QList<PaperField> paperFields(const HealthCertificate &certificate);

/// "International Travel Health Certificate (ITHC-1)" or "EU Digital COVID Certificate".
QString paperTitle(CertificateFormat format);

} // namespace CertDesk::Issue
