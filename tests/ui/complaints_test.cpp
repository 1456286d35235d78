// The complaints page (SPEC §6): the list with its filters and colours, registering,
// verifying, rejecting and resolving through the page's own dialogs, the history of each
// verdict, and the daily bulletin with the service's figures.
#include "dialogs/complaintdialog.h"
#include "dialogs/verdictdialog.h"
#include "models/bulletinmodel.h"
#include "models/cellformat.h"
#include "models/complaintmodel.h"
#include "models/recordfilterproxy.h"
#include "pages/bulletintab.h"
#include "pages/complaintspage.h"
#include "pages/complaintstab.h"
#include "services/bulletinservice.h"
#include "services/complaintservice.h"
#include "uitest.h"
#include "widgets/complaintdetails.h"
#include "widgets/complaintfilterbar.h"
#include "widgets/optionaldateedit.h"

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

// Acts on the modal dialog the page is about to open (exec() blocks until it closes).
template <typename Dialog> void whenDialogOpens(std::function<void(Dialog*)> act, int tries = 100)
{
    QTimer::singleShot(10, [act, tries] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (tries > 0)
                whenDialogOpens<Dialog>(act, tries - 1);
            else
                ADD_FAILURE() << "the dialog did not open";
            return;
        }
        act(dialog);
    });
}

class UiComplaintsTest : public UiTest
{
protected:
    std::unique_ptr<ComplaintsPage> openPage()
    {
        auto page = std::make_unique<ComplaintsPage>(m_db.session());
        page->resize(1100, 720);
        page->show();
        page->refresh();
        return page;
    }

    Complaint stored(qint64 id)
    {
        Result<std::optional<Complaint>> found = ComplaintService(m_db.session()).find(id);
        EXPECT_TRUE(found.ok() && found.value());
        return found.ok() && found.value() ? *found.value() : Complaint {};
    }

    // An open hotline complaint against U01, chosen in the list.
    Complaint openComplaint(ComplaintsTab* tab, const QString& description = u"No viene nadie"_s)
    {
        Complaint draft;
        draft.unitCode = u"U01"_s;
        draft.category = ComplaintCategory::Attitude;
        draft.description = description;
        const Complaint complaint
            = ComplaintService(m_db.session()).registerComplaint(draft).value();
        tab->refresh();
        tab->selectComplaint(complaint.id);
        EXPECT_EQ(tab->currentComplaint()->id, complaint.id);
        return complaint;
    }
};

TEST_F(UiComplaintsTest, ListShowsTheServicesComplaintsWithOpenOnesStandingOut)
{
    auto page = openPage();
    ComplaintsTab* tab = page->complaintsTab();
    auto modelTester = checkModel(tab->model());
    auto proxyTester = checkModel(tab->proxy());
    const QList<Complaint> all = ComplaintService(m_db.session()).list({}).value();
    ASSERT_GT(all.size(), 10) << "the demo has complaints";
    EXPECT_EQ(tab->model()->rowCount(), all.size());
    EXPECT_EQ(tab->view()->model()->rowCount(), all.size());
    qsizetype open = 0;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const Complaint& complaint = tab->model()->complaint(row);
        const QModelIndex status = tab->model()->index(row, ComplaintModel::Status);
        EXPECT_EQ(status.data().toString(), complaintStatusDisplayName(complaint.status));
        if (complaint.status == ComplaintStatus::Open) {
            ++open;
            EXPECT_TRUE(status.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
            EXPECT_TRUE(status.data(Qt::FontRole).value<QFont>().bold());
        } else {
            EXPECT_FALSE(status.data(Qt::BackgroundRole).isValid());
        }
    }
    ASSERT_GT(open, 0);
    EXPECT_EQ(tab->summary(), u"Rows: %1 · open: %2"_s.arg(all.size()).arg(open));
    // Newest first, as received.
    const QModelIndex first = tab->view()->model()->index(0, ComplaintModel::Received);
    EXPECT_EQ(first.data().toString(),
        tab->model()->index(tab->model()->rowOfId(all.first().id), 0).data().toString());
}

TEST_F(UiComplaintsTest, FiltersAreTheServicesAndSearchNarrowsTheList)
{
    auto page = openPage();
    ComplaintsTab* tab = page->complaintsTab();
    ComplaintFilterBar* filters = tab->filterBar();
    auto proxyTester = checkModel(tab->proxy());
    auto countWith = [&](const ComplaintFilter& filter) {
        return int(ComplaintService(m_db.session()).list(filter).value().size());
    };

    filters->statusCombo()->setCurrentIndex(
        filters->statusCombo()->findData(int(ComplaintStatus::Verified)));
    ComplaintFilter verified;
    verified.status = ComplaintStatus::Verified;
    EXPECT_EQ(tab->model()->rowCount(), countWith(verified));
    for (int row = 0; row < tab->model()->rowCount(); ++row)
        EXPECT_EQ(tab->model()->complaint(row).status, ComplaintStatus::Verified);

    filters->unitCombo()->setCurrentIndex(filters->unitCombo()->findData(u"U05"_s));
    verified.unitCode = u"U05"_s;
    EXPECT_EQ(tab->model()->rowCount(), countWith(verified));
    filters->statusCombo()->setCurrentIndex(0);
    filters->unitCombo()->setCurrentIndex(0);

    filters->sourceCombo()->setCurrentIndex(
        filters->sourceCombo()->findData(int(ComplaintSource::Hotline)));
    ComplaintFilter hotline;
    hotline.source = ComplaintSource::Hotline;
    EXPECT_EQ(tab->model()->rowCount(), countWith(hotline));
    filters->sourceCombo()->setCurrentIndex(0);

    filters->categoryCombo()->setCurrentIndex(
        filters->categoryCombo()->findData(int(ComplaintCategory::Late)));
    ComplaintFilter late;
    late.category = ComplaintCategory::Late;
    EXPECT_EQ(tab->model()->rowCount(), countWith(late));
    filters->categoryCombo()->setCurrentIndex(0);

    // Whole days in the operator's zone, the last one included.
    const QDate from = m_db.session().today().addDays(-10);
    const QDate to = m_db.session().today().addDays(-3);
    filters->fromEdit()->setOptionalDate(from);
    filters->toEdit()->setOptionalDate(to);
    ComplaintFilter days;
    days.receivedFrom = QDateTime(from, QTime(0, 0), m_db.session().zone());
    days.receivedBefore = QDateTime(to.addDays(1), QTime(0, 0), m_db.session().zone());
    EXPECT_EQ(tab->model()->rowCount(), countWith(days));
    EXPECT_LT(tab->model()->rowCount(), countWith({}));
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QDate received
            = tab->model()->complaint(row).receivedAt.toTimeZone(m_db.session().zone()).date();
        EXPECT_GE(received, from);
        EXPECT_LE(received, to);
    }
    filters->fromEdit()->setOptionalDate({});
    filters->toEdit()->setOptionalDate({});

    const Complaint mine = tab->model()->complaint(0);
    tab->searchBox()->setText(mine.orderNumber);
    EXPECT_GE(tab->proxy()->rowCount(), 1);
    for (int row = 0; row < tab->proxy()->rowCount(); ++row)
        EXPECT_EQ(
            tab->proxy()->index(row, ComplaintModel::Order).data().toString(), mine.orderNumber);
    EXPECT_TRUE(tab->summary().startsWith(
        u"Rows: %1 of %2"_s.arg(tab->proxy()->rowCount()).arg(countWith({}))));
}

TEST_F(UiComplaintsTest, RegisterThroughThePageNeedsAnOrderOrAUnit)
{
    auto page = openPage();
    ComplaintsTab* tab = page->complaintsTab();
    const int before = tab->model()->rowCount();
    bool sawError = false;
    whenDialogOpens<ComplaintDialog>([&](ComplaintDialog* dialog) {
        dialog->descriptionEdit()->setPlainText(u"Cobro indebido"_s);
        dialog->accept(); // neither an order nor a unit
        sawError = dialog->error() == u"Name the order or the unit the complaint is about."_s;
        dialog->unitCombo()->setCurrentIndex(dialog->unitCombo()->findData(u"U03"_s));
        dialog->categoryCombo()->setCurrentIndex(
            dialog->categoryCombo()->findData(int(ComplaintCategory::Other)));
        dialog->accept();
    });
    page->newRecord(); // Ctrl+N
    EXPECT_TRUE(sawError);
    ASSERT_EQ(tab->model()->rowCount(), before + 1);
    const std::optional<Complaint> chosen = tab->currentComplaint();
    ASSERT_TRUE(chosen) << "the new complaint is chosen";
    EXPECT_EQ(chosen->unitCode, u"U03"_s);
    EXPECT_EQ(chosen->source, ComplaintSource::Hotline);
    EXPECT_EQ(chosen->category, ComplaintCategory::Other);
    EXPECT_EQ(chosen->description, u"Cobro indebido"_s);
    EXPECT_EQ(chosen->status, ComplaintStatus::Open);
    EXPECT_EQ(chosen->receivedAt, m_db.session().now());

    // With an order, the unit is the order's.
    const Complaint withOrder = tab->model()->complaint(tab->model()->rowCount() - 1);
    QString orderNumber;
    for (int row = 0; row < tab->model()->rowCount() && orderNumber.isEmpty(); ++row)
        orderNumber = tab->model()->complaint(row).orderNumber;
    ASSERT_FALSE(orderNumber.isEmpty());
    whenDialogOpens<ComplaintDialog>([&](ComplaintDialog* dialog) {
        dialog->orderEdit()->setText(orderNumber);
        dialog->descriptionEdit()->setPlainText(u"Volvió a fallar"_s);
        dialog->accept();
    });
    tab->registerButton()->click();
    ComplaintFilter filter;
    filter.orderNumber = orderNumber;
    const QList<Complaint> ofOrder = ComplaintService(m_db.session()).list(filter).value();
    ASSERT_FALSE(ofOrder.isEmpty());
    EXPECT_EQ(ofOrder.first().description, u"Volvió a fallar"_s);
    EXPECT_EQ(tab->currentComplaint()->id, ofOrder.first().id);
    EXPECT_FALSE(ofOrder.first().unitCode.isEmpty());
    (void)withOrder;
}

TEST_F(UiComplaintsTest, VerifyThenResolveThroughThePageWithTheHistoryKept)
{
    auto page = openPage();
    ComplaintsTab* tab = page->complaintsTab();
    const Complaint complaint = openComplaint(tab);
    EXPECT_TRUE(tab->verifyButton()->isEnabled());
    EXPECT_TRUE(tab->rejectButton()->isEnabled());
    EXPECT_FALSE(tab->resolveButton()->isEnabled()) << "a verdict comes first";

    bool refusedWithoutVerdict = false;
    whenDialogOpens<VerdictDialog>([&](VerdictDialog* dialog) {
        dialog->accept();
        refusedWithoutVerdict
            = dialog->error() == u"Say whether the maintenance staff caused the complaint."_s;
        dialog->chooseStaffCaused(true);
        dialog->noteEdit()->setPlainText(u"Confirmado con el supervisor"_s);
        dialog->accept();
    });
    tab->verifyButton()->click();
    EXPECT_TRUE(refusedWithoutVerdict);
    Complaint saved = stored(complaint.id);
    EXPECT_EQ(saved.status, ComplaintStatus::Verified);
    EXPECT_EQ(saved.staffCaused, true);
    EXPECT_EQ(saved.verifiedBy, u"tester"_s);
    EXPECT_EQ(saved.verifiedAt, m_db.session().now());
    EXPECT_EQ(tab->currentComplaint()->id, complaint.id);
    EXPECT_FALSE(tab->verifyButton()->isEnabled());
    EXPECT_FALSE(tab->rejectButton()->isEnabled());
    EXPECT_TRUE(tab->resolveButton()->isEnabled());
    EXPECT_EQ(tab->model()
                  ->index(tab->model()->rowOfId(complaint.id), ComplaintModel::StaffCaused)
                  .data()
                  .toString(),
        u"Staff caused"_s);
    // 10:00 UTC is 05:00 in Lima.
    const QString verdictLine
        = u"2026-11-20 05:00 · tester · Verdict: Open → Verified, caused by the staff: "
          "“Confirmado con el supervisor”"_s;
    EXPECT_TRUE(tab->details()->historyLines().contains(verdictLine))
        << tab->details()->historyLines().join(u'\n').toStdString();
    EXPECT_TRUE(tab->details()->toPlainText().contains(verdictLine));

    m_db.setNow(m_db.session().now().addSecs(3600));
    whenDialogOpens<VerdictDialog>([&](VerdictDialog* dialog) {
        dialog->noteEdit()->setPlainText(u"Técnico reentrenado"_s);
        dialog->accept();
    });
    tab->resolveButton()->click();
    saved = stored(complaint.id);
    EXPECT_EQ(saved.status, ComplaintStatus::Resolved);
    EXPECT_EQ(saved.staffCaused, true) << "the verdict stays";
    EXPECT_EQ(saved.resolution, u"Técnico reentrenado"_s);
    const QStringList history = tab->details()->historyLines();
    ASSERT_EQ(history.size(), 3) << history.join(u'\n').toStdString();
    EXPECT_EQ(history.at(0), u"2026-11-20 05:00 · tester · Registered"_s);
    EXPECT_EQ(history.at(1), verdictLine);
    EXPECT_EQ(history.at(2),
        u"2026-11-20 06:00 · tester · Resolution: Verified, caused by the staff → Resolved, caused "
        u"by the staff: "
        "“Técnico reentrenado”"_s);
    EXPECT_FALSE(tab->resolveButton()->isEnabled());
    const QHash<QString, double> penalties
        = ComplaintService(m_db.session()).penaltiesForMonth(QDate(2026, 11, 1)).value();
    EXPECT_GE(penalties.value(u"U01"_s), 2.0);
}

TEST_F(UiComplaintsTest, RejectSaysWhy)
{
    auto page = openPage();
    ComplaintsTab* tab = page->complaintsTab();
    const Complaint complaint = openComplaint(tab);
    bool refusedWithoutReason = false;
    whenDialogOpens<VerdictDialog>([&](VerdictDialog* dialog) {
        dialog->accept();
        refusedWithoutReason = dialog->error() == u"Say why the complaint is rejected."_s;
        dialog->noteEdit()->setPlainText(u"Técnico de otro operador"_s);
        dialog->accept();
    });
    tab->act(VerdictDialog::Action::Reject);
    EXPECT_TRUE(refusedWithoutReason);
    const Complaint saved = stored(complaint.id);
    EXPECT_EQ(saved.status, ComplaintStatus::Rejected);
    EXPECT_FALSE(saved.staffCaused.has_value());
    EXPECT_TRUE(tab->resolveButton()->isEnabled()) << "a rejected complaint is resolved too";
    EXPECT_TRUE(tab->details()->historyLines().last().endsWith(
        u"Verdict: Open → Rejected: “Técnico de otro operador”"_s))
        << tab->details()->historyLines().last().toStdString();
}

TEST_F(UiComplaintsTest, ButtonsFollowTheRole)
{
    std::unique_ptr<Session> agent = m_db.sessionAs(Role::CallbackAgent);
    ComplaintsPage agentPage(*agent);
    agentPage.refresh();
    ComplaintsTab* tab = agentPage.complaintsTab();
    openComplaint(tab);
    EXPECT_TRUE(tab->registerButton()->isEnabled());
    EXPECT_FALSE(tab->verifyButton()->isEnabled()) << "agents do not judge";
    EXPECT_FALSE(tab->rejectButton()->isEnabled());
    std::unique_ptr<Session> dispatcher = m_db.sessionAs(Role::Dispatcher);
    ComplaintsPage dispatcherPage(*dispatcher);
    dispatcherPage.refresh();
    EXPECT_FALSE(dispatcherPage.complaintsTab()->registerButton()->isEnabled());
}

TEST_F(UiComplaintsTest, BulletinShowsTheServicesFiguresWithTotals)
{
    auto page = openPage();
    page->setCurrentTab(ComplaintsPage::DailyBulletin);
    BulletinTab* tab = page->bulletinTab();
    auto tester = checkModel(tab->model());
    for (const QDate& day :
        { m_db.session().today().addDays(-1), m_db.session().today().addDays(-8) }) {
        tab->setDay(day);
        const Bulletin bulletin = BulletinService(m_db.session()).daily(day).value();
        ASSERT_EQ(tab->model()->rowCount(), bulletin.units.size() + 1);
        BulletinLine totals;
        for (qsizetype row = 0; row < bulletin.units.size(); ++row) {
            const BulletinLine& line = bulletin.units.at(row);
            EXPECT_EQ(tab->model()->index(int(row), BulletinModel::UnitCode).data().toString(),
                line.unitCode);
            for (int column = BulletinModel::Received; column < BulletinModel::ColumnCount;
                 ++column) {
                EXPECT_EQ(tab->model()->index(int(row), column).data().toString(),
                    formatCount(BulletinModel::figure(line, column)))
                    << line.unitCode.toStdString() << " column " << column;
            }
            totals.received += line.received;
            totals.completed += line.completed;
            totals.overdue += line.overdue;
            totals.callbacksDone += line.callbacksDone;
            totals.complaintsReceived += line.complaintsReceived;
            totals.complaintsVerified += line.complaintsVerified;
        }
        const int last = int(bulletin.units.size());
        EXPECT_TRUE(tab->model()->isTotalsRow(last));
        EXPECT_EQ(
            tab->model()->index(last, BulletinModel::UnitCode).data().toString(), u"All units"_s);
        for (int column = BulletinModel::Received; column < BulletinModel::ColumnCount; ++column)
            EXPECT_EQ(tab->model()->index(last, column).data().toString(),
                formatCount(BulletinModel::figure(totals, column)));
        EXPECT_GT(totals.received, 0) << day.toString().toStdString();
        EXPECT_GT(totals.completed, 0);
        EXPECT_TRUE(tab->summary().startsWith(u"%1 orders received, %2 completed"_s.arg(
            formatCount(totals.received), formatCount(totals.completed))));
    }
}

TEST_F(UiComplaintsTest, AVerdictTodayCountsInTodaysBulletin)
{
    auto page = openPage();
    ComplaintsTab* tab = page->complaintsTab();
    const Complaint complaint = openComplaint(tab);
    whenDialogOpens<VerdictDialog>([&](VerdictDialog* dialog) {
        dialog->chooseStaffCaused(false);
        dialog->accept();
    });
    tab->act(VerdictDialog::Action::Verify);
    EXPECT_EQ(stored(complaint.id).staffCaused, false);
    page->setCurrentTab(ComplaintsPage::DailyBulletin);
    const Bulletin today = BulletinService(m_db.session()).daily(m_db.session().today()).value();
    qint64 verified = 0;
    for (const BulletinLine& line : today.units)
        verified += line.complaintsVerified;
    EXPECT_GE(verified, 1);
    EXPECT_EQ(page->bulletinTab()->model()->totals().complaintsVerified, verified);
}

} // namespace
} // namespace fd::test
