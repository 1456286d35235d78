// libFuzzer target: one CSV import kind (FIBERDESK_FUZZ_KIND, e.g. "orders") on arbitrary
// bytes, into a small operator's database. Invariants: no crash, no hang, no sanitizer
// report; a refused file comes with a reason and leaves every table as it was; an accepted
// one is undone before the next input so that every input meets the same database.
#include "fuzzsupport.h"
#include "services/import/importservice.h"
#include "storage/sqlitebackup.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitehandle.h"
#include "support/dbfingerprint.h"

#include <cstddef>
#include <cstdint>
#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    fd::fuzz::Operator op;
    fd::ImportKind kind = fd::ImportKind::Units;
    QString pristine;
    fd::test::DatabaseFingerprint baseline;
    sqlite3_int64 changes = 0;
};

Fixture* fixture = nullptr;

sqlite3* handle()
{
    return fd::sqliteHandle(*fixture->op.database);
}

// Puts the pristine copy back with SQLite's backup API, through the same connection.
void restorePristine()
{
    fd::Result<std::unique_ptr<fd::SqliteFile>> source
        = fd::SqliteFile::open(fixture->pristine, fd::SqliteFile::Mode::ReadOnly);
    if (!source.ok())
        fd::fuzz::fail(source.error());
    sqlite3_backup* backup
        = sqlite3_backup_init(handle(), "main", source.value()->handle(), "main");
    if (!backup || sqlite3_backup_step(backup, -1) != SQLITE_DONE)
        fd::fuzz::fail(u"cannot put the pristine database back: "_s
            + QString::fromUtf8(sqlite3_errmsg(handle())));
    sqlite3_backup_finish(backup);
    fixture->changes = sqlite3_total_changes64(handle());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    fd::fuzz::initialiseApplication(argc, argv);
    fixture = new Fixture;
    const std::optional<fd::ImportKind> kind
        = fd::importKindFromKey(QStringLiteral(FIBERDESK_FUZZ_KIND));
    if (!kind)
        fd::fuzz::fail(u"unknown import kind " FIBERDESK_FUZZ_KIND ""_s);
    fixture->kind = *kind;
    const QDir dir(fd::fuzz::scratch().path());
    fixture->op = fd::fuzz::openSmallOperator(dir.filePath(u"operator.db"_s));
    fixture->pristine = dir.filePath(u"pristine.db"_s);
    const fd::Status copied = fd::writeDatabaseCopy(
        handle(), fixture->pristine, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!copied.ok())
        fd::fuzz::fail(copied.error());
    fixture->baseline = fd::test::fingerprintOf(handle());
    if (!fixture->baseline.error.isEmpty())
        fd::fuzz::fail(fixture->baseline.error);
    fixture->changes = sqlite3_total_changes64(handle());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    fd::ImportFailure failure;
    const fd::Result<fd::ImportOutcome> outcome
        = fd::ImportService(*fixture->op.session)
              .importBytes(fixture->kind, bytes, u"fuzz.csv"_s, &failure);
    if (fixture->op.database->inTransaction())
        fd::fuzz::fail(u"the import left a transaction open"_s);
    if (outcome.ok()) {
        restorePristine();
        return 0;
    }
    if (failure.summary().trimmed().isEmpty() || outcome.error().trimmed().isEmpty())
        fd::fuzz::fail(u"a file was refused without a reason"_s);
    // Nothing written at all is the usual case and cheap to see; a write that was rolled
    // back is checked row by row.
    if (sqlite3_total_changes64(handle()) != fixture->changes) {
        const fd::test::DatabaseFingerprint now = fd::test::fingerprintOf(handle());
        if (now != fixture->baseline)
            fd::fuzz::fail(u"a refused import changed "_s + now.differenceFrom(fixture->baseline));
        fixture->changes = sqlite3_total_changes64(handle());
    }
    return 0;
}
