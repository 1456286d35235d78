#include "benchdata.h"

#include "private/sql.h"
#include "services/demo/demoorders.h"
#include "services/demo/demoservice.h"
#include "services/import/importservice.h"
#include "services/orderservice.h"
#include "services/scheduleservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace fd::bench {

QTimeZone benchZone()
{
    return QTimeZone("America/Lima");
}

QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 30), benchZone()).toUTC();
}

QByteArray organisationFile(ImportKind kind)
{
    QByteArray csv = importColumns(kind).join(u',').toUtf8() + '\n';
    for (int u = 0; u < kUnits; ++u) {
        if (kind == ImportKind::Units)
            csv += "U" + QByteArray::number(u) + ",Unidad " + QByteArray::number(u) + ",CT-"
                + QByteArray::number(u) + ",2024-01-01,active\n";
        for (int t = 0; t < kTeamsPerUnit; ++t) {
            const QByteArray team = "U" + QByteArray::number(u) + "-T" + QByteArray::number(t);
            const QByteArray area = "U" + QByteArray::number(u) + "-A" + QByteArray::number(t);
            if (kind == ImportKind::Areas)
                csv += area + ",Distrito " + area + ",U" + QByteArray::number(u) + ",4500\n";
            if (kind == ImportKind::Teams)
                csv += team + ",U" + QByteArray::number(u) + ",Cuadrilla " + team + "," + area
                    + "\n";
        }
    }
    return csv;
}

QByteArray techniciansFile(int count)
{
    QByteArray csv = "code,team_code,name,phone,permit_no,ftth_kit,active\n";
    for (int i = 0; i < count; ++i) {
        const int unit = i % kUnits;
        const int team = (i / kUnits) % kTeamsPerUnit;
        csv += "P" + QByteArray::number(i) + ",U" + QByteArray::number(unit) + "-T"
            + QByteArray::number(team) + (i % 2 ? ",\"Quispe, María\"," : ",王秀英,")
            + "+51 987 654 " + QByteArray::number(100 + i % 900) + ",WP-" + QByteArray::number(i)
            + (i % 7 ? ",yes,yes\n" : ",no,yes\n");
    }
    return csv;
}

void importOrganisation(const Session& session)
{
    for (ImportKind kind : { ImportKind::Units, ImportKind::Areas, ImportKind::Teams }) {
        Result<ImportOutcome> done
            = ImportService(session).importBytes(kind, organisationFile(kind), u"org.csv"_s);
        if (!done.ok())
            qFatal("preparing the organisation failed: %s", qPrintable(done.error()));
    }
}

void importDemoOrders(const Session& session, qint64 orders, qint64 perDay)
{
    // Beside the database: the bench folder is where there is room for a gigabyte of CSV.
    const QString folder = QFileInfo(session.database().location().filePath).absolutePath();
    QTemporaryFile csv(QDir(folder).filePath(u"orders-XXXXXX.csv"_s));
    if (!csv.open() || !DemoOrderWriter(session, 1).write(csv, orders, perDay).ok())
        qFatal("the orders file could not be written");
    csv.flush();
    QElapsedTimer timer;
    timer.start();
    ImportFailure failure;
    Result<ImportOutcome> imported
        = ImportService(session).importFile(ImportKind::Orders, csv.fileName(), &failure);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!imported.ok())
        qFatal("import failed: %s", qPrintable(failure.summary()));
    std::printf("import: %lld orders (%.0f MB of CSV) in %.1f s = %.0f rows/s\n",
        static_cast<long long>(orders), csv.size() / 1e6, seconds, orders / seconds);
    std::fflush(stdout);
}

BenchDatabase& benchDatabase(const QString& fileName,
    const std::function<bool(const Session&)>& isFilled,
    const std::function<void(const Session&)>& fill)
{
    // Never destroyed: the connections must not outlive QCoreApplication at exit.
    static auto& databases = *new std::map<QString, BenchDatabase>;
    auto found = databases.find(fileName);
    if (found != databases.end())
        return found->second;
    const QString dir = qEnvironmentVariable("FIBERDESK_BENCH_DIR", u"/tmp/fiberdesk-bench"_s);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(fileName);
    BenchDatabase& entry = databases[fileName];
    auto open = [&] {
        Result<std::unique_ptr<Database>> opened
            = Database::open(DatabaseLocation::parse(path).value());
        if (!opened.ok())
            qFatal("%s", qPrintable(opened.error()));
        entry.database = std::move(opened).value();
        entry.session = std::make_unique<Session>(
            *entry.database, Actor { u"bench"_s, Role::Admin }, benchZone());
        entry.session->setClock([] { return benchNow(); });
    };
    open();
    if (isFilled(*entry.session))
        return entry;
    entry.session.reset();
    entry.database.reset();
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    open();
    fill(*entry.session);
    return entry;
}

BenchDatabase& filledDatabase(qint64 orders, qint64 perDay)
{
    // The board's databases (2,000 orders a day) keep the names they always had.
    const QString name = perDay == 2000 ? u"board-%1.db"_s.arg(orders)
                                        : u"orders-%1-%2-a-day.db"_s.arg(orders).arg(perDay);
    return benchDatabase(
        name,
        [orders](const Session& session) {
            return scalar(session.database(), u"SELECT COUNT(*) FROM orders"_s).value().toLongLong()
                == orders;
        },
        [orders, perDay](const Session& session) {
            if (!DemoService(session).generate(1, 0).ok())
                qFatal("the demo organisation could not be written");
            importDemoOrders(session, orders, perDay);
        });
}

QList<qint64> sizesFrom(const char* variable, const QString& fallback)
{
    QList<qint64> list;
    const QString text = qEnvironmentVariable(variable, fallback);
    for (const QString& size : text.split(u',', Qt::SkipEmptyParts))
        list.append(size.trimmed().toLongLong());
    return list;
}

Status saveDrop(const Session& session, const QString& number, const Booking& target)
{
    ScheduleService schedule(session);
    FD_TRY_ASSIGN(std::optional<WorkOrder> found, OrderService(session).find(number));
    if (!found)
        return Error(QStringLiteral("the order to book vanished"));
    FD_TRY(schedule.preview(number, target));
    FD_TRY(schedule.book(number, found->version, target));
    return Status::success();
}

} // namespace fd::bench
