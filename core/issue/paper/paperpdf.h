// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "issue/issuer.h"
#include "issue/issueresult.h"
#include "scan/qrencoder.h"

#include <QString>

/// The paper version of a certificate (ITHC-1 §6) as a one-page A4 PDF, written with
/// QPdfWriter. Part of certdesk_issue_paper, which needs Qt Gui: only programs with Qt Gui
/// link it, and they must have constructed a QGuiApplication (fonts need one; certdesk-cli
/// makes one on the offscreen platform for `issue`).
namespace CertDesk::Issue::PaperPdf {

struct Options
{
    /// The diagonal SPECIMEN mark and the SPECIMEN banner (CLI-CONTRACT.md: on unless
    /// --no-specimen-mark).
    bool specimenMark = true;
    Scan::QrEncoder::ErrorCorrection errorCorrection = Scan::QrEncoder::ErrorCorrection::Quartile;
    /// Width of the QR code including its 4-module quiet zone; ITHC-1 §6 asks for at least 45 mm.
    double qrWidthMm = 70.0;
};

/// The QR code's smallest width ITHC-1 §6 allows.
inline constexpr double kMinimumQrWidthMm = 45.0;

/// Writes the page: title, QR code (vector modules, quiet zone kept white), the data of
/// paperFields(), and, with Options::specimenMark, "SPECIMEN" across the page and in a
/// banner. Errors: no QGuiApplication, a QR width under 45 mm, a text no QR code holds, or
/// a file that cannot be written.
IssueResult<Written> write(const QString &path, const IssuedCertificate &issued, const Options &options = {});

} // namespace CertDesk::Issue::PaperPdf
