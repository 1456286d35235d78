#include "schedulemodel.h"

#include "models/boardmodel.h"
#include "services/boardservice.h"
#include "services/scheduleservice.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// A child's internal id is its team's row + 1; a team's is 0.
constexpr quintptr kTeamId = 0;

} // namespace

ScheduleModel::ScheduleModel(const Session& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_first(session.today())
{ }

Status ScheduleModel::load(
    const QDate& first, int days, const QString& unitCode, const QString& areaCode)
{
    m_first = first;
    m_days = std::max(1, days);
    m_unitCode = unitCode;
    m_areaCode = areaCode;
    return reload();
}

Status ScheduleModel::reload()
{
    beginResetModel();
    m_rows.clear();
    ScheduleService schedule(m_session);
    Result<WorkingHours> hours = schedule.workingHours();
    if (!hours.ok()) {
        endResetModel();
        return Error(hours.error());
    }
    m_hours = hours.value();
    const BoardService board(m_session);
    QHash<QString, int> rowOf;
    for (int day = 0; day < m_days; ++day) {
        Result<QList<TeamDay>> teams = schedule.day(m_first.addDays(day));
        if (!teams.ok()) {
            m_rows.clear();
            endResetModel();
            return Error(teams.error());
        }
        for (const TeamDay& team : teams.value()) {
            if (!m_unitCode.isEmpty() && team.unitCode != m_unitCode)
                continue;
            if (!m_areaCode.isEmpty() && !team.areaCodes.contains(m_areaCode))
                continue;
            auto found = rowOf.constFind(team.team);
            if (found == rowOf.constEnd()) {
                found = rowOf.insert(team.team, int(m_rows.size()));
                Row row;
                row.team = team;
                row.team.orders.clear();
                m_rows.append(row);
            }
            Row& row = m_rows[found.value()];
            row.bookedMinutes += team.bookedMinutes;
            for (const ScheduledOrder& scheduled : team.orders) {
                row.team.orders.append(scheduled);
                row.blocks.append({ scheduled, board.timelinessOf(scheduled.order) });
            }
        }
    }
    std::sort(m_rows.begin(), m_rows.end(),
        [](const Row& a, const Row& b) { return a.team.team < b.team.team; });
    endResetModel();
    return Status::success();
}

int ScheduleModel::rowOfTeam(const QString& teamCode) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).team.team == teamCode)
            return row;
    }
    return -1;
}

QModelIndex ScheduleModel::indexOfOrder(const QString& number) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QList<Block>& blocks = m_rows.at(row).blocks;
        for (int child = 0; child < blocks.size(); ++child) {
            if (blocks.at(child).scheduled.number == number)
                return index(child, Name, index(row, Name));
        }
    }
    return {};
}

const ScheduleModel::Block* ScheduleModel::block(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kTeamId)
        return nullptr;
    return &m_rows.at(int(index.internalId() - 1)).blocks.at(index.row());
}

QModelIndex ScheduleModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTeamId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ScheduleModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTeamId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTeamId);
}

int ScheduleModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != kTeamId || parent.column() != 0)
        return 0;
    return int(m_rows.at(parent.row()).blocks.size());
}

int ScheduleModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString ScheduleModel::problemsText(const QList<ScheduleProblem>& problems)
{
    QStringList lines;
    for (ScheduleProblem problem : problems)
        lines.append(scheduleProblemText(problem));
    return lines.join(u'\n');
}

QString ScheduleModel::windowText(const QDateTime& start, const QDateTime& end) const
{
    const QDateTime from = start.toTimeZone(zone());
    const QDateTime to = end.toTimeZone(zone());
    const QString day = QLocale().toString(from.date(), QLocale::ShortFormat);
    return tr("%1 %2–%3").arg(day, from.toString(u"HH:mm"_s), to.toString(u"HH:mm"_s));
}

QVariant ScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTeamId) {
        const Row& row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name:
                return row.team.name.isEmpty() ? row.team.team
                                               : row.team.team + u" — "_s + row.team.name;
            case Capacity:
                return tr("%n technicians", nullptr, row.team.technicians);
            case Booked:
                return tr("%1 h booked")
                    .arg(QLocale().toString(double(row.bookedMinutes) / 60.0, 'f', 1));
            }
            return {};
        case TeamCodeRole:
            return row.team.team;
        case TechniciansRole:
            return row.team.technicians;
        case Qt::ToolTipRole:
            return tr("Unit %1 · areas %2")
                .arg(row.team.unitCode, row.team.areaCodes.join(u", "_s));
        }
        return {};
    }
    const Row& row = m_rows.at(int(index.internalId() - 1));
    const Block& block = row.blocks.at(index.row());
    const ScheduledOrder& scheduled = block.scheduled;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return scheduled.order.customer.isEmpty()
                ? scheduled.number
                : scheduled.number + u" · "_s + scheduled.order.customer;
        case Capacity:
            return windowText(scheduled.start, scheduled.end);
        case Booked:
            return scheduled.problems.isEmpty() ? BoardModel::slaText(block.sla)
                                                : problemsText(scheduled.problems);
        }
        return {};
    case Qt::ToolTipRole:
        return QString(
            tr("%1\n%2 · %3 · deadline %4")
                .arg(data(index.siblingAtColumn(Name)).toString(),
                    windowText(scheduled.start, scheduled.end), BoardModel::slaText(block.sla),
                    QLocale().toString(
                        scheduled.order.deadline.toTimeZone(zone()), QLocale::ShortFormat))
            + (scheduled.problems.isEmpty() ? QString()
                                            : u"\n⚠ "_s + problemsText(scheduled.problems)));
    case TeamCodeRole:
        return row.team.team;
    case NumberRole:
        return scheduled.number;
    case StartRole:
        return scheduled.start;
    case EndRole:
        return scheduled.end;
    case SlaRole:
        return int(block.sla);
    case ProblemsRole: {
        QStringList keys;
        for (ScheduleProblem problem : scheduled.problems)
            keys.append(scheduleProblemKey(problem));
        return keys;
    }
    }
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Team / order");
    case Capacity:
        return tr("Technicians / window");
    case Booked:
        return tr("Booked / problems");
    }
    return {};
}

} // namespace fd
