// Hostile input (issue 8): files that are not UTF-8 CSV, huge lines, NUL bytes, formulas,
// folders and pipes. Each is refused with a message that names the problem (and the line
// and column where there is one), and nothing is written; exports neutralise formulas.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "services/evaluationexport.h"
#include "services/import/importservice.h"
#include "services/outputtarget.h"
#include "services/unitservice.h"
#include "storage/sqlitehandle.h"
#include "support/dbfingerprint.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kUnitsHeader = "code,name,contract_no,contract_start,status\n";

class HostileInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::seedSmallOrganisation(m_db.session());
        m_before = test::fingerprintOf(sqliteHandle(m_db.database()));
    }

    // Imports `bytes` as `kind`; expects a refusal whose one-line summary contains every one
    // of `words`, and no change to any table.
    ImportFailure refused(ImportKind kind, const QByteArray& bytes, const QStringList& words)
    {
        ImportFailure failure;
        const Result<ImportOutcome> outcome
            = ImportService(m_db.session())
                  .importBytes(kind, bytes, u"from-a-colleague.csv"_s, &failure);
        EXPECT_FALSE(outcome.ok());
        const QString summary = failure.summary();
        EXPECT_TRUE(summary.contains(u"from-a-colleague.csv"_s)) << summary.toStdString();
        for (const QString& word : words)
            EXPECT_TRUE(summary.contains(word, Qt::CaseInsensitive))
                << "“" << word.toStdString() << "” in " << summary.toStdString();
        const test::DatabaseFingerprint now = test::fingerprintOf(sqliteHandle(m_db.database()));
        EXPECT_TRUE(now == m_before) << "written: " << now.differenceFrom(m_before).toStdString();
        return failure;
    }

    test::TestDatabase m_db;
    test::DatabaseFingerprint m_before;
};

QByteArray utf16(const QString& text, bool bigEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += bigEndian ? "\xFE\xFF" : "\xFF\xFE";
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes.append(bigEndian ? high : low);
        bytes.append(bigEndian ? low : high);
    }
    return bytes;
}

} // namespace

TEST_F(HostileInput, Utf16AndUtf32AreNamed)
{
    const QString text = QString::fromUtf8(kUnitsHeader) + u"U7,Compañía,,,\n"_s;
    refused(
        ImportKind::Units, utf16(text, false, true), { u"UTF-16"_s, u"CSV UTF-8"_s, u"line 1"_s });
    refused(ImportKind::Units, utf16(text, true, true), { u"UTF-16"_s });
    refused(ImportKind::Units, utf16(text, false, false),
        { u"UTF-16 text without a byte-order mark"_s });
    refused(ImportKind::Units, QByteArray("\xFF\xFE\0\0c\0\0\0", 8), { u"UTF-32"_s });
}

TEST_F(HostileInput, Latin1AndGbkAreNamedWithTheirPlace)
{
    // "Compañía" saved by a Spanish Windows: ñ and í as single bytes.
    const ImportFailure latin = refused(ImportKind::Units,
        kUnitsHeader
            + "U7,Uno,,,\nU8,Compa\xF1\xED"
              "a,,,\n",
        { u"Latin-1 or Windows-1252"_s, u"line 3, column 2"_s });
    ASSERT_EQ(latin.problems.size(), 1);
    EXPECT_EQ(latin.problems.first().line, 3);
    // "华南光网" saved by a Chinese Windows (GBK).
    refused(ImportKind::Units, kUnitsHeader + "U7,\xBB\xAA\xC4\xCF\xB9\xE2\xCD\xF8,,,\n",
        { u"GBK/GB18030"_s, u"line 2, column 2"_s });
}

TEST_F(HostileInput, FilesThatAreNotTextAreNamed)
{
    refused(ImportKind::Orders, QByteArray("PK\x03\x04\x14\0\x06\0", 8) + QByteArray(200, 'x'),
        { u"workbook"_s, u".xlsx"_s });
    refused(ImportKind::Units,
        QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(64, '\0'), { u".xls"_s });
    refused(ImportKind::Complaints, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", { u"PDF"_s });
    refused(ImportKind::Areas, QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'),
        { u"SQLite database"_s });
    refused(ImportKind::Teams, QByteArray("\x89PNG\r\n\x1a\n", 8), { u"image"_s });
    refused(ImportKind::Callbacks, QByteArray("\x1F\x8B\x08\0", 4), { u"gzip"_s });
}

TEST_F(HostileInput, NulBytesAreRefusedWithTheirPlace)
{
    const QByteArray bytes = kUnitsHeader + QByteArray("U7,Un\0o,,,\n", 11);
    refused(ImportKind::Units, bytes, { u"NUL"_s, u"line 2, column 2"_s });
}

TEST_F(HostileInput, HugeLinesAreRefusedBeforeTheyFillTheMemory)
{
    const QByteArray huge
        = kUnitsHeader + "U7," + QByteArray(CsvReader::kMaxRecordBytes + 10, 'a') + ",,,\n";
    refused(ImportKind::Units, huge, { u"line 2"_s, u"longer than 1 MiB"_s });
    // An opening quote that is never closed swallows the rest of a large file.
    QByteArray unclosed = kUnitsHeader + "U7,\"Uno,,,\n";
    while (unclosed.size() <= CsvReader::kMaxRecordBytes + 100)
        unclosed += "U9,Nueve,,,\n";
    refused(ImportKind::Units, unclosed, { u"line 2, column 2"_s, u"closing quote missing"_s });
    // Streamed kinds too.
    refused(ImportKind::Orders, "number," + QByteArray(CsvReader::kMaxRecordBytes + 10, 'n') + "\n",
        { u"longer than 1 MiB"_s });
}

TEST_F(HostileInput, EmptyFilesAndOtherSeparatorsAreExplained)
{
    refused(ImportKind::Units, "", { u"empty"_s });
    refused(ImportKind::Units, "\xEF\xBB\xBF", { u"empty"_s });
    refused(ImportKind::Units, "\r\n\n\r\n", { u"empty"_s });
    // SPEC §13: semicolons (Excel in a language with a decimal comma) and tabs are read as
    // separators; forced to the comma, such a file is explained.
    ImportFailure failure;
    EXPECT_TRUE(
        ImportService(m_db.session())
            .importBytes(ImportKind::Units,
                "code;name;contract_no;contract_start;status\nU7;Uno;;;\n", u"u.csv"_s, &failure)
            .ok())
        << failure.describe().join(u" | "_s).toStdString();
    EXPECT_TRUE(ImportService(m_db.session())
                    .importBytes(ImportKind::Areas, "code\tname\tunit_code\tsubscribers\n",
                        u"a.csv"_s, &failure)
                    .ok());
    ImportOptions comma;
    comma.separator = ',';
    EXPECT_FALSE(ImportService(m_db.session())
                     .importBytes(ImportKind::Units,
                         "code;name;contract_no;contract_start;status\nU8;Ocho;;;\n", u"u.csv"_s,
                         &failure, {}, comma)
                     .ok());
    EXPECT_TRUE(failure.summary().contains(u"semicolons"_s)) << failure.summary().toStdString();
}

TEST_F(HostileInput, FoldersPipesAndMissingFilesAreNotRead)
{
    QTemporaryDir dir;
    ImportService service(m_db.session());
    ImportFailure failure;
    EXPECT_FALSE(service.importFile(ImportKind::Units, dir.path(), &failure).ok());
    EXPECT_TRUE(failure.summary().contains(u"folder"_s)) << failure.summary().toStdString();
    EXPECT_FALSE(
        service.importFile(ImportKind::Units, dir.filePath(u"missing.csv"_s), &failure).ok());
    EXPECT_TRUE(failure.summary().contains(u"does not exist"_s)) << failure.summary().toStdString();
    // A named pipe would block the import until someone wrote to it.
    const QString pipe = dir.filePath(u"pipe.csv"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    EXPECT_FALSE(service.importFile(ImportKind::Units, pipe, &failure).ok());
    EXPECT_TRUE(failure.summary().contains(u"not a regular file"_s))
        << failure.summary().toStdString();
    if (geteuid() != 0) { // root reads every file whatever its permissions
        const QString locked = dir.filePath(u"locked.csv"_s);
        QFile file(locked);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kUnitsHeader);
        file.close();
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        EXPECT_FALSE(service.importFile(ImportKind::Units, locked, &failure).ok());
        EXPECT_TRUE(failure.summary().contains(u"Cannot read"_s))
            << failure.summary().toStdString();
    }
    EXPECT_TRUE(test::fingerprintOf(sqliteHandle(m_db.database())) == m_before);
}

TEST_F(HostileInput, FormulasImportAsTextAndExportNeutralised)
{
    // A cell a spreadsheet would run is only text to FiberDesk: it is kept as it was typed...
    const QString formula = u"=cmd|' /C calc'!A0"_s;
    ImportFailure failure;
    const QByteArray units
        = kUnitsHeader + "U7,\"=cmd|' /C calc'!A0\",,,active\nU8,@SUM(A1),,,active\n";
    ASSERT_TRUE(ImportService(m_db.session())
                    .importBytes(ImportKind::Units, units, u"units.csv"_s, &failure)
                    .ok())
        << failure.summary().toStdString();
    EXPECT_EQ(UnitService(m_db.session()).find(u"U7"_s).value()->name, formula);
    // ...and written out with an apostrophe in front, so the spreadsheet shows it as text.
    QTemporaryDir dir;
    const QString out = dir.filePath(u"evaluation.csv"_s);
    ASSERT_TRUE(exportEvaluationCsv(
        m_db.session(), QDate(2026, 10, 1), outputTarget(m_db.session(), out, false))
                    .ok());
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.contains(",'=cmd|' /C calc'!A0,")) << csv.toStdString();
    EXPECT_TRUE(csv.contains(",'@SUM(A1),")) << csv.toStdString();
    EXPECT_FALSE(csv.contains(",=cmd")) << csv.toStdString();
}

TEST(SpreadsheetSafe, TextIsNeutralisedNumbersStayNumbers)
{
    const std::pair<QString, QString> cases[] = {
        { u"=1+1"_s, u"'=1+1"_s },
        { u"+1+cmd|x"_s, u"'+1+cmd|x"_s },
        { u"-cmd"_s, u"'-cmd"_s },
        { u"@SUM(A1)"_s, u"'@SUM(A1)"_s },
        { u"\tx"_s, u"'\tx"_s },
        { u"\rx"_s, u"'\rx"_s },
        { u"＝1+1"_s, u"'＝1+1"_s },
        { u"-27.5"_s, u"-27.5"_s },
        { u"-8"_s, u"-8"_s },
        { u"+3"_s, u"+3"_s },
        { u"12.50"_s, u"12.50"_s },
        { u"-"_s, u"'-"_s },
        { u"Fibra Andina"_s, u"Fibra Andina"_s },
        { u"华南光网"_s, u"华南光网"_s },
        { QString(), QString() },
    };
    for (const auto& [text, safe] : cases)
        EXPECT_EQ(spreadsheetSafe(text), safe) << text.toStdString();
}
