// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Runs the real certdesk-cli (CERTDESK_CLI_PATH) as a user's script would: arguments, standard
// input, and optionally an environment of its own (a station in a temporary folder).
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace CertDesk::Test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> objects; ///< every line of standard output that is a JSON object

    QJsonObject first() const { return objects.isEmpty() ? QJsonObject() : objects.first(); }
};

inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
                     const std::optional<QProcessEnvironment> &environment = std::nullopt, int timeoutMs = 120000)
{
    QProcess process;
    if (environment)
        process.setProcessEnvironment(*environment);
    process.start(QStringLiteral(CERTDESK_CLI_PATH), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.startsWith('{'))
            run.objects.append(QJsonDocument::fromJson(line).object());
    }
    return run;
}

/// The environment of a station of its own under @p home (its settings, trust and journal).
inline QProcessEnvironment stationEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return environment;
}

} // namespace CertDesk::Test
