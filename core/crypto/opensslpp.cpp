// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "opensslpp.h"

#include <openssl/err.h>

#include <QStringList>

namespace CertDesk::OpenSsl {

QString takeErrors()
{
    QStringList messages;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        messages.append(QString::fromLatin1(buffer));
    }
    return messages.isEmpty() ? QStringLiteral("no OpenSSL error recorded") : messages.join(QStringLiteral("; "));
}

} // namespace CertDesk::OpenSsl
