// SPEC §2: organisation services validate before they write, and write all or nothing.
#include "private/sql.h"
#include "services/areaservice.h"
#include "services/equipmentservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "storage/auditrepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

qint64 countRows(Database& database, const QString& table)
{
    return scalar(database, u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
}

bool hasErrorOn(const BatchStatus& status, qsizetype index, const QString& field)
{
    for (const RecordError& error : status.recordErrors()) {
        if (error.index == index && error.field == field)
            return true;
    }
    return false;
}

Unit unitNamed(const QString& code, const QString& name)
{
    Unit unit;
    unit.code = code;
    unit.name = name;
    return unit;
}

} // namespace

TEST(Units, NewUnitsStartAsCandidates)
{
    test::TestDatabase db;
    Unit unit = unitNamed(u"U1"_s, u"Fibra Andina"_s);
    unit.status = UnitStatus::Active; // ignored: a new unit must qualify first
    SaveSummary summary;
    ASSERT_TRUE(
        UnitService(db.session()).save({ unit }, UnitService::Origin::Edited, &summary).ok());
    EXPECT_EQ(summary.created, 1);
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Candidate);
}

TEST(Units, BatchIsCheckedWholeBeforeWriting)
{
    test::TestDatabase db;
    const BatchStatus saved
        = UnitService(db.session())
              .save({ unitNamed(u"U1"_s, u"Uno"_s), unitNamed(u"U2"_s, u""_s),
                        unitNamed(u"U1"_s, u"Otra"_s), unitNamed(u"bad;code"_s, u"x"_s) },
                  UnitService::Origin::Edited);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(hasErrorOn(saved, 1, u"name"_s));
    EXPECT_TRUE(hasErrorOn(saved, 2, u"code"_s)) << "a duplicate code in one batch";
    EXPECT_TRUE(hasErrorOn(saved, 3, u"code"_s));
    EXPECT_EQ(countRows(db.database(), u"units"_s), 0);
}

TEST(Units, UpdateKeepsStatusAndCountsChanges)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    SaveSummary summary;
    ASSERT_TRUE(UnitService(db.session())
                    .save({ unitNamed(u"U1"_s, u"Unidad Uno Renombrada"_s) },
                        UnitService::Origin::Edited, &summary)
                    .ok());
    EXPECT_EQ(summary.updated, 1);
    const Unit unit = *UnitService(db.session()).find(u"U1"_s).value();
    EXPECT_EQ(unit.name, u"Unidad Uno Renombrada"_s);
    EXPECT_EQ(unit.status, UnitStatus::Active);
}

TEST(Units, StatusChangesAreRuledHistoricisedAndAudited)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    UnitService units(db.session());
    EXPECT_FALSE(units.changeStatus(u"U1"_s, UnitStatus::Terminated, u""_s).ok())
        << "a reason is required";
    EXPECT_FALSE(units.changeStatus(u"U9"_s, UnitStatus::Retired, u"gone"_s).ok());
    EXPECT_FALSE(units.changeStatus(u"U1"_s, UnitStatus::Candidate, u"again"_s).ok());

    ASSERT_TRUE(units.changeStatus(u"U1"_s, UnitStatus::Terminated, u"contrato rescindido"_s).ok());
    Unit unit = *units.find(u"U1"_s).value();
    EXPECT_EQ(unit.status, UnitStatus::Terminated);
    EXPECT_EQ(unit.statusSince, db.session().today());
    EXPECT_EQ(unit.rectifyBy, db.session().today().addDays(30))
        << "the default rectification period";
    EXPECT_FALSE(units.changeStatus(u"U1"_s, UnitStatus::Active, u"por favor"_s).ok())
        << "reinstatement only through a retraining assessment";

    ASSERT_TRUE(units.changeStatus(u"U1"_s, UnitStatus::Retired, u"fin del contrato"_s).ok());
    unit = *units.find(u"U1"_s).value();
    EXPECT_FALSE(unit.rectifyBy.isValid());
    ASSERT_TRUE(units.changeStatus(u"U1"_s, UnitStatus::Candidate, u"nueva licitación"_s).ok());

    const QList<UnitStatusChange> history = units.statusHistory(u"U1"_s).value();
    QList<UnitStatus> statuses;
    for (const UnitStatusChange& change : history)
        statuses.append(change.status);
    EXPECT_EQ(statuses,
        QList<UnitStatus>({ UnitStatus::Candidate, UnitStatus::Active, UnitStatus::Terminated,
            UnitStatus::Retired, UnitStatus::Candidate }));
    const QList<AuditEntry> audit = AuditRepository(db.database()).list(u"unit"_s, u"U1"_s).value();
    ASSERT_GE(audit.size(), 4);
    EXPECT_EQ(audit.at(audit.size() - 3).before, u"active"_s);
    EXPECT_TRUE(audit.at(audit.size() - 3).after.startsWith(u"terminated"_s));
    EXPECT_EQ(audit.last().actor, u"tester"_s);
}

TEST(Areas, SubscribersMustNotBeNegativeAndUnitMustExist)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    const BatchStatus saved = AreaService(db.session())
                                  .save({ { u"A3"_s, u"Barranco"_s, u"U1"_s, -1, true },
                                      { u"A4"_s, u"Surco"_s, u"U7"_s, 10, true } });
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(hasErrorOn(saved, 0, u"subscribers"_s));
    EXPECT_TRUE(hasErrorOn(saved, 1, u"unit_code"_s));
    EXPECT_EQ(countRows(db.database(), u"areas"_s), 2);
}

TEST(Areas, MovingAnAreaTakesItOffTheOldUnitsTeams)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    ASSERT_TRUE(UnitService(db.session())
                    .save({ unitNamed(u"U2"_s, u"Dos"_s) }, UnitService::Origin::Edited)
                    .ok());
    ASSERT_TRUE(
        AreaService(db.session()).save({ { u"A2"_s, u"朝阳区"_s, u"U2"_s, 7001, true } }).ok());
    const Team team = TeamService(db.session()).list().value().first();
    EXPECT_EQ(team.areaCodes, QStringList({ u"A1"_s }));
}

TEST(Areas, DeactivateAndReactivate)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    ASSERT_TRUE(AreaService(db.session()).setActive(u"A1"_s, false).ok());
    EXPECT_FALSE(AreaService(db.session()).list().value().first().active);
    ASSERT_TRUE(AreaService(db.session()).setActive(u"A1"_s, true).ok());
    EXPECT_TRUE(AreaService(db.session()).list().value().first().active);
    EXPECT_FALSE(AreaService(db.session()).setActive(u"ZZ"_s, false).ok());
}

TEST(Teams, AreasMustBelongToTheTeamsUnit)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    ASSERT_TRUE(UnitService(db.session())
                    .save({ unitNamed(u"U2"_s, u"Dos"_s) }, UnitService::Origin::Edited)
                    .ok());
    const BatchStatus saved
        = TeamService(db.session())
              .save({ { u"T2"_s, u"U2"_s, u"Cuadrilla 2"_s, { u"A1"_s }, true },
                  { u"T3"_s, u"U1"_s, u"Cuadrilla 3"_s, {}, true },
                  { u"T4"_s, u"U1"_s, u"Cuadrilla 4"_s, { u"A9"_s }, true },
                  { u"T5"_s, u"U1"_s, u"Cuadrilla 5"_s, { u"A1"_s, u"A1"_s }, true } });
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(hasErrorOn(saved, 0, u"area_codes"_s));
    EXPECT_TRUE(saved.recordErrors().first().message.contains(u"U1"_s));
    EXPECT_TRUE(hasErrorOn(saved, 1, u"area_codes"_s)) << "a team covers at least one area";
    EXPECT_TRUE(hasErrorOn(saved, 2, u"area_codes"_s));
    EXPECT_TRUE(hasErrorOn(saved, 3, u"area_codes"_s));
    EXPECT_EQ(countRows(db.database(), u"teams"_s), 1);
}

TEST(Technicians, TeamMustExistAndPhoneMustLookLikeOne)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    const BatchStatus saved
        = TechnicianService(db.session())
              .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u"+51 987 654 321"_s, u"WP-1"_s, true,
                          true },
                  { u"P2"_s, u"T9"_s, u"王伟"_s, u"138 0000 0000"_s, u""_s, true, true },
                  { u"P3"_s, u"T1"_s, u"李娜"_s, u"call me"_s, u""_s, false, true } });
    ASSERT_FALSE(saved.ok());
    EXPECT_FALSE(hasErrorOn(saved, 0, u"phone"_s));
    EXPECT_TRUE(hasErrorOn(saved, 1, u"team_code"_s));
    EXPECT_TRUE(hasErrorOn(saved, 2, u"phone"_s));
    EXPECT_EQ(countRows(db.database(), u"technicians"_s), 0);

    SaveSummary summary;
    ASSERT_TRUE(TechnicianService(db.session())
                    .save({ { u"P1"_s, u"T1"_s, u"María Quispe"_s, u"+51 987 654 321"_s, u"WP-1"_s,
                              true, true } },
                        &summary)
                    .ok());
    EXPECT_EQ(summary.created, 1);
    ASSERT_TRUE(TechnicianService(db.session()).setActive(u"P1"_s, false).ok());
    EXPECT_FALSE(TechnicianService(db.session()).list().value().first().active);
}

TEST(Equipment, QuantitiesAndHoldersAreChecked)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    ASSERT_TRUE(UnitService(db.session())
                    .save({ unitNamed(u"U2"_s, u"Dos"_s) }, UnitService::Origin::Edited)
                    .ok());
    const BatchStatus saved = EquipmentService(db.session())
                                  .save({ { u"U1"_s, u""_s, EquipmentKind::Ladder, -1 },
                                      { u"U2"_s, u"T1"_s, EquipmentKind::Ladder, 1 },
                                      { u"U1"_s, u""_s, EquipmentKind::FusionSplicer, 1 },
                                      { u"U1"_s, u""_s, EquipmentKind::FusionSplicer, 2 } });
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(hasErrorOn(saved, 0, u"quantity"_s));
    EXPECT_TRUE(hasErrorOn(saved, 1, u"team_code"_s))
        << "a team holds equipment of its own unit only";
    EXPECT_TRUE(hasErrorOn(saved, 3, u"kind"_s)) << "one row per holder and kind";
    EXPECT_EQ(countRows(db.database(), u"equipment"_s), 0);

    SaveSummary summary;
    ASSERT_TRUE(EquipmentService(db.session())
                    .save({ { u"U1"_s, u""_s, EquipmentKind::FusionSplicer, 2 },
                              { u"U1"_s, u"T1"_s, EquipmentKind::FusionSplicer, 1 } },
                        &summary)
                    .ok());
    EXPECT_EQ(summary.created, 2);
    ASSERT_TRUE(EquipmentService(db.session())
                    .save({ { u"U1"_s, u""_s, EquipmentKind::FusionSplicer, 0 } }, &summary)
                    .ok());
    EXPECT_EQ(summary.updated, 1);
    EXPECT_EQ(countRows(db.database(), u"equipment"_s), 2)
        << "setting a quantity updates the row in place";
}

TEST(Organisation, OnlyEvaluatorsAndAdminsMayChangeIt)
{
    test::TestDatabase db;
    for (Role role : { Role::Dispatcher, Role::CallbackAgent }) {
        std::unique_ptr<Session> session = db.sessionAs(role);
        const BatchStatus refused = UnitService(*session).save(
            { unitNamed(u"U1"_s, u"Uno"_s) }, UnitService::Origin::Edited);
        ASSERT_FALSE(refused.ok());
        EXPECT_FALSE(refused.generalError().isEmpty());
        EXPECT_TRUE(UnitService(*session).list().ok()) << "everyone may look";
    }
    std::unique_ptr<Session> evaluator = db.sessionAs(Role::Evaluator);
    EXPECT_TRUE(UnitService(*evaluator)
                    .save({ unitNamed(u"U1"_s, u"Uno"_s) }, UnitService::Origin::Edited)
                    .ok());
    EXPECT_EQ(countRows(db.database(), u"units"_s), 1);
}
