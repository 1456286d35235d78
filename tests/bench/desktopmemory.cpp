#include "desktopmemory.h"

#include "benchdata.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QThread>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace fd::bench {

namespace {

// A line of /proc/self/status ("VmRSS:   123456 kB") in KiB.
qint64 statusKiB(const QByteArray& key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Lets the window lay out, load the board's first page and paint, as a desk would.
void settle()
{
    for (int i = 0; i < 30; ++i) {
        QApplication::processEvents();
        QThread::msleep(10);
    }
}

} // namespace

int runDesktopMemoryChild(const QString& location)
{
    std::unique_ptr<QWidget> window;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
    if (location == QLatin1String(kEmptyWindow)) {
        window = std::make_unique<QMainWindow>();
    } else {
        Result<DatabaseLocation> where = DatabaseLocation::parse(location);
        Result<std::unique_ptr<Database>> opened = where.ok()
            ? Database::open(where.value(), Database::OpenMode::ExistingOnly)
            : Result<std::unique_ptr<Database>>(Error(where.error()));
        if (!opened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 1;
        }
        database = std::move(opened).value();
        session
            = std::make_unique<Session>(*database, Actor { u"bench"_s, Role::Admin }, benchZone());
        session->setClock([] { return benchNow(); });
        auto main = std::make_unique<MainWindow>(*session);
        main->showPage(MainWindow::Dispatch);
        window = std::move(main);
    }
    window->resize(1400, 900);
    window->show();
    settle();
    std::printf("rss_kib=%lld peak_kib=%lld\n", static_cast<long long>(statusKiB("VmRSS:")),
        static_cast<long long>(statusKiB("VmHWM:")));
    std::fflush(stdout);
    window.reset();
    session.reset();
    database.reset();
    return 0;
}

ResidentMemory desktopMemory(const QString& location)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
        { QString::fromLatin1(kDesktopMemoryChild), location });
    if (!child.waitForFinished(120000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        qFatal("the desktop memory child on %s failed", qPrintable(location));
    ResidentMemory memory;
    for (const QByteArray& field : child.readAllStandardOutput().trimmed().split(' ')) {
        const QList<QByteArray> pair = field.split('=');
        const double mib = pair.value(1).toLongLong() / 1024.0;
        if (pair.value(0) == "rss_kib")
            memory.residentMiB = mib;
        else if (pair.value(0) == "peak_kib")
            memory.peakMiB = mib;
    }
    if (memory.residentMiB <= 0)
        qFatal("the desktop memory child on %s printed no figures", qPrintable(location));
    return memory;
}

} // namespace fd::bench
