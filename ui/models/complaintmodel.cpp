#include "complaintmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "widgets/palette.h"

#include <QBrush>
#include <QFont>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

bool isText(int column)
{
    return column == ComplaintModel::Order || column == ComplaintModel::Unit
        || column == ComplaintModel::Description || column == ComplaintModel::Status
        || column == ComplaintModel::Category || column == ComplaintModel::Source
        || column == ComplaintModel::Number;
}

// An open complaint waits for a verdict: a warm row the evaluator's eye finds first.
QVariant openBackground()
{
    return QBrush(colour(ColourRole::WarningBackgroundSoft));
}

QVariant openForeground()
{
    return QBrush(colour(ColourRole::WarningText));
}

} // namespace

ComplaintModel::ComplaintModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

void ComplaintModel::setComplaints(QList<Complaint> complaints)
{
    beginResetModel();
    m_rows = std::move(complaints);
    endResetModel();
}

int ComplaintModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

qsizetype ComplaintModel::openCount() const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const Complaint& complaint) { return complaint.status == ComplaintStatus::Open; });
}

int ComplaintModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ComplaintModel::verdictText(const Complaint& complaint)
{
    if (!complaint.staffCaused)
        return {};
    return *complaint.staffCaused ? tr("Staff caused") : tr("Not staff caused");
}

QVariant ComplaintModel::display(const Complaint& complaint, Column column) const
{
    switch (column) {
    case Received:
        return formatDateTime(complaint.receivedAt, m_session.zone());
    case Number:
        return QString::number(complaint.id);
    case Status:
        return complaintStatusDisplayName(complaint.status);
    case Source:
        return complaintSourceDisplayName(complaint.source);
    case Category:
        return complaintCategoryDisplayName(complaint.category);
    case Order:
        return complaint.orderNumber;
    case Unit:
        return complaint.unitCode;
    case Description:
        return complaint.description;
    case StaffCaused:
        return verdictText(complaint);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ComplaintModel::sortValue(const Complaint& complaint, Column column) const
{
    switch (column) {
    case Received:
        return complaint.receivedAt;
    case Number:
        return complaint.id;
    case Status:
        return int(complaint.status);
    case StaffCaused:
        return complaint.staffCaused ? (*complaint.staffCaused ? 2 : 1) : 0;
    default:
        return display(complaint, column);
    }
}

QVariant ComplaintModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Complaint& complaint = m_rows.at(index.row());
    const auto column = Column(index.column());
    const bool open = complaint.status == ComplaintStatus::Open;
    switch (role) {
    case Qt::DisplayRole:
        return display(complaint, column);
    case SortRole:
        return sortValue(complaint, column);
    case FilterRole:
        return isText(column) ? display(complaint, column) : QVariant();
    case Qt::BackgroundRole:
        return open ? openBackground() : QVariant();
    case Qt::ForegroundRole:
        if (open && column == Status)
            return openForeground();
        if (column == StaffCaused && complaint.staffCaused.value_or(false))
            return warningForeground();
        if (complaint.status == ComplaintStatus::Resolved
            || complaint.status == ComplaintStatus::Rejected)
            return inactiveForeground();
        return {};
    case Qt::FontRole:
        if (open && column == Status) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Number ? numberAlignment() : QVariant();
    case Qt::ToolTipRole:
        return column == Description ? complaint.description : QVariant();
    default:
        return {};
    }
}

QVariant ComplaintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Number)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Received:
        return tr("Received");
    case Number:
        return tr("No.");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Category:
        return tr("Category");
    case Order:
        return tr("Order");
    case Unit:
        return tr("Unit");
    case Description:
        return tr("Description");
    case StaffCaused:
        return tr("Verdict");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
