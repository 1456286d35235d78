// File ▸ Import CSV runs on a worker thread with its own connection; a refused file lists
// every problem and writes nothing, an accepted one refreshes the pages.
#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "pages/organisationpage.h"
#include "pages/recordtab.h"
#include "services/areaservice.h"
#include "services/unitservice.h"
#include "uitest.h"
#include "workers/importjob.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiImportTest : public UiTest
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(UiImportTest, RefusedFileListsEveryProblemAndWritesNothing)
{
    const qsizetype before = UnitService(m_db.session()).list().value().size();
    const QString path = write(u"units.csv"_s,
        "code,name,contract_no,contract_start,status\n"
        "U50,Unidad 50,C-50,2025-01-01,candidate\n"
        "U51,,C-51,2025-01-01,candidate\n"
        "U52,Unidad 52,C-52,not a date,sleeping\n");
    const ImportJobResult result
        = runImportWithProgress(m_db.session(), ImportKind::Units, path, nullptr);
    ASSERT_FALSE(result.ok);
    EXPECT_GE(result.failure.problems.size(), 2); // the bad date and the unknown status, at least
    EXPECT_EQ(result.failure.describe(result.failure.problems.size() + 1).size(),
        result.failure.problems.size());
    EXPECT_EQ(UnitService(m_db.session()).list().value().size(), before);
}

TEST_F(UiImportTest, AcceptedFileUpdatesThePages)
{
    const Area area = AreaService(m_db.session()).list().value().first();
    const QString path = write(u"areas.csv"_s,
        "code,name,unit_code,subscribers\n" + area.code.toUtf8() + ",\"" + area.name.toUtf8()
            + "\"," + area.unitCode.toUtf8() + ",4242\n");
    MainWindow window(m_db.session());
    window.showPage(MainWindow::Organisation);
    const ImportJobResult result = window.importFile(ImportKind::Areas, path);
    ASSERT_TRUE(result.ok) << result.failure.describe().join(u'\n').toStdString();
    EXPECT_EQ(result.outcome.summary.updated, 1);
    for (const Area& stored : AreaService(m_db.session()).list().value()) {
        if (stored.code == area.code) {
            EXPECT_EQ(stored.subscribers, 4242);
        }
    }
    RecordTab* areas = window.organisationPage()->tab(OrganisationPage::Areas);
    const int row = areas->model()->rowOfKey(area.code);
    ASSERT_GE(row, 0);
    EXPECT_EQ(areas->model()->index(row, 3).data().toString(), QLocale().toString(4242));
}

TEST_F(UiImportTest, CancelledImportStopsAndSaysSo)
{
    const Area area = AreaService(m_db.session()).list().value().first();
    const QString path = write(u"orders.csv"_s,
        importColumns(ImportKind::Orders).join(u',').toUtf8() + '\n'
            + "ORD-1,repair,ACC-1,Ana,+51 900 000 001,Calle 1," + area.code.toUtf8()
            + ",2026-11-19T09:00:00-05:00" + QByteArray(17, ',') + '\n');
    int calls = 0;
    const ImportJobResult result
        = runImportJob(m_db.database().location(), m_db.session().actor(), m_db.session().zone(),
            m_db.session().now(), ImportKind::Orders, path, [&calls](qint64, qint64) {
                ++calls;
                return false;
            });
    EXPECT_GT(calls, 0) << "the orders import reports its progress";
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.cancelled);
}

// SPEC §13: the dialog shows the first rows as the import will read them, in the encoding
// and with the separator chosen, so that mojibake is seen before anything is written.
TEST_F(UiImportTest, ThePreviewShowsTheRowsAsTheyWillBeRead)
{
    ImportDialog dialog;
    dialog.setKind(ImportKind::Units);
    dialog.setPath(QStringLiteral(FIBERDESK_SPREADSHEET_FIXTURES "/excel-zh_CN-gb18030-units.csv"));
    // The file's encoding is guessed when it is chosen.
    EXPECT_EQ(dialog.options().encoding, u"GB18030"_s);
    QTableWidget* preview = dialog.preview();
    ASSERT_EQ(preview->rowCount(), 3) << "blank formatted rows are no rows";
    EXPECT_EQ(preview->item(0, 1)->text(), u"华南光网维护有限公司"_s);
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), u"code"_s);
    EXPECT_EQ(preview->verticalHeaderItem(2)->text(), u"5"_s) << "the file's own line numbers";
    EXPECT_TRUE(dialog.previewStatus()->text().contains(u"GB18030"_s));

    // Read as Windows-1252 the names turn to mojibake, there for the eye to see.
    dialog.setEncoding(u"windows-1252"_s);
    ASSERT_GE(preview->rowCount(), 1);
    EXPECT_NE(preview->item(0, 1)->text(), u"华南光网维护有限公司"_s);
    EXPECT_TRUE(preview->item(0, 1)->text().startsWith(u"»ªÄÏ"_s)) // 华南 = BB AA C4 CF
        << preview->item(0, 1)->text().toStdString();
    // Read as UTF-8 it stops at the first name, saying where and why.
    dialog.setEncoding(u"UTF-8"_s);
    EXPECT_EQ(preview->rowCount(), 0);
    EXPECT_TRUE(dialog.previewStatus()->text().contains(u"line 2, column 2"_s))
        << dialog.previewStatus()->text().toStdString();

    // A Spanish Excel file: semicolons found, Windows-1252 guessed; the separator can be
    // forced, and the header check follows it.
    dialog.setKind(ImportKind::Technicians);
    dialog.setPath(QStringLiteral(FIBERDESK_SPREADSHEET_FIXTURES "/excel-es-1252-technicians.csv"));
    EXPECT_EQ(dialog.options().encoding, u"windows-1252"_s);
    ASSERT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->item(0, 2)->text(), u"José Muñoz Peña"_s);
    dialog.setSeparator(',');
    EXPECT_EQ(preview->columnCount(), 1);
    EXPECT_TRUE(dialog.previewStatus()->text().contains(u"semicolons"_s))
        << dialog.previewStatus()->text().toStdString();
    dialog.setSeparator(0);
    EXPECT_EQ(dialog.options().separator, 0);
    EXPECT_EQ(preview->columnCount(), 7);
}

// The options chosen in the dialog reach the import.
TEST_F(UiImportTest, TheChosenEncodingIsUsedByTheImport)
{
    const QString path = write(u"units-gbk.csv"_s,
        "code,name,contract_no,contract_start,status\r\nGBK1,\xC4\xCF\xC9\xBD\xC7\xF8,,,\r\n");
    ImportOptions options;
    options.encoding = u"GBK"_s;
    const ImportJobResult result
        = runImportWithProgress(m_db.session(), ImportKind::Units, path, nullptr, options);
    ASSERT_TRUE(result.ok) << result.failure.describe().join(u'\n').toStdString();
    EXPECT_EQ(UnitService(m_db.session()).find(u"GBK1"_s).value()->name, u"南山区"_s);
}

TEST_F(UiImportTest, MissingFileIsReportedNotThrown)
{
    const ImportJobResult result = runImportWithProgress(
        m_db.session(), ImportKind::Teams, m_dir.filePath(u"nowhere.csv"_s), nullptr);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.failure.describe().isEmpty());
}

} // namespace
} // namespace fd::test
