#include "boardmodel.h"

#include "domain/orderpaging.h"
#include "models/cellformat.h"
#include "widgets/palette.h"
#include "widgets/slacolours.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QScopedValueRollback>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// "1 h 20 min", "45 min", "2 d 3 h": how far a deadline is, at a glance.
QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("fd::BoardModel", "%1 min")
            .arg(qMax<qint64>(1, minutes));
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        return minutes % 60 == 0 ? QCoreApplication::translate("fd::BoardModel", "%1 h").arg(hours)
                                 : QCoreApplication::translate("fd::BoardModel", "%1 h %2 min")
                                       .arg(hours)
                                       .arg(minutes % 60);
    }
    return QCoreApplication::translate("fd::BoardModel", "%1 d %2 h")
        .arg(hours / 24)
        .arg(hours % 24);
}

} // namespace

BoardModel::BoardModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_board(std::make_unique<BoardService>(session))
{ }

Status BoardModel::setQuery(const BoardQuery& query)
{
    m_query = query;
    return reload();
}

Status BoardModel::reload()
{
    m_queried = true;
    // The rules in force again: the due-soon and stuck margins are settings.
    m_board = std::make_unique<BoardService>(m_session);
    Result<QList<WorkOrder>> page = m_board->page(m_query, std::nullopt, kPageSize);
    Result<QSet<QString>> eligible = m_board->areasWithEligibleTeam();
    m_eligibleAreas = eligible.ok() ? eligible.value() : QSet<QString>();
    {
        // Nothing is fetched from inside the reset or insert signals (Qt 6.4's model tester
        // would, nesting a change in this one); views fetch when they lay the rows out.
        const QScopedValueRollback<bool> signalling(m_signalling, true);
        beginResetModel();
        m_rows = page.ok() ? page.value() : QList<WorkOrder>();
        m_atEnd = !page.ok() || page.value().size() < kPageSize;
        endResetModel();
    }
    if (!page.ok()) {
        emit loadFailed(page.error());
        return Error(page.error());
    }
    return Status::success();
}

int BoardModel::rowOf(const QString& number) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).number == number)
            return row;
    }
    return -1;
}

void BoardModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Sla), index(int(m_rows.size()) - 1, Deadline));
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int BoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool BoardModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_signalling;
}

void BoardModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_signalling || m_rows.isEmpty())
        return;
    Result<QList<WorkOrder>> page
        = m_board->page(m_query, orderCursorAfter(m_rows.last(), m_query.sort), kPageSize);
    if (!page.ok()) {
        m_atEnd = true;
        emit loadFailed(page.error());
        return;
    }
    m_atEnd = page.value().size() < kPageSize;
    if (page.value().isEmpty())
        return;
    const QScopedValueRollback<bool> signalling(m_signalling, true);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value().size()) - 1);
    m_rows += page.value();
    endInsertRows();
}

bool BoardModel::sortable(int column)
{
    return column >= 0 && column < ColumnCount;
}

OrderSort BoardModel::sortOf(int column)
{
    switch (Column(column)) {
    case Sla:
        return OrderSort::Sla;
    case Deadline:
        return OrderSort::Deadline;
    case Number:
        return OrderSort::Number;
    case Kind:
        return OrderSort::Kind;
    case Status:
        return OrderSort::Status;
    case Customer:
        return OrderSort::Customer;
    case Phone:
        return OrderSort::Phone;
    case Area:
        return OrderSort::Area;
    case Unit:
        return OrderSort::Unit;
    case Team:
        return OrderSort::Team;
    case Technician:
        return OrderSort::Technician;
    case Appointment:
        return OrderSort::Appointment;
    case Received:
        return OrderSort::Received;
    case ColumnCount:
        break;
    }
    return OrderSort::Deadline;
}

int BoardModel::columnOf(OrderSort sort)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortOf(column) == sort)
            return column;
    }
    return Deadline;
}

void BoardModel::sort(int column, Qt::SortOrder order)
{
    if (!sortable(column))
        return;
    const OrderSort sort = sortOf(column);
    const bool descending = order == Qt::DescendingOrder;
    // Views ask again for the order they already have (a header reset does): no reload then.
    if (sort == m_query.sort && descending == m_query.descending)
        return;
    m_query.sort = sort;
    m_query.descending = descending;
    // Before its first query (a remembered sort restored) the model only keeps the sort.
    if (m_queried)
        (void)reload();
}

QString BoardModel::slaText(Timeliness timeliness)
{
    switch (timeliness) {
    case Timeliness::OnTrack:
        return QCoreApplication::translate("fd::BoardModel", "On track");
    case Timeliness::DueSoon:
        return QCoreApplication::translate("fd::BoardModel", "Due soon");
    case Timeliness::Overdue:
        return QCoreApplication::translate("fd::BoardModel", "Overdue");
    case Timeliness::OnTime:
        return QCoreApplication::translate("fd::BoardModel", "On time");
    case Timeliness::Late:
        return QCoreApplication::translate("fd::BoardModel", "Late");
    }
    return {};
}

QString BoardModel::relativeDeadline(const WorkOrder& order) const
{
    if (order.measuredAt.isValid()) {
        const qint64 margin = order.measuredAt.secsTo(order.deadline);
        return margin >= 0
            ? QCoreApplication::translate("fd::BoardModel", "met, %1 to spare")
                  .arg(duration(margin))
            : QCoreApplication::translate("fd::BoardModel", "met %1 late").arg(duration(-margin));
    }
    if (order.status == OrderStatus::Cancelled)
        return {};
    const qint64 left = m_session.now().secsTo(order.deadline);
    return left >= 0
        ? QCoreApplication::translate("fd::BoardModel", "in %1").arg(duration(left))
        : QCoreApplication::translate("fd::BoardModel", "%1 overdue").arg(duration(-left));
}

QString BoardModel::dayAndTime(const QDateTime& instant) const
{
    // "today 19:53" reads faster than a date at 8 a.m. with forty orders waiting; the
    // tooltip has the whole date and the time left.
    const QDateTime local = instant.toTimeZone(m_session.zone());
    const QString time = local.toString(u"HH:mm"_s);
    const qint64 days = m_session.today().daysTo(local.date());
    if (days == 0)
        return QCoreApplication::translate("fd::BoardModel", "today %1").arg(time);
    if (days == -1)
        return QCoreApplication::translate("fd::BoardModel", "yesterday %1").arg(time);
    if (days == 1)
        return QCoreApplication::translate("fd::BoardModel", "tomorrow %1").arg(time);
    return formatDayAndTime(instant, m_session.zone(), m_session.today());
}

bool BoardModel::noEligibleTeam(const WorkOrder& order) const
{
    return order.teamCode.isEmpty() && isOpen(order.status)
        && !m_eligibleAreas.contains(order.areaCode);
}

QVariant BoardModel::display(const WorkOrder& order, Column column) const
{
    const QTimeZone& zone = m_session.zone();
    switch (column) {
    case Sla:
        if (order.exemptReason)
            return QCoreApplication::translate("fd::BoardModel", "Exempt");
        if (order.status == OrderStatus::Cancelled)
            return QString();
        // The exception lane's mark: "on time" must not hide a team stuck at the customer's
        // (the deadline beside it keeps the SLA colour, the tooltip says both).
        if (m_board->stuckOnSite(order))
            return QCoreApplication::translate("fd::BoardModel", "Stuck on site");
        return slaText(m_board->timelinessOf(order));
    case Deadline:
        return dayAndTime(order.deadline);
    case Number:
        return order.number;
    case Kind:
        return orderKindDisplayName(order.kind);
    case Status:
        return orderStatusDisplayName(order.status);
    case Customer:
        return order.customer;
    case Phone:
        return order.phone;
    case Area: {
        const QString area
            = order.areaName.isEmpty() ? order.areaCode : order.areaCode + u" "_s + order.areaName;
        // The lane shows no team column: the area says that no team can take the order.
        if (noEligibleTeam(order))
            return QString(area + u" — "_s
                + QCoreApplication::translate("fd::BoardModel", "no eligible team"));
        return area;
    }
    case Unit:
        return order.unitCode;
    case Team:
        if (noEligibleTeam(order))
            return QCoreApplication::translate("fd::BoardModel", "no eligible team");
        return order.teamCode.isEmpty()
            ? QCoreApplication::translate("fd::BoardModel", "unassigned")
            : order.teamCode;
    case Technician:
        return order.technicianName;
    case Appointment:
        // The day in the language's order, the year when it is not this year's.
        if (!order.appointmentStart.isValid())
            return QString();
        return QString(formatDayAndTime(order.appointmentStart, zone, m_session.today()) + u"–"_s
            + order.appointmentEnd.toTimeZone(zone).toString(u"HH:mm"_s));
    case Received:
        return formatDateTime(order.receivedAt, zone);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkOrder& order = m_rows.at(index.row());
    const QTimeZone& zone = m_session.zone();
    const Column column = Column(index.column());
    const bool colouredSla = !order.exemptReason && order.status != OrderStatus::Cancelled
        && (column == Sla || column == Deadline);
    switch (role) {
    case Qt::DisplayRole:
        return display(order, column);
    case Qt::ToolTipRole:
        if (column == Sla && !order.exemptReason && m_board->stuckOnSite(order)) {
            return QCoreApplication::translate("fd::BoardModel",
                "On site since %1 (%2), longer than the %3 an order may stay; %4: %5")
                .arg(formatDateTime(order.arrivedAt, zone),
                    duration(order.arrivedAt.secsTo(m_session.now())),
                    duration(qint64(m_board->rules().stuckOnSiteMinutes) * 60),
                    slaText(m_board->timelinessOf(order)), relativeDeadline(order));
        }
        if (column == Sla && order.exemptReason)
            return QString(
                exemptReasonDisplayName(*order.exemptReason) + u": "_s + order.exemptNote);
        if (column == Deadline || column == Sla)
            return QString(
                formatDateTime(order.deadline, zone) + u" — "_s + relativeDeadline(order));
        if ((column == Team || column == Area) && noEligibleTeam(order))
            return QCoreApplication::translate("fd::BoardModel",
                "No active team of an active unit covers the area %1: no team can take this "
                "order until one does.")
                .arg(order.areaCode);
        if (column == Appointment && order.appointmentStart.isValid())
            return QString(formatDateTime(order.appointmentStart, zone) + u"–"_s
                + formatDateTime(order.appointmentEnd, zone));
        return display(order, column); // the whole text of a cell cut short
    case Qt::BackgroundRole:
        if (column == Sla && colouredSla && m_board->stuckOnSite(order))
            return QBrush(colour(ColourRole::DangerBackground));
        if (colouredSla) {
            const QColor colour = slaBackground(m_board->timelinessOf(order));
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Sla && colouredSla && m_board->stuckOnSite(order))
            return QBrush(colour(ColourRole::DangerText));
        if (colouredSla) {
            const QColor colour = slaForeground(m_board->timelinessOf(order));
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        if (order.status == OrderStatus::Cancelled || order.exemptReason)
            return inactiveForeground();
        if ((column == Team && order.teamCode.isEmpty())
            || (column == Area && noEligibleTeam(order)))
            return QBrush(colour(ColourRole::DangerText));
        return {};
    case Qt::FontRole:
        if (column == Sla || (column == Team && order.teamCode.isEmpty())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Sla:
        return QCoreApplication::translate("fd::BoardModel", "SLA");
    case Deadline:
        return QCoreApplication::translate("fd::BoardModel", "Deadline");
    case Number:
        return QCoreApplication::translate("fd::BoardModel", "Order");
    case Kind:
        return QCoreApplication::translate("fd::BoardModel", "Kind");
    case Status:
        return QCoreApplication::translate("fd::BoardModel", "Status");
    case Customer:
        return QCoreApplication::translate("fd::BoardModel", "Customer");
    case Phone:
        return QCoreApplication::translate("fd::BoardModel", "Phone");
    case Area:
        return QCoreApplication::translate("fd::BoardModel", "Area");
    case Unit:
        return QCoreApplication::translate("fd::BoardModel", "Unit");
    case Team:
        return QCoreApplication::translate("fd::BoardModel", "Team");
    case Technician:
        return QCoreApplication::translate("fd::BoardModel", "Technician");
    case Appointment:
        return QCoreApplication::translate("fd::BoardModel", "Appointment");
    case Received:
        return QCoreApplication::translate("fd::BoardModel", "Received");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fd
