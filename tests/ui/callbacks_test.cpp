// The callback agent's page (SPEC §5): today's queue is prepared on start, the page opens on
// it with the next call, a whole call is answered and saved from the keyboard, misses are
// retried after the rule's delay and end unreachable, and a complaint made on the call is
// registered against the order.
#include "models/callbackqueuemodel.h"
#include "pages/callbackspage.h"
#include "pages/callpanel.h"
#include "private/sql.h"
#include "services/callbackservice.h"
#include "services/complaintservice.h"
#include "services/ruleservice.h"
#include "storage/database.h"
#include "todayscallbacks.h"
#include "uitest.h"
#include "widgets/callscriptwidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiCallbacksTest : public UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        m_today = m_db.session().today();
        ASSERT_TRUE(prepareTodaysCallbacks(m_db.session())
                        .startsWith(u"Today's callback queue is ready"_s));
    }

    // The page on screen and active, so that its keys reach it as they would an agent's.
    std::unique_ptr<CallbacksPage> openPage()
    {
        auto page = std::make_unique<CallbacksPage>(m_db.session());
        page->resize(1100, 720);
        page->show();
        page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        page->refresh();
        page->panel()->focusScript();
        return page;
    }

    CallbackTask stored(qint64 id)
    {
        Result<std::optional<CallbackTask>> found = CallbackService(m_db.session()).find(id);
        EXPECT_TRUE(found.ok() && found.value());
        return found.ok() && found.value() ? *found.value() : CallbackTask {};
    }

    CallbackTask nextCall()
    {
        Result<std::optional<CallbackTask>> next
            = CallbackService(m_db.session()).nextCall(m_today);
        EXPECT_TRUE(next.ok() && next.value());
        return next.ok() && next.value() ? *next.value() : CallbackTask {};
    }

    void answerAllYes(CallScriptWidget* script, const char* score = "9")
    {
        QTest::keyClicks(script, u"yyyyyy"_s);
        QTest::keyClicks(script, QString::fromLatin1(score));
    }

    QDate m_today;
};

TEST_F(UiCallbacksTest, TodaysQueueIsPreparedOnceForEveryOrderCompletedYesterday)
{
    const QDateTime from(m_today.addDays(-1), QTime(0, 0), m_db.session().zone());
    const QDateTime before(m_today, QTime(0, 0), m_db.session().zone());
    const qint64 completed = scalar(m_db.database(),
        u"SELECT COUNT(*) FROM orders WHERE status = 'completed' AND completed_at >= ? AND completed_at < ?"_s,
        { from.toSecsSinceEpoch(), before.toSecsSinceEpoch() })
                                 .value()
                                 .toLongLong();
    ASSERT_GT(completed, 20) << "the demo completes orders every day";
    const CallbackCounts counts = CallbackService(m_db.session()).counts(m_today).value();
    EXPECT_EQ(counts.due, completed);
    EXPECT_EQ(counts.toCall, completed);
    EXPECT_EQ(prepareTodaysCallbacks(m_db.session()),
        u"Today's callback queue: %1 calls, prepared earlier."_s.arg(completed));
    EXPECT_EQ(CallbackService(m_db.session()).counts(m_today).value().due, completed)
        << "no duplicates";
}

TEST_F(UiCallbacksTest, PageOpensOnTodaysQueueWithTheNextCall)
{
    auto page = openPage();
    auto tester = checkModel(page->model());
    const CallbackCounts counts = CallbackService(m_db.session()).counts(m_today).value();
    EXPECT_EQ(page->day(), m_today);
    EXPECT_EQ(page->counts().due, counts.due);
    EXPECT_EQ(page->model()->rowCount(), counts.due);
    EXPECT_TRUE(page->countsText().contains(u"Due&nbsp;<b>%1</b>"_s.arg(counts.due)))
        << page->countsText().toStdString();
    EXPECT_TRUE(page->countsText().contains(u"To retry"_s));
    EXPECT_TRUE(page->countsText().contains(u"Unreachable"_s));

    const CallbackTask next = nextCall();
    ASSERT_TRUE(page->panel()->task());
    EXPECT_EQ(page->panel()->task()->id, next.id);
    EXPECT_EQ(page->panel()->customerText(), next.customer);
    EXPECT_EQ(page->panel()->phoneText(), next.phone);
    EXPECT_EQ(page->panel()->attemptsText(), u"First call (of 3 at most)."_s);
    EXPECT_EQ(page->model()->task(0).id, next.id) << "the queue starts with the call on screen";
    EXPECT_TRUE(page->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(page->model()->index(0, CallbackQueueModel::State).data().toString(), u"To call"_s);
    EXPECT_TRUE(page->panel()->script()->hasFocus());
    // Every key is written on the page.
    for (const QString& key : { u"Y / N"_s, u"↑ ↓"_s, u"0–10"_s, u"<b>C</b>"_s, u"<b>K</b>"_s,
             u"Tab / Esc"_s, u"<b>Enter</b>"_s, u"F6–F9"_s })
        EXPECT_TRUE(page->hintText().contains(key)) << key.toStdString();
    EXPECT_EQ(
        page->panel()->missedCaption(), u"Not reached — called again after 2 h, 3 calls at most:"_s)
        << "the retry delay and the limit are the rules'";
    EXPECT_EQ(page->panel()->outcomeButton(CallbackOutcome::NoAnswer)->text(), u"No answer [F6]"_s);
    EXPECT_EQ(page->panel()->outcomeButton(CallbackOutcome::Refused)->text(),
        u"Refused to answer [F9]"_s);
    EXPECT_TRUE(page->panel()
                    ->outcomeButton(CallbackOutcome::Reached)
                    ->text()
                    .endsWith(u"[Ctrl+Return]"_s));
}

TEST_F(UiCallbacksTest, QueueModelReadsPageByPageInTheServicesOrder)
{
    CallbackQueueModel model(m_db.session());
    auto tester = checkModel(&model);
    model.setPageSize(40);
    ASSERT_TRUE(model.setDay(m_today).ok());
    EXPECT_EQ(model.rowCount(), 40);
    EXPECT_TRUE(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    const QList<CallbackTask> queue = CallbackService(m_db.session()).queue(m_today).value();
    ASSERT_EQ(model.rowCount(), queue.size());
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.task(row).id, queue.at(row).id) << row;
    EXPECT_EQ(model.columnCount(), int(CallbackQueueModel::ColumnCount));
    EXPECT_TRUE(model.setDay(m_today.addDays(5)).ok());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
}

TEST_F(UiCallbacksTest, KeyboardAnswersAWholeCallAndTheNextOneComesUp)
{
    auto page = openPage();
    auto tester = checkModel(page->model());
    CallScriptWidget* script = page->panel()->script();
    const CallbackTask first = *page->panel()->task();

    QTest::keyClicks(script, u"yyy"_s);
    EXPECT_EQ(script->currentRow(), 3) << "each answer moves to the next question";
    QTest::keyClick(script, Qt::Key_Up);
    QTest::keyClick(script, Qt::Key_N); // the agent corrects question 3
    EXPECT_EQ(script->answer(CallbackQuestion::Uniform), false);
    QTest::keyClicks(script, u"yny"_s);
    EXPECT_EQ(script->currentRow(), CallScriptWidget::kSatisfactionRow);
    QTest::keyClicks(script, u"10c"_s);
    EXPECT_EQ(script->satisfaction(), 10) << "1 then 0 is ten";
    EXPECT_TRUE(script->commendation());
    QTest::keyClicks(page->panel()->commentEdit(), u"Muy amable"_s);
    QTest::keyClick(page->panel()->commentEdit(), Qt::Key_Escape);
    EXPECT_TRUE(script->hasFocus()) << "Esc goes back to the script";
    QTest::keyClick(script, Qt::Key_Return);

    const CallbackTask saved = stored(first.id);
    EXPECT_EQ(saved.status, CallbackStatus::Reached);
    EXPECT_EQ(saved.attempts, 1);
    ASSERT_TRUE(saved.answers);
    const std::array<bool, kCallbackQuestionCount> expected { true, true, false, true, false,
        true };
    EXPECT_EQ(saved.answers->yes, expected);
    EXPECT_EQ(saved.answers->satisfaction, 10);
    EXPECT_TRUE(saved.answers->commendation);
    EXPECT_EQ(saved.answers->comment, u"Muy amable"_s);
    EXPECT_EQ(CallbackService(m_db.session()).attempts(first.id).value().first().at,
        m_db.session().now());

    ASSERT_TRUE(page->panel()->task());
    EXPECT_NE(page->panel()->task()->id, first.id);
    EXPECT_EQ(page->panel()->task()->id, nextCall().id);
    EXPECT_FALSE(script->isTouched()) << "the next call starts blank";
    EXPECT_TRUE(script->hasFocus());
    EXPECT_EQ(page->counts().reached, 1);
    EXPECT_EQ(page->lastMessage(),
        u"Saved the answers of %1 (%2)."_s.arg(first.customer, first.orderNumber));
    const int row = page->model()->rowOfTask(first.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(row, page->model()->rowCount() - 1)
        << "a concluded call goes to the end of the queue";
    EXPECT_EQ(page->model()->index(row, CallbackQueueModel::State).data().toString(), u"Done"_s);
}

TEST_F(UiCallbacksTest, AReachedCallIsSavedOnlyWithEveryAnswer)
{
    auto page = openPage();
    CallScriptWidget* script = page->panel()->script();
    const CallbackTask first = *page->panel()->task();
    QTest::keyClicks(script, u"yyy"_s);
    QTest::keyClick(script, Qt::Key_Return);
    EXPECT_EQ(page->panel()->errorText(), u"Answer question 4 (Standard service) before saving."_s);
    EXPECT_EQ(script->currentRow(), 3);
    QTest::keyClicks(script, u"yyy"_s);
    QTest::keyClick(script, Qt::Key_Return);
    EXPECT_EQ(page->panel()->errorText(), u"Type the satisfaction score (0–10) before saving."_s);
    EXPECT_EQ(stored(first.id).attempts, 0) << "nothing was recorded";
    EXPECT_EQ(page->panel()->task()->id, first.id);
    QTest::keyClick(script, Qt::Key_7);
    QTest::keyClick(script, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(stored(first.id).status, CallbackStatus::Reached);
    EXPECT_EQ(stored(first.id).answers->satisfaction, 7);
}

TEST_F(UiCallbacksTest, NoAnswerIsRetriedAfterTheRulesDelayAndThreeMissesMakeItUnreachable)
{
    auto page = openPage();
    const CallbackTask first = *page->panel()->task();
    QTest::keyClick(page->panel()->script(), Qt::Key_F6);

    CallbackTask task = stored(first.id);
    EXPECT_EQ(task.status, CallbackStatus::Pending);
    EXPECT_EQ(task.attempts, 1);
    EXPECT_EQ(task.nextAttemptAt, m_db.session().now().addSecs(120 * 60))
        << "the default retry delay is 2 h";
    EXPECT_NE(page->panel()->task()->id, first.id) << "the next customer comes up";
    EXPECT_EQ(page->counts().toRetry, 1);
    // 10:00 UTC is 05:00 in Lima: the retry is due at 07:00.
    EXPECT_EQ(page->lastMessage(),
        u"No answer: %1 (%2) — to be called again at 07:00 (calls made: 1)."_s.arg(
            first.customer, first.orderNumber));
    int row = page->model()->rowOfTask(first.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(
        page->model()->index(row, CallbackQueueModel::State).data().toString(), u"Retry 07:00"_s);
    EXPECT_EQ(page->model()->index(row, CallbackQueueModel::Attempts).data().toString(), u"1"_s);

    // Opened from the queue before its time, the call says when the retry is due.
    page->callRow(row);
    EXPECT_EQ(page->panel()->task()->id, first.id);
    EXPECT_TRUE(
        page->panel()->attemptsText().startsWith(u"Call 2 of 3. The retry is due at 07:00."_s))
        << page->panel()->attemptsText().toStdString();
    EXPECT_TRUE(page->panel()->attemptsText().contains(u"05:00 No answer (tester)"_s));

    m_db.setNow(m_db.session().now().addSecs(2 * 3600));
    QTest::keyClick(page->panel()->script(), Qt::Key_F7); // busy
    m_db.setNow(m_db.session().now().addSecs(2 * 3600));
    page->callRow(page->model()->rowOfTask(first.id));
    QTest::keyClick(page->panel()->script(), Qt::Key_F8); // wrong number
    task = stored(first.id);
    EXPECT_EQ(task.status, CallbackStatus::Unreachable);
    EXPECT_EQ(task.attempts, 3);
    EXPECT_EQ(page->counts().unreachable, 1);
    EXPECT_EQ(page->lastMessage(),
        u"Wrong number: %1 (%2) — unreachable (calls made: 3)."_s.arg(
            first.customer, first.orderNumber));
}

TEST_F(UiCallbacksTest, TheRetryDelayAndTheLimitAreTheRulesInForce)
{
    RuleSet rules = RuleService(m_db.session()).current().value();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kCallbackRetryMinutes), 45).ok());
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kCallbackMaxAttempts), 2).ok());
    ASSERT_TRUE(RuleService(m_db.session()).saveVersion(rules, u"faster retries"_s).ok());
    auto page = openPage();
    EXPECT_EQ(page->panel()->missedCaption(),
        u"Not reached — called again after 45 min, 2 calls at most:"_s);
    EXPECT_EQ(page->panel()->attemptsText(), u"First call (of 2 at most)."_s);
    const CallbackTask first = *page->panel()->task();
    QTest::keyClick(page->panel()->script(), Qt::Key_F7);
    EXPECT_EQ(stored(first.id).nextAttemptAt, m_db.session().now().addSecs(45 * 60));
    EXPECT_EQ(page->lastMessage(),
        u"Busy: %1 (%2) — to be called again at 05:45 (calls made: 1)."_s.arg(
            first.customer, first.orderNumber));
    m_db.setNow(m_db.session().now().addSecs(45 * 60));
    page->callRow(page->model()->rowOfTask(first.id));
    QTest::keyClick(page->panel()->script(), Qt::Key_F9);
    EXPECT_EQ(stored(first.id).status, CallbackStatus::Unreachable) << "two calls at most";
}

TEST_F(UiCallbacksTest, AComplaintMadeOnTheCallIsRegisteredAgainstTheOrder)
{
    auto page = openPage();
    CallPanel* panel = page->panel();
    const CallbackTask first = *panel->task();
    answerAllYes(panel->script(), "3");
    QTest::keyClick(panel->script(), Qt::Key_K);
    EXPECT_TRUE(panel->complaintCheck()->isChecked());
    EXPECT_TRUE(panel->complaintCategoryCombo()->hasFocus())
        << "K goes to the complaint's category, a choice the agent must make";
    panel->complaintCategoryCombo()->setCurrentIndex(
        panel->complaintCategoryCombo()->findData(int(ComplaintCategory::UntidySite)));
    QTest::keyClicks(panel->complaintDescriptionEdit(), u"Dejaron restos de cable"_s);
    QTest::keyClick(panel->complaintDescriptionEdit(), Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(stored(first.id).status, CallbackStatus::Reached);
    ComplaintFilter filter;
    filter.orderNumber = first.orderNumber;
    const QList<Complaint> complaints = ComplaintService(m_db.session()).list(filter).value();
    ASSERT_EQ(complaints.size(), 1);
    EXPECT_EQ(complaints.first().source, ComplaintSource::Callback);
    EXPECT_EQ(complaints.first().category, ComplaintCategory::UntidySite);
    EXPECT_EQ(complaints.first().description, u"Dejaron restos de cable"_s);
    EXPECT_EQ(complaints.first().unitCode, first.unitCode);
    EXPECT_EQ(complaints.first().status, ComplaintStatus::Open);
    EXPECT_EQ(complaints.first().registeredBy, u"tester"_s);
    EXPECT_EQ(page->lastMessage(),
        u"Saved the answers of %1 (%2) and registered the complaint."_s.arg(
            first.customer, first.orderNumber));
    EXPECT_FALSE(panel->complaintCheck()->isChecked()) << "the next call starts without one";
}

TEST_F(UiCallbacksTest, TheServicesRefusalIsShownAndNothingIsRecorded)
{
    auto page = openPage();
    CallPanel* panel = page->panel();
    const CallbackTask first = *panel->task();
    panel->complaintCheck()->setChecked(true);
    panel->complaintDescriptionEdit()->setText(u"Nadie contestó"_s);
    QTest::keyClick(panel->script(), Qt::Key_F6);
    EXPECT_EQ(panel->errorText(),
        u"Answers and complaints are recorded only when the customer was reached."_s);
    EXPECT_EQ(stored(first.id).attempts, 0);
    EXPECT_EQ(panel->task()->id, first.id) << "the call stays on screen";
}

TEST_F(UiCallbacksTest, ACallRecordedElsewhereMeanwhileIsReloaded)
{
    auto page = openPage();
    CallPanel* panel = page->panel();
    const CallbackTask first = *panel->task();
    std::unique_ptr<Session> agent = m_db.sessionAs(Role::CallbackAgent);
    ASSERT_TRUE(CallbackService(*agent)
                    .recordAttempt(first.id, first.version, agent->now(), CallbackOutcome::Busy)
                    .ok());
    answerAllYes(panel->script());
    QTest::keyClick(panel->script(), Qt::Key_Return);
    EXPECT_TRUE(panel->errorText().contains(u"was recorded by someone else meanwhile"_s))
        << panel->errorText().toStdString();
    EXPECT_EQ(panel->task()->attempts, 1) << "the panel shows the stored call";
    EXPECT_EQ(stored(first.id).status, CallbackStatus::Pending);
}

TEST_F(UiCallbacksTest, AConcludedCallIsShownReadOnly)
{
    auto page = openPage();
    const CallbackTask first = *page->panel()->task();
    answerAllYes(page->panel()->script(), "8");
    QTest::keyClick(page->panel()->script(), Qt::Key_Return);
    page->callRow(page->model()->rowOfTask(first.id));
    CallPanel* panel = page->panel();
    ASSERT_EQ(panel->task()->id, first.id);
    EXPECT_FALSE(panel->script()->isEditable());
    EXPECT_EQ(panel->script()->satisfaction(), 8);
    EXPECT_FALSE(panel->outcomeButton(CallbackOutcome::Reached)->isEnabled());
    EXPECT_TRUE(panel->attemptsText().startsWith(u"Reached at "_s));
    QTest::keyClick(panel->script(), Qt::Key_N);
    EXPECT_EQ(panel->script()->answer(CallbackQuestion::OnTime), true) << "read-only";
    EXPECT_FALSE(panel->record(CallbackOutcome::NoAnswer));
    EXPECT_EQ(stored(first.id).attempts, 1);
}

TEST_F(UiCallbacksTest, OnlyThoseWhoWorkCallbacksRecordThem)
{
    std::unique_ptr<Session> dispatcher = m_db.sessionAs(Role::Dispatcher);
    CallbacksPage page(*dispatcher);
    page.refresh();
    ASSERT_TRUE(page.panel()->task()) << "everyone may look at the queue";
    EXPECT_FALSE(page.panel()->script()->isEditable());
    EXPECT_FALSE(page.panel()->outcomeButton(CallbackOutcome::NoAnswer)->isEnabled());
    std::unique_ptr<Session> agent = m_db.sessionAs(Role::CallbackAgent);
    CallbacksPage agentPage(*agent);
    agentPage.refresh();
    EXPECT_TRUE(agentPage.panel()->script()->isEditable());
    EXPECT_TRUE(agentPage.panel()->outcomeButton(CallbackOutcome::NoAnswer)->isEnabled());
}

TEST_F(UiCallbacksTest, ADayWithoutCallbacksSaysSo)
{
    auto page = openPage();
    page->setDay(m_today.addDays(3));
    EXPECT_EQ(page->counts().due, 0);
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_FALSE(page->panel()->task());
    page->setDay(m_today);
    EXPECT_TRUE(page->panel()->task());
}

} // namespace
} // namespace fd::test

namespace fd::test {

// Issue 7: another desk, on a connection of its own, records the call on screen; the page's
// periodic read (what its timer runs) shows it without a restart and moves on.
TEST_F(UiCallbacksTest, AnotherDesksCallShowsOnTheNextReadWithoutARestart)
{
    auto page = openPage();
    const CallbackTask first = *page->panel()->task();
    const CallbackCounts before = page->counts();

    Result<std::unique_ptr<Database>> otherDesk = Database::open(m_db.location());
    ASSERT_TRUE(otherDesk.ok()) << otherDesk.error().toStdString();
    Session colleague(
        *otherDesk.value(), Actor { u"li"_s, Role::CallbackAgent }, m_db.session().zone());
    colleague.setClock([this] { return m_db.session().now(); });
    ASSERT_TRUE(
        CallbackService(colleague)
            .recordAttempt(first.id, first.version, colleague.now(), CallbackOutcome::NoAnswer)
            .ok());

    page->refresh(); // every half minute, by the page's own timer
    EXPECT_EQ(page->counts().toRetry, before.toRetry + 1);
    ASSERT_TRUE(page->panel()->task());
    EXPECT_NE(page->panel()->task()->id, first.id)
        << "the call the colleague made is not offered again";
}

} // namespace fd::test
