// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow/mainwindow.h"

#include "station/stationconfig.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CertDesk"));
    QApplication::setApplicationName(QStringLiteral("certdesk"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("certdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    // Trust: the station's configured store; --trust PATH overrides it (repeatable).
    const CertDesk::StationConfig config = CertDesk::StationConfig::load();
    QStringList trustPaths;
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == u"--trust")
            trustPaths.append(arguments.at(++i));
    }
    if (trustPaths.isEmpty())
        trustPaths = config.trustPaths;

    const CertDesk::LoadedTrust trust = CertDesk::loadTrust(trustPaths, config.listSigningKey);
    const QStringList &problems = trust.errors;

    CertDesk::Ui::MainWindow window(trust.store, [] { return QDateTime::currentMSecsSinceEpoch(); });
    window.show();
    if (!problems.isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("main", "Trust material"),
                             QApplication::translate("main", "Some trust material could not be loaded:\n%1")
                                 .arg(problems.join(u'\n')));
    }
    return QApplication::exec();
}
