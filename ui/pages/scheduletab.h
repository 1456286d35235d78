#pragma once

#include "common/result.h"
#include "common/session.h"
#include "rules/schedule.h"

#include <QDateTime>
#include <QWidget>
#include <functional>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace fd {

class ScheduleModel;
class SchedulePlanner;
class ScheduleView;
class UnbookedModel;

// The team schedule (SPEC §14, issue 16), a tab of the dispatch page: every team's day
// (or three days, or a week) with its agreed windows, and the orders still to book beside
// it. An order dragged onto a team at a time, a block moved or stretched, or the keyboard's
// choice (an order, a team, a time, Enter) is assigned and booked in one step: the
// problems it would have are shown first and the dispatcher confirms or cancels. Ctrl+Z
// and Ctrl+Shift+Z undo and redo the session's bookings.
class ScheduleTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleTab)

public:
    explicit ScheduleTab(const Session& session, QWidget* parent = nullptr);

    enum class Zoom
    {
        Day = 1,
        ThreeDays = 3,
        Week = 7
    };
    void refresh();
    void setDate(const QDate& date);
    void setZoom(Zoom zoom);
    void setFilters(const QString& unitCode, const QString& areaCode);

    // Books `number` for `target` (its team and window): previews the problems, asks when
    // there are any, saves, and puts the booking on the undo stack. False when cancelled
    // or refused (the banner says why).
    bool requestBooking(const QString& number, const Booking& target);
    // The keyboard's booking: the order chosen in the list, for the team and time of the
    // form below it (which follow the schedule's cursor).
    bool bookFromForm();

    // How the dispatcher is asked to confirm a booking with problems (a message box by
    // default): the question and the problems; true books anyway. Tests answer it.
    using Confirm = std::function<bool(const QString& question, const QList<ScheduleProblem>&)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Saves the day sheet of the cursor's team for the day shown as a PDF at `path`.
    Status saveDaySheet(const QString& teamCode, const QString& path);

    ScheduleModel* model() const { return m_model; }
    ScheduleView* view() const { return m_view; }
    UnbookedModel* unbookedModel() const { return m_unbooked; }
    QTableView* unbookedView() const { return m_list; }
    QUndoStack* undoStack() const { return m_undo; }
    QComboBox* teamCombo() const { return m_team; }
    QDateTimeEdit* startEdit() const { return m_start; }
    QSpinBox* lengthEdit() const { return m_length; }
    QPushButton* undoButton() const { return m_undoButton; }
    // "Plan the day": the plan's dialog for the day shown, its proposals as ghost blocks.
    void planTheDay();
    SchedulePlanner* planner() const { return m_planner; }
    QPushButton* redoButton() const { return m_redoButton; }
    QString bannerText() const;
    void selectUnbooked(const QString& number);

signals:
    void booked(const QString& number); // the board should show it anew
    void openOrder(const QString& number);
    void statusMessage(const QString& message);

private:
    void reload();
    void loadFilters();
    void showBanner(const QString& text, bool problem);
    void afterSave(const QString& number, const QString& message, bool ok);
    QString selectedUnbooked() const;
    int defaultMinutes(const QString& number) const;
    void dropped(const QString& number, const QString& teamCode, const QDateTime& start);
    void exportDaySheet();

    const Session& m_session;
    ScheduleModel* m_model = nullptr;
    ScheduleView* m_view = nullptr;
    UnbookedModel* m_unbooked = nullptr;
    QTableView* m_list = nullptr;
    QLabel* m_listTitle = nullptr;
    QDateEdit* m_date = nullptr;
    QButtonGroup* m_zoom = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_area = nullptr;
    QComboBox* m_team = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_length = nullptr;
    QPushButton* m_book = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_redoButton = nullptr;
    QPushButton* m_sheet = nullptr;
    QPushButton* m_plan = nullptr;
    SchedulePlanner* m_planner = nullptr;
    QLabel* m_banner = nullptr;
    QUndoStack* m_undo = nullptr;
    Confirm m_confirm;
};

} // namespace fd
