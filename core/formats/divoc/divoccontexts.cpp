// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "divoccontexts.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace CertDesk::Divoc {

namespace {

struct BundledContext
{
    const char *url;
    const char *resource;
};

// The contexts DIVOC credentials name, as published (see the .license files beside them).
constexpr BundledContext kContexts[] = {
    {"https://www.w3.org/2018/credentials/v1", ":/certdesk/divoc/credentials-v1.json"},
    {"https://w3id.org/security/v1", ":/certdesk/divoc/security-v1.json"},
    {"https://w3id.org/security/v2", ":/certdesk/divoc/security-v2.json"},
    {"https://cowin.gov.in/credentials/vaccination/v1", ":/certdesk/divoc/vaccination-v1.json"},
};

QHash<QString, QJsonValue> loadAll()
{
    QHash<QString, QJsonValue> contexts;
    for (const BundledContext &context : kContexts) {
        QFile file(QString::fromLatin1(context.resource));
        if (!file.open(QIODevice::ReadOnly))
            continue; // a build without the resources knows no context: every credential is then refused
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        if (document.contains(QLatin1StringView("@context")))
            contexts.insert(QString::fromLatin1(context.url), document.value(QLatin1StringView("@context")));
    }
    return contexts;
}

const QHash<QString, QJsonValue> &contexts()
{
    static const QHash<QString, QJsonValue> all = loadAll();
    return all;
}

} // namespace

std::optional<QJsonValue> bundledContext(const QString &url)
{
    const auto it = contexts().constFind(url);
    if (it == contexts().cend())
        return std::nullopt;
    return *it;
}

QStringList bundledContextUrls()
{
    QStringList urls;
    for (const BundledContext &context : kContexts)
        urls.append(QString::fromLatin1(context.url));
    return urls;
}

} // namespace CertDesk::Divoc
