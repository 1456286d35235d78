#include "ruleversionmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"

#include <QFont>
#include <algorithm>

namespace fd {

RuleVersionModel::RuleVersionModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RuleVersionModel::setVersions(
    QList<RuleVersionInfo> versions, int current, const QTimeZone& zone)
{
    std::sort(versions.begin(), versions.end(),
        [](const RuleVersionInfo& a, const RuleVersionInfo& b) { return a.version > b.version; });
    beginResetModel();
    m_versions = std::move(versions);
    m_current = current;
    m_zone = zone;
    endResetModel();
}

int RuleVersionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int RuleVersionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleVersionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuleVersionInfo& info = m_versions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Version:
            return info.version == m_current ? tr("%1 (in force)").arg(info.version)
                                             : QString::number(info.version);
        case SavedAt:
            return formatDateTime(info.createdAt, m_zone);
        case SavedBy:
            return info.createdBy;
        case Note:
            // The first version's note was written by the database's creation in the
            // specification's words; users read it as what it is.
            return info.note == u"SPEC defaults" ? tr("The defaults") : info.note;
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        return index.column() == Version ? QVariant(info.version) : data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (info.version == m_current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Note && !info.note.isEmpty() ? QVariant(info.note) : QVariant();
    default:
        return {};
    }
}

QVariant RuleVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Version:
        return tr("Version");
    case SavedAt:
        return tr("Saved");
    case SavedBy:
        return tr("By");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
