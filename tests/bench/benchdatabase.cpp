#include "benchdatabase.h"

#include "services/demo/demoorders.h"
#include "services/demo/demoservice.h"
#include "services/import/importservice.h"
#include "storage/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <cstdio>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace fd::bench {

namespace {

QString benchDirectory()
{
    const QString dir = qEnvironmentVariable("FIBERDESK_BENCH_DIR", u"/tmp/fiberdesk-bench"_s);
    QDir().mkpath(dir);
    return dir;
}

std::unique_ptr<Session> adminSession(Database& database)
{
    auto session
        = std::make_unique<Session>(database, Actor { u"bench"_s, Role::Admin }, benchZone());
    session->setClock([] { return benchNow(); });
    return session;
}

} // namespace

QTimeZone benchZone()
{
    return QTimeZone("America/Lima");
}

QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 30), benchZone()).toUTC();
}

BenchDatabase& filledDatabase(qint64 orders, qint64 perDay)
{
    // Never destroyed: the connections must not outlive QCoreApplication at exit.
    static auto& databases = *new std::map<std::pair<qint64, qint64>, BenchDatabase>;
    const auto key = std::make_pair(orders, perDay);
    auto found = databases.find(key);
    if (found != databases.end())
        return found->second;
    // The board's databases (2,000 orders a day) keep the names they always had.
    const QString name = perDay == 2000 ? u"board-%1.db"_s.arg(orders)
                                        : u"orders-%1-%2-a-day.db"_s.arg(orders).arg(perDay);
    const QString path = QDir(benchDirectory()).filePath(name);
    BenchDatabase& entry = databases[key];
    auto open = [&] {
        Result<std::unique_ptr<Database>> opened
            = Database::open(DatabaseLocation::parse(path).value());
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error()));
        entry.database = std::move(opened).value();
        entry.session = adminSession(*entry.database);
    };
    open();
    if (scalar(*entry.database, u"SELECT COUNT(*) FROM orders"_s).value().toLongLong() == orders)
        return entry;

    entry.session.reset();
    entry.database.reset();
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    open();
    if (!DemoService(*entry.session).generate(1, 0).ok())
        qFatal("the demo organisation could not be written");
    QTemporaryFile csv(QDir(benchDirectory()).filePath(u"orders-XXXXXX.csv"_s));
    if (!csv.open() || !DemoOrderWriter(*entry.session, 1).write(csv, orders, perDay).ok())
        qFatal("the orders file could not be written");
    csv.flush();
    QElapsedTimer timer;
    timer.start();
    ImportFailure failure;
    Result<ImportOutcome> imported
        = ImportService(*entry.session).importFile(ImportKind::Orders, csv.fileName(), &failure);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!imported.ok())
        qFatal("import failed: %s", qPrintable(failure.summary()));
    std::printf("import: %lld orders (%.0f MB of CSV) in %.1f s = %.0f rows/s\n",
        static_cast<long long>(orders), csv.size() / 1e6, seconds, orders / seconds);
    std::fflush(stdout);
    return entry;
}

QList<qint64> benchSizes(const char* variable, const QString& fallback)
{
    QList<qint64> list;
    const QString text = qEnvironmentVariable(variable, fallback);
    for (const QString& size : text.split(u',', Qt::SkipEmptyParts))
        list.append(size.trimmed().toLongLong());
    return list;
}

} // namespace fd::bench
