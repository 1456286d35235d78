#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace fd {

// The CSV files of SPEC §9 that this version imports.
enum class ImportKind
{
    Units,
    Areas,
    Teams,
    Technicians,
    Equipment,
    Assessments,
    Orders,
    Callbacks,
    Complaints,
    RoomScores,
    Holidays // SPEC §11: the operator's holiday calendar
};

QString importKindKey(ImportKind kind); // as on the command line: "units", "areas", ...
std::optional<ImportKind> importKindFromKey(const QString& key);
QString importKindDisplayName(ImportKind kind);
QList<ImportKind> allImportKinds(); // in the order their references need them
QStringList importColumns(ImportKind kind); // the SPEC §9 header
// Columns a file of the kind may add after those (SPEC §9: the orders' `ont_collected`,
// the calls' `agent`);
// a file without them reads as before.
QStringList optionalImportColumns(ImportKind kind);
// The columns a file of the kind must have. The organisation's files (units, areas, teams,
// technicians) need only the code: a file that names some columns changes only those
// (SPEC §13; a new record still needs the columns it cannot be without). The other kinds
// are records of events, checked as a whole: every column.
QStringList importRequiredColumns(ImportKind kind);

} // namespace fd
