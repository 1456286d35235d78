// How fast the organisation importers are. The figure: a file with 10,000
// technicians imports "in well under a second".
#include "services/import/importservice.h"
#include "support/testdatabase.h"

#include <memory>

#include <benchmark/benchmark.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kUnits = 100;
constexpr int kTeamsPerUnit = 10;

QByteArray organisationFile(ImportKind kind)
{
    QByteArray csv = importColumns(kind).join(u',').toUtf8() + '\n';
    for (int u = 0; u < kUnits; ++u) {
        if (kind == ImportKind::Units)
            csv += "U" + QByteArray::number(u) + ",Unidad " + QByteArray::number(u) + ",CT-" + QByteArray::number(u)
                + ",2024-01-01,active\n";
        for (int t = 0; t < kTeamsPerUnit; ++t) {
            const QByteArray team = "U" + QByteArray::number(u) + "-T" + QByteArray::number(t);
            const QByteArray area = "U" + QByteArray::number(u) + "-A" + QByteArray::number(t);
            if (kind == ImportKind::Areas)
                csv += area + ",Distrito " + area + ",U" + QByteArray::number(u) + ",4500\n";
            if (kind == ImportKind::Teams)
                csv += team + ",U" + QByteArray::number(u) + ",Cuadrilla " + team + "," + area + "\n";
        }
    }
    return csv;
}

QByteArray techniciansFile(int count)
{
    QByteArray csv = "code,team_code,name,phone,permit_no,ftth_kit,active\n";
    for (int i = 0; i < count; ++i) {
        const int unit = i % kUnits;
        const int team = (i / kUnits) % kTeamsPerUnit;
        csv += "P" + QByteArray::number(i) + ",U" + QByteArray::number(unit) + "-T" + QByteArray::number(team)
            + (i % 2 ? ",\"Quispe, María\"," : ",王秀英,") + "+51 987 654 " + QByteArray::number(100 + i % 900)
            + ",WP-" + QByteArray::number(i) + (i % 7 ? ",yes,yes\n" : ",no,yes\n");
    }
    return csv;
}

void prepareOrganisation(test::TestDatabase& db)
{
    for (ImportKind kind : { ImportKind::Units, ImportKind::Areas, ImportKind::Teams }) {
        Result<ImportOutcome> done = ImportService(db.session()).importBytes(kind, organisationFile(kind), u"org.csv"_s);
        if (!done.ok())
            qFatal("preparing the organisation failed: %s", qPrintable(done.error()));
    }
}

void BM_ImportTechnicians(benchmark::State& state)
{
    const int rows = int(state.range(0));
    const QByteArray file = techniciansFile(rows);
    std::unique_ptr<test::TestDatabase> db;
    for (auto _ : state) {
        state.PauseTiming(); // a fresh database with units, areas and teams, not measured
        db.reset();
        db = std::make_unique<test::TestDatabase>();
        prepareOrganisation(*db);
        state.ResumeTiming();
        Result<ImportOutcome> outcome = ImportService(db->session()).importBytes(ImportKind::Technicians, file, u"t.csv"_s);
        if (!outcome.ok() || outcome.value().summary.created != rows)
            state.SkipWithError("the import failed");
    }
    state.counters["rows_per_second"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ImportTechnicians)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Importing the same file again: every row is an update.
void BM_ReimportTechnicians(benchmark::State& state)
{
    const int rows = int(state.range(0));
    const QByteArray file = techniciansFile(rows);
    test::TestDatabase db;
    prepareOrganisation(db);
    if (!ImportService(db.session()).importBytes(ImportKind::Technicians, file, u"t.csv"_s).ok())
        state.SkipWithError("the first import failed");
    for (auto _ : state) {
        if (!ImportService(db.session()).importBytes(ImportKind::Technicians, file, u"t.csv"_s).ok())
            state.SkipWithError("the import failed");
    }
    state.counters["rows_per_second"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ReimportTechnicians)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
