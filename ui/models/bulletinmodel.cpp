#include "bulletinmodel.h"

#include "models/cellformat.h"
#include "widgets/palette.h"

#include <QBrush>
#include <QFont>

namespace fd {

BulletinModel::BulletinModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void BulletinModel::setBulletin(Bulletin bulletin)
{
    beginResetModel();
    m_bulletin = std::move(bulletin);
    m_totals = BulletinLine {};
    for (const BulletinLine& line : std::as_const(m_bulletin.units)) {
        m_totals.received += line.received;
        m_totals.completed += line.completed;
        m_totals.overdue += line.overdue;
        m_totals.callbacksDone += line.callbacksDone;
        m_totals.complaintsReceived += line.complaintsReceived;
        m_totals.complaintsVerified += line.complaintsVerified;
    }
    endResetModel();
}

qint64 BulletinModel::figure(const BulletinLine& line, int column)
{
    switch (column) {
    case Received:
        return line.received;
    case Completed:
        return line.completed;
    case Overdue:
        return line.overdue;
    case CallbacksDone:
        return line.callbacksDone;
    case ComplaintsReceived:
        return line.complaintsReceived;
    case ComplaintsVerified:
        return line.complaintsVerified;
    default:
        return 0;
    }
}

int BulletinModel::rowCount(const QModelIndex& parent) const
{
    // No totals row for a bulletin without units.
    return parent.isValid() || m_bulletin.units.isEmpty() ? 0 : int(m_bulletin.units.size()) + 1;
}

int BulletinModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulletinModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totals = isTotalsRow(index.row());
    const BulletinLine& line = totals ? m_totals : m_bulletin.units.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == UnitCode)
            return totals ? tr("All units") : line.unitCode;
        if (column == UnitName)
            return totals ? QString() : line.unitName;
        return formatCount(figure(line, column));
    case Qt::TextAlignmentRole:
        return isFigure(column) ? numberAlignment() : QVariant();
    case Qt::FontRole:
        if (totals) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Overdue && figure(line, column) > 0)
            return warningForeground();
        if (isFigure(column) && figure(line, column) == 0)
            return inactiveForeground(); // the eye goes to what happened
        return {};
    case Qt::BackgroundRole:
        return totals ? QVariant(QBrush(colour(ColourRole::TotalsBackground))) : QVariant();
    default:
        return {};
    }
}

QVariant BulletinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Overdue:
            return tr("Orders whose deadline fell on the day and was missed, or has passed unmet");
        case CallbacksDone:
            return tr("Callbacks concluded on the day: the customer reached, or unreachable");
        case ComplaintsVerified:
            return tr("Complaints verified on the day (rejections do not count)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case UnitCode:
        return tr("Unit");
    case UnitName:
        return tr("Name");
    case Received:
        return tr("Orders received");
    case Completed:
        return tr("Completed");
    case Overdue:
        return tr("Overdue");
    case CallbacksDone:
        return tr("Callbacks done");
    case ComplaintsReceived:
        return tr("Complaints received");
    case ComplaintsVerified:
        return tr("Complaints verified");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
