// SPEC §13 exports: every import kind in its import format, the round trip through an
// empty database, the CSV conventions and the XLSX workbook read back as a table.
#include "csv/csvwriter.h"
#include "export/tablefiles.h"
#include "services/demo/demoservice.h"
#include "services/export/dataexport.h"
#include "services/export/reportexport.h"
#include "services/import/importservice.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray exportKind(Session& session, ImportKind kind)
{
    Result<ExportTable> table = DataExport(session).table(kind);
    EXPECT_TRUE(table.ok()) << table.error().toStdString();
    return csvFile({ table.value() }, CsvFormat());
}

ImportOutcome importKind(Session& session, ImportKind kind, const QByteArray& bytes)
{
    ImportFailure failure;
    Result<ImportOutcome> outcome = ImportService(session).importBytes(
        kind, bytes, importKindKey(kind) + u".csv"_s, &failure);
    EXPECT_TRUE(outcome.ok()) << importKindKey(kind).toStdString() << ": "
                              << failure.describe(5).join(u'\n').toStdString();
    return outcome.ok() ? outcome.value() : ImportOutcome();
}

// Text a spreadsheet would run, quotes, separators, line breaks and Chinese: what the
// files must carry through unchanged.
const QStringList kAwkwardTexts = { u"=HYPERLINK(\"http://x\",\"clic\")"_s, u"+86 138 0013 8000"_s,
    u"-"_s, u"@home"_s, u"'=already quoted"_s, u"''=twice"_s, u"'plain apostrophe"_s, u"-27.5"_s,
    u"line one\nline two"_s, u"a \"quoted\" word, and a comma; and a semicolon"_s,
    u"华南光网维护有限公司 长期工月报"_s, u"Pacífico Ñandú"_s, u"＝全角"_s };

} // namespace

TEST(ExportRoundTrip, EveryKindComesBackByteForByteAndChangesNothing)
{
    test::TestDatabase source;
    ASSERT_TRUE(DemoService(source.session()).generate(5, 1500).ok());
    // What the demo has none of: machine-room scores, judged complaints, awkward text.
    QByteArray rooms = importColumns(ImportKind::RoomScores).join(u',').toUtf8() + "\r\n";
    QByteArray complaints = importColumns(ImportKind::Complaints).join(u',').toUtf8() + "\r\n";
    const char* statuses[] = { "open", "verified", "rejected", "resolved" };
    for (qsizetype i = 0; i < kAwkwardTexts.size(); ++i) {
        const QString unit = u"U%1"_s.arg(i % 9 + 1, 2, 10, QLatin1Char('0'));
        const QString month = u"2026-%1"_s.arg(i % 10 + 1, 2, 10, QLatin1Char('0'));
        rooms += csvLine(
            { unit, month, QString::number(3.25 + i * 0.5), spreadsheetSafe(kAwkwardTexts.at(i)) });
        const QString status = QString::fromLatin1(statuses[i % 4]);
        const bool open = status == u"open"_s;
        complaints += csvLine({ QString(), unit, u"2026-10-%1T09:30:00-05:00"_s.arg(i + 10),
            u"hotline"_s, u"attitude"_s, status,
            status == u"verified"_s || status == u"resolved"_s ? (i % 2 ? u"yes"_s : u"no"_s)
                                                               : QString(),
            open ? QString() : u"2026-11-0%1T16:00:00-05:00"_s.arg(i % 9 + 1),
            spreadsheetSafe(kAwkwardTexts.at(i)) });
    }
    importKind(source.session(), ImportKind::RoomScores, rooms);
    importKind(source.session(), ImportKind::Complaints, complaints);
    // The holiday calendar (SPEC §11), named awkwardly too.
    QByteArray holidays = importColumns(ImportKind::Holidays).join(u',').toUtf8() + "\r\n";
    for (qsizetype i = 0; i < kAwkwardTexts.size(); ++i) {
        const QString name = spreadsheetSafe(kAwkwardTexts.at(i)).trimmed();
        if (!name.contains(u'\n')) // a holiday's name is one line
            holidays += csvLine({ QDate(2026, 12, 1).addDays(i).toString(Qt::ISODate), name });
    }
    importKind(source.session(), ImportKind::Holidays, holidays);

    test::TestDatabase empty;
    for (ImportKind kind : allImportKinds()) {
        SCOPED_TRACE(importKindKey(kind).toStdString());
        const QByteArray first = exportKind(source.session(), kind);
        ASSERT_TRUE(first.startsWith(kUtf8Bom));
        ASSERT_GT(first.count("\r\n"), 2) << "the source should have rows of every kind";

        const ImportOutcome into = importKind(empty.session(), kind, first);
        EXPECT_EQ(into.summary.updated, 0);
        EXPECT_EQ(into.summary.unchanged, 0);
        EXPECT_EQ(exportKind(empty.session(), kind), first);

        const ImportOutcome again = importKind(source.session(), kind, first);
        EXPECT_EQ(again.summary.created, 0);
        EXPECT_EQ(again.summary.updated, 0);
        EXPECT_EQ(again.summary.unchanged, again.rows);
        EXPECT_EQ(exportKind(source.session(), kind), first);
    }
}

TEST(ExportRoundTrip, OrdersTakeMonthUnitAndStatus)
{
    test::TestDatabase db;
    ASSERT_TRUE(DemoService(db.session()).generate(2, 800).ok());
    ExportFilter filter;
    filter.unitCode = u"U02"_s;
    filter.statuses = { OrderStatus::Completed };
    filter.month = QDate(2026, 11, 1);
    Result<ExportTable> some = DataExport(db.session()).table(ImportKind::Orders, filter);
    ASSERT_TRUE(some.ok());
    Result<ExportTable> all = DataExport(db.session()).table(ImportKind::Orders);
    ASSERT_GT(some.value().rows.size(), 0);
    ASSERT_LT(some.value().rows.size(), all.value().rows.size());
    const int status = int(importColumns(ImportKind::Orders).indexOf(u"status"_s));
    const int received = int(importColumns(ImportKind::Orders).indexOf(u"received_at"_s));
    qsizetype expected = 0;
    for (const ExportRow& row : all.value().rows) {
        const bool month = row.at(received).local.date().month() == 11
            && row.at(received).local.date().year() == 2026;
        // The unit is the team's (or the area's), so the count comes from the unit's rows.
        expected += row.at(status).text == u"completed"_s && month
            && row.at(importColumns(ImportKind::Orders).indexOf(u"team_code"_s))
                   .text.startsWith(u"U02-"_s);
    }
    EXPECT_EQ(some.value().rows.size(), expected);
    for (const ExportRow& row : some.value().rows)
        EXPECT_EQ(row.at(status).text, u"completed"_s);
}

TEST(ExportCsv, ByteOrderMarkCrlfSeparatorAndQuoting)
{
    ExportTable table;
    table.header = { u"name"_s, u"value"_s, u"when"_s };
    table.rows.append({ ExportCell::ofText(u"a;b"_s), ExportCell::ofNumber(27.2, 2),
        ExportCell::ofDate(QDate(2026, 11, 3)) });
    table.rows.append(
        { ExportCell::ofText(u"=1+1"_s), ExportCell::ofNumber(-3.5, 1), ExportCell() });
    EXPECT_EQ(csvFile({ table }, CsvFormat()),
        QByteArray("\xEF\xBB\xBFname,value,when\r\na;b,27.20,2026-11-03\r\n'=1+1,-3.5,\r\n"));
    CsvFormat semicolon;
    semicolon.separator = ';';
    EXPECT_EQ(csvFile({ table }, semicolon),
        QByteArray("\xEF\xBB\xBFname;value;when\r\n\"a;b\";27.20;2026-11-03\r\n'=1+1;-3.5;\r\n"));
    semicolon.decimalSign = ',';
    EXPECT_EQ(csvFile({ table }, semicolon),
        QByteArray("\xEF\xBB\xBFname;value;when\r\n\"a;b\";27,20;2026-11-03\r\n'=1+1;-3,5;\r\n"));
}

TEST(ExportCsv, TheFormulaGuardReadsBackToTheSameText)
{
    for (const QString& text : kAwkwardTexts
            + QStringList { u"'"_s, u"''"_s, u"'-"_s, u"\t=tab"_s, u"'\t"_s, QString() }) {
        const QString written = spreadsheetSafe(text);
        EXPECT_EQ(spreadsheetText(written), text) << text.toStdString();
        // What a spreadsheet would run never starts a written cell.
        if (!written.isEmpty() && written != text) {
            EXPECT_EQ(written.front(), u'\'');
        }
    }
    EXPECT_EQ(spreadsheetSafe(u"=SUM(A1)"_s), u"'=SUM(A1)"_s);
    EXPECT_EQ(spreadsheetSafe(u"'=SUM(A1)"_s), u"''=SUM(A1)"_s);
    EXPECT_EQ(spreadsheetSafe(u"'hello"_s), u"'hello"_s);
    EXPECT_EQ(spreadsheetText(u"'hello"_s), u"'hello"_s);
    EXPECT_EQ(spreadsheetSafe(u"-27.5"_s), u"-27.5"_s);
}

TEST(ExportCsv, TheImporterReadsAnExportWithItsByteOrderMark)
{
    test::TestDatabase db;
    test::seedSmallOrganisation(db.session());
    const QByteArray units = exportKind(db.session(), ImportKind::Units);
    ASSERT_TRUE(units.startsWith(kUtf8Bom));
    const ImportOutcome again = importKind(db.session(), ImportKind::Units, units);
    EXPECT_EQ(again.summary.unchanged, 1);
}

// Reads a workbook back with python3's zipfile and the sheets' XML (tests/support/
// xlsxtable.py): each sheet's name, whether its first row is frozen, and its cells typed.
QJsonObject readWorkbook(const QByteArray& book)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.xlsx"_s);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(book);
    file.close();
    QProcess python;
    python.start(u"python3"_s, { QStringLiteral(FIBERDESK_XLSX_READER), path });
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

TEST(ExportXlsx, ReadsBackAsTablesWithTypesAndAFrozenHeader)
{
    ExportTable first;
    first.name = u"单位 / units"_s; // a slash is not allowed in a sheet name
    first.header = { u"code"_s, u"name"_s, u"score"_s, u"count"_s, u"since"_s, u"at"_s };
    first.rows.append({ ExportCell::ofText(u"U01"_s),
        ExportCell::ofText(u"=华南光网 \"Pacífico\""_s), ExportCell::ofNumber(27.2, 2),
        ExportCell::ofInteger(1234), ExportCell::ofDate(QDate(2026, 11, 3)),
        ExportCell::ofInstant(QDateTime(QDate(2026, 11, 20), QTime(15, 4, 5), Qt::UTC),
            QTimeZone("Asia/Shanghai")) });
    first.rows.append({ ExportCell::ofText(u"U02"_s), ExportCell(), ExportCell::ofNumber(-0.5, 1),
        ExportCell::ofInteger(0), ExportCell(), ExportCell() });
    ExportTable second;
    second.name = u"second"_s;
    second.header = { u"only"_s };
    Result<QByteArray> book = xlsxFile({ first, second });
    ASSERT_TRUE(book.ok()) << book.error().toStdString();
    const QJsonObject read = readWorkbook(book.value());
    const QJsonArray sheets = read.value(u"sheets"_s).toArray();
    ASSERT_EQ(sheets.size(), 2);
    const QJsonObject sheet = sheets.at(0).toObject();
    EXPECT_EQ(sheet.value(u"name"_s).toString(), u"单位 _ units"_s);
    EXPECT_TRUE(sheet.value(u"frozen_header"_s).toBool());
    const QJsonArray rows = sheet.value(u"rows"_s).toArray();
    ASSERT_EQ(rows.size(), 3);
    const auto cell = [&](int r, int c) { return rows.at(r).toArray().at(c).toObject(); };
    EXPECT_EQ(cell(0, 2).value(u"value"_s).toString(), u"score"_s);
    EXPECT_EQ(cell(1, 1).value(u"type"_s).toString(), u"text"_s);
    // In a workbook a cell is text by its type: the formula guard is not needed, nor added.
    EXPECT_EQ(cell(1, 1).value(u"value"_s).toString(), u"=华南光网 \"Pacífico\""_s);
    EXPECT_EQ(cell(1, 2).value(u"type"_s).toString(), u"number"_s);
    EXPECT_DOUBLE_EQ(cell(1, 2).value(u"value"_s).toDouble(), 27.2);
    EXPECT_EQ(cell(1, 2).value(u"format"_s).toString(), u"0.00"_s);
    EXPECT_DOUBLE_EQ(cell(1, 3).value(u"value"_s).toDouble(), 1234);
    EXPECT_EQ(cell(1, 4).value(u"type"_s).toString(), u"date"_s);
    EXPECT_EQ(cell(1, 4).value(u"value"_s).toString(), u"2026-11-03T00:00:00"_s);
    EXPECT_EQ(cell(1, 5).value(u"type"_s).toString(), u"date"_s);
    EXPECT_EQ(cell(1, 5).value(u"value"_s).toString(), u"2026-11-20T23:04:05"_s);
    EXPECT_EQ(cell(2, 1).value(u"type"_s).toString(), u"empty"_s);
    EXPECT_DOUBLE_EQ(cell(2, 2).value(u"value"_s).toDouble(), -0.5);
    EXPECT_EQ(sheets.at(1).toObject().value(u"rows"_s).toArray().size(), 1);
}

TEST(ExportXlsx, AnExportedKindHasItsImportColumnsAndRows)
{
    test::TestDatabase db;
    ASSERT_TRUE(DemoService(db.session()).generate(3, 300).ok());
    Result<ExportTable> orders = DataExport(db.session()).table(ImportKind::Orders);
    ASSERT_TRUE(orders.ok());
    Result<QByteArray> book = xlsxFile({ orders.value() });
    ASSERT_TRUE(book.ok());
    const QJsonArray rows = readWorkbook(book.value())
                                .value(u"sheets"_s)
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(u"rows"_s)
                                .toArray();
    ASSERT_EQ(rows.size(), orders.value().rows.size() + 1);
    QStringList header;
    for (const QJsonValue& value : rows.at(0).toArray())
        header.append(value.toObject().value(u"value"_s).toString());
    EXPECT_EQ(header, importColumns(ImportKind::Orders) + optionalImportColumns(ImportKind::Orders))
        << "the import's columns, the optional ont_collected last (SPEC §9)";
    const int received = int(header.indexOf(u"received_at"_s));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const ExportCell& cell = orders.value().rows.at(r - 1).at(received);
        const QJsonObject read = rows.at(r).toArray().at(received).toObject();
        ASSERT_EQ(read.value(u"type"_s).toString(), u"date"_s);
        EXPECT_EQ(read.value(u"value"_s).toString(), cell.local.toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    }
}

TEST(ExportReports, EveryReportHasItsTables)
{
    test::TestDatabase db;
    ASSERT_TRUE(DemoService(db.session()).generate(4, 1200).ok());
    ReportRequest request;
    request.month = QDate(2026, 11, 1);
    request.date = QDate(2026, 11, 12);
    request.unitCode = u"U01"_s;
    for (ReportKind kind : allReportKinds()) {
        SCOPED_TRACE(reportKindKey(kind).toStdString());
        ReportRequest asked = request;
        if (kind == ReportKind::Indicators)
            asked.unitCode.clear();
        Result<ExportReport> report = buildReport(db.session(), kind, asked);
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        ASSERT_FALSE(report.value().tables.isEmpty());
        EXPECT_FALSE(report.value().title.isEmpty());
        qsizetype rows = 0;
        for (const ExportTable& table : report.value().tables) {
            rows += table.rows.size();
            EXPECT_EQ(table.labels.size(), table.header.size());
            for (const ExportRow& row : table.rows)
                EXPECT_EQ(row.size(), table.header.size());
        }
        EXPECT_GT(rows, 0);
        const QByteArray csv = csvFile(report.value().tables, CsvFormat());
        EXPECT_TRUE(csv.startsWith(kUtf8Bom));
        Result<QByteArray> book = xlsxFile(report.value().tables);
        ASSERT_TRUE(book.ok());
        EXPECT_EQ(readWorkbook(book.value()).value(u"sheets"_s).toArray().size(),
            report.value().tables.size());
    }
}
