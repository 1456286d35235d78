#include "screenshottour.h"

#include "dialogs/assessmentdialog.h"
#include "dialogs/equipmentdialog.h"
#include "dialogs/evidencedialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/importproblemsdialog.h"
#include "dialogs/roomscoredialog.h"
#include "dialogs/statushistorydialog.h"
#include "dialogs/teamdialog.h"
#include "dialogs/techniciandialog.h"
#include "dialogs/unitdialog.h"
#include "dialogs/unitstatusdialog.h"
#include "mainwindow.h"
#include "models/evaluationmodel.h"
#include "models/organisationdata.h"
#include "pages/compliancepage.h"
#include "pages/evaluationpage.h"
#include "pages/organisationpage.h"
#include "pages/unitevaluationpanel.h"
#include "workers/importjob.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
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
    Tour(const QString& folder)
        : m_folder(folder)
    { }

    bool save(QWidget* widget, const QString& name)
    {
        settle();
        const QString path = m_folder.filePath(name + u".png"_s);
        if (!widget->grab().save(path, "PNG")) {
            m_error = QCoreApplication::translate("fd::Screenshots", "Cannot write %1.").arg(path);
            return false;
        }
        m_files.append(path);
        return true;
    }

    template <typename Dialog> void saveDialog(Dialog& dialog, const QString& name)
    {
        dialog.show();
        save(&dialog, name);
        dialog.hide();
    }

    QStringList m_files;
    QString m_error;
    QDir m_folder;
};

// The evaluation page with the unit that scored lowest chosen, so that the picture shows a
// strike against the 80 line; its indicators; the evidence and status history dialogs.
// Everything here only reads.
void saveEvaluation(Tour& tour, MainWindow& window)
{
    auto* page = static_cast<EvaluationPage*>(window.page(MainWindow::Evaluation));
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
    page->panel()->setCurrentTab(UnitEvaluationPanel::ScoreTab);
    const UnitEvaluation* unit = page->selectedUnit();
    if (!unit)
        return;
    EvidenceDialog evidence(window.session(), *unit,
        { EvidenceSource::Evaluation, EvidenceKind::Order, true }, &window);
    tour.saveDialog(evidence, u"dialog-evidence"_s);
    EvidenceDialog callbacks(window.session(), *unit,
        { EvidenceSource::Evaluation, EvidenceKind::Callback, true }, &window);
    tour.saveDialog(callbacks, u"dialog-evidence-callbacks"_s);
    StatusHistoryDialog history(window.session(), unit->unitCode, &window);
    tour.saveDialog(history, u"dialog-status-history"_s);

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

} // namespace

QStringList saveScreenshots(MainWindow& window, const QString& folder, QString* error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("fd::Screenshots", "Cannot create the folder %1.")
                         .arg(folder);
        return {};
    }
    Tour tour(folder);
    window.resize(1280, 800);
    window.show();
    settle();
    for (int id = 0; id < MainWindow::PageCount; ++id) {
        const auto page = MainWindow::PageId(id);
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
        tour.save(&window, MainWindow::pageKey(page));
        if (page == MainWindow::Compliance) {
            window.compliancePage()->growthEdit()->setValue(25);
            tour.save(&window, u"compliance-growth"_s);
            window.compliancePage()->growthEdit()->setValue(0);
        }
    }

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
    ImportDialog import(&window);
    tour.saveDialog(import, u"dialog-import"_s);

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
        const ImportJobResult refused = runImportJob(session.database().location(), session.actor(),
            session.zone(), session.now(), ImportKind::Teams, badFile);
        if (!refused.ok) {
            ImportProblemsDialog problems(refused.failure, &window);
            tour.saveDialog(problems, u"dialog-import-refused"_s);
        }
    }

    if (error)
        *error = tour.m_error;
    return tour.m_files;
}

} // namespace fd
