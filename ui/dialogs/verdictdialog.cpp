#include "verdictdialog.h"

#include "models/cellformat.h"
#include "services/complaintservice.h"
#include "services/ruleservice.h"
#include "widgets/errorlabel.h"
#include "widgets/noteedit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fd {

VerdictDialog::VerdictDialog(
    const Session& session, const Complaint& complaint, Action action, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_complaint(complaint)
    , m_action(action)
{
    auto* layout = new QVBoxLayout(this);
    QString title;
    QString button;
    QString placeholder;
    switch (action) {
    case Action::Verify:
        title = tr("Verify complaint %1").arg(complaint.id);
        button = tr("Verify");
        placeholder = tr("Optional: what the verification found");
        break;
    case Action::Reject:
        title = tr("Reject complaint %1").arg(complaint.id);
        button = tr("Reject");
        placeholder = tr("Why the complaint is rejected (required)");
        break;
    case Action::Resolve:
        title = tr("Resolve complaint %1").arg(complaint.id);
        button = tr("Resolve");
        placeholder = tr("How it was resolved with the customer (required)");
        break;
    }
    setWindowTitle(title);
    QStringList about = { complaintCategoryDisplayName(complaint.category),
        tr("unit %1").arg(complaint.unitCode) };
    if (!complaint.orderNumber.isEmpty())
        about.append(tr("order %1").arg(complaint.orderNumber));
    about.append(tr("received %1").arg(formatDateTime(complaint.receivedAt, session.zone())));
    auto* heading = new QLabel(u"<b>%1</b><br>%2"_s.arg(about.join(u" · "_s).toHtmlEscaped(),
                                   complaint.description.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    if (action == Action::Verify) {
        Result<RuleSet> rules = RuleService(session).current();
        const double value = rules.ok() ? rules.value().value(rule::kComplaintPenaltyPoints) : 0;
        // "2 penalty points", and "1.5" when the rule has a fraction.
        const QString points
            = value == std::floor(value) ? formatCount(qint64(value)) : formatScore(value);
        // The month as its language writes it ("November 2026", "2026年11月"): a format to
        // translate.
        const QString month
            = QLocale().toString(session.today(), tr("MMMM yyyy", "month and year"));
        m_staffCaused = new QButtonGroup(this);
        auto* caused = new QRadioButton(
            tr("Caused by the maintenance staff — costs unit %1 %2 penalty points in %3")
                .arg(complaint.unitCode, points, month),
            this);
        auto* notCaused
            = new QRadioButton(tr("Not caused by the maintenance staff — no penalty"), this);
        // A radio button gives way to its layout below its text's width: not these.
        caused->setMinimumWidth(caused->sizeHint().width());
        notCaused->setMinimumWidth(notCaused->sizeHint().width());
        m_staffCaused->addButton(caused, 1);
        m_staffCaused->addButton(notCaused, 0);
        layout->addWidget(caused);
        layout->addWidget(notCaused);
    } else if (action == Action::Resolve && complaint.staffCaused) {
        auto* verdict = new QLabel(
            tr("Verdict: %1")
                .arg(complaintVerdictDisplay(complaintVerdictRecord(complaint, false))),
            this);
        verdict->setWordWrap(true);
        layout->addWidget(verdict);
    }
    m_note = makeNoteEdit(this, placeholder);
    layout->addWidget(m_note);
    auto* audit = new QLabel(tr("Your name and the time go into the audit log."), this);
    audit->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(audit);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(button, QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &VerdictDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VerdictDialog::reject);
    layout->addWidget(buttons);
    layout->activate();
    setMinimumWidth(std::max(560, layout->minimumSize().width()));
    m_note->setFocus();
}

void VerdictDialog::chooseStaffCaused(bool staffCaused)
{
    if (m_staffCaused)
        m_staffCaused->button(staffCaused ? 1 : 0)->setChecked(true);
}

QString VerdictDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void VerdictDialog::accept()
{
    ComplaintService service(m_session);
    std::optional<Result<Complaint>> saved; // every action below sets it
    const QString note = m_note->toPlainText();
    switch (m_action) {
    case Action::Verify:
        if (m_staffCaused->checkedId() < 0) {
            // The verdict decides the penalty: it is chosen, never assumed.
            m_error->setText(tr("Say whether the maintenance staff caused the complaint."));
            m_error->show();
            return;
        }
        saved = service.verify(
            m_complaint.id, m_complaint.version, m_staffCaused->checkedId() == 1, note);
        break;
    case Action::Reject:
        saved = service.reject(m_complaint.id, m_complaint.version, note);
        break;
    case Action::Resolve:
        saved = service.resolve(m_complaint.id, m_complaint.version, note);
        break;
    }
    if (!saved->ok()) {
        m_error->setText(saved->error());
        m_error->show();
        return;
    }
    m_saved = saved->value();
    QDialog::accept();
}

} // namespace fd
