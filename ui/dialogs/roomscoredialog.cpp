#include "roomscoredialog.h"

#include "models/scoreformat.h"
#include "widgets/errorlabel.h"
#include "widgets/noteedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    // Empty until the evaluator types the inspection's points: a field that opened at the
    // maximum gave full marks to whoever pressed Enter.
    m_maximum = maximum;
    m_points = new QLineEdit(this);
    m_points->setAlignment(Qt::AlignRight);
    m_points->setPlaceholderText(tr("0 to %1").arg(formatPoints(maximum, 0)));
    m_points->setMaximumWidth(m_points->fontMetrics().horizontalAdvance(u"000000000000"_s) + 16);
    if (unit.counts.room)
        m_points->setText(formatPoints(*unit.counts.room));
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

std::optional<double> RoomScoreDialog::typedPoints() const
{
    // In the language on screen ("12,5" in Spanish), else with a point.
    const QString text = m_points->text().trimmed();
    bool ok = false;
    double value = QLocale().toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

void RoomScoreDialog::accept()
{
    const std::optional<double> points = typedPoints();
    if (!points) {
        m_error->setText(m_points->text().trimmed().isEmpty()
                ? tr("Type the machine-room points, from 0 to %1.").arg(formatPoints(m_maximum, 0))
                : tr("“%1” is not a number of points; type one from 0 to %2.")
                      .arg(m_points->text().trimmed(), formatPoints(m_maximum, 0)));
        m_error->show();
        m_points->setFocus();
        return;
    }
    const Status saved = EvaluationService(m_session).setRoomScore(
        m_unit.month, m_unit.unitCode, Rational::fromDecimal(*points, 2), m_note->toPlainText());
    if (!saved.ok()) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace fd
