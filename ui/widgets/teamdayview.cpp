#include "teamdayview.h"

#include "models/boardmodel.h"
#include "services/boardservice.h"
#include "services/teamservice.h"
#include "widgets/palette.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

TeamDayView::TeamDayView(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_team = new QComboBox(this);
    m_team->setMinimumWidth(260);
    m_day = new QDateEdit(session.today(), this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd (ddd)"_s);
    // Wide enough for the widest day name of the language (its size hint measures only the
    // first and last dates of the range).
    int widest = 0;
    for (int day = 0; day < 7; ++day) {
        widest = std::max(widest,
            m_day->fontMetrics().horizontalAdvance(
                QLocale().toString(session.today().addDays(day), m_day->displayFormat())));
    }
    m_day->setMinimumWidth(widest + m_day->sizeHint().width()
        - m_day->fontMetrics().horizontalAdvance(
            QLocale().toString(m_day->minimumDate(), m_day->displayFormat()))
        + 8);
    auto* teamLabel = new QLabel(tr("Tea&m"), this);
    teamLabel->setBuddy(m_team);
    auto* dayLabel = new QLabel(tr("&Day"), this);
    dayLabel->setBuddy(m_day);
    bar->addWidget(teamLabel);
    bar->addWidget(m_team);
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    m_summary = new QLabel(this);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels({ tr("Window"), tr("Order"), tr("Kind"), tr("Customer"),
        tr("Address"), tr("Status"), tr("SLA") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    connect(m_team, &QComboBox::currentIndexChanged, this, &TeamDayView::refresh);
    connect(m_day, &QDateEdit::dateChanged, this, &TeamDayView::refresh);
    connect(m_table, &QTableWidget::cellActivated, this,
        [this](int row, int) { emit openOrder(m_table->item(row, 1)->text()); });

    Result<QList<Team>> teams = TeamService(session).list();
    const QSignalBlocker blocker(m_team);
    for (const Team& team : teams.ok() ? teams.value() : QList<Team>()) {
        if (team.active)
            m_team->addItem(
                team.code + u" — "_s + team.name + u" (" + team.unitCode + u')', team.code);
    }
}

void TeamDayView::showTeam(const QString& teamCode, const QDate& day)
{
    const QSignalBlocker teamBlocker(m_team);
    const QSignalBlocker dayBlocker(m_day);
    const int index = m_team->findData(teamCode);
    if (index >= 0)
        m_team->setCurrentIndex(index);
    m_day->setDate(day);
    refresh();
}

void TeamDayView::refresh()
{
    m_table->setRowCount(0);
    const QString team = m_team->currentData().toString();
    if (team.isEmpty())
        return;
    BoardService board(m_session);
    Result<QList<WorkOrder>> appointments = board.teamDay(team, m_day->date());
    if (!appointments.ok()) {
        m_summary->setText(appointments.error());
        return;
    }
    const QTimeZone& zone = m_session.zone();
    for (const WorkOrder& order : appointments.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const Timeliness sla = board.timelinessOf(order);
        const QStringList cells = { order.appointmentStart.toTimeZone(zone).toString(u"HH:mm"_s)
                + u"–"_s + order.appointmentEnd.toTimeZone(zone).toString(u"HH:mm"_s),
            order.number, orderKindDisplayName(order.kind), order.customer, order.address,
            orderStatusDisplayName(order.status), BoardModel::slaText(sla) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (sla == Timeliness::Overdue || sla == Timeliness::Late)
            m_table->item(row, 6)->setForeground(colour(ColourRole::DangerText));
    }
    m_summary->setText(tr("%n appointments", nullptr, int(appointments.value().size())));
}

} // namespace fd
