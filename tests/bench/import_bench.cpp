// How fast the organisation importers are. The figure: a file with 10,000
// technicians imports "in well under a second".
#include "benchdata.h"
#include "services/import/importservice.h"
#include "support/testdatabase.h"

#include <benchmark/benchmark.h>
#include <memory>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

void prepareOrganisation(test::TestDatabase& db)
{
    bench::importOrganisation(db.session());
}

void BM_ImportTechnicians(benchmark::State& state)
{
    const int rows = int(state.range(0));
    const QByteArray file = bench::techniciansFile(rows);
    std::unique_ptr<test::TestDatabase> db;
    for (auto _ : state) {
        state.PauseTiming(); // a fresh database with units, areas and teams, not measured
        db.reset();
        db = std::make_unique<test::TestDatabase>();
        prepareOrganisation(*db);
        state.ResumeTiming();
        Result<ImportOutcome> outcome
            = ImportService(db->session()).importBytes(ImportKind::Technicians, file, u"t.csv"_s);
        if (!outcome.ok() || outcome.value().summary.created != rows)
            state.SkipWithError("the import failed");
    }
    state.counters["rows_per_second"]
        = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportTechnicians)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Importing the same file again: every row is an update.
void BM_ReimportTechnicians(benchmark::State& state)
{
    const int rows = int(state.range(0));
    const QByteArray file = bench::techniciansFile(rows);
    test::TestDatabase db;
    prepareOrganisation(db);
    if (!ImportService(db.session()).importBytes(ImportKind::Technicians, file, u"t.csv"_s).ok())
        state.SkipWithError("the first import failed");
    for (auto _ : state) {
        if (!ImportService(db.session())
                 .importBytes(ImportKind::Technicians, file, u"t.csv"_s)
                 .ok())
            state.SkipWithError("the import failed");
    }
    state.counters["rows_per_second"]
        = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ReimportTechnicians)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
