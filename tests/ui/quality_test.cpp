// Issue 23, SPEC §17 in the desktop program, on the demo operator (seed 7, the clock at 20
// November 2026 in Lima): the callback-quality page shows what QualityService says with the
// leading agent flagged; a supervisor scores a sampled call from the form and it is stored;
// refusals (a role that may not score, a mark out of range, a criterion unmarked) show the
// core's words and write nothing; a dispatcher reaches neither page nor form; the evaluation
// page's count of a unit's callbacks by flagged agents is the service's, with its drill-down;
// the quality report's CSV, workbook and PDF hold the figures.
#include "csv/csvreader.h"
#include "dialogs/flaggedcallsdialog.h"
#include "dialogs/qualityscoredialog.h"
#include "mainwindow.h"
#include "models/cellformat.h"
#include "models/evaluationmodel.h"
#include "models/qualitymodels.h"
#include "models/recordfilterproxy.h"
#include "pages/evaluationpage.h"
#include "pages/qualitypage.h"
#include "rules/permissions.h"
#include "services/qualityservice.h"
#include "services/ruleservice.h"
#include "uitest.h"
#include "widgets/reportsave.h"

#include <QBrush>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

const QDate kOctober(2026, 10, 1);
const QString kLeadingAgent = u"diego.salas"_s;

class UiQualityTest : public UiTest
{
protected:
    std::unique_ptr<Session> sessionOf(const QString& user, Role role)
    {
        auto session = std::make_unique<Session>(
            m_db.database(), Actor { user, role }, m_db.session().zone());
        session->setClock([this] { return m_db.session().now(); });
        return session;
    }

    QualityReport reportOf(const QDate& month)
    {
        Result<QualityReport> report = QualityService(m_db.session()).report(month);
        EXPECT_TRUE(report.ok()) << report.error().toStdString();
        return report.ok() ? report.value() : QualityReport();
    }

    QStringList scoredBy(const QString& order)
    {
        Result<QList<SampledCall>> sample = QualityService(m_db.session()).sample(kOctober);
        EXPECT_TRUE(sample.ok());
        for (const SampledCall& call : sample.value()) {
            if (call.call.orderNumber == order)
                return call.scoredBy;
        }
        return {};
    }

    void markAll(QualityScoreDialog& form)
    {
        for (const MonitorCriterion& criterion : form.form())
            form.setMark(criterion.key, criterion.weight);
    }
};

QString displayed(const QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

TEST_F(UiQualityTest, ThePageShowsTheDemoMonthWithTheLeadingAgentFlagged)
{
    std::unique_ptr<Session> supervisor = sessionOf(u"zhou.qiang"_s, Role::CallbackSupervisor);
    QualityPage page(*supervisor);
    page.refresh();
    auto agentTester = checkModel(page.agentModel());
    auto supervisorTester = checkModel(page.supervisorModel());
    ASSERT_TRUE(page.loadError().isEmpty()) << page.loadError().toStdString();
    EXPECT_EQ(page.month(), kOctober) << "the last month that has ended";

    const QualityReport expected = reportOf(kOctober);
    const QualityAgentModel* model = page.agentModel();
    ASSERT_EQ(model->rowCount(), expected.agents.size());
    ASSERT_EQ(model->rowCount(), 5);
    int flaggedRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const AgentQuality& agent = model->agent(row);
        const AgentQuality& want = expected.agents.at(row);
        EXPECT_EQ(agent.agent, want.agent);
        EXPECT_EQ(displayed(model, row, QualityAgentModel::Reached), formatCount(want.reached));
        EXPECT_EQ(displayed(model, row, QualityAgentModel::Scored),
            u"%1 of %2"_s.arg(want.scored).arg(want.sampled));
        EXPECT_EQ(displayed(model, row, QualityAgentModel::MonitorAverage),
            want.monitorAverage->toString(1));
        const QModelIndex flaggedCell = model->index(row, QualityAgentModel::Flagged);
        if (agent.agent == kLeadingAgent) {
            ++flaggedRows;
            EXPECT_EQ(agent.flagged,
                (QList<CallbackQuestion> {
                    CallbackQuestion::Uniform, CallbackQuestion::SiteCleaned }));
            const QString flags = flaggedCell.data().toString();
            EXPECT_TRUE(flags.contains(u"Uniform"_s) && flags.contains(u"Site cleaned"_s)
                && flags.contains(u"z "_s))
                << flags.toStdString();
            // The question it is flagged on is red, with the z-test's figures in its tooltip.
            const QModelIndex uniform = model->index(
                row, QualityAgentModel::FirstQuestion + int(CallbackQuestion::Uniform));
            EXPECT_TRUE(uniform.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
            const QString tip = uniform.data(Qt::ToolTipRole).toString();
            EXPECT_TRUE(tip.contains(u"flagged"_s) && tip.contains(u"z = "_s)) << tip.toStdString();
            const QModelIndex onTime = model->index(
                row, QualityAgentModel::FirstQuestion + int(CallbackQuestion::OnTime));
            EXPECT_FALSE(onTime.data(Qt::BackgroundRole).isValid());
        } else {
            EXPECT_TRUE(agent.flagged.isEmpty()) << agent.agent.toStdString();
            EXPECT_TRUE(flaggedCell.data().toString().isEmpty());
            EXPECT_FALSE(flaggedCell.data(Qt::ForegroundRole).isValid());
        }
    }
    EXPECT_EQ(flaggedRows, 1);
    EXPECT_TRUE(page.summary().contains(u"flagged agents: 1"_s)) << page.summary().toStdString();
    EXPECT_TRUE(page.notices().contains(kLeadingAgent)) << page.notices().toStdString();
    EXPECT_TRUE(page.emptyText().isEmpty());
    // Every column explains itself.
    for (int column = 0; column < QualityAgentModel::ColumnCount; ++column)
        EXPECT_FALSE(
            model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty())
            << column;

    // Calibration: the service's calls scored twice, and both supervisors with a deviation.
    EXPECT_TRUE(page.calibrationText().contains(formatCount(expected.calibratedCalls)))
        << page.calibrationText().toStdString();
    ASSERT_EQ(page.supervisorModel()->rowCount(), 2);
    EXPECT_EQ(page.supervisorModel()->supervisor(0).supervisor, u"supervisor"_s);
    EXPECT_TRUE(page.supervisorModel()->supervisor(1).deviation.has_value());
    // The correlation with its reading.
    ASSERT_TRUE(expected.correlation.has_value());
    EXPECT_TRUE(page.correlationText().contains(
        u"r = %1"_s.arg(QString::number(*expected.correlation, 'f', 2))))
        << page.correlationText().toStdString();

    // The trend: six months to October, the demo's calls from September.
    EXPECT_TRUE(page.trendText().isEmpty());
    ASSERT_EQ(page.monitorSeries()->count(), 2);
    ASSERT_EQ(page.yesSeries()->count(), 2);
    EXPECT_EQ(page.monitorSeries()->at(1).x(), QualityPage::kTrendMonths - 1);
    // The team's yes-rate: every reached call's answers together, to one decimal.
    Rational yes;
    qint64 reached = 0;
    for (const AgentQuality& agent : expected.agents) {
        yes = yes + *agent.yesRate * Rational(agent.reached);
        reached += agent.reached;
    }
    EXPECT_DOUBLE_EQ(
        page.yesSeries()->at(1).y(), (yes / Rational(reached)).roundedHalfUp(1).toDouble());

    // A month without calls says why it is empty.
    page.setMonth(QDate(2025, 10, 1));
    EXPECT_EQ(page.agentModel()->rowCount(), 0);
    EXPECT_TRUE(page.emptyText().contains(u"No callback reached a customer"_s))
        << page.emptyText().toStdString();
    EXPECT_FALSE(page.trendText().isEmpty());
    EXPECT_FALSE(page.calibrationText().isEmpty());
    EXPECT_TRUE(page.correlationText().contains(u"Not measured"_s));
}

TEST_F(UiQualityTest, ASupervisorScoresASampledCallFromTheFormAndItIsStored)
{
    std::unique_ptr<Session> supervisor = sessionOf(u"zhou.qiang"_s, Role::CallbackSupervisor);
    QualityPage page(*supervisor);
    page.refresh();
    EXPECT_TRUE(page.scoreButton()->isEnabled());
    const qint64 before = page.supervisorModel()->supervisor(1).scored;

    QualityScoreDialog form(*supervisor, page.month());
    ASSERT_TRUE(form.loadError().isEmpty()) << form.loadError().toStdString();
    // The calls zhou.qiang has not scored: the sample less the ones scored already.
    int unscored = 0;
    for (const SampledCall& call : form.sampleModel()->calls())
        unscored += call.scoredBy.contains(u"zhou.qiang"_s) ? 0 : 1;
    ASSERT_GT(unscored, 0);
    EXPECT_EQ(form.callsView()->model()->rowCount(), unscored);
    const std::optional<SampledCall> chosen = form.selectedCall();
    ASSERT_TRUE(chosen.has_value());
    EXPECT_FALSE(chosen->scoredBy.contains(u"zhou.qiang"_s));
    // The call as recorded, beside the form: the order, the agent and the six answers.
    EXPECT_TRUE(form.callText().contains(chosen->call.orderNumber));
    EXPECT_TRUE(form.callText().contains(chosen->call.agent));
    // (as asked after the visit: a removal's questions 4 and 5 are worded for it)
    for (CallbackQuestion question : allCallbackQuestions()) {
        EXPECT_TRUE(form.callText().contains(callbackQuestionText(question).toHtmlEscaped())
            || form.callText().contains(
                callbackQuestionText(question, OrderKind::Removal).toHtmlEscaped()))
            << callbackQuestionKey(question).toStdString();
    }
    // The recording the first supervisor listened to, offered again.
    EXPECT_EQ(form.recordingEdit()->text(), u"REC-%1"_s.arg(chosen->call.orderNumber));

    // The form is the rules': five criteria adding up to 100, empty until typed.
    ASSERT_EQ(form.form().size(), 5);
    for (const MonitorCriterion& criterion : form.form())
        EXPECT_TRUE(form.markEdit(criterion.key)->text().isEmpty());
    form.setMark(u"greeting"_s, 10);
    form.setMark(u"neutral_questions"_s, 25);
    EXPECT_TRUE(form.totalText().contains(u"still to mark: 3"_s)) << form.totalText().toStdString();
    form.setMark(u"answers_recorded"_s, 28);
    form.setMark(u"courtesy"_s, 15);
    form.setMark(u"closing"_s, 12);
    EXPECT_EQ(form.totalText(), u"Score: 90 of 100"_s);
    ASSERT_TRUE(form.save()) << form.errorText().toStdString();
    EXPECT_TRUE(form.savedText().contains(u"90"_s)) << form.savedText().toStdString();
    ASSERT_EQ(form.saved().size(), 1);
    EXPECT_EQ(form.saved().first().score, 90);
    EXPECT_EQ(form.saved().first().supervisor, u"zhou.qiang"_s);

    // Stored: the service lists the call as scored by zhou.qiang, and the form's list of calls
    // still to score is one shorter.
    EXPECT_TRUE(scoredBy(chosen->call.orderNumber).contains(u"zhou.qiang"_s));
    EXPECT_EQ(form.callsView()->model()->rowCount(), unscored - 1);
    for (const MonitorCriterion& criterion : form.form())
        EXPECT_TRUE(form.markEdit(criterion.key)->text().isEmpty()) << "cleared for the next call";
    page.refresh();
    EXPECT_EQ(page.supervisorModel()->supervisor(1).scored, before + 1);
}

TEST_F(UiQualityTest, RefusalsShowTheCoresErrorAndChangeNothing)
{
    // An evaluator sees the sample but may not score: the button says so, and a save anyway
    // is refused by the core in its own words.
    std::unique_ptr<Session> evaluator = sessionOf(u"eva"_s, Role::Evaluator);
    QualityPage page(*evaluator);
    page.refresh();
    EXPECT_FALSE(page.scoreButton()->isEnabled());
    QualityScoreDialog evaluating(*evaluator, kOctober);
    ASSERT_TRUE(evaluating.loadError().isEmpty());
    EXPECT_FALSE(evaluating.saveButton()->isEnabled());
    evaluating.setOnlyUnscored(false);
    const QString order = evaluating.selectedCall()->call.orderNumber;
    const QStringList before = scoredBy(order);
    markAll(evaluating);
    EXPECT_FALSE(evaluating.save());
    EXPECT_EQ(evaluating.errorText(), refusalText(Role::Evaluator, Action::MonitorCalls));
    EXPECT_EQ(scoredBy(order), before);

    // A supervisor's mark beyond the criterion's points: the core names the criterion.
    std::unique_ptr<Session> supervisor = sessionOf(u"zhou.qiang"_s, Role::CallbackSupervisor);
    QualityScoreDialog form(*supervisor, kOctober);
    const QString call = form.selectedCall()->call.orderNumber;
    const QStringList scored = scoredBy(call);
    markAll(form);
    form.setMark(u"greeting"_s, 12);
    EXPECT_FALSE(form.save());
    EXPECT_EQ(form.errorText(),
        u"The score was not saved: the criterion “Greeting and identification” is marked 12; it "
        "is worth 0 to 10 points."_s);
    EXPECT_TRUE(form.saved().isEmpty());
    EXPECT_EQ(scoredBy(call), scored);
    // A criterion left unmarked.
    markAll(form);
    form.markEdit(u"courtesy"_s)->clear();
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.errorText().contains(u"“Courtesy” has no mark"_s))
        << form.errorText().toStdString();
    EXPECT_EQ(scoredBy(call), scored);
    // The rules changed while the form was open (courtesy now worth 10, closing 20): the old
    // form's 15 for courtesy is out of the new range, and the core refuses it.
    RuleSet rules = RuleService(m_db.session()).current().value();
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kMonitorCourtesy), 10).ok());
    ASSERT_TRUE(rules.set(QString::fromUtf16(rule::kMonitorClosing), 20).ok());
    ASSERT_TRUE(RuleService(m_db.session()).saveVersion(rules, u"courtesy counts less"_s).ok());
    markAll(form);
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(form.errorText().contains(u"“Courtesy” is marked 15; it is worth 0 to 10"_s))
        << form.errorText().toStdString();
    EXPECT_EQ(scoredBy(call), scored);
    // Once given, a score is not given twice.
    QualityScoreDialog again(*supervisor, kOctober);
    again.setOnlyUnscored(false);
    QString already;
    for (const SampledCall& sampled : again.sampleModel()->calls()) {
        if (sampled.scoredBy.contains(u"zhou.qiang"_s))
            already = sampled.call.orderNumber;
    }
    ASSERT_FALSE(already.isEmpty());
    ASSERT_TRUE(again.selectCall(already));
    for (const MonitorCriterion& criterion : again.form())
        again.setMark(criterion.key, criterion.weight);
    EXPECT_FALSE(again.save());
    EXPECT_TRUE(again.errorText().contains(u"already scored"_s)) << again.errorText().toStdString();
}

TEST_F(UiQualityTest, ADispatcherOrAnAgentReachesNeitherThePageNorTheForm)
{
    for (const Role role : { Role::Dispatcher, Role::CallbackAgent }) {
        SCOPED_TRACE(roleKey(role).toStdString());
        std::unique_ptr<Session> session = sessionOf(u"someone"_s, role);
        MainWindow window(*session);
        EXPECT_EQ(window.qualityPage(), nullptr);
        EXPECT_TRUE(window.navigation()->item(MainWindow::Quality)->isHidden());
        EXPECT_TRUE(window.pageShortcut(MainWindow::Quality).isEmpty());
        const MainWindow::PageId shown = window.currentPage();
        window.showPage(MainWindow::Quality);
        EXPECT_EQ(window.currentPage(), shown) << "no way round the navigation";
        // Built by hand, the form is refused by the core: nothing to score, nothing to save.
        QualityScoreDialog form(*session, kOctober);
        EXPECT_EQ(form.loadError(), refusalText(role, Action::ViewCallQuality));
        EXPECT_EQ(form.sampleModel()->rowCount(), 0);
        EXPECT_FALSE(form.saveButton()->isEnabled());
        EXPECT_TRUE(form.form().isEmpty());
    }
}

TEST_F(UiQualityTest, TheEvaluationPagesCountIsTheServicesWithItsDrillDown)
{
    EvaluationPage page(m_db.session());
    page.refresh();
    ASSERT_EQ(page.month(), kOctober);
    ASSERT_FALSE(page.flaggedText().isEmpty());
    const QualityService service(m_db.session());
    QString busiest;
    qint64 most = 0;
    for (int row = 0; row < page.model()->rowCount(); ++row) {
        const QString unit = page.model()->unit(row).unitCode;
        ASSERT_TRUE(page.selectUnit(unit));
        Result<QList<MonitoredCall>> calls = service.callsByFlaggedAgents(kOctober, unit);
        ASSERT_TRUE(calls.ok()) << calls.error().toStdString();
        ASSERT_TRUE(page.flaggedCallCount().has_value());
        EXPECT_EQ(*page.flaggedCallCount(), calls.value().size()) << unit.toStdString();
        EXPECT_EQ(page.flaggedButton()->isEnabled(), !calls.value().isEmpty());
        if (calls.value().size() > most) {
            most = calls.value().size();
            busiest = unit;
        }
    }
    ASSERT_GT(most, 0) << "the leading agent called some unit's customers";
    ASSERT_TRUE(page.selectUnit(busiest));
    EXPECT_TRUE(page.flaggedText().contains(u">%1</b>"_s.arg(formatCount(most))))
        << page.flaggedText().toStdString();
    EXPECT_TRUE(page.flaggedText().contains(kLeadingAgent));

    // The drill-down: each call once per question its agent is flagged on, the answer given.
    const UnitEvaluation* unit = page.selectedUnit();
    FlaggedCallsDialog dialog(m_db.session(), unit->month, unit->unitCode, unit->unitName);
    auto tester = checkModel(dialog.model());
    ASSERT_TRUE(dialog.loadError().isEmpty()) << dialog.loadError().toStdString();
    EXPECT_EQ(dialog.calls().size(), most);
    ASSERT_EQ(dialog.model()->rowCount(), most * 2) << "uniform and site cleaned";
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        const FlaggedCallModel::Row& each = dialog.model()->row(row);
        EXPECT_EQ(each.call.agent, kLeadingAgent);
        EXPECT_EQ(each.call.unitCode, busiest);
        EXPECT_TRUE(each.question == CallbackQuestion::Uniform
            || each.question == CallbackQuestion::SiteCleaned);
        EXPECT_EQ(displayed(dialog.model(), row, FlaggedCallModel::Answer),
            yesNo(each.call.answers.yes.at(int(each.question))));
    }
    EXPECT_TRUE(dialog.headingText().contains(formatCount(most)));
    dialog.searchEdit()->setText(dialog.model()->row(0).call.orderNumber);
    EXPECT_EQ(dialog.proxy()->rowCount(), 2);
    QString error;
    std::unique_ptr<QDialog> call = dialog.recordDialog(0, &error);
    ASSERT_NE(call, nullptr) << error.toStdString();
}

TEST_F(UiQualityTest, TheReportsThreeFormatsHoldTheFigures)
{
    const QualityReport expected = reportOf(kOctober);
    const AgentQuality* leading = nullptr;
    for (const AgentQuality& agent : expected.agents) {
        if (agent.agent == kLeadingAgent)
            leading = &agent;
    }
    ASSERT_NE(leading, nullptr);
    const QString monitor = leading->monitorAverage->toString(1);
    ReportRequest request;
    request.month = kOctober;
    QTemporaryDir folder;
    const QString csv = folder.filePath(u"quality.csv"_s);
    const QString book = folder.filePath(u"quality.xlsx"_s);
    const QString pdf = folder.filePath(u"quality.pdf"_s);
    for (const auto& [format, path] : { std::pair { FileFormat::Csv, csv },
             std::pair { FileFormat::Xlsx, book }, std::pair { FileFormat::Pdf, pdf } }) {
        const Status written = writeReportFile(
            m_db.session(), ReportKind::Quality, request, format, false, path, nullptr);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
    }

    // CSV: the agents' table first, the leading agent's row with its figures and flags.
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    CsvReader reader(&csvFile);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.next(record))
        rows.append(record.fields);
    ASSERT_GT(rows.size(), 5);
    const QStringList header = rows.first();
    EXPECT_EQ(header.mid(0, 7),
        (QStringList { u"month"_s, u"agent"_s, u"reached"_s, u"sampled"_s, u"scored"_s,
            u"monitor_avg"_s, u"yes_rate"_s }));
    bool found = false;
    for (const QStringList& row : std::as_const(rows)) {
        if (row.value(1) != kLeadingAgent || row.size() != header.size())
            continue;
        found = true;
        EXPECT_EQ(row.value(0), u"2026-10"_s);
        EXPECT_EQ(row.value(2), QString::number(leading->reached));
        EXPECT_EQ(row.value(int(header.indexOf(u"monitor_avg"_s))), monitor);
        EXPECT_EQ(row.value(int(header.indexOf(u"flagged"_s))), u"uniform, site_cleaned"_s);
        EXPECT_EQ(row.value(int(header.indexOf(u"commendations"_s))),
            QString::number(leading->commendations));
        break;
    }
    EXPECT_TRUE(found);
    const QByteArray all = [&] {
        csvFile.seek(0);
        return csvFile.readAll();
    }();
    EXPECT_TRUE(all.contains("calls_by_flagged_agents"));
    EXPECT_TRUE(all.contains(QString::number(expected.calibratedCalls).toUtf8()));

    // The workbook: five sheets, numbers as numbers, the header frozen.
    QProcess python;
    python.start(u"python3"_s, { QStringLiteral(FIBERDESK_XLSX_READER), book });
    ASSERT_TRUE(python.waitForFinished(30000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    const QJsonArray sheets = QJsonDocument::fromJson(python.readAllStandardOutput())
                                  .object()
                                  .value(u"sheets"_s)
                                  .toArray();
    ASSERT_EQ(sheets.size(), 5);
    const QJsonObject agents = sheets.at(0).toObject();
    EXPECT_TRUE(agents.value(u"frozen_header"_s).toBool());
    bool inBook = false;
    for (const QJsonValue& value : agents.value(u"rows"_s).toArray()) {
        const QJsonArray row = value.toArray();
        if (row.at(1).toObject().value(u"value"_s).toString() != kLeadingAgent)
            continue;
        inBook = true;
        const QJsonObject cell = row.at(int(header.indexOf(u"monitor_avg"_s))).toObject();
        // The exact average, shown with one decimal (the CSV's text is the rounded one).
        EXPECT_EQ(cell.value(u"type"_s).toString(), u"number"_s);
        EXPECT_NEAR(cell.value(u"value"_s).toDouble(), leading->monitorAverage->toDouble(), 1e-9);
        EXPECT_EQ(cell.value(u"format"_s).toString(), u"0.0"_s);
    }
    EXPECT_TRUE(inBook);

    // The PDF, read back as text.
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, u"-layout"_s, pdf, u"-"_s });
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    ASSERT_EQ(pdftotext.exitCode(), 0) << "pdftotext (poppler-utils) is needed";
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(text.contains(u"Callback quality 2026-10"_s)) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(kLeadingAgent));
    EXPECT_TRUE(text.contains(monitor));
    EXPECT_TRUE(text.contains(u"uniform, site_cleaned"_s));
    EXPECT_TRUE(text.contains(u"Audit head"_s));
}

} // namespace fd::test
