#include "fuzzsupport.h"

#include "services/import/importservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>
#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace fd::fuzz {

namespace {

QString scratchTemplate()
{
    const QDir shm(u"/dev/shm"_s);
    const QString base
        = shm.exists() && QFileInfo(shm.path()).isWritable() ? shm.path() : QDir::tempPath();
    return base + u"/fiberdesk-fuzz-XXXXXX"_s;
}

} // namespace

void initialiseApplication(int* argc, char*** argv)
{
    qputenv("FIBERDESK_LANG", "en");
    static int count = *argc;
    static QCoreApplication application(count, *argv);
    QCoreApplication::setOrganizationName(u"FiberDeskFuzz"_s);
    QCoreApplication::setApplicationName(u"FiberDeskFuzz"_s);
}

const QTemporaryDir& scratch()
{
    static QTemporaryDir dir(scratchTemplate());
    if (!dir.isValid())
        fail(u"no scratch folder: "_s + dir.errorString());
    return dir;
}

void fail(const QString& what)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

Operator openSmallOperator(const QString& path)
{
    Result<DatabaseLocation> location = DatabaseLocation::parse(path);
    if (!location.ok())
        fail(location.error());
    Result<std::unique_ptr<Database>> database = Database::open(location.value());
    if (!database.ok())
        fail(database.error());
    Operator result;
    result.database = std::move(database).value();
    const QTimeZone lima("America/Lima");
    result.session
        = std::make_unique<Session>(*result.database, Actor { u"fuzz"_s, Role::Admin }, lima);
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), lima);
    result.session->setClock([now] { return now.toUTC(); });

    const QByteArray done = ",completed,yes,yes,yes,yes,yes,Cliente,-20,";
    QByteArray orders
        = "number,kind,account,customer,phone,address,area_code,received_at,team_code,technician_"
          "code,"
          "contacted_at,appointment_start,appointment_end,customer_requested_later,arrived_at,"
          "completed_at,status,uniform,permit_shown,location_consulted,tested,site_cleaned,signed_"
          "by,"
          "rx_power_dbm,exempt_reason\n";
    auto order = [&](const char* number, const char* kind, const char* account,
                     const char* received, const char* arrived, const char* completed) {
        orders += QByteArray(number) + ',' + kind + ',' + account + ",Cliente,,,A1," + received
            + ",T1,P1,,,,," + arrived + ',' + completed + done + "\n";
    };
    order("T1", "install", "ACC-1", "2026-10-05T09:00:00", "2026-10-05T14:00:00",
        "2026-10-05T15:00:00");
    order("T2", "install", "ACC-2", "2026-10-06T09:00:00", "2026-10-07T10:00:00",
        "2026-10-07T11:00:00");
    order("T3", "repair", "ACC-1", "2026-10-07T17:00:00", "2026-10-08T10:00:00",
        "2026-10-08T12:00:00");
    order("T7", "repair", "ACC-3", "2026-10-15T09:00:00", "2026-10-15T10:00:00",
        "2026-10-15T12:00:00");
    orders += "T4,repair,ACC-2,Cliente,,,A1,2026-10-10T09:00:00,T1,P1,,,,,,,assigned,,,,,,,,\n";
    orders += "T6,install,ACC-6,Cliente,,,A1,2026-10-12T09:00:00,,,,,,,,,cancelled,,,,,,,,\n";
    const std::pair<ImportKind, QByteArray> files[] = {
        { ImportKind::Units,
            "code,name,contract_no,contract_start,status\nU1,Uno,CT-1,2024-01-01,active\n"
            "U2,Dos,CT-2,2024-02-01,active\n" },
        { ImportKind::Areas,
            "code,name,unit_code,subscribers\nA1,Miraflores,U1,4000\nA3,Barranco,U2,900\n" },
        { ImportKind::Teams,
            "code,unit_code,name,area_codes\nT1,U1,Cuadrilla 1,A1\nT2,U2,Cuadrilla 2,A3\n" },
        { ImportKind::Technicians,
            "code,team_code,name,phone,permit_no,ftth_kit,active\nP1,T1,Ana,,,yes,yes\n"
            "P2,T2,Eva,,,yes,yes\n" },
        { ImportKind::Orders, orders },
        { ImportKind::Callbacks,
            "order_number,attempted_at,outcome,on_time,appointment,uniform,standard_service,"
            "tested,site_cleaned,satisfaction,commendation,comment\n"
            "T1,2026-10-06T10:00:00,reached,yes,yes,yes,yes,yes,yes,10,yes,\n" },
        { ImportKind::Complaints,
            "order_number,unit_code,received_at,source,category,status,staff_caused,"
            "verified_at,description\n"
            "T2,,2026-10-18T10:00:00,hotline,late,open,,,Llegaron tarde\n" },
    };
    for (const auto& [kind, bytes] : files) {
        ImportFailure failure;
        if (!ImportService(*result.session)
                 .importBytes(kind, bytes, importKindKey(kind) + u".csv"_s, &failure)
                 .ok())
            fail(u"the small operator could not be imported: "_s + failure.summary());
    }
    return result;
}

} // namespace fd::fuzz
