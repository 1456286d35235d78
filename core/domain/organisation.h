#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace fd {

// SPEC §2 and §7. Plain values: references between them are by code, as in the CSV files
// and on screen; the storage layer maps codes to row ids.

enum class UnitStatus
{
    Candidate,
    Active,
    Terminated,
    Retired
};
enum class EquipmentKind
{
    FusionSplicer,
    SpecialVehicle,
    FourWheelVehicle,
    Ladder,
    ElectricDrill
};
enum class AssessmentKind
{
    Qualification,
    Retraining
};

struct Unit
{
    QString code;
    QString name;
    QString contractNo;
    QDate contractStart;
    UnitStatus status = UnitStatus::Candidate;
    QDate statusSince; // when the status took effect; unknown for imported statuses
    QDate rectifyBy; // set while terminated (SPEC §7)
};

struct Area
{
    QString code;
    QString name;
    QString unitCode;
    qint64 subscribers = 0;
    bool active = true;
};

struct Team
{
    QString code;
    QString unitCode;
    QString name;
    QStringList areaCodes;
    bool active = true;
};

struct Technician
{
    QString code;
    QString teamCode;
    QString name;
    QString phone;
    QString permitNo;
    bool ftthKit = false;
    bool active = true;
};

// What a unit (teamCode empty) or one of its teams holds of one kind of equipment.
struct EquipmentHolding
{
    QString unitCode;
    QString teamCode;
    EquipmentKind kind = EquipmentKind::FusionSplicer;
    qint64 quantity = 0;
};

struct Assessment
{
    qint64 id = 0;
    QString unitCode;
    AssessmentKind kind = AssessmentKind::Qualification;
    QDate date;
    double score = 0;
    bool passed = false;
    QString assessor;
    QString notes;
};

QString unitStatusKey(UnitStatus status);
std::optional<UnitStatus> unitStatusFromKey(const QString& key);
QString unitStatusDisplayName(UnitStatus status);
QList<UnitStatus> allUnitStatuses();

QString equipmentKindKey(EquipmentKind kind);
std::optional<EquipmentKind> equipmentKindFromKey(const QString& key);
QString equipmentKindDisplayName(EquipmentKind kind);
QList<EquipmentKind> allEquipmentKinds();

QString assessmentKindKey(AssessmentKind kind);
std::optional<AssessmentKind> assessmentKindFromKey(const QString& key);
QString assessmentKindDisplayName(AssessmentKind kind);

} // namespace fd
