// "Plan the day" (SPEC §15, issue 17) offscreen on the demo operator: the dialog shows the
// proposal beside the baseline, books only the ticked proposals as ordinary events, refuses
// a stale plan without booking anything, and follows the day chosen.
#include "dialogs/plandialog.h"
#include "models/schedulemodel.h"
#include "pages/scheduleplan.h"
#include "pages/scheduletab.h"
#include "services/orderservice.h"
#include "uitest.h"
#include "widgets/scheduleview.h"

#include <QDateEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiPlanTest : public UiTest
{
protected:
    WorkOrder stored(const QString& number)
    {
        Result<std::optional<WorkOrder>> found = OrderService(m_db.session()).find(number);
        EXPECT_TRUE(found.ok() && found.value());
        return found.ok() && found.value() ? *found.value() : WorkOrder();
    }

    // The rows that can be ticked (proposals), by order number.
    static QList<QTreeWidgetItem*> proposalRows(const PlanDialog& dialog)
    {
        QList<QTreeWidgetItem*> rows;
        for (int row = 0; row < dialog.proposals()->topLevelItemCount(); ++row) {
            QTreeWidgetItem* item = dialog.proposals()->topLevelItem(row);
            if (item->flags() & Qt::ItemIsUserCheckable)
                rows.append(item);
        }
        return rows;
    }
};

TEST_F(UiPlanTest, BooksOnlyTheTickedProposalsAsOrdinaryEvents)
{
    const QDate today = m_db.session().today();
    PlanDialog dialog(m_db.session(), today);
    QList<QTreeWidgetItem*> rows = proposalRows(dialog);
    ASSERT_GE(rows.size(), 3) << "the demo has open orders due today without a window";
    dialog.setAllTicked(false);
    rows[0]->setCheckState(0, Qt::Checked);
    rows[2]->setCheckState(0, Qt::Checked);
    const QString first = rows[0]->text(1);
    const QString second = rows[1]->text(1);
    const QString third = rows[2]->text(1);
    const QString team = rows[0]->text(0);
    dialog.accept();
    EXPECT_TRUE(dialog.error().isEmpty()) << dialog.error().toStdString();
    EXPECT_EQ(dialog.bookedCount(), 2);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const WorkOrder booked = stored(first);
    EXPECT_EQ(booked.status, OrderStatus::Scheduled);
    EXPECT_EQ(booked.teamCode, team);
    EXPECT_TRUE(booked.appointmentStart.isValid());
    EXPECT_EQ(stored(third).status, OrderStatus::Scheduled);
    EXPECT_FALSE(stored(second).appointmentStart.isValid()) << "not ticked, not booked";
    QStringList actions;
    for (const OrderEvent& event : OrderService(m_db.session()).history(first).value())
        actions.append(event.action);
    EXPECT_TRUE(actions.contains(u"schedule"_s)) << actions.join(u',').toStdString();

    // A plan made afterwards no longer offers what was booked.
    PlanDialog again(m_db.session(), today);
    for (QTreeWidgetItem* row : proposalRows(again))
        EXPECT_NE(row->text(1), first);
}

TEST_F(UiPlanTest, AStalePlanIsRefusedAndNothingIsBooked)
{
    PlanDialog dialog(m_db.session(), m_db.session().today());
    const QList<QTreeWidgetItem*> rows = proposalRows(dialog);
    ASSERT_GE(rows.size(), 2);
    // Someone else books the second order meanwhile.
    const WorkOrder taken = stored(rows[1]->text(1));
    const QString otherTeam = rows[1]->text(0);
    ASSERT_TRUE(OrderService(m_db.session())
                    .assign(taken.number, taken.version, otherTeam, QString())
                    .ok());
    dialog.accept(); // every row is ticked
    EXPECT_FALSE(dialog.error().isEmpty());
    EXPECT_TRUE(dialog.error().contains(taken.number)) << dialog.error().toStdString();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.bookedCount(), 0);
    EXPECT_FALSE(stored(rows[0]->text(1)).appointmentStart.isValid()) << "all or none";
}

TEST_F(UiPlanTest, TheDayChosenIsPlannedAndNothingTickedBooksNothing)
{
    PlanDialog dialog(m_db.session(), m_db.session().today());
    const int todayRows = dialog.proposals()->topLevelItemCount();
    dialog.setAllTicked(false);
    auto* book = dialog.findChild<QPushButton*>();
    QPushButton* accept = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text().startsWith(u"Book"_s))
            accept = button;
    }
    ASSERT_TRUE(book && accept);
    EXPECT_FALSE(accept->isEnabled());
    EXPECT_EQ(accept->text(), u"Book 0 ticked"_s);
    // A day long past has no window left: said, and nothing is proposed.
    dialog.day()->setDate(m_db.session().today().addDays(-60));
    EXPECT_TRUE(proposalRows(dialog).isEmpty());
    EXPECT_TRUE(dialog.error().contains(u"over"_s)) << dialog.error().toStdString();
    // Tomorrow: planned again, with windows on tomorrow.
    dialog.day()->setDate(m_db.session().today().addDays(1));
    EXPECT_TRUE(dialog.error().isEmpty());
    EXPECT_EQ(dialog.proposals()->topLevelItemCount(), todayRows) << "the same open orders";
    EXPECT_FALSE(proposalRows(dialog).isEmpty());
    dialog.setAllTicked(true);
    dialog.accept();
    EXPECT_GT(dialog.bookedCount(), 0);
    const WorkOrder booked = stored(proposalRows(dialog).first()->text(1));
    EXPECT_EQ(booked.appointmentStart.toTimeZone(m_db.session().zone()).date(),
        m_db.session().today().addDays(1));
}

// On the team schedule: the ticked proposals are ghost blocks while the dialog is open;
// booking puts them on the schedule and on the undo stack as one step; undo takes every
// booking back, redo books them again.
TEST_F(UiPlanTest, TheScheduleShowsGhostsAndUndoesTheBookedPlanAsOneStep)
{
    ScheduleTab tab(m_db.session());
    tab.resize(1280, 760);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    const QDate day = m_db.session().today().addDays(1);
    tab.setDate(day);
    tab.planTheDay();
    PlanDialog* dialog = tab.planner()->dialog();
    ASSERT_NE(dialog, nullptr);
    QList<QTreeWidgetItem*> rows = proposalRows(*dialog);
    ASSERT_GE(rows.size(), 3);
    EXPECT_EQ(tab.view()->ghosts().size(), rows.size());
    const QString dropped = rows[0]->text(1);
    EXPECT_TRUE(tab.view()->ghostRect(dropped).isValid() || tab.view()->ghosts().size() > 0);
    rows[0]->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(tab.view()->ghosts().size(), rows.size() - 1);
    EXPECT_FALSE(tab.view()->ghostRect(dropped).isValid()) << "unticked: no ghost";
    const QString kept = rows[1]->text(1);
    for (const ScheduleLayout::Ghost& ghost : tab.view()->ghosts())
        EXPECT_FALSE(tab.view()->model()->indexOfOrder(ghost.number).isValid())
            << "a ghost is not booked yet";

    dialog->accept();
    EXPECT_TRUE(dialog->error().isEmpty()) << dialog->error().toStdString();
    EXPECT_TRUE(tab.view()->ghosts().isEmpty());
    EXPECT_TRUE(tab.model()->indexOfOrder(kept).isValid()) << "booked: a block now";
    EXPECT_FALSE(tab.model()->indexOfOrder(dropped).isValid());
    EXPECT_TRUE(stored(kept).appointmentStart.isValid());
    ASSERT_EQ(tab.undoStack()->count(), 1) << "the plan is one step";

    tab.undoStack()->undo();
    EXPECT_FALSE(stored(kept).appointmentStart.isValid()) << "undone";
    EXPECT_FALSE(tab.model()->indexOfOrder(kept).isValid());
    tab.undoStack()->redo();
    EXPECT_TRUE(stored(kept).appointmentStart.isValid()) << "redone";
    QStringList actions;
    for (const OrderEvent& event : OrderService(m_db.session()).history(kept).value())
        actions.append(event.action);
    EXPECT_GE(actions.count(u"schedule"_s), 2) << actions.join(u',').toStdString();
}

} // namespace
} // namespace fd::test
