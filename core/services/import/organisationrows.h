#pragma once

#include "csv/csvrow.h"
#include "domain/organisation.h"

namespace fd {

// Turns the records of one SPEC §9 organisation file into domain values, noting every
// bad field in `problems`. One value per record, in file order.
QList<Unit> readUnitRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems);
QList<Area> readAreaRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems);
QList<Team> readTeamRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems);
QList<Technician> readTechnicianRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems);
QList<EquipmentHolding> readEquipmentRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems);
QList<Assessment> readAssessmentRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems);

} // namespace fd
