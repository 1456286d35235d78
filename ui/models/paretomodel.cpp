#include "paretomodel.h"

namespace fd {

ParetoModel::ParetoModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ParetoModel::setCounts(const QList<std::pair<ComplaintCategory, qint64>>& ranked)
{
    beginResetModel();
    m_ranked = ranked;
    m_total = 0;
    for (const auto& [category, count] : ranked)
        m_total += count;
    endResetModel();
}

QString ParetoModel::shortName(ComplaintCategory category)
{
    // A word or two under a bar a sixth of half a page wide; the table beside the chart
    // has the full names.
    switch (category) {
    case ComplaintCategory::Late:
        return tr("Late", "complaint category under a bar");
    case ComplaintCategory::NoAppointment:
        return tr("No appt.", "complaint category under a bar");
    case ComplaintCategory::Attitude:
        return tr("Attitude", "complaint category under a bar");
    case ComplaintCategory::RepeatFault:
        return tr("Repeat", "complaint category under a bar");
    case ComplaintCategory::UntidySite:
        return tr("Untidy", "complaint category under a bar");
    case ComplaintCategory::Other:
        return tr("Other", "complaint category under a bar");
    }
    return complaintCategoryDisplayName(category);
}

QStringList ParetoModel::categoryNames() const
{
    QStringList names;
    for (const auto& [category, count] : m_ranked)
        names.append(shortName(category));
    return names;
}

int ParetoModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ranked.size());
}

int ParetoModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParetoModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const int row = index.row();
    switch (index.column()) {
    case Category:
        return complaintCategoryDisplayName(m_ranked.at(row).first);
    case Complaints:
        return double(m_ranked.at(row).second);
    case Position:
        return double(row);
    case CumulativePercent: {
        qint64 running = 0;
        for (int i = 0; i <= row; ++i)
            running += m_ranked.at(i).second;
        return m_total == 0 ? 0.0 : 100.0 * double(running) / double(m_total);
    }
    default:
        return {};
    }
}

QVariant ParetoModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Category");
    case Complaints:
        return tr("Complaints");
    case Position:
        return tr("Rank");
    case CumulativePercent:
        return tr("Cumulative share");
    default:
        return {};
    }
}

} // namespace fd
