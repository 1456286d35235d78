#pragma once

#include "dialogs/recorddialog.h"
#include "models/organisationdata.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace fd {

// Records a qualification or retraining assessment (SPEC §2, §7). A qualification's verdict
// follows from the score and the pass mark in force, so it is shown, not chosen; a
// retraining's verdict is the assessor's and is a checkbox.
class AssessmentDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentDialog)

public:
    AssessmentDialog(const Session& session, const OrganisationData& data,
        const QString& unitCode = {}, QWidget* parent = nullptr);

    QComboBox* unitCombo() const { return m_unit; }
    QComboBox* kindCombo() const { return m_kind; }
    QDateEdit* dateEdit() const { return m_date; }
    QDoubleSpinBox* scoreEdit() const { return m_score; }
    QLabel* verdictLabel() const { return m_verdict; }
    QCheckBox* passedCheck() const { return m_passed; }

protected:
    BatchStatus save() override;

private:
    AssessmentKind kind() const;
    void suggestKind();
    void updateVerdict();

    OrganisationData m_data;
    QComboBox* m_unit = nullptr;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QDoubleSpinBox* m_score = nullptr;
    QStackedWidget* m_verdictStack = nullptr;
    QLabel* m_verdict = nullptr;
    QCheckBox* m_passed = nullptr;
    QLineEdit* m_assessor = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    bool m_qualificationPasses = false;
};

} // namespace fd
