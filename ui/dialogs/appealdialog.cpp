#include "appealdialog.h"

#include "models/scoreformat.h"
#include "rules/permissions.h"
#include "services/appealservice.h"
#include "services/evaluationservice.h"
#include "services/unitservice.h"
#include "widgets/combos.h"
#include "widgets/errorlabel.h"
#include "widgets/noteedit.h"
#include "widgets/plainwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// How far back the filing dialog offers months: a year of finalized months.
constexpr int kMonthsOffered = 12;

} // namespace

AppealFileDialog::AppealFileDialog(
    const Session& session, const std::optional<Item>& item, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(item ? tr("Appeal %1 %2").arg(appealItemDisplayName(item->item), item->ref)
                        : tr("File an appeal"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mutedLabel(
        tr("An appeal asks that an item counted against the unit in a month should not count. "
           "An evaluator other than the one who files it upholds or dismisses it; upheld, the "
           "item leaves the month's figures (a finalized month is then evaluated again)."),
        this));

    auto* form = new QFormLayout;
    m_unit = new QComboBox(this);
    const Actor& actor = session.actor();
    if (item) {
        m_unit->addItem(item->unitCode, item->unitCode);
    } else if (boundToUnit(actor)) {
        m_unit->addItem(actor.unitCode, actor.unitCode);
    } else {
        Result<QList<Unit>> units = UnitService(session).list();
        for (const Unit& unit : units.ok() ? units.value() : QList<Unit>())
            m_unit->addItem(tr("%1 — %2").arg(unit.code, unit.name), unit.code);
    }
    m_month = new QComboBox(this);
    const QDate today = session.today();
    const QDate last = QDate(today.year(), today.month(), 1).addMonths(-1);
    fillMonthCombo(m_month, last, item ? item->month : last, kMonthsOffered);
    if (item)
        selectMonth(m_month, item->month);
    m_item = new QComboBox(this);
    for (AppealItem kind : { AppealItem::LateOrder, AppealItem::Repeat, AppealItem::Complaint })
        m_item->addItem(appealItemDisplayName(kind), int(kind));
    m_ref = new QLineEdit(this);
    m_ref->setPlaceholderText(tr("The order number, or the complaint's number"));
    if (item) {
        m_item->setCurrentIndex(m_item->findData(int(item->item)));
        m_ref->setText(item->ref);
        for (QWidget* fixed : std::initializer_list<QWidget*> { m_unit, m_month, m_item })
            fixed->setEnabled(false);
        m_ref->setReadOnly(true);
    }
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("&Month"), m_month);
    form->addRow(tr("&Item"), m_item);
    form->addRow(tr("&Order or complaint"), m_ref);
    if (item && !item->description.isEmpty()) {
        auto* facts = new QLabel(item->description, this);
        facts->setWordWrap(true);
        form->addRow(tr("What counted"), facts);
    }
    m_grounds = makeNoteEdit(this, tr("Why the item should not count (required)"));
    form->addRow(tr("&Grounds"), m_grounds);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_file = buttons->addButton(tr("File the appeal"), QDialogButtonBox::AcceptRole);
    m_file->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppealFileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AppealFileDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    if (item)
        m_grounds->setFocus();
}

QString AppealFileDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AppealFileDialog::accept()
{
    const Result<Appeal> filed
        = AppealService(m_session).file(selectedCode(m_unit), m_month->currentData().toDate(),
            AppealItem(m_item->currentData().toInt()), m_ref->text(), m_grounds->toPlainText());
    if (!filed.ok()) {
        m_error->setText(filed.error());
        m_error->show();
        return;
    }
    m_filed = filed.value();
    QDialog::accept();
}

AppealDecideDialog::AppealDecideDialog(
    const Session& session, const Appeal& appeal, bool uphold, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_appeal(appeal)
    , m_uphold(uphold)
{
    setWindowTitle(
        uphold ? tr("Uphold appeal %1").arg(appeal.id) : tr("Dismiss appeal %1").arg(appeal.id));
    auto* layout = new QVBoxLayout(this);
    const std::optional<QDate> month = EvaluationService::parseMonth(appeal.month);
    auto* heading = new QLabel(
        tr("<b>Appeal %1</b>: %2 %3 of %4 in %5, filed by %6")
            .arg(QString::number(appeal.id), appealItemDisplayName(appeal.item).toHtmlEscaped(),
                appeal.ref.toHtmlEscaped(), appeal.unitCode.toHtmlEscaped(),
                (month ? formatMonth(*month) : appeal.month).toHtmlEscaped(),
                appeal.filedBy.toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* grounds = new QLabel(tr("Grounds: %1").arg(appeal.grounds), this);
    grounds->setWordWrap(true);
    grounds->setTextFormat(Qt::PlainText);
    layout->addWidget(grounds);
    layout->addWidget(mutedLabel(uphold
            ? tr("Upheld, the item no longer counts against the unit: in a draft month the "
                 "figures change at once; a finalized month is marked for re-evaluation, and "
                 "an admin reopens and finalizes it again.")
            : tr("Dismissed, the item keeps counting and the month's figures stay as they "
                 "are."),
        this));
    auto* form = new QFormLayout;
    m_reason = makeNoteEdit(this, tr("Why; the unit reads this, and it goes into the audit log"));
    form->addRow(tr("&Reason"), m_reason);
    layout->addLayout(form);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_decide
        = buttons->addButton(uphold ? tr("Uphold") : tr("Dismiss"), QDialogButtonBox::AcceptRole);
    m_decide->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppealDecideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AppealDecideDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_reason->setFocus();
}

QString AppealDecideDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AppealDecideDialog::accept()
{
    const Result<Appeal> decided
        = AppealService(m_session).decide(m_appeal.id, m_uphold, m_reason->toPlainText());
    if (!decided.ok()) {
        m_error->setText(decided.error());
        m_error->show();
        return;
    }
    m_decided = decided.value();
    QDialog::accept();
}

} // namespace fd
