#include "auditmodel.h"

#include "models/cellformat.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

AuditModel::AuditModel(QTimeZone zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone))
{ }

void AuditModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case When:
        return formatDateTime(entry.at, m_zone);
    case Who:
        return entry.actor;
    case What:
        return role == Qt::ToolTipRole ? entry.action : auditActionDisplayName(entry.action);
    case Record:
        return QString(auditEntityDisplayName(entry.entity) + u" · "_s + entry.entityKey);
    case Before:
        return entry.before;
    case After:
        return entry.after;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Record:
        return tr("Record");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
