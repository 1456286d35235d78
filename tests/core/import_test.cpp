// SPEC §9 import: all or nothing, every bad value located by line and column.
#include "private/sql.h"
#include "services/assessmentservice.h"
#include "services/import/importservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

struct BadValue
{
    ImportKind kind;
    const char* goodRow; // line 2
    const char* badRow; // line 3
    int column;
    const char* field;
    const char* table; // where nothing may have been written
};

std::ostream& operator<<(std::ostream& out, const BadValue& value)
{
    return out << importKindKey(value.kind).toStdString() << " column " << value.field << " row \""
               << value.badRow << '"';
}

class ImportBadValues : public ::testing::TestWithParam<BadValue>
{
};

QByteArray fileOf(ImportKind kind, const char* line2, const char* line3)
{
    return importColumns(kind).join(u',').toUtf8() + "\n" + line2 + "\n" + line3 + "\n";
}

qint64 countRows(Database& database, const QString& table)
{
    return scalar(database, u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
}

const QByteArray kLongText(201, 'x');

} // namespace

TEST_P(ImportBadValues, RefusesTheFileAndNamesThePlace)
{
    const BadValue& bad = GetParam();
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    const QString table = QString::fromLatin1(bad.table);
    const qint64 before = countRows(db.database(), table);
    const qint64 auditBefore = countRows(db.database(), u"audit_log"_s);

    ImportFailure failure;
    Result<ImportOutcome> outcome
        = ImportService(db.session())
              .importBytes(
                  bad.kind, fileOf(bad.kind, bad.goodRow, bad.badRow), u"/tmp/in.csv"_s, &failure);
    ASSERT_FALSE(outcome.ok());
    ASSERT_FALSE(failure.problems.isEmpty()) << failure.general.toStdString();
    bool located = false;
    for (const CsvProblem& problem : failure.problems) {
        if (problem.line == 3 && problem.column == bad.column
            && problem.field == QString::fromLatin1(bad.field))
            located = true;
    }
    EXPECT_TRUE(located) << failure.describe().join(u" | "_s).toStdString();
    EXPECT_TRUE(outcome.error().startsWith(u"in.csv, line 3"_s)) << outcome.error().toStdString();
    EXPECT_TRUE(outcome.error().contains(u"Nothing was imported"_s));
    EXPECT_FALSE(outcome.error().contains(u".."_s))
        << "one full stop: " << outcome.error().toStdString();
    EXPECT_EQ(countRows(db.database(), table), before) << "nothing written, not even the good row";
    EXPECT_EQ(countRows(db.database(), u"audit_log"_s), auditBefore);
}

INSTANTIATE_TEST_SUITE_P(EveryColumn, ImportBadValues,
    ::testing::Values(
        // units: code,name,contract_no,contract_start,status
        BadValue { ImportKind::Units, "U5,Cinco,C-5,2024-01-01,active",
            ",Sin código,C-6,2024-01-01,active", 1, "code", "units" },
        BadValue { ImportKind::Units, "U5,Cinco,C-5,2024-01-01,active", "U6,,C-6,2024-01-01,active",
            2, "name", "units" },
        BadValue { ImportKind::Units, "U5,Cinco,C-5,2024-01-01,active",
            "U6,Seis,"
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            "xxxxxxxxxxxx"
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            "xxxxxxxxxxxxxxxxxxx,"
            "2024-01-01,active",
            3, "contract_no", "units" },
        BadValue { ImportKind::Units, "U5,Cinco,C-5,2024-01-01,active",
            "U6,Seis,C-6,2024-13-01,active", 4, "contract_start", "units" },
        BadValue { ImportKind::Units, "U5,Cinco,C-5,2024-01-01,active",
            "U6,Seis,C-6,2024-01-01,paused", 5, "status", "units" },
        BadValue { ImportKind::Units, "U5,Cinco,C-5,2024-01-01,active",
            "U5,Otra vez,C-6,2024-01-01,active", 1, "code", "units" },
        // areas: code,name,unit_code,subscribers
        BadValue { ImportKind::Areas, "A5,Surco,U1,100", "A;6,Lince,U1,100", 1, "code", "areas" },
        BadValue { ImportKind::Areas, "A5,Surco,U1,100", "A6,,U1,100", 2, "name", "areas" },
        BadValue {
            ImportKind::Areas, "A5,Surco,U1,100", "A6,Lince,U9,100", 3, "unit_code", "areas" },
        BadValue {
            ImportKind::Areas, "A5,Surco,U1,100", "A6,Lince,U1,-5", 4, "subscribers", "areas" },
        BadValue {
            ImportKind::Areas, "A5,Surco,U1,100", "A6,Lince,U1,12k", 4, "subscribers", "areas" },
        // teams: code,unit_code,name,area_codes
        BadValue {
            ImportKind::Teams, "T5,U1,Cuadrilla 5,A1", ",U1,Cuadrilla 6,A1", 1, "code", "teams" },
        BadValue { ImportKind::Teams, "T5,U1,Cuadrilla 5,A1", "T6,U9,Cuadrilla 6,A1", 2,
            "unit_code", "teams" },
        BadValue { ImportKind::Teams, "T5,U1,Cuadrilla 5,A1", "T6,U1,,A1", 3, "name", "teams" },
        BadValue { ImportKind::Teams, "T5,U1,Cuadrilla 5,A1", "T6,U1,Cuadrilla 6,A1;A9", 4,
            "area_codes", "teams" },
        BadValue { ImportKind::Teams, "T5,U1,Cuadrilla 5,A1", "T6,U1,Cuadrilla 6,", 4, "area_codes",
            "teams" },
        // technicians: code,team_code,name,phone,permit_no,ftth_kit,active
        BadValue { ImportKind::Technicians, "P1,T1,Ana,+51 900 000 001,WP-1,yes,yes",
            "P1,T1,Eva,,WP-2,yes,yes", 1, "code", "technicians" },
        BadValue { ImportKind::Technicians, "P1,T1,Ana,+51 900 000 001,WP-1,yes,yes",
            "P2,T9,Eva,,WP-2,yes,yes", 2, "team_code", "technicians" },
        BadValue { ImportKind::Technicians, "P1,T1,Ana,+51 900 000 001,WP-1,yes,yes",
            "P2,T1,,,WP-2,yes,yes", 3, "name", "technicians" },
        BadValue { ImportKind::Technicians, "P1,T1,Ana,+51 900 000 001,WP-1,yes,yes",
            "P2,T1,Eva,llámame,WP-2,yes,yes", 4, "phone", "technicians" },
        BadValue { ImportKind::Technicians, "P1,T1,Ana,+51 900 000 001,WP-1,yes,yes",
            "P2,T1,Eva,,"
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            "xxxxxxxxxxxxxxx"
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            "xxxxxxxxxxxxxxxxxxxxx,yes,yes",
            5, "permit_no", "technicians" },
        BadValue { ImportKind::Technicians, "P1,T1,Ana,+51 900 000 001,WP-1,yes,yes",
            "P2,T1,Eva,,WP-2,maybe,yes", 6, "ftth_kit", "technicians" },
        BadValue { ImportKind::Technicians, "P1,T1,Ana,+51 900 000 001,WP-1,yes,yes",
            "P2,T1,Eva,,WP-2,no,", 7, "active", "technicians" },
        // equipment: unit_code,team_code,kind,quantity
        BadValue {
            ImportKind::Equipment, "U1,,ladder,2", "U9,,ladder,1", 1, "unit_code", "equipment" },
        BadValue {
            ImportKind::Equipment, "U1,,ladder,2", "U1,T9,ladder,1", 2, "team_code", "equipment" },
        BadValue { ImportKind::Equipment, "U1,,ladder,2", "U1,,crane,1", 3, "kind", "equipment" },
        BadValue { ImportKind::Equipment, "U1,,ladder,2", "U1,,electric_drill,-1", 4, "quantity",
            "equipment" },
        BadValue { ImportKind::Equipment, "U1,,ladder,2", "U1,,electric_drill,two", 4, "quantity",
            "equipment" },
        // assessments: unit_code,kind,date,score,passed (the clock stands at 2026-11-20)
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U9,qualification,2026-01-10,70,yes", 1, "unit_code", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,exam,2026-01-10,70,yes", 2, "kind", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,qualification,10/01/2026,70,yes", 3, "date", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,qualification,2026-12-01,70,yes", 3, "date", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,qualification,2026-01-10,101,yes", 4, "score", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,qualification,2026-01-10,7o,yes", 4, "score", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,qualification,2026-01-10,70,maybe", 5, "passed", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,qualification,2026-01-11,50,yes", 5, "passed", "assessments" },
        BadValue { ImportKind::Assessments, "U1,qualification,2026-01-10,70,yes",
            "U1,retraining,2026-01-11,90,yes", 2, "kind", "assessments" }));

TEST(Import, WrongFieldCountIsReportedPerLine)
{
    test::TestDatabase db;
    ImportFailure failure;
    EXPECT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Units,
                         "code,name,contract_no,contract_start,status\nU1,Uno\nU2,Dos,,,active\nU3,"
                         "Tres,a,b,c,d\n",
                         u"units.csv"_s, &failure)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 2);
    EXPECT_EQ(failure.problems.at(0).line, 2);
    EXPECT_EQ(failure.problems.at(1).line, 4);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"2 fields"_s));
}

TEST(Import, HeaderProblemsAreRefused)
{
    test::TestDatabase db;
    ImportFailure failure;
    EXPECT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Areas, "code,name,unit\n", u"areas.csv"_s, &failure)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.first().line, 1);
    EXPECT_EQ(failure.problems.first().column, 3);
}

TEST(Import, MissingFilesAndFoldersAreRefusedClearly)
{
    test::TestDatabase db;
    QTemporaryDir dir;
    ImportFailure failure;
    Result<ImportOutcome> missing
        = ImportService(db.session())
              .importFile(ImportKind::Units, dir.filePath(u"nope.csv"_s), &failure);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(u"does not exist"_s));
    Result<ImportOutcome> folder
        = ImportService(db.session()).importFile(ImportKind::Units, dir.path(), &failure);
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().contains(u"folder"_s));
}

TEST(Import, EveryProblemOfTheFileIsListed)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    ImportFailure failure;
    ASSERT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Technicians,
                         "code,team_code,name,phone,permit_no,ftth_kit,active\n"
                         "P1,T1,Ana,,,si,yes\n"
                         "P2,T1,Eva,,,yes,yes\n"
                         "P3,T1,,,,yes,no\n",
                         u"technicians.csv"_s, &failure)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 1) << "row checks stop at the field parse stage";
    EXPECT_TRUE(failure.summary().contains(u"line 2, column 6 (ftth_kit)"_s))
        << failure.summary().toStdString();
    failure = {};
    ASSERT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Technicians,
                         "code,team_code,name,phone,permit_no,ftth_kit,active\n"
                         "P1,T9,Ana,,,yes,yes\n"
                         "P2,T1,Eva,,,yes,yes\n"
                         "P3,T1,,,,yes,no\n",
                         u"technicians.csv"_s, &failure)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 2);
    EXPECT_EQ(failure.problems.at(0).line, 2);
    EXPECT_EQ(failure.problems.at(1).line, 4);
    EXPECT_TRUE(failure.summary().contains(u"1 more problem"_s)); // plurals: cli_test
}

TEST(Import, AWholeOrganisationInSpanishAndChineseThenAgain)
{
    test::TestDatabase db;
    ImportService import(db.session());
    const std::pair<ImportKind, QByteArray> files[] = {
        { ImportKind::Units,
            "code,name,contract_no,contract_start,status\r\n"
            "UN1,\"Fibra Andina, Servicios S.A.C.\",CT-2024-001,2024-03-01,active\r\n"
            "UN2,华南光网维护有限公司,CT-2024-002,2024-05-15,candidate\r\n"
            "UN3,\"Redes \"\"El Cóndor\"\"\",,,\r\n" },
        { ImportKind::Areas,
            "code,name,unit_code,subscribers\n"
            "AR1,Miraflores,UN1,4999\nAR2,San Isidro,UN1,5001\nAR3,天河区,UN2,12000\n" },
        { ImportKind::Teams,
            "code,unit_code,name,area_codes\n"
            "TM1,UN1,Cuadrilla Norte,AR1;AR2\nTM2,UN2,第一维护班,AR3\n" },
        { ImportKind::Technicians,
            "code,team_code,name,phone,permit_no,ftth_kit,active\n"
            "P1,TM1,María Quispe Núñez,+51 987 654 321,WP-1,yes,yes\n"
            "P2,TM1,José Huamán,+51 912 345 678,WP-2,no,yes\n"
            "P3,TM2,王秀英,138 1234 5678,WP-3,yes,yes\n"
            "P4,TM2,李强,,WP-4,Yes,NO\n" },
        { ImportKind::Equipment,
            "unit_code,team_code,kind,quantity\n"
            "UN1,,fusion_splicer,2\nUN1,TM1,ladder,1\nUN1,TM1,electric_drill,1\n"
            "UN1,,special_vehicle,1\nUN1,,four_wheel_vehicle,1\nUN2,,fusion_splicer,3\n" },
        { ImportKind::Assessments,
            "unit_code,kind,date,score,passed\n"
            "UN2,qualification,2026-10-01,58.5,no\nUN2,qualification,2026-11-02,71,yes\n" },
    };
    for (const auto& [kind, bytes] : files) {
        ImportFailure failure;
        Result<ImportOutcome> outcome
            = import.importBytes(kind, bytes, importKindKey(kind) + u".csv"_s, &failure);
        ASSERT_TRUE(outcome.ok()) << failure.describe().join(u" | "_s).toStdString();
        EXPECT_EQ(outcome.value().summary.created, outcome.value().rows)
            << importKindKey(kind).toStdString();
    }
    const Unit un1 = *UnitService(db.session()).find(u"UN1"_s).value();
    EXPECT_EQ(un1.name, u"Fibra Andina, Servicios S.A.C."_s);
    EXPECT_EQ(un1.status, UnitStatus::Active);
    EXPECT_EQ(UnitService(db.session()).find(u"UN2"_s).value()->status, UnitStatus::Active)
        << "the passed qualification activated the candidate";
    EXPECT_EQ(UnitService(db.session()).find(u"UN3"_s).value()->name, u"Redes \"El Cóndor\""_s);
    EXPECT_EQ(UnitService(db.session()).find(u"UN3"_s).value()->status, UnitStatus::Candidate);
    const QList<Technician> technicians = TechnicianService(db.session()).list().value();
    ASSERT_EQ(technicians.size(), 4);
    EXPECT_EQ(technicians.at(2).name, u"王秀英"_s);
    EXPECT_FALSE(technicians.at(3).active);

    for (const auto& [kind, bytes] : files) {
        Result<ImportOutcome> again
            = import.importBytes(kind, bytes, importKindKey(kind) + u".csv"_s);
        ASSERT_TRUE(again.ok()) << again.error().toStdString();
        EXPECT_EQ(again.value().summary.created, 0) << importKindKey(kind).toStdString();
    }
    EXPECT_EQ(AssessmentService(db.session()).list().value().size(), 2);
}

TEST(Import, ImportedStatusesAreTakenAsTheyAre)
{
    test::TestDatabase db;
    ASSERT_TRUE(ImportService(db.session())
                    .importBytes(ImportKind::Units,
                        "code,name,contract_no,contract_start,status\nU1,Uno,,,terminated\nU2,Dos,,"
                        ",retired\n",
                        u"units.csv"_s)
                    .ok());
    const Unit u1 = *UnitService(db.session()).find(u"U1"_s).value();
    EXPECT_EQ(u1.status, UnitStatus::Terminated);
    EXPECT_EQ(u1.rectifyBy, db.session().today().addDays(30));
    EXPECT_FALSE(u1.statusSince.isValid()) << "the real termination date is not in the file";
    // A retraining may then answer it, whatever its date.
    ASSERT_TRUE(ImportService(db.session())
                    .importBytes(ImportKind::Assessments,
                        "unit_code,kind,date,score,passed\nU1,retraining,2026-10-15,82,yes\n",
                        u"assessments.csv"_s)
                    .ok());
    EXPECT_EQ(UnitService(db.session()).find(u"U1"_s).value()->status, UnitStatus::Active);
}

TEST(Import, DispatchersMayNotImportOrganisationFiles)
{
    test::TestDatabase db;
    std::unique_ptr<Session> dispatcher = db.sessionAs(Role::Dispatcher);
    ImportFailure failure;
    EXPECT_FALSE(
        ImportService(*dispatcher)
            .importBytes(ImportKind::Units,
                "code,name,contract_no,contract_start,status\nU1,Uno,,,\n", u"u.csv"_s, &failure)
            .ok());
    EXPECT_FALSE(failure.general.isEmpty());
    EXPECT_EQ(countRows(db.database(), u"units"_s), 0);
}
