#pragma once

#include "common/session.h"
#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

// What every fuzz target needs: a Qt application object (database drivers are plugins), a
// scratch folder on a RAM disk when there is one (SQLite syncs every commit), and ways to
// stop the run loudly when an invariant breaks.
namespace fd::fuzz {

void initialiseApplication(int* argc, char*** argv);
// A scratch folder that lives as long as the process.
const QTemporaryDir& scratch();
// Prints `what` and aborts, so libFuzzer keeps the input that caused it.
[[noreturn]] void fail(const QString& what);

// A small operator (two units, two areas, two teams, two technicians, ten work orders of
// October 2026, two callbacks, a complaint) in a database of its own, with a session acting
// as admin in America/Lima on 2026-11-20: what the importers' checks need to get past the
// file's shape.
struct Operator
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
};
Operator openSmallOperator(const QString& path);

} // namespace fd::fuzz
