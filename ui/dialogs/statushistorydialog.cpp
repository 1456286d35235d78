#include "statushistorydialog.h"

#include "dialogs/assessmentdialog.h"
#include "models/assessmentmodel.h"
#include "models/cellformat.h"
#include "models/organisationdata.h"
#include "models/statushistorymodel.h"
#include "rules/permissions.h"
#include "services/evaluationservice.h"
#include "services/unitservice.h"
#include "widgets/columnfitter.h"
#include "widgets/errorlabel.h"
#include "widgets/tableviews.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QTableView* makeTable(QAbstractItemModel* model, int elasticColumn, QWidget* parent)
{
    auto* view = new QTableView(parent);
    setUpRecordTable(view);
    view->setSortingEnabled(false); // the order is the history's
    view->setModel(model);
    new ColumnFitter(view, elasticColumn);
    return view;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

StatusHistoryDialog::StatusHistoryDialog(
    const Session& session, const QString& unitCode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_unitCode(unitCode)
{
    setWindowTitle(tr("Status history of %1").arg(unitCode));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_history = new StatusHistoryModel(session.zone(), this);
    layout->addWidget(sectionTitle(tr("Statuses"), this));
    layout->addWidget(makeTable(m_history, StatusHistoryModel::Reason, this), 3);
    m_assessments = new AssessmentModel(this);
    layout->addWidget(sectionTitle(tr("Assessments"), this));
    layout->addWidget(makeTable(m_assessments, AssessmentModel::Notes, this), 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_assess = buttons->addButton(tr("Record assessment…"), QDialogButtonBox::ActionRole);
    m_assess->setToolTip(tr("A passed retraining reinstates a terminated unit from its date"));
    m_assess->setEnabled(isAllowed(session.actor().role, Action::RecordAssessment));
    connect(m_assess, &QPushButton::clicked, this, &StatusHistoryDialog::recordAssessment);
    connect(buttons, &QDialogButtonBox::rejected, this, &StatusHistoryDialog::reject);
    layout->addWidget(buttons);
    resize(880, 520);
    load();
}

QString StatusHistoryDialog::summary() const
{
    return m_summary->text();
}

void StatusHistoryDialog::load()
{
    const UnitService units(m_session);
    Result<std::optional<Unit>> unit = units.find(m_unitCode);
    Result<QList<UnitStatusChange>> history = units.statusHistory(m_unitCode);
    Result<int> strikes = EvaluationService(m_session).currentStrikes(m_unitCode);
    Result<OrganisationData> data = OrganisationData::load(m_session);
    for (const QString* failure :
        { &unit.error(), &history.error(), &strikes.error(), &data.error() }) {
        if (!failure->isEmpty()) {
            m_error->setText(*failure);
            m_error->show();
            return;
        }
    }
    if (!unit.value()) {
        m_error->setText(tr("There is no unit %1.").arg(m_unitCode));
        m_error->show();
        return;
    }
    const Unit& found = *unit.value();
    QString text = tr("<b>%1 — %2</b> is <b>%3</b>. Strikes in the window of its latest "
                      "finalized month: %4.")
                       .arg(found.code.toHtmlEscaped(), found.name.toHtmlEscaped(),
                           unitStatusDisplayName(found.status).toLower())
                       .arg(strikes.value());
    if (found.status == UnitStatus::Terminated && found.rectifyBy.isValid()) {
        text += u' '
            + tr("It must rectify by %1 and pass a retraining assessment to be reinstated.")
                  .arg(formatDate(found.rectifyBy));
    }
    m_summary->setText(text);
    m_history->setHistory(history.value());
    // The Assessments tab's model, given only this unit's assessments.
    OrganisationData mine = data.value();
    QList<Assessment> assessments;
    for (const Assessment& assessment : std::as_const(mine.assessments)) {
        if (assessment.unitCode == m_unitCode)
            assessments.append(assessment);
    }
    mine.assessments = assessments;
    m_assessments->load(mine);
}

void StatusHistoryDialog::recordAssessment()
{
    Result<OrganisationData> data = OrganisationData::load(m_session);
    if (!data.ok()) {
        m_error->setText(data.error());
        m_error->show();
        return;
    }
    AssessmentDialog dialog(m_session, data.value(), m_unitCode, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_changed = true;
        load();
    }
}

} // namespace fd
