#include "unbookedmodel.h"

#include "models/cellformat.h"
#include "services/scheduleservice.h"

#include <QLocale>
#include <QMimeData>

using namespace Qt::Literals::StringLiterals;

namespace fd {

UnbookedModel::UnbookedModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

Status UnbookedModel::load(const QString& unitCode, const QString& areaCode)
{
    beginResetModel();
    Result<QList<WorkOrder>> orders
        = ScheduleService(m_session).unbooked(unitCode, areaCode, kLimit);
    m_orders = orders.ok() ? orders.value() : QList<WorkOrder>();
    endResetModel();
    if (!orders.ok())
        return Error(orders.error());
    return Status::success();
}

int UnbookedModel::rowOf(const QString& number) const
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).number == number)
            return row;
    }
    return -1;
}

int UnbookedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int UnbookedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnbookedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const WorkOrder& order = m_orders.at(index.row());
    if (role == Qt::ToolTipRole) {
        return tr("%1 · %2 · %3 · %4\nDrag it onto a team at a time, or choose the team and "
                  "the time below and press Enter.")
            .arg(order.number, orderKindDisplayName(order.kind), order.address,
                order.teamCode.isEmpty() ? order.areaCode
                                         : order.areaCode + u" · "_s + order.teamCode);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return order.number;
    case Customer:
        return order.customer;
    case Deadline:
        return formatDayAndTime(order.deadline, m_session.zone(), m_session.today());
    }
    return {};
}

QVariant UnbookedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Order");
    case Customer:
        return tr("Customer");
    case Deadline:
        return tr("Deadline");
    }
    return {};
}

Qt::ItemFlags UnbookedModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList UnbookedModel::mimeTypes() const
{
    return { QString::fromLatin1(kOrderMimeType) };
}

QMimeData* UnbookedModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (index.isValid()) {
            auto* mime = new QMimeData;
            mime->setData(
                QString::fromLatin1(kOrderMimeType), m_orders.at(index.row()).number.toUtf8());
            mime->setText(m_orders.at(index.row()).number);
            return mime;
        }
    }
    return nullptr;
}

} // namespace fd
