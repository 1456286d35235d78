#include "organisation.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// Looks a key up in a list of (value, key) pairs; the lists below are the only place
// where the SPEC's identifiers are spelt.
template<typename Enum, size_t N>
std::optional<Enum> fromKey(const std::pair<Enum, const char16_t*> (&table)[N], const QString& key)
{
    for (const auto& [value, text] : table) {
        if (key == QStringView(text))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
QString toKey(const std::pair<Enum, const char16_t*> (&table)[N], Enum value)
{
    for (const auto& [candidate, text] : table) {
        if (candidate == value)
            return QString::fromUtf16(text);
    }
    return {};
}

const std::pair<UnitStatus, const char16_t*> kUnitStatuses[] = {
    { UnitStatus::Candidate, u"candidate" },
    { UnitStatus::Active, u"active" },
    { UnitStatus::Terminated, u"terminated" },
    { UnitStatus::Retired, u"retired" },
};

const std::pair<EquipmentKind, const char16_t*> kEquipmentKinds[] = {
    { EquipmentKind::FusionSplicer, u"fusion_splicer" },
    { EquipmentKind::SpecialVehicle, u"special_vehicle" },
    { EquipmentKind::FourWheelVehicle, u"four_wheel_vehicle" },
    { EquipmentKind::Ladder, u"ladder" },
    { EquipmentKind::ElectricDrill, u"electric_drill" },
};

const std::pair<AssessmentKind, const char16_t*> kAssessmentKinds[] = {
    { AssessmentKind::Qualification, u"qualification" },
    { AssessmentKind::Retraining, u"retraining" },
};

} // namespace

QString unitStatusKey(UnitStatus status) { return toKey(kUnitStatuses, status); }
std::optional<UnitStatus> unitStatusFromKey(const QString& key) { return fromKey(kUnitStatuses, key); }

QString unitStatusDisplayName(UnitStatus status)
{
    switch (status) {
    case UnitStatus::Candidate:
        return QCoreApplication::translate("fd::UnitStatus", "Candidate");
    case UnitStatus::Active:
        return QCoreApplication::translate("fd::UnitStatus", "Active");
    case UnitStatus::Terminated:
        return QCoreApplication::translate("fd::UnitStatus", "Terminated");
    case UnitStatus::Retired:
        return QCoreApplication::translate("fd::UnitStatus", "Retired");
    }
    return {};
}

QList<UnitStatus> allUnitStatuses()
{
    return { UnitStatus::Candidate, UnitStatus::Active, UnitStatus::Terminated, UnitStatus::Retired };
}

QString equipmentKindKey(EquipmentKind kind) { return toKey(kEquipmentKinds, kind); }
std::optional<EquipmentKind> equipmentKindFromKey(const QString& key)
{
    return fromKey(kEquipmentKinds, key);
}

QString equipmentKindDisplayName(EquipmentKind kind)
{
    switch (kind) {
    case EquipmentKind::FusionSplicer:
        return QCoreApplication::translate("fd::EquipmentKind", "Fusion splicer");
    case EquipmentKind::SpecialVehicle:
        return QCoreApplication::translate("fd::EquipmentKind", "Special vehicle");
    case EquipmentKind::FourWheelVehicle:
        return QCoreApplication::translate("fd::EquipmentKind", "Four-wheel vehicle");
    case EquipmentKind::Ladder:
        return QCoreApplication::translate("fd::EquipmentKind", "Ladder");
    case EquipmentKind::ElectricDrill:
        return QCoreApplication::translate("fd::EquipmentKind", "Electric drill");
    }
    return {};
}

QList<EquipmentKind> allEquipmentKinds()
{
    return { EquipmentKind::FusionSplicer, EquipmentKind::SpecialVehicle,
        EquipmentKind::FourWheelVehicle, EquipmentKind::Ladder, EquipmentKind::ElectricDrill };
}

QString assessmentKindKey(AssessmentKind kind) { return toKey(kAssessmentKinds, kind); }
std::optional<AssessmentKind> assessmentKindFromKey(const QString& key)
{
    return fromKey(kAssessmentKinds, key);
}

QString assessmentKindDisplayName(AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::Qualification:
        return QCoreApplication::translate("fd::AssessmentKind", "Qualification");
    case AssessmentKind::Retraining:
        return QCoreApplication::translate("fd::AssessmentKind", "Retraining");
    }
    return {};
}

} // namespace fd
