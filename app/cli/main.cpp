#include "cli/clicommands.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "common/defaultlocation.h"
#include "common/memory.h"
#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <memory>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    fd::useOneMemoryArena(); // before any thread allocates (common/memory.h)
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Only a PDF needs fonts, and so a GUI application object; it never opens a window, so it
    // runs on the offscreen platform whatever the machine.
    fd::CliOptions peek;
    (void)fd::parseCliOptions(arguments, peek);
    const bool printsPdf
        = (peek.words.value(0) == u"export"_s && peek.format.value_or(QString()) == u"pdf"_s)
        || (peek.words.value(0) == u"schedule"_s && peek.out.has_value()); // a day sheet
    std::unique_ptr<QCoreApplication> app;
    if (printsPdf) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt wants a private runtime folder for a GUI application; a scheduled job may have none.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime
                = QDir::temp().filePath(u"fiberdesk-runtime-"_s + QString::number(getuid()));
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    fd::applyFiberDeskIdentity();
    const QString language = fd::preferredLanguage();
    if (!fd::installLanguage(language)) {
        fd::printError(QCoreApplication::translate(
            "fd::Cli", "The %1 translation was not found in %2; messages are in English.")
                           .arg(language, fd::translationFolders().join(u", "_s)));
    }
    if (const QString warning = fd::siteSettingsWarning(); !warning.isEmpty())
        fd::printError(warning);

    // Parsed again now that the user's language is installed, for messages in it.
    fd::CliOptions options;
    if (const std::optional<QString> problem = fd::parseCliOptions(arguments, options)) {
        fd::printError(*problem);
        return fd::ExitUsage;
    }
    if (options.help) {
        fd::printLine(fd::cliUsage().arg(fd::defaultDatabaseLocation()));
        return fd::ExitSuccess;
    }
    if (options.version) {
        fd::printLine(u"fiberdesk-cli " FIBERDESK_VERSION ""_s);
        return fd::ExitSuccess;
    }
    return fd::runCli(options);
}
