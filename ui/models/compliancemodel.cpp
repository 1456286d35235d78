#include "compliancemodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ComplianceModel::ComplianceModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    Q_ASSERT(allResources().size() == Teams - FusionSplicers + 1);
}

void ComplianceModel::setReport(ComplianceReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
    // The subscribers header says "projected" when the report is a projection.
    emit headerDataChanged(Qt::Horizontal, Subscribers, Subscribers);
}

int ComplianceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.units.size());
}

int ComplianceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplianceModel::isShort(const UnitCompliance& unit, int column) const
{
    if (isResourceColumn(column))
        return unit.checks.value(column - FusionSplicers).shortfall() > 0;
    if (column == UncoveredAreas)
        return !unit.uncoveredAreas.isEmpty();
    return false;
}

QVariant ComplianceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitCompliance& unit = m_report.units.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(unit, column);
    case SortRole:
        // Resources sort by shortfall, so that a click brings the worst to the top.
        if (isResourceColumn(column))
            return unit.checks.value(column - FusionSplicers).shortfall();
        if (column == Subscribers)
            return unit.subscribers;
        if (column == Status)
            return int(unit.status);
        if (column == UncoveredAreas)
            return qint64(unit.uncoveredAreas.size());
        return display(unit, column);
    case FilterRole:
        return column == Code || column == Name || column == Status || column == UncoveredAreas
            ? display(unit, column)
            : QVariant();
    case Qt::TextAlignmentRole:
        if (column == Subscribers)
            return numberAlignment();
        return isResourceColumn(column) ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::BackgroundRole:
        return isShort(unit, column) ? warningBackground() : QVariant();
    case Qt::ForegroundRole:
        if (column == Status && unit.status == UnitStatus::Terminated)
            return warningForeground();
        return isShort(unit, column) ? warningForeground() : QVariant();
    case Qt::FontRole:
        if (isShort(unit, column)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(unit, column);
    default:
        return {};
    }
}

QVariant ComplianceModel::display(const UnitCompliance& unit, int column) const
{
    if (isResourceColumn(column)) {
        const ResourceCheck check = unit.checks.value(column - FusionSplicers);
        return tr("%1 / %2").arg(formatCount(check.actual), formatCount(check.required));
    }
    switch (column) {
    case Code:
        return unit.unitCode;
    case Name:
        return unit.unitName;
    case Status:
        return unitStatusDisplayName(unit.status);
    case Subscribers:
        return formatCount(unit.subscribers);
    case UncoveredAreas:
        return unit.uncoveredAreas.join(u", "_s);
    default:
        return {};
    }
}

QVariant ComplianceModel::toolTip(const UnitCompliance& unit, int column) const
{
    if (isResourceColumn(column)) {
        const ResourceCheck check = unit.checks.value(column - FusionSplicers);
        if (check.shortfall() > 0) {
            return tr("%1: short by %2 (holds %3, the rules require %4)")
                .arg(resourceDisplayName(check.resource), formatCount(check.shortfall()),
                    formatCount(check.actual), formatCount(check.required));
        }
        return tr("%1: holds %2, the rules require %3")
            .arg(resourceDisplayName(check.resource), formatCount(check.actual),
                formatCount(check.required));
    }
    if (column == Subscribers && projected()) {
        return tr("Today %1 subscribers; %2 after the planned growth")
            .arg(formatCount(unit.currentSubscribers), formatCount(unit.subscribers));
    }
    if (column == Name)
        return unit.unitName;
    if (column == UncoveredAreas && !unit.uncoveredAreas.isEmpty())
        return tr("No active team of the unit covers %1.").arg(unit.uncoveredAreas.join(u", "_s));
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == Subscribers)
        return int(Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap);
    if (role == Qt::ToolTipRole && isResourceColumn(section))
        return tr("%1: what the unit holds / what the rules require")
            .arg(resourceDisplayName(resourceOfColumn(section)));
    if (role != Qt::DisplayRole)
        return {};
    if (isResourceColumn(section))
        return resourceDisplayName(resourceOfColumn(section));
    switch (section) {
    case Code:
        return tr("Unit");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Subscribers:
        return projected() ? tr("Projected subscribers") : tr("Subscribers");
    case UncoveredAreas:
        return tr("Areas no team covers");
    default:
        return {};
    }
}

} // namespace fd
