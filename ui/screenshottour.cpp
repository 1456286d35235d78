#include "screenshottour.h"

#include "dialogs/assessmentdialog.h"
#include "dialogs/assigndialog.h"
#include "dialogs/equipmentdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/importproblemsdialog.h"
#include "dialogs/orderdialog.h"
#include "dialogs/teamdialog.h"
#include "dialogs/techniciandialog.h"
#include "dialogs/unitdialog.h"
#include "dialogs/unitstatusdialog.h"
#include "mainwindow.h"
#include "models/boardmodel.h"
#include "models/organisationdata.h"
#include "pages/compliancepage.h"
#include "pages/dispatchpage.h"
#include "pages/organisationpage.h"
#include "services/boardservice.h"
#include "widgets/boardfilterbar.h"
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
#include <QTabWidget>
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

// The board's team-day tab, the order form at completion and the assign dialog, filled
// from the board's own rows. Nothing is saved.
void saveDispatchScreens(Tour& tour, MainWindow& window)
{
    DispatchPage* dispatch = window.dispatchPage();
    const Session& session = window.session();
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
        for (int item = 2; item <= 5; ++item)
            form.checklistBox(item)->setChecked(true);
        form.powerEdit()->setValue(-18.6);
        tour.saveDialog(form, u"dialog-order-completion"_s);
    }
    if (dispatch->laneModel()->rowCount() > 0) {
        AssignDialog assign(session, dispatch->laneModel()->order(0), &window);
        tour.saveDialog(assign, u"dialog-assign"_s);
    }
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
        tour.save(&window, MainWindow::pageKey(page));
        if (page == MainWindow::Dispatch)
            saveDispatchScreens(tour, window);
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
