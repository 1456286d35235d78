// RFC 4180 parsing, UTF-8 and the places problems are reported at.
#include "csv/csvreader.h"
#include "csv/csvrow.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

CsvDocument parseOk(const QByteArray& bytes)
{
    CsvProblem problem;
    Result<CsvDocument> document = parseCsv(bytes, &problem);
    EXPECT_TRUE(document.ok()) << problem.line << ":" << problem.column << " "
                               << problem.message.toStdString();
    return document.ok() ? document.value() : CsvDocument();
}

CsvProblem parseFails(const QByteArray& bytes)
{
    CsvProblem problem;
    EXPECT_FALSE(parseCsv(bytes, &problem).ok());
    return problem;
}

} // namespace

TEST(Csv, QuotedFieldsHoldCommasQuotesAndLineBreaks)
{
    const CsvDocument document = parseOk("code,name\r\n"
                                         "U1,\"Redes, Fibra y \"\"Más\"\" S.A.\"\r\n"
                                         "U2,\"Línea uno\nLínea dos\"\r\n"
                                         "U3,\"\"\r\n");
    EXPECT_EQ(document.header, QStringList({ u"code"_s, u"name"_s }));
    ASSERT_EQ(document.records.size(), 3);
    EXPECT_EQ(document.records.at(0).fields.at(1), u"Redes, Fibra y \"Más\" S.A."_s);
    EXPECT_EQ(document.records.at(1).fields.at(1), u"Línea uno\nLínea dos"_s);
    EXPECT_EQ(document.records.at(1).line, 3);
    EXPECT_EQ(document.records.at(2).line, 5)
        << "line numbers count the break inside the quoted field";
    EXPECT_EQ(document.records.at(2).fields.at(1), u""_s);
}

TEST(Csv, Utf8BomLfEndingsAndBlankLines)
{
    const CsvDocument document
        = parseOk("\xEF\xBB\xBF"
                  "code,name\n\nU1,华南光网维护有限公司\nU2,Compañía Ñandú\n\n");
    EXPECT_EQ(document.header.first(), u"code"_s)
        << "the byte-order mark is not part of the first column's name";
    ASSERT_EQ(document.records.size(), 2);
    EXPECT_EQ(document.records.at(0).fields.at(1), u"华南光网维护有限公司"_s);
    EXPECT_EQ(document.records.at(0).line, 3);
    EXPECT_EQ(document.records.at(1).fields.at(1), u"Compañía Ñandú"_s);
}

TEST(Csv, NoTrailingNewlineAndEmptyLastField)
{
    const CsvDocument document = parseOk("a,b,c\n1,,");
    ASSERT_EQ(document.records.size(), 1);
    EXPECT_EQ(document.records.at(0).fields, QStringList({ u"1"_s, u""_s, u""_s }));
}

TEST(Csv, InvalidUtf8IsLocated)
{
    // "Compañía" saved as Latin-1: 0xF1 is not UTF-8.
    const CsvProblem problem = parseFails("code,name\nU1,Uno\nU2,Compa\xF1\xED"
                                          "a\n");
    EXPECT_EQ(problem.line, 3);
    EXPECT_EQ(problem.column, 2);
    EXPECT_TRUE(problem.message.contains(u"UTF-8"_s));
}

TEST(Csv, OverlongAndSurrogateEncodingsAreRefused)
{
    EXPECT_EQ(parseFails("a\n\xC0\xAF\n").line, 2);
    EXPECT_EQ(parseFails("a\n\xED\xA0\x80\n").line, 2);
    EXPECT_EQ(parseFails("a\nx\xE4\xB8").line, 2) << "a sequence cut short by the end of the file";
}

TEST(Csv, NulBytesAreRefused)
{
    const CsvProblem problem = parseFails(QByteArray("code\nU1\nU\0002\n", 12));
    EXPECT_EQ(problem.line, 3);
}

TEST(Csv, UnclosedQuoteIsReportedWhereItOpens)
{
    const CsvProblem problem = parseFails("code,name\nU1,\"Uno\nU2,Dos\n");
    EXPECT_EQ(problem.line, 2);
    EXPECT_EQ(problem.column, 2);
}

TEST(Csv, StrayQuotesAreRefused)
{
    CsvProblem problem = parseFails("code,name\nU1,Uno \"grande\"\n");
    EXPECT_EQ(problem.line, 2);
    EXPECT_EQ(problem.column, 2);
    problem = parseFails("code,name\nU1,\"Uno\" grande\n");
    EXPECT_EQ(problem.line, 2);
    EXPECT_EQ(problem.column, 2);
}

TEST(Csv, EmptyFileNeedsAHeader)
{
    EXPECT_EQ(parseFails("").line, 1);
    EXPECT_EQ(parseFails("\n\n").line, 1);
}

TEST(CsvColumns, HeaderMustNameEachColumnOnce)
{
    const QStringList expected = { u"code"_s, u"name"_s, u"status"_s };
    CsvColumns columns;
    CsvProblem problem;
    EXPECT_TRUE(columns.read({ u"Name"_s, u" code "_s, u"status"_s }, expected, problem))
        << "any order, any case";
    EXPECT_EQ(columns.index(u"code"_s), 1);

    EXPECT_FALSE(columns.read({ u"code"_s, u"name"_s }, expected, problem));
    EXPECT_TRUE(problem.message.contains(u"status"_s));
    EXPECT_FALSE(
        columns.read({ u"code"_s, u"name"_s, u"status"_s, u"colour"_s }, expected, problem));
    EXPECT_EQ(problem.column, 4);
    EXPECT_FALSE(columns.read({ u"code"_s, u"name"_s, u"code"_s }, expected, problem));
    EXPECT_EQ(problem.column, 3);
}

TEST(CsvRow, TypedFieldsReportBadValues)
{
    CsvColumns columns;
    CsvProblem problem;
    ASSERT_TRUE(columns.read({ u"flag"_s, u"count"_s, u"score"_s, u"day"_s },
        { u"flag"_s, u"count"_s, u"score"_s, u"day"_s }, problem));
    QList<CsvProblem> problems;
    const CsvRecord good { 2, { u" YES "_s, u"42"_s, u"-7.5"_s, u"2026-02-28"_s } };
    CsvRow row(good, columns, problems);
    EXPECT_TRUE(row.yesNo(u"flag"_s));
    EXPECT_EQ(row.integer(u"count"_s), 42);
    EXPECT_DOUBLE_EQ(row.decimal(u"score"_s), -7.5);
    EXPECT_EQ(row.date(u"day"_s), QDate(2026, 2, 28));
    EXPECT_TRUE(problems.isEmpty());

    const CsvRecord bad { 7, { u"si"_s, u"4x"_s, u"7,5"_s, u"2026-02-30"_s } };
    CsvRow badRow(bad, columns, problems);
    badRow.yesNo(u"flag"_s);
    badRow.integer(u"count"_s);
    badRow.decimal(u"score"_s);
    badRow.date(u"day"_s);
    ASSERT_EQ(problems.size(), 4);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(problems.at(i).line, 7);
        EXPECT_EQ(problems.at(i).column, i + 1);
    }
    EXPECT_EQ(problems.at(0).field, u"flag"_s);
}

TEST(Csv, ProblemDescriptionNamesFileLineColumnAndField)
{
    const QString text = describeCsvProblem(
        u"/data/technicians.csv"_s, { 7, 6, u"ftth_kit"_s, u"“maybe” is not yes or no"_s });
    EXPECT_EQ(text, u"technicians.csv, line 7, column 6 (ftth_kit): “maybe” is not yes or no"_s);
}

TEST(CsvRow, InstantsWithAndWithoutOffsets)
{
    const QTimeZone lima("America/Lima");
    CsvColumns columns;
    CsvProblem problem;
    ASSERT_TRUE(columns.read({ u"at"_s }, { u"at"_s }, problem));
    auto parse = [&](const QString& text, QList<CsvProblem>& problems) {
        const CsvRecord record { 2, { text } };
        return CsvRow(record, columns, problems).instant(u"at"_s, lima, true);
    };
    const QDateTime expected(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC);
    QList<CsvProblem> problems;
    EXPECT_EQ(parse(u"2026-11-20T09:30:00-05:00"_s, problems), expected);
    EXPECT_EQ(parse(u"2026-11-20T09:30:00-0500"_s, problems), expected);
    EXPECT_EQ(parse(u"2026-11-20T14:30:00Z"_s, problems), expected);
    EXPECT_EQ(parse(u"2026-11-20T14:30:00.250Z"_s, problems), expected)
        << "fractions of a second are dropped";
    EXPECT_EQ(parse(u"2026-11-20T09:30"_s, problems), expected) << "no offset: the operator's zone";
    EXPECT_EQ(parse(u"2026-11-20 09:30:00"_s, problems), expected) << "a space for the T";
    EXPECT_EQ(parse(u"2026-11-21T01:30:00+11:00"_s, problems), expected);
    EXPECT_FALSE(parse(u""_s, problems).isValid());
    EXPECT_TRUE(problems.isEmpty());
    for (const QString& bad : { u"2026-11-20T25:00"_s, u"2026-02-30T10:00"_s, u"20/11/2026 09:30"_s,
             u"2026-11-20T09:30:00+5"_s, u"2026-11-20T09:30:00 -05:00"_s, u"2026-11-20"_s,
             u"yesterday"_s }) {
        QList<CsvProblem> refused;
        EXPECT_FALSE(parse(bad, refused).isValid()) << bad.toStdString();
        EXPECT_EQ(refused.size(), 1) << bad.toStdString();
    }
}

TEST(Csv, RecordsSpanningTheReadersBlocks)
{
    // The reader takes the file a mebibyte at a time: quoted fields, doubled quotes and
    // line ends must survive falling across the boundary.
    QByteArray bytes = "id,text\n";
    QStringList expected;
    for (int i = 0; bytes.size() < 3 * 1024 * 1024; ++i) {
        const QString text
            = u"línea %1, \"cita\"\nsegunda 第%1行 "_s.arg(i) + QString(i % 97, u'x');
        QByteArray quoted = text.toUtf8();
        quoted.replace("\"", "\"\"");
        bytes += QByteArray::number(i) + ",\"" + quoted + "\"\r\n";
        expected.append(text);
    }
    const CsvDocument document = parseOk(bytes);
    ASSERT_EQ(document.records.size(), expected.size());
    int line = 2;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        ASSERT_EQ(document.records.at(i).fields.at(1), expected.at(i)) << i;
        ASSERT_EQ(document.records.at(i).line, line) << i;
        line += 2;
    }
}
