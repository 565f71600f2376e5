// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
//
// DIVOC from binary QR content to verdict: the bounded ZIP reader, JSON, JSON-LD expansion with the
// bundled contexts, URDNA2015 and the linked-data signature, with the test keys of tests/data/divoc.
// The first byte picks the mode: 0 the bytes are the QR content (a ZIP), 1 they are certificate.json
// (wrapped in a stored ZIP here, so that JSON-LD and URDNA2015 are reached), 2 they are any JSON-LD
// document canonicalised twice. Oracles: the contract's invariants, and canonicalisation being
// deterministic.
#include "formats/divoc/divoccontexts.h"
#include "formats/divoc/jsonld.h"
#include "formats/divoc/urdna2015.h"
#include "trust/trustloader.h"
#include "verify/reportjson.h"
#include "verify/verifier.h"

#include <zlib.h>

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const CertDesk::Verifier &verifier()
{
    static const CertDesk::Verifier instance = [] {
        auto store = std::make_shared<CertDesk::TrustStore>();
        CertDesk::TrustLoader loader;
        const QString data = QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../data/divoc");
        for (const QString &name : QDir(data).entryList({QStringLiteral("*.pem")}, QDir::Files))
            loader.loadPath(data + u'/' + name, *store);
        return CertDesk::Verifier(store);
    }();
    return instance;
}

void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

// One stored entry named certificate.json: local header, data, central directory, end record.
QByteArray storedZip(QByteArrayView content)
{
    const QByteArray name("certificate.json");
    const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(content.data()), uInt(content.size())));
    QByteArray zip;
    appendLe(zip, 0x04034b50, 4);
    appendLe(zip, 20, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 4);
    appendLe(zip, crc, 4);
    appendLe(zip, quint32(content.size()), 4);
    appendLe(zip, quint32(content.size()), 4);
    appendLe(zip, quint32(name.size()), 2);
    appendLe(zip, 0, 2);
    zip += name;
    zip += content;
    const qsizetype directory = zip.size();
    appendLe(zip, 0x02014b50, 4);
    appendLe(zip, 20, 2);
    appendLe(zip, 20, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 4);
    appendLe(zip, crc, 4);
    appendLe(zip, quint32(content.size()), 4);
    appendLe(zip, quint32(content.size()), 4);
    appendLe(zip, quint32(name.size()), 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 4);
    appendLe(zip, 0, 4);
    zip += name;
    const qsizetype directorySize = zip.size() - directory;
    appendLe(zip, 0x06054b50, 4);
    appendLe(zip, 0, 2);
    appendLe(zip, 0, 2);
    appendLe(zip, 1, 2);
    appendLe(zip, 1, 2);
    appendLe(zip, quint32(directorySize), 4);
    appendLe(zip, quint32(directory), 4);
    appendLe(zip, 0, 2);
    return zip;
}

void checkReport(const CertDesk::VerificationReport &report)
{
    // CLI-CONTRACT.md: reasons empty exactly when valid; a valid DIVOC credential was verified
    // with a trusted DIVOC key.
    if (report.isValid() != report.reasons.isEmpty())
        std::abort();
    if (report.isValid() && (!report.signer || !report.signer->isDivocKey()))
        std::abort();
    (void)CertDesk::reportToJson(report, QStringLiteral("fuzz"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 16 * 1024)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    constexpr qint64 kAt = 1656000000000; // 2022-06-23
    switch (data[0] % 3) {
    case 0:
        checkReport(verifier().verify(input, kAt));
        break;
    case 1:
        checkReport(verifier().verify(storedZip(input), kAt));
        break;
    default: {
        const QJsonDocument document = QJsonDocument::fromJson(input.toByteArray());
        if (!document.isObject() && !document.isArray())
            break;
        const QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        const auto once = CertDesk::JsonLd::toRdf(value, CertDesk::Divoc::bundledContext);
        const auto twice = CertDesk::JsonLd::toRdf(value, CertDesk::Divoc::bundledContext);
        if (once.ok() != twice.ok())
            std::abort();
        if (once) {
            const auto first = CertDesk::Urdna2015::canonicalize(*once);
            const auto second = CertDesk::Urdna2015::canonicalize(*twice);
            if (first.ok() != second.ok() || (first && *first != *second))
                std::abort();
        }
        break;
    }
    }
    return 0;
}
