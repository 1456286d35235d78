#include "evidencemodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"

#include <QCoreApplication>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

using Column = EvidenceModel::Column;

QList<Column> columnsOf(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Order:
        return { Column::Order, Column::OrderKind, Column::Customer, Column::Deadline,
            Column::Measured, Column::Result };
    case EvidenceKind::Repair:
        return { Column::Order, Column::Account, Column::Customer, Column::Received,
            Column::Result };
    case EvidenceKind::Callback:
        return { Column::Order, Column::Customer, Column::DueOn, Column::CallbackStatus,
            Column::ReachedAt, Column::YesAnswers, Column::AnsweredNo, Column::Satisfaction,
            Column::Commendation };
    case EvidenceKind::Complaint:
        return { Column::Complaint, Column::Order, Column::Category, Column::Received,
            Column::Verdict, Column::VerifiedAt, Column::Description };
    }
    return {};
}

// "45 min", "7 h", "3 d": how late, at a glance.
QString lateness(qint64 seconds)
{
    if (seconds < 3600)
        return QCoreApplication::translate("fd::EvidenceModel", "%1 min")
            .arg(qMax<qint64>(1, seconds / 60));
    if (seconds < 48 * 3600)
        return QCoreApplication::translate("fd::EvidenceModel", "%1 h").arg(seconds / 3600);
    return QCoreApplication::translate("fd::EvidenceModel", "%1 d").arg(seconds / 86400);
}

int yesCount(const EvidenceDetail& detail)
{
    int yes = 0;
    for (const std::optional<bool>& answer : detail.answers)
        yes += answer.value_or(false) ? 1 : 0;
    return yes;
}

} // namespace

bool countsAgainst(EvidenceSource source, const EvidenceRow& row)
{
    switch (row.kind) {
    case EvidenceKind::Order:
        return row.flag == 0;
    case EvidenceKind::Repair:
        return row.flag != 0;
    case EvidenceKind::Callback:
        return source == EvidenceSource::CallbacksDue ? row.flag == 0
                                                      : row.flag < kCallbackQuestionCount;
    case EvidenceKind::Complaint:
        return row.flag != 0;
    }
    return false;
}

EvidenceModel::EvidenceModel(const QTimeZone& zone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(zone)
    , m_columns(columnsOf(EvidenceKind::Order))
{ }

QString EvidenceModel::kindTitle(EvidenceSource source, EvidenceKind kind)
{
    if (source == EvidenceSource::CallbacksDue)
        return tr("Callbacks due");
    if (source == EvidenceSource::ComplaintsReceived)
        return tr("Complaints received");
    switch (kind) {
    case EvidenceKind::Order:
        return tr("Orders due");
    case EvidenceKind::Repair:
        return tr("Repairs received");
    case EvidenceKind::Callback:
        return tr("Callbacks reached");
    case EvidenceKind::Complaint:
        return tr("Penalised complaints");
    }
    return {};
}

void EvidenceModel::setRows(EvidenceSource source, EvidenceKind kind, QList<EvidenceDetail> rows)
{
    beginResetModel();
    m_source = source;
    m_kind = kind;
    m_columns = columnsOf(kind);
    m_rows = std::move(rows);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

int EvidenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString EvidenceModel::result(const EvidenceDetail& detail) const
{
    if (detail.row.kind == EvidenceKind::Repair)
        return detail.row.flag != 0 ? tr("Repeat fault") : tr("First fault");
    if (detail.row.flag != 0)
        return tr("On time");
    if (!detail.measuredAt.isValid())
        return tr("Late: not done by the deadline");
    return tr("Late by %1").arg(lateness(detail.deadline.secsTo(detail.measuredAt)));
}

QVariant EvidenceModel::display(const EvidenceDetail& detail, Column column) const
{
    switch (column) {
    case Column::Order:
        return detail.orderNumber;
    case Column::OrderKind:
        return detail.orderKind ? orderKindDisplayName(*detail.orderKind) : QString();
    case Column::Account:
        return detail.account;
    case Column::Customer:
        return detail.customer;
    case Column::Received:
        return formatDateTime(detail.receivedAt, m_zone);
    case Column::Deadline:
        return formatDateTime(detail.deadline, m_zone);
    case Column::Measured:
        return formatDateTime(detail.measuredAt, m_zone);
    case Column::DueOn:
        return formatDate(detail.dueOn);
    case Column::CallbackStatus:
        return detail.callbackStatus ? callbackStatusDisplayName(*detail.callbackStatus)
                                     : QString();
    case Column::ReachedAt:
        return detail.reachedAt.isValid() ? formatDateTime(detail.reachedAt, m_zone) : QString();
    case Column::YesAnswers:
        if (!detail.reachedAt.isValid())
            return QString();
        return tr("%1 of %2").arg(yesCount(detail)).arg(kCallbackQuestionCount);
    case Column::AnsweredNo: {
        QStringList no;
        for (CallbackQuestion question : allCallbackQuestions()) {
            if (detail.answers[size_t(question)] == false)
                no.append(callbackQuestionShortName(question));
        }
        return no.join(tr(", "));
    }
    case Column::Satisfaction:
        return detail.satisfaction ? QVariant(*detail.satisfaction) : QVariant(QString());
    case Column::Commendation:
        return detail.reachedAt.isValid() ? yesNo(detail.commendation) : QString();
    case Column::Complaint:
        return detail.row.refId;
    case Column::Category:
        return detail.category ? complaintCategoryDisplayName(*detail.category) : QString();
    case Column::Verdict: {
        if (!detail.complaintStatus)
            return QString();
        const QString status = complaintStatusDisplayName(*detail.complaintStatus);
        if (!detail.staffCaused)
            return status;
        return tr("%1, %2").arg(
            status, *detail.staffCaused ? tr("staff-caused") : tr("not the staff's fault"));
    }
    case Column::VerifiedAt:
        return detail.verifiedAt.isValid() ? formatDateTime(detail.verifiedAt, m_zone) : QString();
    case Column::Description:
        return detail.description;
    case Column::Result:
        return result(detail);
    }
    return {};
}

QVariant EvidenceModel::sortValue(const EvidenceDetail& detail, Column column) const
{
    switch (column) {
    case Column::Received:
        return detail.receivedAt;
    case Column::Deadline:
        return detail.deadline;
    case Column::Measured:
        return detail.measuredAt;
    case Column::DueOn:
        return detail.dueOn;
    case Column::ReachedAt:
        return detail.reachedAt;
    case Column::VerifiedAt:
        return detail.verifiedAt;
    case Column::YesAnswers:
        return yesCount(detail);
    case Column::Satisfaction:
        return detail.satisfaction.value_or(-1);
    case Column::Complaint:
        return detail.row.refId;
    case Column::Result:
        // Late orders by how late; the others by what they were.
        if (detail.row.kind == EvidenceKind::Order && detail.row.flag == 0) {
            return detail.measuredAt.isValid() ? detail.deadline.secsTo(detail.measuredAt)
                                               : std::numeric_limits<qint64>::max();
        }
        return detail.row.flag;
    default:
        return display(detail, column);
    }
}

QVariant EvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvidenceDetail& detail = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(detail, column);
    case SortRole:
        return sortValue(detail, column);
    case FilterRole:
        return column == Column::Order || column == Column::Customer || column == Column::Account
                || column == Column::Description
            ? display(detail, column)
            : QVariant();
    case Qt::ForegroundRole: {
        // What made the row count against the unit is what is red.
        const bool telling = column == Column::Result || column == Column::YesAnswers
            || column == Column::AnsweredNo || column == Column::Verdict
            || (column == Column::CallbackStatus && m_source == EvidenceSource::CallbacksDue);
        return telling && countsAgainst(m_source, detail.row) ? warningForeground() : QVariant();
    }
    case Qt::TextAlignmentRole:
        return column == Column::Satisfaction || column == Column::Complaint ? numberAlignment()
                                                                             : QVariant();
    case Qt::ToolTipRole:
        return column == Column::Description || column == Column::AnsweredNo
            ? display(detail, column)
            : QVariant();
    default:
        return {};
    }
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Column::Order:
        return tr("Order");
    case Column::OrderKind:
        return tr("Kind");
    case Column::Account:
        return tr("Account");
    case Column::Customer:
        return tr("Customer");
    case Column::Received:
        return tr("Received");
    case Column::Deadline:
        return tr("Deadline");
    case Column::Measured:
        return tr("Arrived or completed");
    case Column::DueOn:
        return tr("Due");
    case Column::CallbackStatus:
        return tr("Callback");
    case Column::ReachedAt:
        return tr("Reached");
    case Column::YesAnswers:
        return tr("Yes answers");
    case Column::AnsweredNo:
        return tr("Answered no");
    case Column::Satisfaction:
        return tr("Satisfaction");
    case Column::Commendation:
        return tr("Commendation");
    case Column::Complaint:
        return tr("Complaint");
    case Column::Category:
        return tr("Category");
    case Column::Verdict:
        return tr("Verdict");
    case Column::VerifiedAt:
        return tr("Verified");
    case Column::Description:
        return tr("Description");
    case Column::Result:
        return tr("Result");
    }
    return {};
}

} // namespace fd
