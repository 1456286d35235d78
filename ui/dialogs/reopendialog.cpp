#include "reopendialog.h"

#include "models/scoreformat.h"
#include "widgets/errorlabel.h"
#include "widgets/noteedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ReopenDialog::ReopenDialog(const Session& session, const UnitEvaluation& unit, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_unit(unit)
{
    setWindowTitle(tr("Reopen the evaluation of %1").arg(unit.unitCode));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<b>%1 — %2</b>, %3: final, total %4")
            .arg(unit.unitCode.toHtmlEscaped(), unit.unitName.toHtmlEscaped(),
                formatMonth(unit.month).toHtmlEscaped(), formatPoints(unit.score.total, 1)),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* explanation
        = new QLabel(tr("The month goes back to draft: its figures are computed again "
                        "from the data as it stands, and it must be finalized again. "
                        "If finalizing it ended the unit's contract, the contract is "
                        "restored until then. Only an admin may reopen."),
            this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);
    auto* form = new QFormLayout;
    m_reason = makeNoteEdit(this, tr("Why; this goes into the audit log"));
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Reopen"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReopenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReopenDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(500);
    m_reason->setFocus();
}

QString ReopenDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ReopenDialog::accept()
{
    const Status reopened = EvaluationService(m_session).reopen(
        m_unit.month, m_unit.unitCode, m_reason->toPlainText());
    if (!reopened.ok()) {
        m_error->setText(reopened.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace fd
