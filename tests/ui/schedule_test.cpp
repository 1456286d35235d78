// The team schedule (issue 16): an order dropped on a team at a time, booked from the
// keyboard, a block moved and stretched, undo and redo with their refusal, the problems
// shown before anything is saved, and the models under Qt's model checker.
#include "models/boardmodel.h"
#include "models/schedulemodel.h"
#include "models/unbookedmodel.h"
#include "pages/dispatchpage.h"
#include "pages/scheduletab.h"
#include "reports/daysheetpdf.h"
#include "services/orderservice.h"
#include "services/outputtarget.h"
#include "services/scheduleservice.h"
#include "uitest.h"
#include "widgets/orderdrag.h"
#include "widgets/scheduleview.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiScheduleTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        tab = std::make_unique<ScheduleTab>(m_db.session());
        tab->resize(1280, 760);
        tab->setConfirm([this](const QString& question, const QList<ScheduleProblem>& problems) {
            asked.append(question);
            askedProblems = problems;
            return answer;
        });
        tab->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(tab.get()));
        tab->setDate(day());
        tab->refresh();
    }

    QDate day() { return m_db.session().today().addDays(1); }
    QDateTime at(int hour, int minute = 0)
    {
        return QDateTime(day(), QTime(hour, minute), m_db.session().zone()).toUTC();
    }

    WorkOrder stored(const QString& number)
    {
        Result<std::optional<WorkOrder>> found = OrderService(m_db.session()).find(number);
        EXPECT_TRUE(found.ok() && found.value());
        return found.ok() && found.value() ? *found.value() : WorkOrder();
    }

    // An order still to book that a team covering its area in an active unit can take,
    // with that team; `skip` orders are passed over.
    std::pair<WorkOrder, QString> bookable(const QStringList& skip = {})
    {
        for (int row = 0; row < tab->unbookedModel()->rowCount(); ++row) {
            const WorkOrder& order = tab->unbookedModel()->order(row);
            if (skip.contains(order.number) || order.status != OrderStatus::New)
                continue;
            Result<QList<TeamProposal>> teams
                = OrderService(m_db.session()).proposeTeams(order.number);
            if (!teams.ok() || teams.value().isEmpty())
                continue;
            const TeamProposal& best = teams.value().first();
            if (best.coversArea && best.unitActive && tab->model()->rowOfTeam(best.teamCode) >= 0)
                return { order, best.teamCode };
        }
        ADD_FAILURE() << "the demo has an order a team can take";
        return {};
    }

    void drop(const QString& number, int row, const QDateTime& time)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(kOrderMimeType), number.toUtf8());
        const QPoint point = tab->view()->pointFor(row, time);
        QDragEnterEvent enter(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tab->view()->viewport(), &enter);
        QDragMoveEvent move(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tab->view()->viewport(), &move);
        QDropEvent dropped(point, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(tab->view()->viewport(), &dropped);
    }

    void mouse(QEvent::Type type, const QPoint& point, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, point, tab->view()->viewport()->mapToGlobal(point), Qt::LeftButton,
            buttons, Qt::NoModifier);
        QApplication::sendEvent(tab->view()->viewport(), &event);
    }

    QStringList actions(const QString& number)
    {
        QStringList list;
        for (const OrderEvent& event : OrderService(m_db.session()).history(number).value())
            list.append(event.action);
        return list;
    }

    std::unique_ptr<ScheduleTab> tab;
    QStringList asked;
    QList<ScheduleProblem> askedProblems;
    bool answer = true;
};

TEST_F(UiScheduleTest, TheModelsPassTheModelCheckerAndShowTheService)
{
    auto checker = checkModel(tab->model());
    auto unbookedChecker = checkModel(tab->unbookedModel());
    tab->setZoom(ScheduleTab::Zoom::Week);
    tab->setZoom(ScheduleTab::Zoom::ThreeDays);
    ASSERT_GT(tab->model()->rowCount(), 0);
    EXPECT_EQ(tab->model()->days(), 3);
    // Each team's windows are the service's, day by day.
    qsizetype windows = 0;
    for (int day = 0; day < 3; ++day) {
        for (const TeamDay& team :
            ScheduleService(m_db.session()).day(this->day().addDays(day)).value())
            windows += team.orders.size();
    }
    qsizetype shown = 0;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QModelIndex team = tab->model()->index(row, 0);
        shown += tab->model()->rowCount(team);
        EXPECT_EQ(team.data(ScheduleModel::TechniciansRole).toInt(),
            tab->model()->row(row).team.technicians);
    }
    EXPECT_EQ(shown, windows);
    EXPECT_GT(windows, 0) << "the demo books windows in the coming days";
    // The unit filter keeps that unit's teams only.
    const QString unit = tab->model()->row(0).team.unitCode;
    tab->setFilters(unit, {});
    for (const ScheduleModel::Row& row : tab->model()->rows())
        EXPECT_EQ(row.team.unitCode, unit);
    for (int row = 0; row < tab->unbookedModel()->rowCount(); ++row)
        EXPECT_EQ(tab->unbookedModel()->order(row).unitCode, unit);
}

TEST_F(UiScheduleTest, AnOrderDroppedOnATeamAtATimeIsAssignedAndBooked)
{
    const auto [order, team] = bookable();
    ASSERT_FALSE(order.number.isEmpty());
    const int row = tab->model()->rowOfTeam(team);
    drop(order.number, row, at(13));
    const WorkOrder saved = stored(order.number);
    EXPECT_TRUE(tab->bannerText().contains(order.number)) << tab->bannerText().toStdString();
    EXPECT_EQ(saved.teamCode, team);
    EXPECT_EQ(saved.status, OrderStatus::Scheduled);
    EXPECT_EQ(saved.appointmentStart, at(13));
    EXPECT_EQ(saved.appointmentEnd, at(15)) << "an install lasts two hours";
    EXPECT_EQ(actions(order.number).mid(actions(order.number).size() - 2),
        QStringList({ u"assign"_s, u"schedule"_s }));
    EXPECT_TRUE(tab->model()->indexOfOrder(order.number).isValid()) << "the block is shown";
    EXPECT_EQ(tab->unbookedModel()->rowOf(order.number), -1) << "and left the list";
    EXPECT_TRUE(tab->undoStack()->canUndo());
}

TEST_F(UiScheduleTest, TheBoardsRowsDragAsOrders)
{
    DispatchPage page(m_db.session());
    page.refresh();
    ASSERT_GT(page.laneModel()->rowCount(), 0);
    OrderDragSource source(page.laneView(), BoardModel::Number);
    std::unique_ptr<QMimeData> mime(source.mimeFor(page.laneModel()->index(0, 3)));
    ASSERT_TRUE(mime);
    EXPECT_EQ(QString::fromUtf8(mime->data(QString::fromLatin1(kOrderMimeType))),
        page.laneModel()->order(0).number);
    EXPECT_NE(page.schedule(), nullptr);
}

TEST_F(UiScheduleTest, TheKeyboardBooksTheChosenOrderAtTheCursor)
{
    const auto [order, team] = bookable();
    ASSERT_FALSE(order.number.isEmpty());
    tab->selectUnbooked(order.number);
    const int row = tab->model()->rowOfTeam(team);
    tab->view()->setFocus();
    tab->view()->setCursor(row, at(9));
    QTest::keyClick(tab->view(), Qt::Key_Right); // 09:30
    QTest::keyClick(tab->view(), Qt::Key_Right); // 10:00
    EXPECT_EQ(tab->teamCombo()->currentData().toString(), team) << "the form follows the cursor";
    QTest::keyClick(tab->view(), Qt::Key_Return);
    WorkOrder saved = stored(order.number);
    EXPECT_EQ(saved.teamCode, team);
    EXPECT_EQ(saved.appointmentStart, at(10));

    // And from the form: the order, the team, the start and Enter.
    const auto [second, secondTeam] = bookable({ order.number });
    ASSERT_FALSE(second.number.isEmpty());
    tab->selectUnbooked(second.number);
    tab->teamCombo()->setCurrentIndex(tab->teamCombo()->findData(secondTeam));
    tab->startEdit()->setDateTime(QDateTime(day(), QTime(16, 0)));
    tab->lengthEdit()->setValue(60);
    tab->startEdit()->setFocus();
    QTest::keyClick(tab->startEdit(), Qt::Key_Return);
    saved = stored(second.number);
    EXPECT_EQ(saved.teamCode, secondTeam);
    EXPECT_EQ(saved.appointmentStart, at(16));
    EXPECT_EQ(saved.appointmentEnd, at(17));
}

TEST_F(UiScheduleTest, MovingAndStretchingABlockRebooksIt)
{
    const auto [order, team] = bookable();
    ASSERT_FALSE(order.number.isEmpty());
    const int row = tab->model()->rowOfTeam(team);
    drop(order.number, row, at(13));
    ASSERT_EQ(stored(order.number).appointmentStart, at(13));
    // Move it an hour later.
    QRect block = tab->view()->blockRect(order.number);
    ASSERT_TRUE(block.isValid());
    const QPoint grab = block.center() - QPoint(block.width() / 4, 0);
    const int hour
        = tab->view()->pointFor(row, at(14)).x() - tab->view()->pointFor(row, at(13)).x();
    mouse(QEvent::MouseButtonPress, grab, Qt::LeftButton);
    mouse(QEvent::MouseMove, grab + QPoint(hour / 2, 0), Qt::LeftButton);
    mouse(QEvent::MouseMove, grab + QPoint(hour, 0), Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, grab + QPoint(hour, 0), Qt::NoButton);
    WorkOrder saved = stored(order.number);
    EXPECT_EQ(saved.appointmentStart, at(14));
    EXPECT_EQ(saved.appointmentEnd, at(16));
    // Stretch its right end by an hour.
    block = tab->view()->blockRect(order.number);
    const QPoint edge(block.right() - 2, block.center().y());
    mouse(QEvent::MouseButtonPress, edge, Qt::LeftButton);
    mouse(QEvent::MouseMove, edge + QPoint(hour / 2, 0), Qt::LeftButton);
    mouse(QEvent::MouseMove, edge + QPoint(hour, 0), Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, edge + QPoint(hour, 0), Qt::NoButton);
    saved = stored(order.number);
    EXPECT_EQ(saved.appointmentStart, at(14));
    EXPECT_EQ(saved.appointmentEnd, at(17));
    EXPECT_EQ(actions(order.number).mid(actions(order.number).size() - 2),
        QStringList({ u"schedule"_s, u"schedule"_s }));
}

TEST_F(UiScheduleTest, ProblemsAreShownBeforeSavingAndCancelSavesNothing)
{
    const auto [order, team] = bookable();
    ASSERT_FALSE(order.number.isEmpty());
    // After the deadline: asked, cancelled, nothing written.
    answer = false;
    Booking late;
    late.teamCode = team;
    late.start = order.deadline.addSecs(-3600);
    late.end = order.deadline.addSecs(3600);
    EXPECT_FALSE(tab->requestBooking(order.number, late));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(askedProblems.contains(ScheduleProblem::AfterDeadline));
    EXPECT_TRUE(asked.first().contains(order.number)) << asked.first().toStdString();
    EXPECT_EQ(stored(order.number).version, order.version);
    EXPECT_FALSE(tab->undoStack()->canUndo());

    // Overlap: more orders at once than the team has technicians.
    answer = true;
    asked.clear();
    const int technicians = tab->model()->row(tab->model()->rowOfTeam(team)).team.technicians;
    Booking same;
    same.teamCode = team;
    same.start = at(6);
    same.end = at(7); // before the working day: nothing else of the team's is there
    QStringList booked;
    for (int i = 0; i <= technicians; ++i) {
        const auto [next, nextTeam] = bookable(booked);
        ASSERT_FALSE(next.number.isEmpty());
        askedProblems.clear();
        ASSERT_TRUE(tab->requestBooking(next.number, same)) << tab->bannerText().toStdString();
        booked.append(next.number);
        if (i < technicians)
            EXPECT_FALSE(askedProblems.contains(ScheduleProblem::Overlap)) << i;
        else
            EXPECT_TRUE(askedProblems.contains(ScheduleProblem::Overlap));
        EXPECT_TRUE(askedProblems.contains(ScheduleProblem::OutsideHours));
    }
    // The saved blocks carry the problems, for the schedule's red edge.
    const QModelIndex block = tab->model()->indexOfOrder(booked.last());
    ASSERT_TRUE(block.isValid());
    EXPECT_TRUE(block.data(ScheduleModel::ProblemsRole).toStringList().contains(u"overlap"_s));
}

TEST_F(UiScheduleTest, UndoAndRedoRecordTheirOwnEventsAndRefuseAStaleUndo)
{
    const auto [order, team] = bookable();
    ASSERT_FALSE(order.number.isEmpty());
    drop(order.number, tab->model()->rowOfTeam(team), at(13));
    ASSERT_EQ(stored(order.number).teamCode, team);
    tab->view()->setFocus();
    QTest::keyClick(tab->view(), Qt::Key_Z, Qt::ControlModifier);
    WorkOrder saved = stored(order.number);
    EXPECT_TRUE(saved.teamCode.isEmpty());
    EXPECT_EQ(saved.status, OrderStatus::New);
    EXPECT_FALSE(saved.appointmentStart.isValid());
    EXPECT_EQ(actions(order.number).last(), u"unassign"_s);
    EXPECT_TRUE(tab->redoButton()->isEnabled());
    QTest::keyClick(tab->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    saved = stored(order.number);
    EXPECT_EQ(saved.teamCode, team);
    EXPECT_EQ(saved.appointmentStart, at(13));
    EXPECT_EQ(actions(order.number).mid(actions(order.number).size() - 2),
        QStringList({ u"assign"_s, u"schedule"_s }));

    // Somebody else reschedules it; the undo would overwrite that and is refused.
    std::unique_ptr<Session> other = m_db.sessionAs(Role::Dispatcher);
    ASSERT_TRUE(OrderService(*other)
                    .schedule(order.number, saved.version, saved.contactedAt, at(17), at(19), false)
                    .ok());
    tab->undoButton()->click();
    saved = stored(order.number);
    EXPECT_EQ(saved.appointmentStart, at(17)) << "the other dispatcher's change stands";
    EXPECT_TRUE(tab->bannerText().contains(order.number)) << tab->bannerText().toStdString();
    EXPECT_FALSE(tab->undoStack()->canUndo()) << "the refused step left the stack";
}

TEST_F(UiScheduleTest, TheDaySheetIsAPdfWithTheTeamsVisits)
{
    const auto [order, team] = bookable();
    ASSERT_FALSE(order.number.isEmpty());
    drop(order.number, tab->model()->rowOfTeam(team), at(13));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sheet.pdf"_s);
    Status saved = tab->saveDaySheet(team, path);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    QProcess process;
    process.start(pdftotext, { u"-layout"_s, path, u"-"_s });
    ASSERT_TRUE(process.waitForFinished(20000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(order.number)) << text.toStdString();
    EXPECT_TRUE(text.contains(team));
    EXPECT_TRUE(text.contains(u"13:00"_s) && text.contains(u"15:00"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Visits: 1"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Audit"_s)) << "the audit head in the footer";
    EXPECT_TRUE(text.contains(u"Page 1 of 1"_s)) << "page numbers";
    EXPECT_TRUE(text.contains(u"printed by"_s)) << "the operator";
}

} // namespace
} // namespace fd::test
