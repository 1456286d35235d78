#include "screenshottour.h"

#include "dialogs/appealdialog.h"
#include "dialogs/assessmentdialog.h"
#include "dialogs/assigndialog.h"
#include "dialogs/complaintdialog.h"
#include "dialogs/equipmentdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/flaggedcallsdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/importproblemsdialog.h"
#include "dialogs/kpidialog.h"
#include "dialogs/orderdialog.h"
#include "dialogs/plandialog.h"
#include "dialogs/qualityscoredialog.h"
#include "dialogs/roomscoredialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/statushistorydialog.h"
#include "dialogs/teamdialog.h"
#include "dialogs/techniciandialog.h"
#include "dialogs/unitdialog.h"
#include "dialogs/unitstatusdialog.h"
#include "dialogs/verdictdialog.h"
#include "mainwindow.h"
#include "models/appealmodel.h"
#include "models/boardmodel.h"
#include "models/complaintmodel.h"
#include "models/evaluationmodel.h"
#include "models/evidencemodel.h"
#include "models/organisationdata.h"
#include "models/recordfilterproxy.h"
#include "models/scorebreakdownmodel.h"
#include "pages/appealspage.h"
#include "pages/bulletintab.h"
#include "pages/callbackspage.h"
#include "pages/callpanel.h"
#include "pages/complaintspage.h"
#include "pages/complaintstab.h"
#include "pages/compliancepage.h"
#include "pages/dispatchpage.h"
#include "pages/evaluationpage.h"
#include "pages/organisationpage.h"
#include "pages/qualitypage.h"
#include "pages/scheduleplan.h"
#include "pages/scheduletab.h"
#include "pages/unitevaluationpanel.h"
#include "rules/permissions.h"
#include "services/boardservice.h"
#include "services/connection.h"
#include "services/evidenceservice.h"
#include "services/planservice.h"
#include "widgets/boardfilterbar.h"
#include "widgets/callscriptwidget.h"
#include "widgets/teamdayview.h"
#include "workers/importjob.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

class Tour
{
public:
    explicit Tour(const ScreenVisitor& visit)
        : m_visit(visit)
    { }

    bool save(QWidget* widget, const QString& name)
    {
        if (m_stopped)
            return false;
        if (!m_visit(widget, name))
            m_stopped = true;
        return !m_stopped;
    }

    template <typename Dialog> void saveDialog(Dialog& dialog, const QString& name)
    {
        dialog.show();
        save(&dialog, name);
        dialog.hide();
    }

private:
    const ScreenVisitor& m_visit;
    bool m_stopped = false;
};

// The board's team-day tab, the order form at completion (an install or repair, and a
// removal) and the assign dialog, filled
// from the board's own rows. Nothing is saved.
void saveDispatchScreens(Tour& tour, MainWindow& window)
{
    DispatchPage* dispatch = window.dispatchPage();
    if (!dispatch)
        return; // a role without the board
    const Session& session = window.session();
    // The team schedule (issue 16): every team's day, then their week.
    dispatch->tabs()->setCurrentWidget(dispatch->schedule());
    BoardQuery booked;
    booked.status = OrderStatus::Scheduled;
    Result<QList<WorkOrder>> firstBooked = BoardService(session).page(booked, std::nullopt, 1);
    if (firstBooked.ok() && !firstBooked.value().isEmpty()) {
        // A day with windows on it (a demo made earlier has none today).
        dispatch->schedule()->setDate(
            firstBooked.value().first().appointmentStart.toTimeZone(session.zone()).date());
    }
    tour.save(&window, u"dispatch-schedule"_s);
    dispatch->schedule()->setZoom(ScheduleTab::Zoom::Week);
    tour.save(&window, u"dispatch-schedule-week"_s);
    dispatch->schedule()->setZoom(ScheduleTab::Zoom::Day);
    // The day plan's proposals as ghost blocks on the day a dispatcher would plan (SPEC §15).
    if (isAllowed(session.actor().role, Action::DispatchOrders)) {
        const Result<QDate> planDay = PlanService(session).dayToPlan();
        dispatch->schedule()->setDate(planDay.ok() ? planDay.value() : session.today());
        dispatch->schedule()->planTheDay();
        tour.save(&window, u"dispatch-schedule-plan"_s);
        if (PlanDialog* plan = dispatch->schedule()->planner()->dialog())
            plan->close();
    }
    dispatch->tabs()->setCurrentIndex(0);
    // Search anywhere (SPEC §14): a surname typed without its accent, then text that
    // nothing holds, which the board must say it did not find.
    dispatch->filters()->setSearchText(u"huaman"_s);
    tour.save(&window, u"dispatch-search"_s);
    dispatch->filters()->setSearchText(u"zqxjv"_s);
    tour.save(&window, u"dispatch-search-none"_s);
    // An order no team can take (its area's unit terminated), flagged in the lane.
    BoardQuery unassigned;
    unassigned.unassignedOnly = true;
    const Result<QSet<QString>> eligible = BoardService(session).areasWithEligibleTeam();
    const Result<QList<WorkOrder>> waiting
        = BoardService(session).page(unassigned, std::nullopt, BoardModel::kPageSize);
    if (eligible.ok() && waiting.ok()) {
        for (const WorkOrder& order : waiting.value()) {
            if (!eligible.value().contains(order.areaCode)) {
                dispatch->filters()->setSearchText(order.number);
                tour.save(&window, u"dispatch-no-eligible-team"_s);
                break;
            }
        }
    }
    dispatch->filters()->setSearchText(QString());
    BoardQuery onSite;
    onSite.status = OrderStatus::OnSite;
    Result<QList<WorkOrder>> visits = BoardService(session).page(onSite, std::nullopt, 1);
    if (visits.ok() && !visits.value().isEmpty()) {
        const WorkOrder& order = visits.value().first();
        dispatch->filters()->setSearchText(order.number);
        dispatch->selectOrder(order.number);
        dispatch->tabs()->setCurrentWidget(dispatch->teamDay());
        tour.save(&window, u"dispatch-teamday"_s);
        dispatch->tabs()->setCurrentIndex(0);
        dispatch->filters()->setSearchText(QString());

        OrderDialog form(session, order.number, &window);
        form.actions()->setCurrentIndex(0); // completion, the first action of an order on site
        // (only a dispatcher completes orders: others see the order and its history)
        for (int item = 2; item <= 5; ++item) {
            if (QCheckBox* box = form.checklistBox(item))
                box->setChecked(true);
        }
        if (form.powerEdit())
            form.powerEdit()->setValue(-18.6);
        tour.saveDialog(form, u"dialog-order-completion"_s);
    }
    // A removal on site: no FTTH test, the ONT collected or not (issue 22).
    BoardQuery removals = onSite;
    removals.kind = OrderKind::Removal;
    Result<QList<WorkOrder>> removalVisits = BoardService(session).page(removals, std::nullopt, 1);
    if (removalVisits.ok() && !removalVisits.value().isEmpty()) {
        OrderDialog form(session, removalVisits.value().first().number, &window);
        form.actions()->setCurrentIndex(0);
        // (only a dispatcher records a visit: the others' form has no checklist)
        for (int item = 2; item <= 4; ++item) {
            if (QCheckBox* box = form.checklistBox(item))
                box->setChecked(true);
        }
        if (QRadioButton* collected = form.ontButton(true))
            collected->setChecked(true);
        tour.saveDialog(form, u"dialog-order-removal"_s);
    }
    if (dispatch->laneModel()->rowCount() > 0) {
        AssignDialog assign(session, dispatch->laneModel()->order(0), &window);
        tour.saveDialog(assign, u"dialog-assign"_s);
    }
    // The day plan (SPEC §15) for the day a dispatcher would plan, nothing booked.
    const Result<QDate> planDay = PlanService(session).dayToPlan();
    PlanDialog plan(session, planDay.ok() ? planDay.value() : session.today(), &window);
    tour.saveDialog(plan, u"dialog-plan"_s);
}

// The agent halfway through a call: four questions answered, the fifth highlighted. The
// entries are dropped afterwards; nothing is recorded.
void saveMidCall(MainWindow& window, Tour& tour)
{
    window.showPage(MainWindow::Callbacks);
    auto* page = qobject_cast<CallbacksPage*>(window.page(MainWindow::Callbacks));
    if (!page)
        return; // a role without callbacks
    CallPanel* panel = page->panel();
    if (!panel->task())
        return;
    CallScriptWidget* script = panel->script();
    script->setAnswer(CallbackQuestion::OnTime, true);
    script->setAnswer(CallbackQuestion::Appointment, true);
    script->setAnswer(CallbackQuestion::Uniform, true);
    script->setAnswer(CallbackQuestion::StandardService, false);
    script->setCurrentRow(int(CallbackQuestion::Tested));
    window.activateWindow();
    panel->focusScript();
    tour.save(&window, u"callbacks-midcall"_s);
    panel->showTask(panel->task());
}

// The complaints list with an open complaint chosen (its details below), the daily
// bulletin of yesterday, and the register and verify dialogs, never saved.
void saveComplaints(MainWindow& window, Tour& tour)
{
    window.showPage(MainWindow::Complaints);
    auto* page = qobject_cast<ComplaintsPage*>(window.page(MainWindow::Complaints));
    if (!page)
        return;
    ComplaintsTab* list = page->complaintsTab();
    std::optional<Complaint> open;
    for (int row = 0; row < list->model()->rowCount() && !open; ++row) {
        if (list->model()->complaint(row).status == ComplaintStatus::Open)
            open = list->model()->complaint(row);
    }
    if (open)
        list->selectComplaint(open->id);
    tour.save(&window, u"complaints-list"_s);
    page->setCurrentTab(ComplaintsPage::DailyBulletin);
    page->bulletinTab()->setDay(window.session().today().addDays(-1));
    tour.save(&window, u"complaints-bulletin"_s);
    page->bulletinTab()->setDay(window.session().today());
    page->setCurrentTab(ComplaintsPage::List);

    ComplaintDialog registering(window.session(), &window);
    if (open)
        registering.orderEdit()->setText(open->orderNumber);
    registering.descriptionEdit()->setPlainText(open ? open->description : QString());
    tour.saveDialog(registering, u"dialog-complaint-register"_s);
    if (open) {
        VerdictDialog verify(window.session(), *open, VerdictDialog::Action::Verify, &window);
        verify.chooseStaffCaused(true);
        tour.saveDialog(verify, u"dialog-complaint-verify"_s);
    }
}

// The evaluation page with the unit that scored lowest chosen, so that the picture shows a
// strike against the 80 line; its indicators; the evidence and status history dialogs.
// Everything here only reads.
void saveEvaluation(Tour& tour, MainWindow& window)
{
    auto* page = qobject_cast<EvaluationPage*>(window.page(MainWindow::Evaluation));
    if (!page)
        return; // a role without the evaluation
    const EvaluationModel* model = page->model();
    int lowest = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (lowest < 0 || model->unit(row).score.total < model->unit(lowest).score.total)
            lowest = row;
    }
    if (lowest >= 0)
        page->selectUnit(model->unit(lowest).unitCode);
    page->panel()->setCurrentTab(UnitEvaluationPanel::ScoreTab);
    tour.save(&window, MainWindow::pageKey(MainWindow::Evaluation));
    page->panel()->setCurrentTab(UnitEvaluationPanel::IndicatorsTab);
    tour.save(&window, u"evaluation-indicators"_s);
    KpiDialog kpi(window.session(), page->month(), &window);
    tour.saveDialog(kpi, u"dialog-kpi"_s);
    page->panel()->setCurrentTab(UnitEvaluationPanel::ScoreTab);
    const UnitEvaluation* unit = page->selectedUnit();
    if (!unit)
        return;
    EvidenceDialog evidence(window.session(), *unit,
        { EvidenceSource::Evaluation, EvidenceKind::Order, true }, &window);
    // A late order chosen: "Appeal this item…" says whether and until when (SPEC §10).
    if (evidence.proxy()->rowCount() > 0)
        evidence.view()->setCurrentIndex(evidence.proxy()->index(0, 0));
    tour.saveDialog(evidence, u"dialog-evidence"_s);
    EvidenceDialog callbacks(window.session(), *unit,
        { EvidenceSource::Evaluation, EvidenceKind::Callback, true }, &window);
    tour.saveDialog(callbacks, u"dialog-evidence-callbacks"_s);
    // The service score's drill-down: the complaints that cost the unit points, and one of
    // them opened with its verdicts.
    EvidenceDialog complaints(window.session(), *unit,
        { EvidenceSource::Evaluation,
            page->panel()->breakdownModel()->drillDownOf(ScoreBreakdownModel::Service), true },
        &window);
    complaints.show();
    tour.save(&complaints, u"dialog-evidence-service"_s);
    for (const auto& [kind, name] : { std::pair { EvidenceKind::Complaint, u"complaint"_s },
             std::pair { EvidenceKind::Callback, u"call"_s },
             std::pair { EvidenceKind::Order, u"order"_s } }) {
        complaints.showKind(kind);
        if (std::unique_ptr<QDialog> record = complaints.recordDialog(0))
            tour.saveDialog(*record, u"dialog-evidence-"_s + name);
    }
    complaints.hide();
    StatusHistoryDialog history(window.session(), unit->unitCode, &window);
    tour.saveDialog(history, u"dialog-status-history"_s);

    // SPEC §17 beside the service score: the unit whose callbacks flagged agents made most,
    // and those calls.
    const QString lowestCode = unit->unitCode;
    QString mostFlagged;
    qint64 most = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString code = model->unit(row).unitCode;
        page->selectUnit(code);
        const qint64 count = page->flaggedCallCount().value_or(0);
        if (count > most) {
            most = count;
            mostFlagged = code;
        }
    }
    page->selectUnit(lowestCode);
    if (!mostFlagged.isEmpty()) {
        page->selectUnit(mostFlagged);
        const UnitEvaluation* flaggedUnit = page->selectedUnit();
        FlaggedCallsDialog flagged(window.session(), flaggedUnit->month, flaggedUnit->unitCode,
            flaggedUnit->unitName, &window);
        tour.saveDialog(flagged, u"dialog-flagged-calls"_s);
        page->selectUnit(lowestCode);
    }
    unit = page->selectedUnit();
    if (!unit)
        return;

    // The month under way is a draft (a hollow point on the trend, scores still to enter):
    // the page, and its machine-room score dialog, shown and not saved.
    const QDate shown = page->month();
    const QString code = unit->unitCode;
    page->setMonth(window.session().today());
    if (page->selectUnit(code) && page->selectedUnit()) {
        tour.save(&window, u"evaluation-draft"_s);
        RoomScoreDialog room(window.session(), *page->selectedUnit(), Rational(15), &window);
        tour.saveDialog(room, u"dialog-room-score"_s);
    }
    page->setMonth(shown);
    page->selectUnit(code);
}

// SPEC §10: the appeals page with each kind of appeal chosen and its evidence beside it (the
// open one first: what an evaluator decides), the filing dialog as the evidence opens it and
// the decision dialog, never saved.
void saveAppeals(Tour& tour, MainWindow& window)
{
    auto* page = qobject_cast<AppealsPage*>(window.page(MainWindow::Appeals));
    if (!page)
        return; // a role without the appeals
    page->setStatusFilter(AppealsPage::AllStatuses);
    const AppealModel* model = page->model();
    std::optional<Appeal> open;
    for (const auto& [item, name] : { std::pair { AppealItem::LateOrder, u"appeals"_s },
             std::pair { AppealItem::Repeat, u"appeals-repeat"_s },
             std::pair { AppealItem::Complaint, u"appeals-complaint"_s } }) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const Appeal& appeal = model->appeal(row);
            if (appeal.item != item)
                continue;
            page->selectAppeal(appeal.id);
            tour.save(&window, name);
            if (appeal.status == AppealStatus::Open && !open)
                open = appeal;
            break;
        }
    }
    if (model->rowCount() == 0)
        tour.save(&window, u"appeals"_s);
    if (!open)
        return;
    AppealFileDialog::Item item;
    item.unitCode = open->unitCode;
    item.month = EvaluationService::parseMonth(open->month).value_or(QDate());
    item.item = open->item;
    item.ref = open->ref;
    // What the evidence says of the item, as the evidence dialog passes it on.
    const Result<QList<EvidenceDetail>> evidence
        = EvidenceService(window.session()).evaluation(item.month, item.unitCode);
    for (const EvidenceDetail& detail :
        evidence.ok() ? evidence.value() : QList<EvidenceDetail>()) {
        if (detail.row.kind == EvidenceKind::Order && detail.row.refId == open->refId) {
            EvidenceModel described(window.session().zone());
            described.setRows(EvidenceSource::Evaluation, EvidenceKind::Order, { detail });
            item.description = described.index(0, described.columnOf(EvidenceModel::Column::Result))
                                   .data()
                                   .toString();
        }
    }
    AppealFileDialog filing(window.session(), item, &window);
    filing.groundsEdit()->setPlainText(open->grounds);
    tour.saveDialog(filing, u"dialog-appeal-file"_s);
    AppealDecideDialog deciding(window.session(), *open, true, &window);
    tour.saveDialog(deciding, u"dialog-appeal-decide"_s);
}

// SPEC §17: the callback quality of the last ended month (the leading agent flagged in red),
// a month without calls (the page says why it is empty), and the scoring form on a call of
// the sample with every criterion marked, never saved.
void saveQuality(Tour& tour, MainWindow& window)
{
    QualityPage* page = window.qualityPage();
    if (!page)
        return; // a role without the callback quality
    tour.save(&window, MainWindow::pageKey(MainWindow::Quality));
    const QDate shown = page->month();
    page->setMonth(shown.addMonths(-12));
    tour.save(&window, u"quality-empty"_s);
    page->setMonth(shown);
    if (!page->scoreButton()->isEnabled())
        return; // a role that sees the figures and scores no call
    QualityScoreDialog form(window.session(), shown, &window);
    form.setOnlyUnscored(false);
    const QList<int> marks = { 10, 24, 30, 13, 15 };
    for (qsizetype i = 0; i < form.form().size() && i < marks.size(); ++i)
        form.setMark(form.form().at(i).key, std::min(marks.at(i), form.form().at(i).weight));
    tour.saveDialog(form, u"dialog-quality-score"_s);
}

} // namespace

void visitScreens(MainWindow& window, const ScreenVisitor& visit)
{
    Tour tour(visit);
    window.show();
    settle();
    for (int id = 0; id < MainWindow::PageCount; ++id) {
        const auto page = MainWindow::PageId(id);
        if (!MainWindow::pageAllowed(window.session().actor().role, page))
            continue; // the window of a restricted role has no such page
        window.showPage(page);
        if (page == MainWindow::Organisation) {
            OrganisationPage* organisation = window.organisationPage();
            for (int tab = 0; tab < OrganisationPage::TabCount; ++tab) {
                organisation->setCurrentTab(OrganisationPage::Tab(tab));
                tour.save(
                    &window, u"organisation-"_s + organisation->tabKey(OrganisationPage::Tab(tab)));
            }
            organisation->setCurrentTab(OrganisationPage::Units);
            continue;
        }
        if (page == MainWindow::Evaluation) {
            saveEvaluation(tour, window);
            continue;
        }
        if (page == MainWindow::Quality) {
            saveQuality(tour, window);
            continue;
        }
        if (page == MainWindow::Appeals) {
            saveAppeals(tour, window);
            continue;
        }
        tour.save(&window, MainWindow::pageKey(page));
        if (page == MainWindow::Dispatch)
            saveDispatchScreens(tour, window);
        if (page == MainWindow::Compliance) {
            window.compliancePage()->growthEdit()->setValue(25);
            tour.save(&window, u"compliance-growth"_s);
            window.compliancePage()->growthEdit()->setValue(0);
        }
    }

    saveMidCall(window, tour);
    saveComplaints(window, tour);

    // The dialogs, filled from the database's first records. None is saved.
    window.showPage(MainWindow::Organisation);
    const Session& session = window.session();
    Result<OrganisationData> loaded = OrganisationData::load(session);
    if (loaded.ok() && !loaded.value().units.isEmpty()) {
        const OrganisationData& data = loaded.value();
        UnitDialog unit(session, data.units.first(), &window);
        tour.saveDialog(unit, u"dialog-unit"_s);
        // A refused new unit shows how a validation error looks.
        UnitDialog invalid(session, std::nullopt, &window);
        invalid.codeEdit()->setText(u"U,9"_s);
        invalid.show();
        invalid.accept();
        tour.saveDialog(invalid, u"dialog-unit-invalid"_s);
        UnitStatusDialog status(session, data.units.first(), &window);
        tour.saveDialog(status, u"dialog-unit-status"_s);
        if (!data.teams.isEmpty()) {
            TeamDialog team(session, data, data.teams.first(), &window);
            tour.saveDialog(team, u"dialog-team"_s);
        }
        if (!data.technicians.isEmpty()) {
            TechnicianDialog technician(session, data, data.technicians.first(), &window);
            tour.saveDialog(technician, u"dialog-technician"_s);
        }
        EquipmentModel::Holder holder;
        holder.unitCode = data.units.first().code;
        EquipmentDialog equipment(session, data, holder, &window);
        tour.saveDialog(equipment, u"dialog-equipment"_s);
        AssessmentDialog assessment(session, data, data.units.first().code, &window);
        assessment.scoreEdit()->setValue(72.5);
        tour.saveDialog(assessment, u"dialog-assessment"_s);
    }
    // The front door, as every user meets it (nothing typed is checked).
    SignInDialog signIn(session.database(), databaseLocation(session).displayName(), &window);
    signIn.nameEdit()->setText(u"agent"_s);
    signIn.passwordEdit()->setText(u"••••••••"_s);
    tour.saveDialog(signIn, u"dialog-sign-in"_s);
    ImportDialog import(&window);
    tour.saveDialog(import, u"dialog-import"_s);

    // The import preview (SPEC §13) at 1280x800: a file from Excel on Chinese Windows
    // (GB18030, a trailing separator, blank formatted rows) read right, the same file read as
    // Windows-1252 (the mojibake the preview is there to show), and a Spanish Excel file
    // (semicolons, Windows-1252, a blank row).
    QTemporaryDir samples;
    const QString chinese = samples.filePath(u"units.csv"_s);
    const QString spanish = samples.filePath(u"technicians.csv"_s);
    QFile chineseFile(chinese);
    QFile spanishFile(spanish);
    if (chineseFile.open(QIODevice::WriteOnly) && spanishFile.open(QIODevice::WriteOnly)) {
        QStringEncoder gb18030("GB18030");
        chineseFile.write(
            gb18030.encode(u"code,name,contract_no,contract_start,status,\r\n"
                           "GD01,华南光网维护有限公司,HT-2024-031,2024-03-01,active,\r\n"
                           "GD02,广州市穗通通信工程有限公司,HT-2024-032,2024-05-15,active,\r\n"
                           ",,,,,\r\n"
                           "GD03,深圳鹏程线路维护中心,,,candidate,\r\n"
                           ",,,,,\r\n,,,,,\r\n"_s));
        chineseFile.close();
        spanishFile.write(
            QStringEncoder(QStringEncoder::Latin1)
                .encode(u"code;team_code;name;phone;permit_no;ftth_kit;active\r\n"
                        "P-101;GD01-1;José Muñoz Peña;+51 987 654 321;PT-8841;yes;yes\r\n"
                        "P-102;GD01-1;María Ángeles Díaz;;;no;yes\r\n"
                        "P-103;GD02-1;Iñaki Güell;987 000 111;PT-9020;yes;no\r\n"
                        ";;;;;;\r\n"_s));
        spanishFile.close();
        ImportDialog preview(&window);
        preview.resize(1280, 800);
        preview.setKind(ImportKind::Units);
        preview.setPath(chinese);
        tour.saveDialog(preview, u"dialog-import-preview"_s);
        preview.setEncoding(u"windows-1252"_s);
        tour.saveDialog(preview, u"dialog-import-preview-mojibake"_s);
        preview.setKind(ImportKind::Technicians);
        preview.setPath(spanish);
        tour.saveDialog(preview, u"dialog-import-preview-semicolons"_s);
    }

    // A file with mistakes, refused as a user would see it.
    QTemporaryDir scratch;
    const QString badFile = scratch.filePath(u"teams.csv"_s);
    QFile file(badFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("code,unit_code,name,area_codes\n"
                   "T-new,NO-SUCH-UNIT,Cuadrilla nueva,A1\n"
                   ",U01,Sin código,A1\n"
                   "T-dup,U01,Duplicada,\n");
        file.close();
        const ImportJobResult refused = runImportJob(databaseLocation(session), session.actor(),
            session.zone(), session.now(), ImportKind::Teams, badFile);
        if (!refused.ok) {
            ImportProblemsDialog problems(refused.failure, &window);
            tour.saveDialog(problems, u"dialog-import-refused"_s);
        }
    }
}

QStringList saveScreenshots(MainWindow& window, const QString& folder, QString* error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("fd::Screenshots", "Cannot create the folder %1.")
                         .arg(folder);
        return {};
    }
    const QDir dir(folder);
    QStringList files;
    window.resize(1280, 800);
    visitScreens(window, [&](QWidget* widget, const QString& name) {
        settle();
        const QString path = dir.filePath(name + u".png"_s);
        if (!widget->grab().save(path, "PNG")) {
            if (error)
                *error
                    = QCoreApplication::translate("fd::Screenshots", "Cannot write %1.").arg(path);
            return false;
        }
        files.append(path);
        return true;
    });
    return files;
}

} // namespace fd
