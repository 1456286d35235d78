#include "organisation.h"

#include "domain/namedenum.h"

namespace fd {

namespace {

const NamedValue<UnitStatus> kUnitStatuses[] = {
    { UnitStatus::Candidate, u"candidate", QT_TRANSLATE_NOOP("fd::UnitStatus", "Candidate") },
    { UnitStatus::Active, u"active", QT_TRANSLATE_NOOP("fd::UnitStatus", "Active") },
    { UnitStatus::Terminated, u"terminated", QT_TRANSLATE_NOOP("fd::UnitStatus", "Terminated") },
    { UnitStatus::Retired, u"retired", QT_TRANSLATE_NOOP("fd::UnitStatus", "Retired") },
};

const NamedValue<EquipmentKind> kEquipmentKinds[] = {
    { EquipmentKind::FusionSplicer, u"fusion_splicer",
        QT_TRANSLATE_NOOP("fd::EquipmentKind", "Fusion splicer") },
    { EquipmentKind::SpecialVehicle, u"special_vehicle",
        QT_TRANSLATE_NOOP("fd::EquipmentKind", "Special vehicle") },
    { EquipmentKind::FourWheelVehicle, u"four_wheel_vehicle",
        QT_TRANSLATE_NOOP("fd::EquipmentKind", "Four-wheel vehicle") },
    { EquipmentKind::Ladder, u"ladder", QT_TRANSLATE_NOOP("fd::EquipmentKind", "Ladder") },
    { EquipmentKind::ElectricDrill, u"electric_drill",
        QT_TRANSLATE_NOOP("fd::EquipmentKind", "Electric drill") },
};

const NamedValue<AssessmentKind> kAssessmentKinds[] = {
    { AssessmentKind::Qualification, u"qualification",
        QT_TRANSLATE_NOOP("fd::AssessmentKind", "Qualification") },
    { AssessmentKind::Retraining, u"retraining",
        QT_TRANSLATE_NOOP("fd::AssessmentKind", "Retraining") },
};

} // namespace

QString unitStatusKey(UnitStatus status)
{
    return keyForValue(kUnitStatuses, status);
}
std::optional<UnitStatus> unitStatusFromKey(const QString& key)
{
    return valueForKey(kUnitStatuses, key);
}
QString unitStatusDisplayName(UnitStatus status)
{
    return labelForValue(kUnitStatuses, status, "fd::UnitStatus");
}
QList<UnitStatus> allUnitStatuses()
{
    return valuesOf(kUnitStatuses);
}

QString equipmentKindKey(EquipmentKind kind)
{
    return keyForValue(kEquipmentKinds, kind);
}
std::optional<EquipmentKind> equipmentKindFromKey(const QString& key)
{
    return valueForKey(kEquipmentKinds, key);
}
QString equipmentKindDisplayName(EquipmentKind kind)
{
    return labelForValue(kEquipmentKinds, kind, "fd::EquipmentKind");
}
QList<EquipmentKind> allEquipmentKinds()
{
    return valuesOf(kEquipmentKinds);
}

QString assessmentKindKey(AssessmentKind kind)
{
    return keyForValue(kAssessmentKinds, kind);
}
std::optional<AssessmentKind> assessmentKindFromKey(const QString& key)
{
    return valueForKey(kAssessmentKinds, key);
}
QString assessmentKindDisplayName(AssessmentKind kind)
{
    return labelForValue(kAssessmentKinds, kind, "fd::AssessmentKind");
}

} // namespace fd
