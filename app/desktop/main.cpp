// fiberdesk: the desktop program. Opens the database (creating or upgrading it), then the
// main window acting as the local user with the admin role; sign-in arrives in a later
// version.
#include "language.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "services/ruleservice.h"
#include "storage/database.h"
#include "storage/defaultlocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("fd::DesktopMain", text); }

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? u"local"_s : name;
}

// Shown in a message box (the user started a window program, not a terminal) and on stderr
// (for scripts). An unattended --screenshots run gets no box: nobody would close it.
int fail(const QString& message, bool interactive)
{
    std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(message));
    if (interactive)
        QMessageBox::critical(nullptr, tr("FiberDesk cannot start"), message);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    fd::applyFiberDeskIdentity();
    QApplication::setApplicationVersion(QStringLiteral(FIBERDESK_VERSION));
    fd::installLanguage(fd::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("FiberDesk: work orders, callbacks and monthly scoring for broadband field "
                                        "maintenance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"db"_s, tr("The database to open (a file or a postgresql:// URL)."),
        tr("PATH"));
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
        tr("Save a picture of every page into DIR and quit."), tr("DIR"));
    parser.addOption(databaseOption);
    parser.addOption(screenshotsOption);
    parser.process(app);
    const bool interactive = !parser.isSet(screenshotsOption);

    const QString where = parser.isSet(databaseOption) ? parser.value(databaseOption) : fd::defaultDatabaseLocation();
    fd::Result<fd::DatabaseLocation> location = fd::DatabaseLocation::parse(where);
    if (!location.ok())
        return fail(location.error(), interactive);
    fd::Result<std::unique_ptr<fd::Database>> database = fd::Database::open(location.value());
    if (!database.ok())
        return fail(database.error(), interactive);
    fd::Result<QTimeZone> zone = fd::operatorTimeZone(*database.value());
    if (!zone.ok())
        return fail(zone.error(), interactive);
    const fd::Session session(*database.value(), fd::Actor { localUserName(), fd::Role::Admin }, zone.value());

    fd::MainWindow window(session);
    if (parser.isSet(screenshotsOption)) {
        QString error;
        const QStringList files = fd::saveScreenshots(window, parser.value(screenshotsOption), &error);
        for (const QString& file : files)
            std::printf("%s\n", qPrintable(file));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
