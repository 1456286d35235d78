// fiberdesk: the desktop program. Opens the database (creating or upgrading it), asks for
// sign-in (or, on a database without users, for its first admin) and opens the main window
// as that user, showing what the user's role may use.
#include "common/defaultlocation.h"
#include "common/memory.h"
#include "dialogs/databaselocationdialog.h"
#include "dialogs/signindialog.h"
#include "language.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "services/backupservice.h"
#include "services/ruleservice.h"
#include "services/userservice.h"
#include "storage/database.h"
#include "todayscallbacks.h"
#include "workers/dailybackupjob.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// How long after the first window is shown the day's backup starts.
constexpr int kBackupDelayMs = 1000;

fd::Result<fd::Actor> unattendedActor(const QString& user, fd::Database& database)
{
    if (!user.isEmpty()) {
        return fd::SignInService(database, QDateTime::currentDateTimeUtc())
            .signIn(user, qEnvironmentVariable("FIBERDESK_PASSWORD"));
    }
    if (!database.isSqlite()) {
        return fd::Error(QCoreApplication::translate("fd::DesktopMain",
            "A shared PostgreSQL database needs --user NAME for an unattended run."));
    }
    fd::Result<QString> local
        = fd::UserService::localActorName(u"local"_s, fd::UserService::systemAccountName());
    if (!local.ok())
        return fd::Error(local.error());
    return fd::Actor { local.value(), fd::Role::Admin };
}

struct Opened
{
    std::unique_ptr<fd::Database> database;
    QTimeZone zone;
};

// Opens (creating or upgrading) the database at `where` and reads the operator's zone. A
// shared server's password, when neither the address nor the environment gives it, is asked
// for (interactive runs only); it is never stored.
fd::Result<Opened> openDatabase(const QString& where, bool interactive)
{
    fd::Result<fd::DatabaseLocation> location = fd::DatabaseLocation::parse(where);
    if (!location.ok())
        return fd::Error(location.error());
    if (interactive && location.value().engine == fd::DatabaseLocation::Engine::Postgres
        && location.value().password.isEmpty()) {
        bool given = false;
        const QString password = QInputDialog::getText(nullptr,
            QCoreApplication::translate("fd::DesktopMain", "FiberDesk — database server"),
            QCoreApplication::translate(
                "fd::DesktopMain", "Password of %1 for the database %2 on %3:")
                .arg(location.value().user, location.value().databaseName, location.value().host),
            QLineEdit::Password, QString(), &given);
        if (!given)
            return fd::Error(
                QCoreApplication::translate("fd::DesktopMain", "No password was given for %1.")
                    .arg(location.value().displayName()));
        location.value().password = password;
    }
    // The desktop program's own data folder is made on first start (private, 0700); a
    // database named elsewhere needs its folder to be there (SPEC §16).
    if (location.value().engine == fd::DatabaseLocation::Engine::Sqlite
        && location.value().filePath
            == fd::DatabaseLocation::parse(fd::standardDatabasePath()).value().filePath) {
        const QString folder = QFileInfo(location.value().filePath).absolutePath();
        if (!QFileInfo(folder).isDir() && QDir().mkpath(folder))
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // An upgrade runs on this thread before any window exists and can take minutes on a
    // large database: a window says so first (closed when the upgrade is over).
    // No button: nothing could answer it while the upgrade holds the thread.
    std::unique_ptr<QProgressDialog> upgrading;
    const auto announceUpgrade = [&](const fd::SchemaUpgrade& upgrade) {
        if (!interactive)
            return;
        upgrading = std::make_unique<QProgressDialog>();
        upgrading->setWindowTitle(
            QCoreApplication::translate("fd::DesktopMain", "FiberDesk — upgrading the database"));
        auto* text = new QLabel(fd::upgradeNoticeText(upgrade, location.value().displayName()));
        text->setWordWrap(true);
        upgrading->setLabel(text);
        upgrading->setCancelButton(nullptr);
        upgrading->setRange(0, 0); // busy: an upgrade has no steps worth counting
        upgrading->setMinimumWidth(520);
        upgrading->show();
        QCoreApplication::processEvents(); // painted before the upgrade holds the thread
    };
    fd::Result<std::unique_ptr<fd::Database>> database = fd::Database::open(
        location.value(), fd::Database::OpenMode::CreateOrUpgrade, announceUpgrade);
    upgrading.reset();
    if (!database.ok())
        return fd::Error(database.error());
    fd::Result<QTimeZone> zone = fd::operatorTimeZone(*database.value());
    if (!zone.ok())
        return fd::Error(zone.error());
    return Opened { std::move(database).value(), zone.value() };
}

// A database that cannot be opened (a newer FiberDesk's, not a FiberDesk file, a server
// that is down) is explained, and the user may name another one rather than being locked
// out by a stored setting. Returns the location to try next, or nothing to give up.
std::optional<QString> askForAnotherDatabase(const QString& where, const QString& error)
{
    QMessageBox box(QMessageBox::Critical,
        QCoreApplication::translate("fd::DesktopMain", "FiberDesk cannot start"),
        QCoreApplication::translate("fd::DesktopMain", "FiberDesk cannot open the database %1.")
            .arg(where));
    box.setInformativeText(error);
    QPushButton* other
        = box.addButton(QCoreApplication::translate("fd::DesktopMain", "Use another database…"),
            QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(other);
    box.exec();
    if (box.clickedButton() != other)
        return std::nullopt;
    fd::DatabaseLocationDialog dialog(where);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.location();
}

// What the user should know before working on a database that opened: it cannot be
// changed. Printed, and shown when someone is there. (Today's automatic backup runs in the
// background once the window is shown: DailyBackupJob.)
QStringList startupWarnings(const fd::Session& session)
{
    QStringList warnings;
    if (session.database().isReadOnly()) {
        warnings.append(QCoreApplication::translate("fd::DesktopMain",
            "The database %1 is read-only (its file, folder or disk cannot be written): you "
            "can look at everything, but nothing you change can be saved.")
                            .arg(session.database().location().displayName()));
    }
    return warnings;
}

// The application icon from the program's resources (resources/fiberdesk.qrc), all its
// sizes, for every window; the desktop file name ties the windows to the menu entry.
void applyApplicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 }) {
        const QString file = u":/icons/fiberdesk-%1.png"_s.arg(size);
        if (!QFile::exists(file)) {
            std::fprintf(stderr, "fiberdesk: %s\n",
                qPrintable(QCoreApplication::translate(
                    "fd::DesktopMain", "The program's icon %1 is missing from its resources.")
                               .arg(file)));
            continue;
        }
        icon.addFile(file, QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    QGuiApplication::setDesktopFileName(u"example.fiberdesk.FiberDesk"_s);
}

} // namespace

int main(int argc, char* argv[])
{
    fd::useOneMemoryArena(); // before any thread allocates (common/memory.h)
    // --version and --help print and quit: they need no display (an installation check or a
    // packaging script over ssh has none).
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" || argument == "-h"
            || argument == "--help-all") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            break;
        }
    }
    QApplication app(argc, argv);
    fd::applyFiberDeskIdentity();
    QApplication::setApplicationVersion(QStringLiteral(FIBERDESK_VERSION));
    applyApplicationIcon();
    const QString language = fd::preferredLanguage();
    if (!fd::installLanguage(language)) {
        std::fprintf(stderr, "fiberdesk: %s\n",
            qPrintable(QCoreApplication::translate("fd::DesktopMain",
                "The %1 translation was not found in %2; FiberDesk speaks English.")
                           .arg(language, fd::translationFolders().join(u", "_s))));
    }
    if (const QString warning = fd::siteSettingsWarning(); !warning.isEmpty())
        std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(warning));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("fd::DesktopMain",
        "FiberDesk: work orders, callbacks and monthly scoring for broadband field "
        "maintenance."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(u"db"_s,
        QCoreApplication::translate(
            "fd::DesktopMain", "The database to open (a file or a postgresql:// URL)."),
        QCoreApplication::translate("fd::DesktopMain", "PATH"));
    const QCommandLineOption screenshotsOption(u"screenshots"_s,
        QCoreApplication::translate(
            "fd::DesktopMain", "Save a picture of every page into DIR and quit."),
        QCoreApplication::translate("fd::DesktopMain", "DIR"));
    const QCommandLineOption userOption(u"user"_s,
        QCoreApplication::translate("fd::DesktopMain",
            "With --screenshots: act as this user, the password taken from FIBERDESK_PASSWORD."),
        QCoreApplication::translate("fd::DesktopMain", "NAME"));
    const QCommandLineOption quitAfterOption(u"quit-after"_s,
        QCoreApplication::translate("fd::DesktopMain",
            "Quit by itself SECONDS after starting, as if the window were closed (to check an "
            "installation)."),
        QCoreApplication::translate("fd::DesktopMain", "SECONDS"));
    parser.addOption(databaseOption);
    parser.addOption(screenshotsOption);
    parser.addOption(userOption);
    parser.addOption(quitAfterOption);
    parser.process(app);
    if (parser.isSet(quitAfterOption)) {
        bool valid = false;
        const double seconds = parser.value(quitAfterOption).toDouble(&valid);
        if (!valid || seconds < 0 || seconds > 86400) {
            std::fprintf(stderr, "fiberdesk: %s\n",
                qPrintable(QCoreApplication::translate("fd::DesktopMain",
                    "--quit-after needs a number of seconds from 0 to 86400, not “%1”.")
                               .arg(parser.value(quitAfterOption))));
            return 2;
        }
        // Ends every event loop, the sign-in dialog's included: the program then ends as
        // when its window is closed.
        QTimer::singleShot(qRound(seconds * 1000), &app, [] { QCoreApplication::exit(0); });
    }
    const bool interactive = !parser.isSet(screenshotsOption);

    QString where = parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                 : fd::defaultDatabaseLocation();
    fd::Result<Opened> opened = openDatabase(where, interactive);
    while (!opened.ok()) {
        std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(opened.error()));
        // An unattended --screenshots run gets no dialog: nobody would answer it.
        const std::optional<QString> next
            = interactive ? askForAnotherDatabase(where, opened.error()) : std::nullopt;
        if (!next)
            return 1;
        where = *next;
        opened = openDatabase(where, interactive);
        if (opened.ok())
            fd::setStoredDatabaseLocation(where); // what worked is what opens next time
    }
    fd::Database& database = *opened.value().database;
    const QString databaseName = database.location().displayName();

    {
        // Once per start, before anyone signs in: whether the database can be written at all.
        const fd::Session startup(
            database, fd::Actor { u"fiberdesk:start"_s, fd::Role::Admin }, opened.value().zone);
        const QStringList warnings = startupWarnings(startup);
        for (const QString& warning : warnings)
            std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(warning));
        if (interactive && !warnings.isEmpty()) {
            QMessageBox::warning(nullptr,
                QCoreApplication::translate("fd::DesktopMain", "FiberDesk"),
                warnings.join(u"\n\n"_s));
        }
    }

    if (!interactive) {
        // Unattended: as --user (password from FIBERDESK_PASSWORD), else as the local
        // administrator of a database file, like fiberdesk-cli.
        fd::Result<fd::Actor> actor = unattendedActor(parser.value(userOption), database);
        if (!actor.ok()) {
            std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(actor.error()));
            return 1;
        }
        const fd::Session session(database, actor.value(), opened.value().zone);
        // Before the window, so that every page opens on the day's queue.
        const QString queue = fd::prepareTodaysCallbacks(session);
        fd::MainWindow window(session);
        window.statusBar()->showMessage(queue, 30000);
        // The day's backup beside the tour (not in its pictures), ended before the program.
        fd::DailyBackupJob backup(database.location(), opened.value().zone);
        backup.startIfDue(session);
        QString error;
        const QStringList files
            = fd::saveScreenshots(window, parser.value(screenshotsOption), &error);
        for (const QString& file : files)
            std::printf("%s\n", qPrintable(file));
        backup.wait();
        if (!error.isEmpty()) {
            std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    // The day's automatic backup: in the background once the first window is shown, on a
    // connection of its own; it goes on across a sign-out and is stopped if FiberDesk quits.
    fd::DailyBackupJob backup(database.location(), opened.value().zone);
    QObject::connect(&backup, &fd::DailyBackupJob::finished, &app,
        [](const QString&, qint64, const QString& error, bool) {
            if (error.isEmpty())
                return;
            std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(error));
            QMessageBox::warning(
                nullptr, QCoreApplication::translate("fd::DesktopMain", "FiberDesk"), error);
        });
    // Quitting mid-backup: stopped, no part of it left, and said so.
    const auto stopBackup = [&backup] {
        if (!backup.isRunning() || !backup.stop())
            return;
        const QString message = fd::DailyBackupJob::stoppedMessage();
        std::fprintf(stderr, "fiberdesk: %s\n", qPrintable(message));
        QMessageBox::information(
            nullptr, QCoreApplication::translate("fd::DesktopMain", "FiberDesk"), message);
    };
    bool backupStarted = false;

    // Sign in, work, and sign in again after "Sign out" until the window is closed.
    while (true) {
        fd::SignInDialog signIn(database, databaseName);
        if (signIn.exec() != QDialog::Accepted) {
            stopBackup();
            return 0;
        }
        const fd::Session session(database, signIn.actor(), opened.value().zone);
        const QString queue = fd::prepareTodaysCallbacks(session);
        fd::MainWindow window(session);
        window.statusBar()->showMessage(queue, 30000);
        window.show();
        if (!backupStarted) {
            // After the window is on the screen and the page has loaded: the backup never
            // delays them (issue 24).
            QTimer::singleShot(kBackupDelayMs, &window, [&] {
                backupStarted = true;
                backup.startIfDue(session);
                window.followBackup(&backup);
            });
        } else {
            window.followBackup(&backup);
        }
        const int code = app.exec();
        if (!window.signOutRequested()) {
            stopBackup();
            return code;
        }
    }
}
