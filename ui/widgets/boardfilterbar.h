#pragma once

#include "common/session.h"
#include "services/boardservice.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace fd {

struct OrganisationData;

// The dispatch board's filters (issue 3): which orders (open work, all, completed,
// cancelled), status, kind, unit, team, area, due today, and a search on the number,
// account, customer or phone. Emits the query they make whenever one changes; typing in
// the search box waits for a pause, so five million orders are not searched per keystroke.
class BoardFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardFilterBar)

public:
    explicit BoardFilterBar(QWidget* parent = nullptr);

    // Fills the unit, team and area lists, keeping what is chosen where it still exists.
    void setOrganisation(const OrganisationData& data);
    // The filters' query; the lane toggles (overdue, due soon, unassigned) are the page's.
    BoardQuery query() const;
    void setScope(BoardQuery::Scope scope);
    // The chosen filters (not the search text) as settings keep them, and back; a unit,
    // team or area not yet listed is chosen when setOrganisation() lists it. Nothing emitted.
    QVariantMap state() const;
    void restoreState(const QVariantMap& state);
    void setSearchText(const QString& text);

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* scopeCombo() const { return m_scope; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* teamCombo() const { return m_team; }
    QComboBox* areaCombo() const { return m_area; }
    QCheckBox* dueTodayCheck() const { return m_dueToday; }

signals:
    void queryChanged();
    // Enter or the down arrow in the search box: the user wants the results.
    void searchAccepted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillStatuses();

    QComboBox* m_scope = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_team = nullptr;
    QComboBox* m_area = nullptr;
    QCheckBox* m_dueToday = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_typing = nullptr;
    QString m_pendingUnit; // restored before the lists were filled
    QString m_pendingTeam;
    QString m_pendingArea;
};

} // namespace fd
