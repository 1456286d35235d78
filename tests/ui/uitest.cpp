#include "uitest.h"

#include "private/sql.h"
#include "services/demo/demoservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {

namespace {

// Where this build of the tests keeps its demo database: the build folder, the file named
// after the test program itself, so a rebuilt program (a changed demo) makes it anew.
QString demoTemplatePath()
{
    const QString folder
        = qEnvironmentVariable("FIBERDESK_TEST_CACHE", QStringLiteral(FIBERDESK_TEST_CACHE_DIR));
    if (folder.isEmpty() || !QDir().mkpath(folder))
        return {};
    const QFileInfo program(QCoreApplication::applicationFilePath());
    return QDir(folder).filePath(u"ui-demo-seed7-%1-%2-%3.db"_s.arg(program.baseName())
                                     .arg(program.lastModified().toSecsSinceEpoch())
                                     .arg(program.size()));
}

} // namespace

void UiTest::SetUp()
{
    // Generating the demo takes seconds and every UI test starts from the same one: the
    // first test of a build writes it, the others copy it (the clock is pinned, so it is
    // the same database either way).
    const QString cached = demoTemplatePath();
    if (!cached.isEmpty() && QFile::exists(cached) && m_db.reopenFrom(cached))
        return;
    const Result<DemoSummary> demo = DemoService(m_db.session()).generate(7);
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    if (cached.isEmpty())
        return;
    QLockFile lock(cached + u".lock"_s);
    if (!lock.tryLock(60000) || QFile::exists(cached))
        return;
    const QString partial = cached + u".partial"_s;
    QFile::remove(partial);
    // VACUUM INTO writes a whole, consistent copy, WAL included; the rename makes it appear
    // at once to tests starting in parallel.
    if (!execSql(m_db.database(), u"VACUUM INTO ?"_s, { partial }).ok()
        || !QFile::rename(partial, cached))
        return;
    // The copies of earlier builds are of no more use.
    const QFileInfo made(cached);
    const QString mine = u"ui-demo-seed7-%1-*.db"_s.arg(
        QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    for (const QFileInfo& old : made.dir().entryInfoList({ mine }, QDir::Files)) {
        if (old.fileName() != made.fileName())
            QFile::remove(old.filePath());
    }
}

std::unique_ptr<QAbstractItemModelTester> checkModel(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace fd::test
