#include "organisationrows.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

template <typename Enum> QStringList keysOf(const QList<Enum>& values, QString (*key)(Enum))
{
    QStringList keys;
    for (Enum value : values)
        keys.append(key(value));
    return keys;
}

template <typename T, typename ReadOne>
QList<T> readRows(const CsvDocument& document, const CsvColumns& columns,
    QList<CsvProblem>& problems, ReadOne readOne)
{
    QList<T> values;
    values.reserve(document.records.size());
    for (const CsvRecord& record : document.records)
        values.append(readOne(CsvRow(record, columns, problems)));
    return values;
}

} // namespace

QList<Unit> readUnitRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems)
{
    const QStringList statuses = keysOf(allUnitStatuses(), unitStatusKey);
    return readRows<Unit>(document, columns, problems, [&](const CsvRow& row) {
        Unit unit;
        unit.code = row.identifier(u"code"_s);
        unit.name = row.text(u"name"_s);
        unit.contractNo = row.identifier(u"contract_no"_s);
        unit.contractStart = row.date(u"contract_start"_s, true);
        // A unit listed without a status is new to the operator: it starts as a candidate.
        unit.status = row.text(u"status"_s).isEmpty()
            ? UnitStatus::Candidate
            : row.choice<UnitStatus>(
                u"status"_s, unitStatusFromKey, statuses, UnitStatus::Candidate);
        return unit;
    });
}

QList<Area> readAreaRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems)
{
    return readRows<Area>(document, columns, problems, [](const CsvRow& row) {
        Area area;
        area.code = row.identifier(u"code"_s);
        area.name = row.text(u"name"_s);
        area.unitCode = row.identifier(u"unit_code"_s);
        area.subscribers = row.integer(u"subscribers"_s);
        return area;
    });
}

QList<Team> readTeamRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems)
{
    return readRows<Team>(document, columns, problems, [](const CsvRow& row) {
        Team team;
        team.code = row.identifier(u"code"_s);
        team.unitCode = row.identifier(u"unit_code"_s);
        team.name = row.text(u"name"_s);
        for (const QString& area : row.text(u"area_codes"_s).split(u';', Qt::SkipEmptyParts)) {
            if (!area.trimmed().isEmpty())
                team.areaCodes.append(area.trimmed());
        }
        return team;
    });
}

QList<Technician> readTechnicianRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems)
{
    return readRows<Technician>(document, columns, problems, [](const CsvRow& row) {
        Technician technician;
        technician.code = row.identifier(u"code"_s);
        technician.teamCode = row.identifier(u"team_code"_s);
        technician.name = row.text(u"name"_s);
        technician.phone = row.identifier(u"phone"_s);
        technician.permitNo = row.identifier(u"permit_no"_s);
        technician.ftthKit = row.yesNo(u"ftth_kit"_s);
        technician.active = row.yesNo(u"active"_s);
        return technician;
    });
}

QList<EquipmentHolding> readEquipmentRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems)
{
    const QStringList kinds = keysOf(allEquipmentKinds(), equipmentKindKey);
    return readRows<EquipmentHolding>(document, columns, problems, [&](const CsvRow& row) {
        EquipmentHolding holding;
        holding.unitCode = row.identifier(u"unit_code"_s);
        holding.teamCode = row.identifier(u"team_code"_s);
        holding.kind = row.choice<EquipmentKind>(
            u"kind"_s, equipmentKindFromKey, kinds, EquipmentKind::FusionSplicer);
        holding.quantity = row.integer(u"quantity"_s);
        return holding;
    });
}

QList<Assessment> readAssessmentRows(
    const CsvDocument& document, const CsvColumns& columns, QList<CsvProblem>& problems)
{
    const QStringList kinds = { assessmentKindKey(AssessmentKind::Qualification),
        assessmentKindKey(AssessmentKind::Retraining) };
    return readRows<Assessment>(document, columns, problems, [&](const CsvRow& row) {
        Assessment assessment;
        assessment.unitCode = row.identifier(u"unit_code"_s);
        assessment.kind = row.choice<AssessmentKind>(
            u"kind"_s, assessmentKindFromKey, kinds, AssessmentKind::Qualification);
        assessment.date = row.date(u"date"_s);
        assessment.score = row.decimal(u"score"_s);
        assessment.passed = row.yesNo(u"passed"_s);
        return assessment;
    });
}

} // namespace fd
