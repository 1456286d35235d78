#include "boardfilterbar.h"

#include "models/organisationdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QComboBox* filterCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    // Wide enough for "U03-T2 — Cuadrilla 2"; longer names are cut in the closed box only.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    return combo;
}

// Labels above their fields: six filters fit a 1280-pixel screen in every language.
void addLabelled(QGridLayout* layout, const QString& label, QWidget* field)
{
    const int column
        = layout->columnCount() == 1 && !layout->itemAtPosition(0, 0) ? 0 : layout->columnCount();
    auto* text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    layout->addWidget(text, 0, column);
    layout->addWidget(field, 1, column);
}

// Refills `combo` with "Any" and `items` (text, code), keeping the chosen code if listed
// (or choosing `wanted`, a remembered one, and forgetting it).
void refill(
    QComboBox* combo, const QList<std::pair<QString, QString>>& items, QString* wanted = nullptr)
{
    QString chosen = combo->currentData().toString();
    if (wanted && !wanted->isEmpty()) {
        chosen = *wanted;
        wanted->clear();
    }
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("fd::BoardFilterBar", "Any"), QString());
    for (const auto& [text, code] : items)
        combo->addItem(text, code);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace

BoardFilterBar::BoardFilterBar(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(1);

    m_scope = filterCombo(this);
    m_scope->addItem(tr("Open work"), int(BoardQuery::Scope::Open));
    m_scope->addItem(tr("All orders"), int(BoardQuery::Scope::All));
    m_scope->addItem(tr("Completed"), int(BoardQuery::Scope::Completed));
    m_scope->addItem(tr("Cancelled"), int(BoardQuery::Scope::Cancelled));
    addLabelled(layout, tr("&Show"), m_scope);

    m_status = filterCombo(this);
    fillStatuses();
    addLabelled(layout, tr("S&tatus"), m_status);

    m_kind = filterCombo(this);
    m_kind->addItem(tr("Any"), QString());
    for (OrderKind kind : allOrderKinds())
        m_kind->addItem(orderKindDisplayName(kind), orderKindKey(kind));
    addLabelled(layout, tr("&Kind"), m_kind);

    m_unit = filterCombo(this);
    m_team = filterCombo(this);
    m_area = filterCombo(this);
    refill(m_unit, {});
    refill(m_team, {});
    refill(m_area, {});
    addLabelled(layout, tr("&Unit"), m_unit);
    addLabelled(layout, tr("T&eam"), m_team);
    addLabelled(layout, tr("A&rea"), m_area);

    m_dueToday = new QCheckBox(tr("Due t&oday"), this);
    m_dueToday->setToolTip(
        tr("Orders whose deadline falls today and whose visit is still to happen"));
    layout->addWidget(m_dueToday, 1, layout->columnCount());
    layout->setColumnStretch(layout->columnCount(), 1);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, address, number, phone (Ctrl+F)"));
    m_search->setMinimumWidth(240);
    m_search->installEventFilter(this);
    // Not in this row: the owner places it where there is room (the board puts it by its
    // lanes), so the filters fit a 1280-pixel screen in every language.

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &BoardFilterBar::queryChanged);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        fillStatuses();
        emit queryChanged();
    });
    for (QComboBox* combo : { m_status, m_kind, m_unit, m_team, m_area })
        connect(combo, &QComboBox::currentIndexChanged, this, &BoardFilterBar::queryChanged);
    connect(m_dueToday, &QCheckBox::toggled, this, &BoardFilterBar::queryChanged);
}

void BoardFilterBar::fillStatuses()
{
    // Only the statuses the scope can show: "completed" makes no sense among open work.
    const auto scope = BoardQuery::Scope(m_scope->currentData().toInt());
    QList<std::pair<QString, QString>> items;
    for (OrderStatus status : allOrderStatuses()) {
        const bool fits = scope == BoardQuery::Scope::All
            || (scope == BoardQuery::Scope::Open && isOpen(status))
            || (scope == BoardQuery::Scope::Completed && status == OrderStatus::Completed)
            || (scope == BoardQuery::Scope::Cancelled && status == OrderStatus::Cancelled);
        if (fits)
            items.append({ orderStatusDisplayName(status), orderStatusKey(status) });
    }
    refill(m_status, items);
    m_status->setEnabled(items.size() > 1);
}

void BoardFilterBar::setOrganisation(const OrganisationData& data)
{
    QList<std::pair<QString, QString>> units;
    for (const Unit& unit : data.units)
        units.append({ data.unitLabel(unit.code), unit.code });
    QList<std::pair<QString, QString>> teams;
    for (const Team& team : data.teams) {
        if (team.active)
            teams.append({ data.teamLabel(team.code), team.code });
    }
    QList<std::pair<QString, QString>> areas;
    for (const Area& area : data.areas) {
        if (area.active)
            areas.append({ area.code + u" — "_s + area.name, area.code });
    }
    refill(m_unit, units, &m_pendingUnit);
    refill(m_team, teams, &m_pendingTeam);
    refill(m_area, areas, &m_pendingArea);
}

QVariantMap BoardFilterBar::state() const
{
    return {
        { u"scope"_s, m_scope->currentData() },
        { u"status"_s, m_status->currentData() },
        { u"kind"_s, m_kind->currentData() },
        { u"unit"_s, m_pendingUnit.isEmpty() ? m_unit->currentData().toString() : m_pendingUnit },
        { u"team"_s, m_pendingTeam.isEmpty() ? m_team->currentData().toString() : m_pendingTeam },
        { u"area"_s, m_pendingArea.isEmpty() ? m_area->currentData().toString() : m_pendingArea },
        { u"dueToday"_s, m_dueToday->isChecked() },
    };
}

void BoardFilterBar::restoreState(const QVariantMap& state)
{
    const QSignalBlocker blocker(this);
    std::vector<std::unique_ptr<QSignalBlocker>> quiet;
    for (QObject* field : { static_cast<QObject*>(m_scope), static_cast<QObject*>(m_status),
             static_cast<QObject*>(m_kind), static_cast<QObject*>(m_unit),
             static_cast<QObject*>(m_team), static_cast<QObject*>(m_area),
             static_cast<QObject*>(m_dueToday) })
        quiet.push_back(std::make_unique<QSignalBlocker>(field));
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(state.value(u"scope"_s, 0).toInt())));
    fillStatuses();
    m_status->setCurrentIndex(qMax(0, m_status->findData(state.value(u"status"_s).toString())));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(state.value(u"kind"_s).toString())));
    auto choose = [](QComboBox* combo, const QString& code, QString& pending) {
        const int found = combo->findData(code);
        combo->setCurrentIndex(qMax(0, found));
        pending = found > 0 ? QString() : code;
    };
    choose(m_unit, state.value(u"unit"_s).toString(), m_pendingUnit);
    choose(m_team, state.value(u"team"_s).toString(), m_pendingTeam);
    choose(m_area, state.value(u"area"_s).toString(), m_pendingArea);
    m_dueToday->setChecked(state.value(u"dueToday"_s).toBool());
}

BoardQuery BoardFilterBar::query() const
{
    BoardQuery query;
    query.scope = BoardQuery::Scope(m_scope->currentData().toInt());
    query.status = orderStatusFromKey(m_status->currentData().toString());
    query.kind = orderKindFromKey(m_kind->currentData().toString());
    query.unitCode = m_unit->currentData().toString();
    query.teamCode = m_team->currentData().toString();
    query.areaCode = m_area->currentData().toString();
    query.dueToday = m_dueToday->isChecked();
    query.search = m_search->text().trimmed();
    return query;
}

void BoardFilterBar::setScope(BoardQuery::Scope scope)
{
    m_scope->setCurrentIndex(qMax(0, m_scope->findData(int(scope))));
}

void BoardFilterBar::setSearchText(const QString& text)
{
    m_search->setText(text);
    m_typing->stop();
    emit queryChanged();
}

bool BoardFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            if (m_typing->isActive()) {
                m_typing->stop();
                emit queryChanged();
            }
            emit searchAccepted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fd
