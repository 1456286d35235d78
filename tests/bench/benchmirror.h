#pragma once

#include "benchdata.h"

#include <QString>

namespace fd::bench {

// The PostgreSQL server the benchmarks may use (FIBERDESK_BENCH_POSTGRES, an address on
// which databases may be created, as scripts/postgres.sh prints); empty: SQLite only.
QString benchServer();

// The PostgreSQL twin of an SQLite bench database: a database `name` on the bench server
// holding the same rows under the same ids, copied with COPY once and kept between runs.
// Measuring both engines on the same rows is what lets the benchmarks compare them and
// assert that they answer alike.
BenchDatabase& postgresTwin(const QString& name, const BenchDatabase& sqlite);

// A fresh, empty (migrated) database on the bench server, replacing one of that name.
BenchDatabase& freshPostgres(const QString& name);

} // namespace fd::bench
