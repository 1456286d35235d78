#include "assessmentdialog.h"

#include "models/cellformat.h"
#include "services/assessmentservice.h"
#include "services/ruleservice.h"
#include "widgets/combos.h"
#include "widgets/noteedit.h"
#include "widgets/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>

using namespace Qt::Literals::StringLiterals;

namespace fd {

AssessmentDialog::AssessmentDialog(
    const Session& session, const OrganisationData& data, const QString& unitCode, QWidget* parent)
    : RecordDialog(session, parent)
    , m_data(data)
{
    setWindowTitle(tr("Record assessment"));
    m_unit = new QComboBox(this);
    fillUnitCombo(m_unit, m_data, false);
    m_kind = new QComboBox(this);
    for (AssessmentKind kind : { AssessmentKind::Qualification, AssessmentKind::Retraining })
        m_kind->addItem(assessmentKindDisplayName(kind), int(kind));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    // The service refuses a future date; the editor does not offer one.
    m_date->setMaximumDate(m_session.today());
    m_date->setDate(m_session.today());
    m_score = new QDoubleSpinBox(this);
    m_score->setRange(0, 100);
    m_score->setDecimals(1);
    m_score->setSingleStep(0.5);
    m_score->setAlignment(Qt::AlignRight);
    m_verdict = new QLabel(this);
    m_passed = new QCheckBox(tr("The unit passed the retraining"), this);
    m_verdictStack = new QStackedWidget(this);
    m_verdictStack->addWidget(m_verdict);
    m_verdictStack->addWidget(m_passed);
    m_verdictStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_assessor = new QLineEdit(this);
    m_notes = makeNoteEdit(this);
    addField(u"unit_code"_s, m_unit);
    addField(u"kind"_s, m_kind);
    addField(u"date"_s, m_date);
    addField(u"score"_s, tr("Score (0–100)"), m_score);
    addField(u"passed"_s, tr("Verdict"), m_verdictStack);
    addField(u"assessor"_s, m_assessor);
    addField(u"notes"_s, tr("Notes"), m_notes);
    addNote(tr("A passed qualification makes a candidate unit active. A passed retraining "
               "reinstates a terminated "
               "unit from the assessment's date."));

    if (!unitCode.isEmpty())
        selectCode(m_unit, unitCode);
    suggestKind();
    updateVerdict();
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AssessmentDialog::suggestKind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AssessmentDialog::updateVerdict);
    connect(m_score, &QDoubleSpinBox::valueChanged, this, &AssessmentDialog::updateVerdict);
}

AssessmentKind AssessmentDialog::kind() const
{
    return AssessmentKind(m_kind->currentData().toInt());
}

void AssessmentDialog::suggestKind()
{
    // A terminated unit is assessed to be reinstated; anyone else to qualify.
    const Unit* unit = m_data.findUnit(selectedCode(m_unit));
    const bool terminated = unit && unit->status == UnitStatus::Terminated;
    m_kind->setCurrentIndex(m_kind->findData(
        int(terminated ? AssessmentKind::Retraining : AssessmentKind::Qualification)));
}

void AssessmentDialog::updateVerdict()
{
    if (kind() == AssessmentKind::Retraining) {
        m_verdictStack->setCurrentWidget(m_passed);
        return;
    }
    m_verdictStack->setCurrentWidget(m_verdict);
    Result<bool> passes = AssessmentService(m_session).qualificationPasses(m_score->value());
    Result<RuleSet> rules = RuleService(m_session).current();
    if (!passes.ok() || !rules.ok()) {
        m_verdict->setText(passes.ok() ? rules.error() : passes.error());
        return;
    }
    m_qualificationPasses = passes.value();
    const QString passMark = formatScore(rules.value().value(rule::kQualificationPassMark));
    m_verdict->setText(m_qualificationPasses ? tr("Passed — the pass mark is %1").arg(passMark)
                                             : tr("Failed — the pass mark is %1").arg(passMark));
    m_verdict->setStyleSheet(m_qualificationPasses
            ? u"color: %1; font-weight: bold;"_s.arg(colourName(ColourRole::SuccessText))
            : u"color: %1; font-weight: bold;"_s.arg(colourName(ColourRole::DangerText)));
}

BatchStatus AssessmentDialog::save()
{
    Assessment assessment;
    assessment.unitCode = selectedCode(m_unit);
    assessment.kind = kind();
    assessment.date = m_date->date();
    assessment.score = m_score->value();
    assessment.passed = assessment.kind == AssessmentKind::Qualification ? m_qualificationPasses
                                                                         : m_passed->isChecked();
    assessment.assessor = m_assessor->text().trimmed();
    assessment.notes = m_notes->toPlainText().trimmed();
    return AssessmentService(m_session).record({ assessment });
}

} // namespace fd
