#include "adjustmentdialog.h"

#include "models/scoreformat.h"
#include "widgets/errorlabel.h"
#include "widgets/noteedit.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

AdjustmentDialog::AdjustmentDialog(
    const Session& session, const UnitEvaluation& unit, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_unit(unit)
{
    setWindowTitle(tr("Adjustment of %1").arg(unit.unitCode));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<b>%1 — %2</b>, %3: total now %4")
            .arg(unit.unitCode.toHtmlEscaped(), unit.unitName.toHtmlEscaped(),
                formatMonth(unit.month).toHtmlEscaped(), formatPoints(unit.score.total, 1)),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* explanation
        = new QLabel(tr("Points added to (or, negative, taken from) the month's total, "
                        "which stays between 0 and 100. The reason is shown to the "
                        "unit in its report."),
            this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    m_points = new QDoubleSpinBox(this);
    m_points->setRange(-100, 100);
    m_points->setDecimals(2);
    m_points->setSingleStep(0.5);
    m_points->setAlignment(Qt::AlignRight);
    m_points->setValue(unit.score.adjustment.toDouble());
    form->addRow(tr("Points (±)"), m_points);
    m_reason = makeNoteEdit(this, tr("Why; required"));
    m_reason->setPlainText(unit.adjustmentReason);
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Save adjustment"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_remove = buttons->addButton(tr("Remove adjustment"), QDialogButtonBox::DestructiveRole);
    m_remove->setVisible(
        !unit.adjustmentReason.isEmpty() || !(unit.score.adjustment == Rational(0)));
    connect(m_remove, &QPushButton::clicked, this, &AdjustmentDialog::removeAdjustment);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AdjustmentDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_points->setFocus();
    m_points->selectAll();
}

QString AdjustmentDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool AdjustmentDialog::save(const Rational& points, const QString& reason)
{
    const Status saved
        = EvaluationService(m_session).setAdjustment(m_unit.month, m_unit.unitCode, points, reason);
    if (!saved.ok()) {
        m_error->setText(saved.error());
        m_error->show();
        return false;
    }
    return true;
}

void AdjustmentDialog::accept()
{
    if (save(Rational::fromDecimal(m_points->value(), 2), m_reason->toPlainText()))
        QDialog::accept();
}

void AdjustmentDialog::removeAdjustment()
{
    // Zero points and no reason is how the service is told to remove it.
    if (save(Rational(0), QString()))
        QDialog::accept();
}

} // namespace fd
