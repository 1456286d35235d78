// Issue 22: removal orders (SPEC §4, §7, §9). A removal's deadline and what it measures, its
// completion checklist, its place in timeliness (and not in quality or credits), and the
// orders file with the optional `ont_collected` column, in and out.
#include "export/tablefiles.h"
#include "private/sql.h"
#include "rules/orderchecks.h"
#include "rules/timeliness.h"
#include "services/evaluationservice.h"
#include "services/export/dataexport.h"
#include "services/import/importservice.h"
#include "services/indicatorservice.h"
#include "services/orderservice.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QSqlDatabase>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kLima("America/Lima");

QDateTime lima(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, kLima).toUTC();
}

QByteArray header(bool withOntColumn)
{
    QStringList columns = importColumns(ImportKind::Orders);
    if (withOntColumn)
        columns += optionalImportColumns(ImportKind::Orders);
    return columns.join(u',').toUtf8();
}

} // namespace

TEST(RemovalTimeliness, DeadlineOnBothSidesOfTheCutOff)
{
    const TimelinessRules rules;
    const QDate day(2026, 11, 20);
    // 15:59:59 is before the cut-off: the end of that same day.
    const QDateTime before = lima(day, QTime(15, 59, 59));
    EXPECT_EQ(orderDeadline(rules, kLima, OrderKind::Removal, before, false, {}),
        lima(day, QTime(23, 59, 59)));
    // 16:00:00 is at the cut-off: 24 hours later.
    const QDateTime at = lima(day, QTime(16, 0, 0));
    EXPECT_EQ(orderDeadline(rules, kLima, OrderKind::Removal, at, false, {}),
        lima(day.addDays(1), QTime(16, 0, 0)));
}

TEST(RemovalTimeliness, MeasuredAtCompletionAndOwesNoCredit)
{
    const QDateTime arrived = lima(QDate(2026, 11, 20), QTime(10, 0));
    const QDateTime completed = arrived.addSecs(3600);
    EXPECT_EQ(measuredEvent(OrderKind::Removal, arrived, completed), completed);
    EXPECT_FALSE(measuredEvent(OrderKind::Removal, arrived, {}).isValid())
        << "arrival alone does not meet a removal's deadline";
    const TimelinessRules rules;
    const QDateTime deadline = arrived;
    for (qint64 late : { qint64(1), qint64(86401), qint64(30 * 86400) }) {
        EXPECT_EQ(compensationCredit(
                      rules, kLima, OrderKind::Removal, deadline, deadline.addSecs(late), {}),
            0)
            << late;
        EXPECT_GT(compensationCredit(
                      rules, kLima, OrderKind::Repair, deadline, deadline.addSecs(late), {}),
            0)
            << "the same lateness costs a repair";
    }
    EXPECT_EQ(
        compensationCredit(rules, kLima, OrderKind::Removal, deadline, {}, deadline.addDays(3)), 0)
        << "not yet done, days late";
}

TEST(RemovalChecklist, SignatureAndOntRequiredNoTest)
{
    const PowerRange range;
    ConductChecklist checklist { true, true, true, false, true, u"Rosa Mamani"_s, {} };
    auto fields = [](const QList<FieldError>& errors) {
        QStringList names;
        for (const FieldError& error : errors)
            names.append(error.field);
        return names;
    };
    EXPECT_TRUE(
        checkCompletion(OrderKind::Removal, checklist, std::nullopt, true, range).isEmpty());
    EXPECT_TRUE(
        checkCompletion(OrderKind::Removal, checklist, std::nullopt, false, range).isEmpty())
        << "an ONT not collected is an answer too";
    EXPECT_EQ(fields(checkCompletion(OrderKind::Removal, checklist, std::nullopt, {}, range)),
        QStringList { u"ont_collected"_s });
    EXPECT_EQ(fields(checkCompletion(OrderKind::Removal, checklist, -20.0, true, range)),
        QStringList { u"rx_power_dbm"_s })
        << "a removal has no reading";
    ConductChecklist tested = checklist;
    tested.tested = true;
    EXPECT_EQ(fields(checkCompletion(OrderKind::Removal, tested, std::nullopt, true, range)),
        QStringList { u"tested"_s });
    ConductChecklist unsigned_ = checklist;
    unsigned_.signedBy.clear();
    EXPECT_EQ(fields(checkCompletion(OrderKind::Removal, unsigned_, std::nullopt, true, range)),
        QStringList { u"signed_by"_s })
        << "item 7 is required";
    unsigned_.refusalReason = u"Moved out, the neighbour let us in"_s;
    EXPECT_TRUE(
        checkCompletion(OrderKind::Removal, unsigned_, std::nullopt, false, range).isEmpty());
    // Every other kind keeps its test and says nothing about an ONT collected.
    ConductChecklist install = checklist;
    install.tested = true;
    EXPECT_TRUE(checkCompletion(OrderKind::Install, install, -20.0, {}, range).isEmpty());
    EXPECT_EQ(fields(checkCompletion(OrderKind::Repair, install, -20.0, true, range)),
        QStringList { u"ont_collected"_s });
}

namespace {

class Removals : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(lima(QDate(2026, 11, 20), QTime(18, 0)));
        test::seedSmallOrganisation(db.session()); // U1 active: A1, A2, team T1
        importOrDie(ImportKind::Technicians, "P1,T1,Ana Quispe,,,yes,yes\n");
    }

    void importOrDie(ImportKind kind, const QByteArray& rows)
    {
        ImportFailure failure;
        const QByteArray file = importColumns(kind).join(u',').toUtf8() + "\n" + rows;
        ASSERT_TRUE(ImportService(db.session()).importBytes(kind, file, u"f.csv"_s, &failure).ok())
            << failure.describe().join(u"\n"_s).toStdString();
    }

    Result<ImportOutcome> importOrders(const QByteArray& bytes, ImportFailure* failure)
    {
        return ImportService(db.session())
            .importBytes(ImportKind::Orders, bytes, u"orders.csv"_s, failure);
    }

    static QByteArray exported(Session& session)
    {
        Result<ExportTable> table = DataExport(session).table(ImportKind::Orders);
        EXPECT_TRUE(table.ok()) << table.error().toStdString();
        return table.ok() ? csvFile({ table.value() }, CsvFormat()) : QByteArray();
    }
    QByteArray exported() { return exported(db.session()); }

    WorkOrder order(const QString& number)
    {
        Result<std::optional<WorkOrder>> found = OrderService(db.session()).find(number);
        EXPECT_TRUE(found.ok() && found.value()) << number.toStdString();
        return found.ok() && found.value() ? *found.value() : WorkOrder();
    }

    test::TestDatabase db;
};

// A removal, an install and a repair, each completed; the removal with its ONT collected.
// Written as FiberDesk exports it: byte-order mark, CRLF, local times with their offset.
const QByteArray kExportLike
    = "\xEF\xBB\xBF"
      "number,kind,account,customer,phone,address,area_code,received_at,"
      "team_code,technician_code,contacted_at,appointment_start,"
      "appointment_end,customer_requested_later,arrived_at,completed_at,"
      "status,uniform,permit_shown,location_consulted,tested,site_cleaned,"
      "signed_by,rx_power_dbm,exempt_reason,ont_collected\r\n"
      "R-1,removal,ACC-1,Rosa Mamani,987 000 111,\"Av. Larco 123, "
      "Miraflores\",A1,2026-11-19T15:59:59-05:00,T1,P1,"
      "2026-11-19T16:10:00-05:00,2026-11-19T18:00:00-05:00,"
      "2026-11-19T19:00:00-05:00,no,2026-11-19T18:05:00-05:00,"
      "2026-11-19T18:40:00-05:00,completed,yes,yes,no,,yes,Rosa Mamani,,,"
      "yes\r\n"
      "R-2,removal,ACC-2,王秀英,,,A2,2026-11-20T16:00:00-05:00,T1,P1,,,,no,"
      ",,assigned,,,,,,,,,\r\n"
      "W-1,install,ACC-3,José Huamán,,,A1,2026-11-19T09:00:00-05:00,T1,P1,"
      "2026-11-19T09:30:00-05:00,2026-11-19T11:00:00-05:00,"
      "2026-11-19T13:00:00-05:00,no,2026-11-19T11:10:00-05:00,"
      "2026-11-19T12:00:00-05:00,completed,yes,yes,yes,yes,yes,José "
      "Huamán,-19.5,,\r\n";

} // namespace

TEST_F(Removals, CompletedInTheOrderServiceWithTheOntAnswer)
{
    OrderService orders(db.session());
    WorkOrder draft;
    draft.number = u"R-9"_s;
    draft.kind = OrderKind::Removal;
    draft.account = u"ACC-9"_s;
    draft.customer = u"Rosa Mamani"_s;
    draft.areaCode = u"A1"_s;
    draft.receivedAt = lima(QDate(2026, 11, 20), QTime(15, 59, 59));
    Result<OrderChange> made = orders.create(draft);
    ASSERT_TRUE(made.ok()) << made.error().toStdString();
    EXPECT_EQ(made.value().order.kind, OrderKind::Removal);
    EXPECT_EQ(made.value().order.deadline, lima(QDate(2026, 11, 20), QTime(23, 59, 59)));
    WorkOrder order = orders.assign(u"R-9"_s, 1, u"T1"_s, u"P1"_s).value().order;
    order = orders
                .schedule(u"R-9"_s, order.version, lima(QDate(2026, 11, 20), QTime(16, 5)),
                    lima(QDate(2026, 11, 20), QTime(16, 30)),
                    lima(QDate(2026, 11, 20), QTime(17, 30)), false)
                .value()
                .order;
    Result<OrderChange> arrived
        = orders.recordArrival(u"R-9"_s, order.version, lima(QDate(2026, 11, 20), QTime(16, 40)));
    ASSERT_TRUE(arrived.ok()) << arrived.error().toStdString();
    EXPECT_FALSE(arrived.value().order.measuredAt.isValid()) << "a removal is not met by arriving";
    order = arrived.value().order;

    CompletionReport report;
    report.completedAt = lima(QDate(2026, 11, 20), QTime(17, 10));
    report.checklist = { true, true, true, false, true, u"Rosa Mamani"_s, {} };
    Result<OrderChange> refused = orders.complete(u"R-9"_s, order.version, report);
    ASSERT_FALSE(refused.ok()) << "whether the ONT was collected is required";
    EXPECT_TRUE(refused.error().contains(u"ONT collected"_s)) << refused.error().toStdString();
    report.rxPowerDbm = -20.0;
    report.ontCollected = true;
    EXPECT_FALSE(orders.complete(u"R-9"_s, order.version, report).ok()) << "no reading";
    report.rxPowerDbm.reset();
    Result<OrderChange> done = orders.complete(u"R-9"_s, order.version, report);
    ASSERT_TRUE(done.ok()) << done.error().toStdString();
    EXPECT_EQ(done.value().order.status, OrderStatus::Completed);
    EXPECT_EQ(done.value().order.measuredAt, report.completedAt);
    EXPECT_EQ(done.value().order.ontCollected, std::optional<bool>(true));
    EXPECT_FALSE(done.value().order.rxPowerDbm.has_value());
    EXPECT_EQ(this->order(u"R-9"_s).ontCollected, std::optional<bool>(true)) << "stored";
}

TEST_F(Removals, FileImportsExportsAndRoundTrips)
{
    ImportFailure failure;
    Result<ImportOutcome> first = importOrders(kExportLike, &failure);
    ASSERT_TRUE(first.ok()) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(first.value().summary.created, 3);

    const WorkOrder r1 = order(u"R-1"_s);
    EXPECT_EQ(r1.kind, OrderKind::Removal);
    EXPECT_EQ(r1.ontCollected, std::optional<bool>(true));
    EXPECT_FALSE(r1.rxPowerDbm.has_value());
    EXPECT_EQ(r1.deadline, lima(QDate(2026, 11, 19), QTime(23, 59, 59))) << "15:59:59: same day";
    EXPECT_EQ(r1.measuredAt, lima(QDate(2026, 11, 19), QTime(18, 40))) << "at completion";
    const WorkOrder r2 = order(u"R-2"_s);
    EXPECT_EQ(r2.deadline, lima(QDate(2026, 11, 21), QTime(16, 0))) << "16:00:00: 24 hours";
    EXPECT_FALSE(r2.ontCollected.has_value());
    EXPECT_FALSE(order(u"W-1"_s).ontCollected.has_value());

    // The export is the file, byte for byte; importing it again changes nothing.
    EXPECT_EQ(exported(), kExportLike);
    Result<ImportOutcome> again = importOrders(exported(), &failure);
    ASSERT_TRUE(again.ok()) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(again.value().summary.unchanged, 3);
    EXPECT_EQ(again.value().summary.created + again.value().summary.updated, 0);

    // Into an empty database: the same export back.
    test::TestDatabase empty;
    empty.setNow(db.session().now());
    test::seedSmallOrganisation(empty.session());
    ImportFailure otherFailure;
    const QByteArray technicians = importColumns(ImportKind::Technicians).join(u',').toUtf8()
        + "\nP1,T1,Ana Quispe,,,yes,yes\n";
    ASSERT_TRUE(ImportService(empty.session())
                    .importBytes(ImportKind::Technicians, technicians, u"t.csv"_s, &otherFailure)
                    .ok());
    ASSERT_TRUE(ImportService(empty.session())
                    .importBytes(ImportKind::Orders, kExportLike, u"o.csv"_s, &otherFailure)
                    .ok())
        << otherFailure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(exported(empty.session()), kExportLike);
}

TEST_F(Removals, FileWithoutTheColumnImportsUnchanged)
{
    // The orders file as it was before removals: 25 columns, no ont_collected.
    const QByteArray legacy = header(false)
        + "\nW-1,install,ACC-3,José Huamán,,,A1,2026-11-19T09:00:00,T1,P1,2026-11-19T09:30:00,"
          "2026-11-19T11:00:00,2026-11-19T13:00:00,no,2026-11-19T11:10:00,2026-11-19T12:00:00,"
          "completed,yes,yes,yes,yes,yes,José Huamán,-19.5,\n"
          "W-2,repair,ACC-4,Ana Flores,,,A2,2026-11-20T08:00:00,,,,,,,,,new,,,,,,,,\n";
    ImportFailure failure;
    Result<ImportOutcome> imported = importOrders(legacy, &failure);
    ASSERT_TRUE(imported.ok()) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(imported.value().summary.created, 2);
    const WorkOrder w1 = order(u"W-1"_s);
    EXPECT_EQ(w1.measuredAt, lima(QDate(2026, 11, 19), QTime(11, 10))) << "an install: arrival";
    EXPECT_DOUBLE_EQ(*w1.rxPowerDbm, -19.5);
    EXPECT_FALSE(w1.ontCollected.has_value());
    Result<ImportOutcome> again = importOrders(legacy, &failure);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().summary.unchanged, 2);

    // Such a file may name a removal; a completed one it knows nothing about is refused...
    const QByteArray removalRow
        = "R-5,removal,ACC-5,Eva Rojas,,,A1,2026-11-19T09:00:00,T1,P1,,,,no,2026-11-19T11:10:00,"
          "2026-11-19T12:00:00,completed,yes,yes,yes,,yes,Eva Rojas,,\n";
    Result<ImportOutcome> refused = importOrders(header(false) + "\n" + removalRow, &failure);
    ASSERT_FALSE(refused.ok());
    ASSERT_EQ(failure.problems.size(), 1) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(failure.problems.first().field, u"ont_collected"_s);
    EXPECT_EQ(failure.problems.first().line, 2);
    // ... but one FiberDesk holds keeps its answer.
    ASSERT_TRUE(importOrders(header(true) + "\n" + removalRow.chopped(1) + ",no\n", &failure).ok())
        << failure.describe().join(u"\n"_s).toStdString();
    Result<ImportOutcome> kept = importOrders(header(false) + "\n" + removalRow, &failure);
    ASSERT_TRUE(kept.ok()) << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(kept.value().summary.unchanged, 1);
    EXPECT_EQ(order(u"R-5"_s).ontCollected, std::optional<bool>(false));
}

TEST_F(Removals, ImportRefusesWhatARemovalCannotSay)
{
    const QByteArray start = header(true) + "\n";
    const QByteArray base = "R-1,removal,ACC-1,Rosa,,,A1,2026-11-19T09:00:00,T1,P1,,,,no,"
                            "2026-11-19T11:00:00,2026-11-19T12:00:00,completed,yes,yes,yes,";
    struct Case
    {
        QByteArray row;
        QString column;
    };
    const QList<Case> cases = {
        { base + "yes,yes,Rosa,,,yes\n", u"tested"_s }, // a removal tests nothing
        { base + ",yes,Rosa,-20,,yes\n", u"rx_power_dbm"_s }, // nor has a reading
        { base + ",yes,Rosa,,,\n", u"ont_collected"_s }, // the ONT answer is required
        { base + ",yes,Rosa,,,maybe\n", u"ont_collected"_s },
        { "W-1,install,ACC-3,José,,,A1,2026-11-19T09:00:00,T1,P1,,,,no,2026-11-19T11:00:00,"
          "2026-11-19T12:00:00,completed,yes,yes,yes,yes,yes,José,-19.5,,yes\n",
            u"ont_collected"_s }, // only a removal collects an ONT
        { "R-2,removal,ACC-2,Eva,,,A1,2026-11-19T09:00:00,T1,P1,,,,no,,,assigned,,,,,,,,,no\n",
            u"ont_collected"_s }, // not completed: empty
    };
    for (const Case& c : cases) {
        ImportFailure failure;
        ASSERT_FALSE(importOrders(start + c.row, &failure).ok()) << c.row.toStdString();
        ASSERT_EQ(failure.problems.size(), 1)
            << c.row.toStdString() << failure.describe().join(u"\n"_s).toStdString();
        EXPECT_EQ(failure.problems.first().field, c.column) << c.row.toStdString();
    }
    ImportFailure failure;
    ASSERT_TRUE(importOrders(start + base + "no,yes,Rosa,,,no\n", &failure).ok())
        << "tested “no” agrees with a removal: " << failure.describe().join(u"\n"_s).toStdString();
    EXPECT_EQ(scalar(db.database(), u"SELECT COUNT(*) FROM orders"_s).value().toInt(), 1);
}

TEST_F(Removals, CountedInTimelinessNotInQualityNorCredits)
{
    db.setNow(lima(QDate(2026, 11, 5), QTime(12, 0)));
    // October: a removal on time, a removal late (completed after its deadline although the
    // technician arrived before it), an install on time; then a repair on the account of a
    // completed removal, nine days later (a repeat only if a removal were a fix).
    const QByteArray file = header(true)
        + "\nR-1,removal,ACC-1,Rosa,,,A1,2026-10-05T09:00:00,T1,P1,,,,no,2026-10-05T11:00:00,"
          "2026-10-05T12:00:00,completed,yes,yes,yes,,yes,Rosa,,,yes\n"
          "R-2,removal,ACC-2,Eva,,,A1,2026-10-06T15:59:59,T1,P1,,,,no,2026-10-06T23:00:00,"
          "2026-10-07T00:30:00,completed,yes,yes,yes,,yes,Eva,,,no\n"
          "W-1,install,ACC-3,José,,,A1,2026-10-06T16:00:00,T1,P1,,,,no,2026-10-07T15:00:00,"
          "2026-10-07T16:30:00,completed,yes,yes,yes,yes,yes,José,-19.5,,\n"
          "F-1,repair,ACC-1,Rosa,,,A1,2026-10-14T09:00:00,T1,P1,,,,no,2026-10-14T11:00:00,"
          "2026-10-14T12:00:00,completed,yes,yes,yes,yes,yes,Rosa,-20,,\n";
    ImportFailure failure;
    ASSERT_TRUE(importOrders(file, &failure).ok())
        << failure.describe().join(u"\n"_s).toStdString();

    Result<MonthEvaluation> evaluation
        = EvaluationService(db.session()).evaluate(QDate(2026, 10, 1));
    ASSERT_TRUE(evaluation.ok()) << evaluation.error().toStdString();
    ASSERT_EQ(evaluation.value().units.size(), 1);
    const UnitEvaluation& unit = evaluation.value().units.first();
    EXPECT_EQ(unit.counts.ordersDue, 4) << "both removals are in the timeliness population";
    EXPECT_EQ(unit.counts.ordersOnTime, 3);
    EXPECT_EQ(unit.counts.removalsDue, 2);
    EXPECT_EQ(unit.counts.removalsOnTime, 1) << "R-2 was completed after its deadline";
    EXPECT_EQ(unit.counts.repairs, 1) << "removals are not in quality's population";
    EXPECT_EQ(unit.counts.repeats, 0) << "a removal is not a visit a fault comes back after";

    Result<MonthIndicators> indicators = IndicatorService(db.session()).month(QDate(2026, 10, 1));
    ASSERT_TRUE(indicators.ok()) << indicators.error().toStdString();
    EXPECT_EQ(indicators.value().overall.removalsDue, 2);
    EXPECT_EQ(indicators.value().overall.removalsOnTime, 1);
    EXPECT_EQ(indicators.value().overall.lateOrders, 0) << "a late removal owes no credit";
    EXPECT_EQ(indicators.value().overall.compensation, 0);

    // Finalized, the figures keep their removals.
    EvaluationService service(db.session());
    ASSERT_TRUE(service.setRoomScore(QDate(2026, 10, 1), u"U1"_s, Rational(15), {}).ok());
    Result<MonthEvaluation> finalized = service.finalize(QDate(2026, 10, 1));
    ASSERT_TRUE(finalized.ok()) << finalized.error().toStdString();
    const UnitEvaluation& frozen = finalized.value().units.first();
    EXPECT_TRUE(frozen.final);
    EXPECT_EQ(frozen.counts.removalsDue, 2);
    EXPECT_EQ(frozen.counts.removalsOnTime, 1);
    EXPECT_EQ(frozen.counts.ordersDue, 4);
}

TEST(RemovalSchema, UpgradeFromVersionSevenAdmitsRemovals)
{
    std::unique_ptr<test::ServerDatabase> server;
    QTemporaryDir dir;
    QString where = dir.filePath(u"v7.db"_s);
    if (test::TestDatabase::onPostgres()) {
        server = std::make_unique<test::ServerDatabase>();
        ASSERT_TRUE(server->created());
        where = server->url();
    }
    const DatabaseLocation location = DatabaseLocation::parse(where).value();
    auto insertOrder = [](Database& database, const QString& number, const QString& kind) {
        return execSql(database,
            u"INSERT INTO orders (number, kind, account, customer, customer_folded, area_id, "
            "unit_id, received_at, status, deadline_at) VALUES (?, ?, 'ACC', 'Rosa', 'rosa', "
            "1, 1, 1700000000, 'new', 1700086400)"_s,
            { number, kind });
    };
    {
        Result<std::unique_ptr<Database>> raw = Database::openRaw(location);
        ASSERT_TRUE(raw.ok()) << raw.error().toStdString();
        Database& database = *raw.value();
        // A test database on the server is a copy of one already migrated: it is emptied
        // first, so that it starts from nothing like the file.
        for (const QString& table : database.connection().tables(QSql::Tables))
            ASSERT_TRUE(execSql(database, u"DROP TABLE IF EXISTS %1 CASCADE"_s.arg(table)).ok());
        // ...and of the audit head's trigger function (version 8) that outlives its table.
        if (!database.isSqlite()) {
            ASSERT_TRUE(
                execSql(database, u"DROP FUNCTION IF EXISTS fd_audit_head() CASCADE"_s).ok());
        }
        ASSERT_EQ(database.schemaVersion().value(), 0);
        ASSERT_TRUE(database.upgradeTo(7).ok());
        ASSERT_EQ(database.schemaVersion().value(), 7);
        ASSERT_TRUE(execSql(
            database, u"INSERT INTO units (code, name, status) VALUES ('U1', 'Uno', 'active')"_s)
                        .ok());
        ASSERT_TRUE(execSql(database,
            u"INSERT INTO areas (code, name, unit_id, subscribers) VALUES ('A1', 'Uno', 1, 10)"_s)
                        .ok());
        ASSERT_TRUE(insertOrder(database, u"OLD-1"_s, u"repair"_s).ok());
        EXPECT_FALSE(insertOrder(database, u"NEW-0"_s, u"removal"_s).ok())
            << "version 7 knows no removal";
    }
    Result<std::unique_ptr<Database>> upgraded = Database::open(location);
    ASSERT_TRUE(upgraded.ok()) << upgraded.error().toStdString();
    Database& database = *upgraded.value();
    EXPECT_EQ(database.schemaVersion().value(), Database::latestSchemaVersion());
    EXPECT_TRUE(insertOrder(database, u"NEW-1"_s, u"removal"_s).ok());
    EXPECT_FALSE(insertOrder(database, u"NEW-2"_s, u"disconnect"_s).ok())
        << "the check still refuses other kinds";
    EXPECT_TRUE(scalar(database, u"SELECT ont_collected FROM orders WHERE number = 'OLD-1'"_s)
                    .value()
                    .isNull());
    EXPECT_EQ(scalar(database, u"SELECT COUNT(*) FROM orders"_s).value().toInt(), 2);
}
