// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow/mainwindow.h"

#include "station/stationconfig.h"
#include "trust/trustloader.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
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

    auto store = std::make_shared<CertDesk::TrustStore>();
    CertDesk::TrustLoader loader;
    QStringList problems;
    if (!config.listSigningKey.isEmpty()) {
        QFile key(config.listSigningKey);
        if (!key.open(QIODevice::ReadOnly))
            problems.append(QStringLiteral("%1: %2").arg(config.listSigningKey, key.errorString()));
        else if (const auto error = loader.setListSigningKey(key.readAll()))
            problems.append(error->message);
    }
    for (const QString &path : std::as_const(trustPaths)) {
        if (const auto error = loader.loadPath(path, *store))
            problems.append(error->message);
    }

    CertDesk::Ui::MainWindow window(store, [] { return QDateTime::currentMSecsSinceEpoch(); });
    window.show();
    if (!problems.isEmpty()) {
        QMessageBox::warning(&window, QApplication::translate("main", "Trust material"),
                             QApplication::translate("main", "Some trust material could not be loaded:\n%1")
                                 .arg(problems.join(u'\n')));
    }
    return QApplication::exec();
}
