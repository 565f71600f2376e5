// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "healthcertificate.h"

namespace CertDesk {

QString formatName(CertificateFormat format)
{
    switch (format) {
    case CertificateFormat::Ithc:
        return QStringLiteral("ithc");
    case CertificateFormat::Dcc:
        return QStringLiteral("dcc");
    case CertificateFormat::Shc:
        return QStringLiteral("shc");
    case CertificateFormat::VdsNc:
        return QStringLiteral("vds-nc");
    case CertificateFormat::Divoc:
        return QStringLiteral("divoc");
    case CertificateFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace CertDesk
