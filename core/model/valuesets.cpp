// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "valuesets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace CertDesk {

namespace {

// Where qt_add_resources puts resources/dcc/valuesets (core/CMakeLists.txt: prefix /certdesk).
constexpr QLatin1StringView kBuiltInDirectory(":/certdesk/dcc/valuesets");

// Value set files are a few tens of KiB; anything far larger is not one of them.
constexpr qint64 kMaxValueSetFileBytes = 4 * 1024 * 1024;

// Reads one value set file ({"valueSetId": ..., "valueSetValues": {code: {"display": ...}}},
// the layout of ehn-dcc-valuesets) into @p sets; false when the file is not such a value set.
bool readValueSetFile(const QString &path, ValueSets &sets)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxValueSetFileBytes)
        return false;
    return sets.addJson(file.readAll());
}

} // namespace

bool ValueSets::addJson(const QByteArray &json)
{
    ValueSets &sets = *this;
    if (json.size() > kMaxValueSetFileBytes)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject root = document.object();
    const QString id = root.value(QLatin1StringView("valueSetId")).toString();
    const QJsonValue values = root.value(QLatin1StringView("valueSetValues"));
    if (id.isEmpty() || !values.isObject())
        return false;
    const QJsonObject entries = values.toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it)
        sets.insert(id, it.key(), it.value().toObject().value(QLatin1StringView("display")).toString());
    return true;
}

const ValueSets &ValueSets::builtIn()
{
    // A function-local static is initialised once, thread-safely (C++11 [stmt.dcl]/4).
    static const ValueSets sets = fromDirectory(QString(kBuiltInDirectory));
    return sets;
}

ValueSets ValueSets::fromDirectory(const QString &directory)
{
    ValueSets sets;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files)
        readValueSetFile(dir.filePath(name), sets);
    return sets;
}

QString ValueSets::display(const QString &valueSetId, const QString &code) const
{
    return m_sets.value(valueSetId).value(code);
}

CodedValue ValueSets::coded(const QString &valueSetId, const QString &code) const
{
    return CodedValue{code, code.isEmpty() ? QString() : display(valueSetId, code)};
}

QStringList ValueSets::codes(const QString &valueSetId) const
{
    QStringList list = m_sets.value(valueSetId).keys();
    list.sort();
    return list;
}

bool ValueSets::contains(const QString &valueSetId, const QString &code) const
{
    const auto set = m_sets.constFind(valueSetId);
    return set != m_sets.constEnd() && set->contains(code);
}

void ValueSets::insert(const QString &valueSetId, const QString &code, const QString &display)
{
    m_sets[valueSetId].insert(code, display);
}

} // namespace CertDesk
