#include "equipmentmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/organisationdata.h"

#include <QMap>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
QString holderKey(const QString& unitCode, const QString& teamCode)
{
    return unitCode + u'/' + teamCode;
}
} // namespace

EquipmentModel::EquipmentModel(QObject* parent)
    : RecordTableModel(parent)
{
    Q_ASSERT(allEquipmentKinds().size() == kKindCount);
}

EquipmentKind EquipmentModel::kindOfColumn(int column)
{
    return allEquipmentKinds().at(column - FusionSplicers);
}

void EquipmentModel::load(const OrganisationData& data)
{
    // Ordered by unit, the unit's own stock first, then its teams.
    QMap<QString, Row> byKey;
    const auto rowFor = [&](const QString& unitCode, const QString& teamCode) -> Row& {
        const QString key = holderKey(unitCode, teamCode);
        auto found = byKey.find(key);
        if (found == byKey.end()) {
            Row row;
            row.holder.unitCode = unitCode;
            row.holder.teamCode = teamCode;
            row.unitLabel = data.unitLabel(unitCode);
            row.holderLabel
                = teamCode.isEmpty() ? tr("Unit’s shared stock") : data.teamLabel(teamCode);
            const fd::Unit* unit = data.findUnit(unitCode);
            row.retired = unit && unit->status == UnitStatus::Retired;
            found = byKey.insert(key, row);
        }
        return *found;
    };
    for (const fd::Unit& unit : data.units) {
        if (unit.status != UnitStatus::Retired)
            rowFor(unit.code, QString());
    }
    const QList<EquipmentKind> kinds = allEquipmentKinds();
    for (const EquipmentHolding& holding : data.equipment) {
        Row& row = rowFor(holding.unitCode, holding.teamCode);
        row.holder.quantities[size_t(kinds.indexOf(holding.kind))] = holding.quantity;
    }
    beginResetModel();
    m_rows = byKey.values();
    endResetModel();
}

int EquipmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EquipmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EquipmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    const bool isQuantity = column >= FusionSplicers;
    const qint64 quantity = isQuantity ? row.holder.quantities[size_t(column - FusionSplicers)] : 0;
    switch (role) {
    case Qt::DisplayRole:
        if (isQuantity)
            return formatCount(quantity);
        return column == Unit ? row.unitLabel : row.holderLabel;
    case SortRole:
        if (isQuantity)
            return quantity;
        return column == Unit ? row.holder.unitCode : row.holderLabel;
    case FilterRole:
        if (isQuantity)
            return {};
        return column == Unit ? row.unitLabel : row.holderLabel;
    case Qt::TextAlignmentRole:
        return isQuantity ? numberAlignment() : QVariant();
    case Qt::ForegroundRole:
        if (row.retired || (isQuantity && quantity == 0))
            return inactiveForeground();
        return {};
    default:
        return {};
    }
}

QVariant EquipmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section >= FusionSplicers ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    if (section == Unit)
        return tr("Unit");
    if (section == HeldBy)
        return tr("Held by");
    return equipmentKindDisplayName(kindOfColumn(section));
}

QString EquipmentModel::rowKey(int row) const
{
    return holderKey(m_rows.at(row).holder.unitCode, m_rows.at(row).holder.teamCode);
}

} // namespace fd
