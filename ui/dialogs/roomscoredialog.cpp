#include "roomscoredialog.h"

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

RoomScoreDialog::RoomScoreDialog(
    const Session& session, const UnitEvaluation& unit, const Rational& maximum, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_unit(unit)
{
    setWindowTitle(tr("Machine-room score of %1").arg(unit.unitCode));
    auto* layout = new QVBoxLayout(this);
    auto* heading
        = new QLabel(tr("<b>%1 — %2</b>, %3")
                         .arg(unit.unitCode.toHtmlEscaped(), unit.unitName.toHtmlEscaped(),
                             formatMonth(unit.month).toHtmlEscaped()),
            this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* explanation = new QLabel(tr("Points for machine-room management after the inspection, "
                                      "from 0 to %1. Every unit needs one before the month can be "
                                      "finalized.")
                                       .arg(formatPoints(maximum, 0)),
        this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(explanation);

    auto* form = new QFormLayout;
    m_points = new QDoubleSpinBox(this);
    m_points->setRange(0, maximum.toDouble());
    m_points->setDecimals(2);
    m_points->setSingleStep(0.5);
    m_points->setAlignment(Qt::AlignRight);
    m_points->setValue(unit.counts.room ? unit.counts.room->toDouble() : maximum.toDouble());
    form->addRow(tr("Points"), m_points);
    m_note = makeNoteEdit(this, tr("What the inspection found"));
    m_note->setPlainText(unit.roomNote);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Save score"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomScoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoomScoreDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    m_points->setFocus();
    m_points->selectAll();
}

QString RoomScoreDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RoomScoreDialog::accept()
{
    const Status saved = EvaluationService(m_session).setRoomScore(m_unit.month, m_unit.unitCode,
        Rational::fromDecimal(m_points->value(), 2), m_note->toPlainText());
    if (!saved.ok()) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace fd
