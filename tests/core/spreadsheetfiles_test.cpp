// SPEC §13: import reads what spreadsheets write. The files of tests/fixtures/spreadsheets
// (see its README) are imported as Excel, WPS, LibreOffice and Google Sheets write them;
// the tolerance, the encodings, scientific notation, partial files and the full list of
// problems are each checked on bytes made for the case.
#include "private/sql.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/complaintservice.h"
#include "services/import/importservice.h"
#include "services/orderservice.h"
#include "services/teamservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "support/testdatabase.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(FIBERDESK_SPREADSHEET_FIXTURES "/") + QString::fromLatin1(name);
}

Result<ImportOutcome> importFixture(Session& session, ImportKind kind, const char* name,
    ImportFailure& failure, const QString& encoding = {})
{
    ImportOptions options;
    options.encoding = encoding;
    return ImportService(session).importFile(kind, fixture(name), &failure, {}, options);
}

Unit unitOf(Session& session, const QString& code)
{
    return UnitService(session).find(code).value().value_or(Unit {});
}

std::optional<Technician> technicianOf(Session& session, const QString& code)
{
    for (const Technician& technician : TechnicianService(session).list().value()) {
        if (technician.code == code)
            return technician;
    }
    return std::nullopt;
}

qint64 countRows(Database& database, const QString& table)
{
    return scalar(database, u"SELECT COUNT(*) FROM "_s + table).value().toLongLong();
}

// Imports the organisation of the fixtures (units, areas, teams, technicians) and checks
// each outcome.
void importOrganisation(Session& session)
{
    const struct
    {
        ImportKind kind;
        const char* file;
        const char* encoding;
        qsizetype rows;
    } files[] = {
        { ImportKind::Units, "excel-zh_CN-gb18030-units.csv", "GB18030", 3 },
        { ImportKind::Areas, "excel-zh_CN-utf8bom-areas.csv", "", 4 },
        { ImportKind::Teams, "wps-zh_CN-gbk-teams.csv", "GBK", 3 },
        { ImportKind::Technicians, "excel-es-1252-technicians.csv", "windows-1252", 3 },
        { ImportKind::Assessments, "excel-es-1252-assessments.csv", "windows-1252", 3 },
    };
    for (const auto& file : files) {
        ImportFailure failure;
        const Result<ImportOutcome> outcome = importFixture(
            session, file.kind, file.file, failure, QString::fromLatin1(file.encoding));
        ASSERT_TRUE(outcome.ok()) << file.file << ": "
                                  << failure.describe().join(u" | "_s).toStdString();
        EXPECT_EQ(outcome.value().rows, file.rows) << file.file << ": blank rows are no rows";
        EXPECT_EQ(outcome.value().summary.created, file.rows) << file.file;
    }
}

} // namespace

TEST(SpreadsheetFiles, ExcelWpsLibreOfficeAndGoogleSheetsFilesImport)
{
    test::TestDatabase db;
    Session& session = db.session();
    importOrganisation(session);
    if (::testing::Test::HasFatalFailure())
        return;

    // Excel zh_CN, GB18030 with a trailing separator and blank formatted rows.
    const Unit huanan = unitOf(session, u"GD01"_s);
    EXPECT_EQ(huanan.name, u"华南光网维护有限公司"_s);
    EXPECT_EQ(huanan.contractNo, u"HT-2024-031"_s);
    EXPECT_EQ(huanan.contractStart, QDate(2024, 3, 1));
    EXPECT_EQ(huanan.status, UnitStatus::Active);
    EXPECT_EQ(unitOf(session, u"GD03"_s).name, u"深圳鹏程线路维护中心"_s);
    // Excel zh_CN UTF-8 with BOM.
    bool tianhe = false;
    for (const Area& area : AreaService(session).list().value())
        tianhe = tianhe
            || (area.code == u"TH01"_s && area.name == u"天河区"_s && area.subscribers == 12000);
    EXPECT_TRUE(tianhe);
    // WPS, GBK read as GB18030.
    bool team = false;
    for (const Team& each : TeamService(session).list().value())
        team = team
            || (each.code == u"GD01-1"_s && each.name == u"天河一队"_s
                && each.areaCodes == QStringList { u"TH01"_s, u"YX01"_s });
    EXPECT_TRUE(team);
    // Excel es-ES: semicolons, Windows-1252, decimal comma.
    const std::optional<Technician> jose = technicianOf(session, u"P-101"_s);
    ASSERT_TRUE(jose);
    EXPECT_EQ(jose->name, u"José Muñoz Peña"_s);
    EXPECT_TRUE(jose->ftthKit);
    EXPECT_EQ(technicianOf(session, u"P-103"_s)->name, u"Iñaki Güell"_s);
    EXPECT_FALSE(technicianOf(session, u"P-103"_s)->active);
    QList<double> scores;
    for (const Assessment& assessment : AssessmentService(session).list().value())
        scores.append(assessment.score);
    std::sort(scores.begin(), scores.end());
    EXPECT_EQ(scores, (QList<double> { 58.25, 72.5, 81 }));

    // A partial file (code;name;status) changes the names and keeps the contracts.
    ImportFailure failure;
    Result<ImportOutcome> partial
        = importFixture(session, ImportKind::Units, "excel-es-utf8bom-units-partial.csv", failure);
    ASSERT_TRUE(partial.ok()) << failure.describe().join(u" | "_s).toStdString();
    EXPECT_EQ(partial.value().summary.updated, 2);
    const Unit renamed = unitOf(session, u"GD01"_s);
    EXPECT_EQ(renamed.name, u"Huanan Fibra – Mantenimiento S.A.C."_s);
    EXPECT_EQ(renamed.contractNo, u"HT-2024-031"_s) << "a column the file lacks is kept";
    EXPECT_EQ(renamed.contractStart, QDate(2024, 3, 1));
    EXPECT_EQ(renamed.status, UnitStatus::Active);
    EXPECT_EQ(unitOf(session, u"GD02"_s).name, u"广州市穗通通信工程有限公司"_s)
        << "a unit the file does not name is untouched";

    // LibreOffice: LF, a two-line address, "no" on the checklist of an assigned order.
    failure = {};
    Result<ImportOutcome> orders
        = importFixture(session, ImportKind::Orders, "libreoffice-orders.csv", failure);
    ASSERT_TRUE(orders.ok()) << failure.describe().join(u" | "_s).toStdString();
    EXPECT_EQ(orders.value().summary.created, 3);
    const WorkOrder first = OrderService(session).find(u"GZ-2611-0001"_s).value().value();
    EXPECT_EQ(first.address, u"天河路 385 号\n太古汇二座 12 楼"_s);
    EXPECT_EQ(first.rxPowerDbm, -19.5);
    EXPECT_EQ(first.checklist.signedBy, u"陈晓明"_s);
    EXPECT_EQ(OrderService(session).find(u"GZ-2611-0002"_s).value()->status, OrderStatus::Assigned);

    // Google Sheets: CRLF, a multi-line cell, "no" on a rejected and an open complaint.
    failure = {};
    Result<ImportOutcome> complaints
        = importFixture(session, ImportKind::Complaints, "google-sheets-complaints.csv", failure);
    ASSERT_TRUE(complaints.ok()) << failure.describe().join(u" | "_s).toStdString();
    EXPECT_EQ(complaints.value().summary.created, 3);
    QHash<QString, Complaint> byCategory;
    for (const Complaint& complaint : ComplaintService(session).list({}).value())
        byCategory.insert(complaintCategoryKey(complaint.category), complaint);
    EXPECT_EQ(byCategory.value(u"untidy_site"_s).description, u"留下了包装盒\n和剪下的光纤"_s);
    EXPECT_EQ(byCategory.value(u"untidy_site"_s).staffCaused, std::optional<bool>(true));
    EXPECT_EQ(byCategory.value(u"late"_s).status, ComplaintStatus::Rejected);
    EXPECT_FALSE(byCategory.value(u"late"_s).staffCaused.has_value())
        << "\"no\" on a rejected complaint agrees with it and means no verdict";
    EXPECT_EQ(byCategory.value(u"attitude"_s).status, ComplaintStatus::Open);
    EXPECT_EQ(
        byCategory.value(u"attitude"_s).description, u"El técnico no saludó, \"muy serio\""_s);

    // Importing the same files again changes nothing.
    failure = {};
    Result<ImportOutcome> again
        = importFixture(session, ImportKind::Units, "excel-es-utf8bom-units-partial.csv", failure);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().summary.unchanged, 2);
    failure = {};
    again = importFixture(session, ImportKind::Teams, "wps-zh_CN-gbk-teams.csv", failure, u"GBK"_s);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value().summary.unchanged, 3);
}

TEST(SpreadsheetFiles, ScientificNotationIsRefusedWithTheHint)
{
    test::TestDatabase db;
    Session& session = db.session();
    importOrganisation(session);
    if (::testing::Test::HasFatalFailure())
        return;
    ImportFailure failure;
    ASSERT_FALSE(
        importFixture(session, ImportKind::Orders, "excel-en-scientific-orders.csv", failure).ok());
    ASSERT_EQ(failure.problems.size(), 2) << failure.describe().join(u" | "_s).toStdString();
    EXPECT_EQ(failure.problems.at(0).field, u"number"_s);
    EXPECT_EQ(failure.problems.at(1).field, u"account"_s);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"2.02611E+19"_s));
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"Format the column as text"_s));
    EXPECT_EQ(countRows(db.database(), u"orders"_s), 0);

    failure = {};
    ASSERT_FALSE(
        importFixture(session, ImportKind::Areas, "excel-en-scientific-areas.csv", failure).ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.at(0).line, 2);
    EXPECT_EQ(failure.problems.at(0).column, 4);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"scientific notation"_s));
}

TEST(SpreadsheetFiles, AGb18030FileIsRefusedAsUtf8AndNamesTheEncoding)
{
    test::TestDatabase db;
    ImportFailure failure;
    ASSERT_FALSE(
        importFixture(db.session(), ImportKind::Units, "excel-zh_CN-gb18030-units.csv", failure)
            .ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.at(0).line, 2);
    EXPECT_EQ(failure.problems.at(0).column, 2);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"--encoding GB18030"_s))
        << failure.problems.at(0).message.toStdString();
}

namespace {

Result<ImportOutcome> importUnits(test::TestDatabase& db, const QByteArray& bytes,
    ImportFailure& failure, const QString& encoding = {})
{
    ImportOptions options;
    options.encoding = encoding;
    return ImportService(db.session())
        .importBytes(ImportKind::Units, bytes, u"units.csv"_s, &failure, {}, options);
}

} // namespace

TEST(SpreadsheetFiles, BytesNotValidInTheNamedEncodingAreRefusedWithLineAndColumn)
{
    test::TestDatabase db;
    ImportFailure failure;
    // 0x81 0x20: a GB18030 lead byte followed by a space is no character.
    ASSERT_FALSE(importUnits(db,
        "code,name,contract_no,contract_start,status\r\n"
        "U1,\xBB\xAA\xC4\xCF,,,\r\n"
        "U2,ok,\x81 bad,,\r\n",
        failure, u"GB18030"_s)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.at(0).line, 3);
    EXPECT_EQ(failure.problems.at(0).column, 3);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"not valid GB18030"_s))
        << failure.problems.at(0).message.toStdString();
    // Windows-1252 leaves 0x81 unassigned.
    failure = {};
    ASSERT_FALSE(
        importUnits(db, "code,name,contract_no,contract_start,status\r\nU1,Pac\xEDgico\x81,,,\r\n",
            failure, u"cp1252"_s)
            .ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.at(0).line, 2);
    EXPECT_EQ(failure.problems.at(0).column, 2);
    // A UTF-8 file (it says so with its byte-order mark) is not read as another encoding.
    failure = {};
    ASSERT_FALSE(importUnits(db,
        "\xEF\xBB\xBF"
        "code,name\r\nU1,Pac\xC3\xAD"
        "fico\r\n",
        failure, u"windows-1252"_s)
                     .ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"byte-order mark"_s));
    // An encoding no decoder knows.
    failure = {};
    EXPECT_FALSE(importUnits(db, "code,name\r\n", failure, u"klingon-8"_s).ok());
    EXPECT_TRUE(failure.general.contains(u"klingon-8"_s));
    EXPECT_EQ(countRows(db.database(), u"units"_s), 0);
}

TEST(SpreadsheetFiles, GbkBytesThatHappenToBeUtf8AreCaught)
{
    // "谢谢" in GBK is D0 BB D0 BB: valid UTF-8 for "лл". Read as UTF-8 it would be stored as
    // Cyrillic without a word; it is refused with the hint, and read right as GB18030.
    test::TestDatabase db;
    const QByteArray file = "code,name,contract_no,contract_start,status\nU1,\xD0\xBB\xD0\xBB,,,\n";
    ImportFailure failure;
    ASSERT_FALSE(importUnits(db, file, failure).ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.at(0).column, 2);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"GB18030"_s));
    failure = {};
    ASSERT_TRUE(importUnits(db, file, failure, u"GB18030"_s).ok())
        << failure.describe().join(u" | "_s).toStdString();
    EXPECT_EQ(unitOf(db.session(), u"U1"_s).name, u"谢谢"_s);
    // Said to be UTF-8, the text is taken as it is (a Russian name is a name).
    failure = {};
    ASSERT_TRUE(
        importUnits(db, "code,name,contract_no,contract_start,status\nU2,\xD0\xBB\xD0\xBB,,,\n",
            failure, u"UTF-8"_s)
            .ok());
    EXPECT_EQ(unitOf(db.session(), u"U2"_s).name, u"лл"_s);
}

TEST(SpreadsheetFiles, BlankRowsTrailingColumnsAndSeparators)
{
    test::TestDatabase db;
    ImportFailure failure;
    // Blank formatted rows (separators, spaces, quoted nothing), a sep= line, semicolons,
    // a nameless trailing column and rows with more empty trailing fields.
    ASSERT_TRUE(importUnits(db,
        "sep=;\r\n"
        ";;;;;\r\n"
        "code;name;contract_no;contract_start;status;\r\n"
        "U1;\"Uno; dos\";C-1;2025-01-01;active;\r\n"
        "    \r\n"
        "\"\";\"\";;;;\r\n"
        "U2;Dos;;;candidate;;;\r\n",
        failure)
                    .ok())
        << failure.describe().join(u" | "_s).toStdString();
    EXPECT_EQ(unitOf(db.session(), u"U1"_s).name, u"Uno; dos"_s);
    EXPECT_EQ(unitOf(db.session(), u"U2"_s).status, UnitStatus::Candidate);
    // A value under a column without a name is a problem, not silently dropped.
    failure = {};
    ASSERT_FALSE(
        importUnits(db, "code,name,contract_no,contract_start,status,\nU3,Tres,,,,oops\n", failure)
            .ok());
    ASSERT_EQ(failure.problems.size(), 1);
    EXPECT_EQ(failure.problems.at(0).line, 2);
    EXPECT_EQ(failure.problems.at(0).column, 6);
    EXPECT_TRUE(failure.problems.at(0).message.contains(u"oops"_s));
}

TEST(SpreadsheetFiles, APartialFileNeedsTheColumnsOfNewRecords)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    ImportFailure failure;
    // Technicians: an existing one gets a phone; a new one cannot be without ftth_kit/active.
    ASSERT_TRUE(ImportService(db.session())
                    .importBytes(ImportKind::Technicians,
                        "code,team_code,name,phone,permit_no,ftth_kit,active\n"
                        "P1,T1,Ana,,PT-1,yes,yes\n",
                        u"t.csv"_s, &failure)
                    .ok());
    failure = {};
    ASSERT_FALSE(
        ImportService(db.session())
            .importBytes(ImportKind::Technicians,
                "code,phone\nP1,+51 900 111 222\nP2,+51 900 333 444\n", u"t.csv"_s, &failure)
            .ok());
    ASSERT_EQ(failure.problems.size(), 4) << failure.describe().join(u" | "_s).toStdString();
    for (const CsvProblem& problem : failure.problems) {
        EXPECT_EQ(problem.line, 3);
        EXPECT_TRUE(problem.message.contains(u"P2"_s));
    }
    EXPECT_EQ(failure.problems.at(0).field, u"team_code"_s);
    failure = {};
    ASSERT_TRUE(ImportService(db.session())
                    .importBytes(ImportKind::Technicians, "code,phone\nP1,+51 900 111 222\n",
                        u"t.csv"_s, &failure)
                    .ok());
    const std::optional<Technician> ana = technicianOf(db.session(), u"P1"_s);
    ASSERT_TRUE(ana);
    EXPECT_EQ(ana->phone, u"+51 900 111 222"_s);
    EXPECT_EQ(ana->permitNo, u"PT-1"_s);
    EXPECT_EQ(ana->name, u"Ana"_s);
    EXPECT_TRUE(ana->ftthKit);
    // The code is still required; event files still need every column.
    failure = {};
    EXPECT_FALSE(
        ImportService(db.session())
            .importBytes(ImportKind::Technicians, "name,phone\nAna,1\n", u"t.csv"_s, &failure)
            .ok());
    failure = {};
    EXPECT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::RoomScores, "unit_code,month,points\nU1,2026-10,3\n",
                         u"r.csv"_s, &failure)
                     .ok());
    EXPECT_EQ(failure.problems.at(0).field, u"note"_s);
}

TEST(SpreadsheetFiles, EveryProblemOfARefusedFileIsListed)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    // 120 bad areas and a row of the wrong shape: every one is reported.
    QByteArray areas = "code,name,unit_code,subscribers\n";
    for (int i = 0; i < 120; ++i)
        areas += "B" + QByteArray::number(i) + ",Area,U1,many\n";
    areas += "B999,Area\n";
    ImportFailure failure;
    ASSERT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Areas, areas, u"areas.csv"_s, &failure)
                     .ok());
    EXPECT_EQ(failure.total(), 121);
    const QStringList report = failure.report(50);
    ASSERT_EQ(report.size(), 52);
    EXPECT_EQ(report.at(50), u"… and 71 more problems (--json lists every problem)."_s);
    EXPECT_EQ(report.at(51), u"Nothing was imported: the file has 121 problems."_s);
    EXPECT_TRUE(failure.summary().contains(u"(and 120 more problems)"_s));

    // An orders file is read to its end: 700 bad rows are 700 problems, not the first 200.
    QByteArray orders = importColumns(ImportKind::Orders).join(u',').toUtf8() + '\n';
    for (int i = 0; i < 700; ++i)
        orders += "W" + QByteArray::number(i)
            + ",install,AC,Eva,,,A1,2026-01-05T09:00:00,,,,,,,,,open,,,,,,,,\n";
    failure = {};
    ASSERT_FALSE(ImportService(db.session())
                     .importBytes(ImportKind::Orders, orders, u"orders.csv"_s, &failure)
                     .ok());
    EXPECT_EQ(failure.total(), 700);
    EXPECT_EQ(failure.problems.last().line, 701);
}
