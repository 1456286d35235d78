#include "unitstatusdialog.h"

#include "services/unitservice.h"
#include "widgets/errorlabel.h"
#include "widgets/noteedit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

UnitStatusDialog::UnitStatusDialog(const Session& session, const Unit& unit, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_unit(unit)
{
    setWindowTitle(tr("Change the status of %1").arg(unit.code));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("<b>%1 — %2</b> is <b>%3</b>.")
                                   .arg(unit.code.toHtmlEscaped(), unit.name.toHtmlEscaped(),
                                       unitStatusDisplayName(unit.status).toLower()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    struct Choice
    {
        UnitStatus status;
        QString text;
        bool offered;
    };
    const Choice choices[] = {
        { UnitStatus::Retired,
            tr("Retire the unit — it stops working for the operator and leaves the reports"),
            unit.status != UnitStatus::Retired },
        { UnitStatus::Terminated,
            tr("Rescind the contract — no new orders; the unit must rectify and pass a retraining "
               "assessment"),
            unit.status == UnitStatus::Active },
        { UnitStatus::Candidate,
            tr("Take the unit back as a candidate — it must pass a qualification again"),
            unit.status == UnitStatus::Retired },
    };
    m_choices = new QButtonGroup(this);
    for (const Choice& choice : choices) {
        if (!choice.offered)
            continue;
        auto* button = new QRadioButton(choice.text, this);
        button->setMinimumWidth(button->sizeHint().width()); // its whole text, never cut
        m_choices->addButton(button, int(choice.status));
        layout->addWidget(button);
    }
    if (!m_choices->buttons().isEmpty())
        m_choices->buttons().first()->setChecked(true);

    auto* form = new QFormLayout;
    m_reason = makeNoteEdit(this, tr("Why; this goes into the unit's history and the audit log"));
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Change status"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnitStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnitStatusDialog::reject);
    layout->addWidget(buttons);
    layout->activate();
    setMinimumWidth(std::max(520, layout->minimumSize().width()));
    m_reason->setFocus();
}

bool UnitStatusDialog::chooseStatus(UnitStatus status)
{
    QAbstractButton* button = m_choices->button(int(status));
    if (button)
        button->setChecked(true);
    return button != nullptr;
}

void UnitStatusDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

QString UnitStatusDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UnitStatusDialog::accept()
{
    if (m_choices->checkedId() < 0) {
        m_error->setText(tr("Choose what happens to the unit."));
        m_error->show();
        return;
    }
    const Status status = UnitService(m_session).changeStatus(
        m_unit.code, UnitStatus(m_choices->checkedId()), m_reason->toPlainText());
    if (!status.ok()) {
        m_error->setText(status.error());
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace fd
