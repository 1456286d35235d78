// libFuzzer target: Database::open on a file of arbitrary bytes, then the reading services
// on whatever it accepted. Invariants: no crash, no hang, no sanitizer report; a refused
// file comes with a reason and is left byte for byte as it was.
#include "fuzzsupport.h"
#include "services/complianceservice.h"
#include "services/evaluationservice.h"
#include "services/ruleservice.h"
#include "services/standingservice.h"
#include "services/unitservice.h"
#include "storage/durablefile.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

namespace {

QString path;

QByteArray contents(const QString& file)
{
    QFile in(file);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fd::fuzz::initialiseApplication(argc, argv);
    path = QDir(fd::fuzz::scratch().path()).filePath(u"candidate.db"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    fd::removeSqliteFiles(path);
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            fd::fuzz::fail(u"cannot write the candidate file"_s);
    }
    fd::Result<fd::DatabaseLocation> location = fd::DatabaseLocation::parse(path);
    if (!location.ok())
        fd::fuzz::fail(location.error());
    fd::Result<std::unique_ptr<fd::Database>> opened
        = fd::Database::open(location.value(), fd::Database::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        if (opened.error().trimmed().isEmpty())
            fd::fuzz::fail(u"a file was refused without a reason"_s);
        if (contents(path) != bytes)
            fd::fuzz::fail(u"a refused file was changed: "_s + opened.error());
        return 0;
    }
    // Accepted (an empty file becomes a new database; a FiberDesk file is upgraded): every
    // reading service must answer, with figures or with an error, on whatever it holds.
    const QTimeZone lima("America/Lima");
    const fd::Session session(*opened.value(), fd::Actor { u"fuzz"_s, fd::Role::Admin }, lima);
    (void)fd::operatorTimeZone(*opened.value());
    (void)fd::RuleService(session).current();
    (void)fd::UnitService(session).list();
    (void)fd::ComplianceService(session).report(0);
    (void)fd::StandingService(session).standings();
    (void)fd::EvaluationService(session).evaluate(QDate(2026, 10, 1));
    return 0;
}
