#include "callbackqueuemodel.h"

#include "models/cellformat.h"
#include "widgets/palette.h"

#include <QBrush>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace fd {

CallbackQueueModel::CallbackQueueModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

Status CallbackQueueModel::setDay(const QDate& day)
{
    m_day = day;
    return load(m_pageSize);
}

Status CallbackQueueModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    return load(m_pageSize);
}

Status CallbackQueueModel::reload()
{
    return load(qMax(m_pageSize, int(m_rows.size())));
}

Status CallbackQueueModel::load(int count)
{
    Result<QList<CallbackTask>> page = CallbackService(m_session).queue(m_day, 0, count, m_search);
    m_changing = true;
    beginResetModel();
    m_rows = page.ok() ? page.value() : QList<CallbackTask>();
    m_atEnd = !page.ok() || page.value().size() < count;
    endResetModel();
    m_changing = false;
    if (!page.ok()) {
        emit loadFailed(page.error());
        return Error(page.error());
    }
    return Status::success();
}

void CallbackQueueModel::setCurrentTask(qint64 taskId)
{
    const int before = rowOfTask(m_currentTask);
    m_currentTask = taskId;
    const int after = rowOfTask(m_currentTask);
    for (int row : { before, after }) {
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), { Qt::FontRole });
    }
}

int CallbackQueueModel::rowOfTask(qint64 taskId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == taskId)
            return row;
    }
    return -1;
}

QDateTime CallbackQueueModel::earliestRetry() const
{
    QDateTime earliest;
    for (const CallbackTask& task : m_rows) {
        if (waitingForRetry(task) && (!earliest.isValid() || task.nextAttemptAt < earliest))
            earliest = task.nextAttemptAt;
    }
    return earliest;
}

bool CallbackQueueModel::waitingForRetry(const CallbackTask& task) const
{
    return task.status == CallbackStatus::Pending && task.nextAttemptAt.isValid()
        && task.nextAttemptAt > m_session.now();
}

int CallbackQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallbackQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CallbackQueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void CallbackQueueModel::fetchMore(const QModelIndex& parent)
{
    // Not from inside our own reset or insertion signals: a listener connected after the
    // one asking would see rows inserted before it heard of the change in progress.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    Result<QList<CallbackTask>> page
        = CallbackService(m_session).queue(m_day, int(m_rows.size()), m_pageSize, m_search);
    if (!page.ok()) {
        m_atEnd = true;
        emit loadFailed(page.error());
        return;
    }
    m_atEnd = page.value().size() < m_pageSize;
    if (page.value().isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size()) - 1);
    m_rows += page.value();
    endInsertRows();
    m_changing = false;
}

QString CallbackQueueModel::stateText(const CallbackTask& task) const
{
    if (waitingForRetry(task)) {
        return tr("Retry %1")
            .arg(task.nextAttemptAt.toTimeZone(m_session.zone()).toString(u"HH:mm"_s));
    }
    if (task.status == CallbackStatus::Pending && task.attempts > 0)
        return tr("Call again");
    return callbackStatusDisplayName(task.status);
}

QVariant CallbackQueueModel::display(const CallbackTask& task, Column column) const
{
    switch (column) {
    case State:
        return stateText(task);
    case Order:
        return task.orderNumber;
    case Customer:
        return task.customer;
    case Attempts:
        return formatCount(task.attempts);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CallbackQueueModel::foreground(const CallbackTask& task, Column column) const
{
    if (task.status == CallbackStatus::Reached)
        return inactiveForeground();
    if (task.status == CallbackStatus::Unreachable)
        return column == State ? warningForeground() : inactiveForeground();
    if (column == State && waitingForRetry(task))
        return QBrush(colour(ColourRole::WarningText)); // amber: not yet, but soon
    return {};
}

QString CallbackQueueModel::toolTip(const CallbackTask& task) const
{
    QStringList lines = { task.customer, task.phone, task.address,
        tr("Completed %1").arg(formatDateTime(task.completedAt, m_session.zone())) };
    if (!task.technicianName.isEmpty())
        lines.append(tr("Technician: %1").arg(task.technicianName));
    lines.append(tr("Unit %1").arg(task.unitCode));
    if (task.answers) {
        lines.append(tr("Satisfaction %1 of 10, %2 of 6 questions answered yes")
                         .arg(task.answers->satisfaction)
                         .arg(task.answers->yesCount()));
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QVariant CallbackQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallbackTask& task = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(task, column);
    case Qt::ForegroundRole:
        return foreground(task, column);
    case Qt::FontRole:
        if (task.id == m_currentTask) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == Attempts ? numberAlignment() : QVariant();
    case Qt::ToolTipRole:
        return toolTip(task);
    default:
        return {};
    }
}

QVariant CallbackQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Attempts)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case State:
        return tr("State");
    case Order:
        return tr("Order");
    case Customer:
        return tr("Customer");
    case Attempts:
        return tr("Calls");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
