#include "assessmentstab.h"

#include "dialogs/assessmentdialog.h"
#include "models/assessmentmodel.h"

#include <QLineEdit>

namespace fd {

AssessmentsTab::AssessmentsTab(const Session& session, QWidget* parent)
    : RecordTab(session, new AssessmentModel, parent)
    , m_assessments(static_cast<AssessmentModel*>(model()))
{
    setNewButtonText(tr("Record assessment…"));
    removeEditButton();
    searchBox()->setPlaceholderText(tr("Search unit, kind, assessor, notes (Ctrl+F)"));
    setDefaultSort(AssessmentModel::Date, Qt::DescendingOrder);
    setElasticColumn(AssessmentModel::Notes);
}

QString AssessmentsTab::title() const
{
    return tr("Assessments");
}

void AssessmentsTab::loadModel(const OrganisationData& data)
{
    m_assessments->load(data);
}

void AssessmentsTab::newRecord()
{
    AssessmentDialog dialog(m_session, data(), QString(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit changed(tr("Recorded the assessment."));
}

} // namespace fd
