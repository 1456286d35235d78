#include "appealmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/scoreformat.h"
#include "services/evaluationservice.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace fd {

AppealModel::AppealModel(const QTimeZone& zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(zone)
{ }

void AppealModel::setAppeals(QList<Appeal> appeals)
{
    beginResetModel();
    m_appeals = std::move(appeals);
    endResetModel();
}

int AppealModel::rowOfAppeal(qint64 id) const
{
    for (qsizetype row = 0; row < m_appeals.size(); ++row) {
        if (m_appeals.at(row).id == id)
            return int(row);
    }
    return -1;
}

int AppealModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_appeals.size());
}

int AppealModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppealModel::display(const Appeal& appeal, int column) const
{
    switch (column) {
    case Id:
        return appeal.id;
    case Unit:
        return appeal.unitCode;
    case Month:
        return appeal.month; // "2026-10": short, and the same in every language
    case Item:
        return appealItemDisplayName(appeal.item);
    case Ref:
        return appeal.ref;
    case Status:
        return appealStatusDisplayName(appeal.status);
    case Filed:
        return tr("%1, %2").arg(appeal.filedBy, formatDateTime(appeal.filedAt, m_zone));
    case Decided:
        return appeal.decidedAt.isValid()
            ? tr("%1, %2").arg(appeal.decidedBy, formatDateTime(appeal.decidedAt, m_zone))
            : QString();
    case Reason:
        return appeal.reason;
    default:
        return {};
    }
}

QVariant AppealModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Appeal& appeal = m_appeals.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(appeal, column);
    case SortRole:
        switch (column) {
        case Id:
            return appeal.id;
        case Month:
            return appeal.month; // "YYYY-MM" sorts as the months do
        case Status:
            return int(appeal.status);
        case Filed:
            return appeal.filedAt;
        case Decided:
            return appeal.decidedAt;
        default:
            return display(appeal, column);
        }
    case FilterRole:
        return column == Unit || column == Ref || column == Item || column == Filed
                || column == Decided || column == Reason
            ? display(appeal, column)
            : QVariant();
    case Qt::TextAlignmentRole:
        return column == Id ? numberAlignment() : QVariant();
    case Qt::ForegroundRole:
        if (column == Status && appeal.status == AppealStatus::Open)
            return cautionForeground();
        return {};
    case Qt::BackgroundRole:
        if (column == Status && appeal.status == AppealStatus::Open)
            return cautionBackground();
        return {};
    case Qt::FontRole:
        if (column == Status && appeal.status == AppealStatus::Upheld) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        // A narrow column elides: its whole text on hovering.
        if (column == Reason || column == Status) {
            return appeal.reason.isEmpty() ? tr("Not decided yet. Grounds: %1").arg(appeal.grounds)
                                           : appeal.reason;
        }
        return column == Id ? QVariant() : display(appeal, column);
    default:
        return {};
    }
}

QVariant AppealModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("No.");
    case Unit:
        return tr("Unit");
    case Month:
        return tr("Month");
    case Item:
        return tr("Item contested");
    case Ref:
        return tr("Order or complaint");
    case Status:
        return tr("Status");
    case Filed:
        return tr("Filed by, at");
    case Decided:
        return tr("Decided by, at");
    case Reason:
        return tr("Reason of the decision");
    default:
        return {};
    }
}

} // namespace fd
