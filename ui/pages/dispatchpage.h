#pragma once

#include "common/session.h"
#include "pages/page.h"
#include "services/boardservice.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace fd {

class BoardFilterBar;
class BoardModel;
class ColumnChooser;
class ColumnFitter;
class ScheduleTab;
class TeamDayView;

// The dispatch board (SPEC §4, issue 3): a dispatcher's whole day on one page. Three lane
// buttons say at a glance how many open orders are overdue, due within two hours and not
// taken by anyone, and filter the board to them; the unassigned lane lists the orders
// nobody has taken, oldest deadline first; the board lists the orders the filters select,
// coloured by SLA, read a page at a time so it opens as fast on millions of orders as on a
// few. From either list: Enter opens the order form, A assigns, Ctrl+N types in a new order.
class DispatchPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DispatchPage)

public:
    explicit DispatchPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void focusSearch() override;
    void newRecord() override;

    enum class Lane
    {
        Overdue,
        DueSoon,
        Unassigned,
        StuckOnSite
    };
    void setLane(Lane lane, bool on);

    // The order selected in whichever list has the focus (the board's by default).
    std::optional<WorkOrder> selectedOrder() const;
    // The actions, as the buttons and keys run them; for tests and keyboard users.
    bool assignSelected();
    void openSelected();
    void selectOrder(const QString& number);

    BoardFilterBar* filters() const { return m_filters; }
    BoardModel* model() const { return m_model; }
    BoardModel* laneModel() const { return m_laneModel; }
    QTableView* view() const { return m_view; }
    QTableView* laneView() const { return m_laneView; }
    TeamDayView* teamDay() const { return m_teamDay; }
    ScheduleTab* schedule() const { return m_schedule; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* laneButton(Lane lane) const;
    QString bannerText() const;
    // Forgets the remembered filters, lanes, sort and columns and shows the defaults.
    void resetLayout();
    QPushButton* resetButton() const { return m_reset; }
    // Where this user's board on this database is remembered (QSettings).
    static QString settingsKey(const Session& session);
    const BoardCounts& counts() const { return m_counts; }

private:
    QTableView* buildTable(BoardModel* model, const QString& key, const QList<int>& hiddenByDefault,
        ColumnChooser*& chooser, ColumnFitter*& fitter);
    ColumnFitter* fitColumns(QTableView* view);
    BoardQuery boardQuery() const;
    void applyFilters();
    void reloadLists();
    void updateCounts();
    void updateActions();
    void tick(); // once a minute: colours and counts follow the clock
    void showBanner(const QString& text); // a refusal or a warning, until the next reload
    void afterChange(const QString& number, const QString& outcome, const QStringList& warnings);
    QTableView* activeList() const;
    void restoreLayout();
    void storeLayout() const;

    const Session& m_session;
    BoardFilterBar* m_filters = nullptr;
    QPushButton* m_overdue = nullptr;
    QPushButton* m_dueSoon = nullptr;
    QPushButton* m_unassigned = nullptr;
    QPushButton* m_stuck = nullptr;
    QLabel* m_matching = nullptr;
    QLabel* m_banner = nullptr;
    BoardModel* m_laneModel = nullptr;
    QTableView* m_laneView = nullptr;
    QLabel* m_laneTitle = nullptr;
    BoardModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QTabWidget* m_tabs = nullptr;
    TeamDayView* m_teamDay = nullptr;
    ScheduleTab* m_schedule = nullptr; // the team schedule (issue 16)
    QPushButton* m_newOrder = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_reset = nullptr;
    ColumnChooser* m_boardColumns = nullptr;
    ColumnChooser* m_laneColumns = nullptr;
    ColumnFitter* m_boardFitter = nullptr;
    ColumnFitter* m_laneFitter = nullptr;
    bool m_restoring = false;
    QTimer* m_clock = nullptr;
    BoardCounts m_counts;
    QTableView* m_lastList = nullptr;
    bool m_loaded = false;
};

} // namespace fd
