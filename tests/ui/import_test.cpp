// File ▸ Import CSV runs on a worker thread with its own connection; a refused file lists
// every problem and writes nothing, an accepted one refreshes the pages.
#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "pages/organisationpage.h"
#include "pages/recordtab.h"
#include "services/areaservice.h"
#include "services/unitservice.h"
#include "uitest.h"
#include "workers/importjob.h"

#include <QFile>
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

TEST_F(UiImportTest, MissingFileIsReportedNotThrown)
{
    const ImportJobResult result = runImportWithProgress(
        m_db.session(), ImportKind::Teams, m_dir.filePath(u"nowhere.csv"_s), nullptr);
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.failure.describe().isEmpty());
}

} // namespace
} // namespace fd::test
