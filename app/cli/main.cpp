#include "cli/clicommands.h"
#include "cli/clioptions.h"
#include "cli/clioutput.h"
#include "language.h"
#include "storage/defaultlocation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    fd::applyFiberDeskIdentity();
    fd::installLanguage(fd::preferredLanguage());

    fd::CliOptions options;
    if (const auto problem = fd::parseCliOptions(app.arguments().mid(1), options)) {
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
