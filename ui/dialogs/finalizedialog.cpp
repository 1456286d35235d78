#include "finalizedialog.h"

#include "models/cellformat.h"
#include "models/scoreformat.h"
#include "widgets/palette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString describe(const MonthEvaluation& month, const ScoringRules& rules, const QDate& today)
{
    QStringList drafts;
    QStringList strikes;
    QStringList warned;
    QStringList ended;
    for (const UnitEvaluation& unit : month.units) {
        if (unit.final)
            continue;
        drafts.append(unit.unitCode);
        if (!unit.score.strike)
            continue;
        strikes.append(FinalizeDialog::tr("%1 (%2)").arg(
            unit.unitCode.toHtmlEscaped(), formatPoints(unit.score.total, 1)));
        // A draft's window counts the finalized months only: this month joins them.
        const int after = unit.strikes + 1;
        if (after >= rules.strikesToTerminate && unit.unitStatus == UnitStatus::Active) {
            ended.append(FinalizeDialog::tr("%1 — strikes: %2; it must rectify by %3")
                             .arg(unit.unitCode.toHtmlEscaped())
                             .arg(after)
                             .arg(formatDate(today.addDays(rules.rectifyDays))));
        } else if (after < rules.strikesToTerminate) {
            warned.append(FinalizeDialog::tr("%1 — strikes in %2 months: %3")
                              .arg(unit.unitCode.toHtmlEscaped())
                              .arg(rules.strikeWindowMonths)
                              .arg(after));
        }
    }
    QString text = FinalizeDialog::tr("<p>Finalize <b>%1</b>? Units: %2 (%3).</p>"
                                      "<p>Their figures, the counts behind them and rules version "
                                      "%4 are frozen: later changes to the data or the rules do "
                                      "not change them. Only an admin can reopen a unit's month, "
                                      "with a reason.</p>")
                       .arg(formatMonth(month.month).toHtmlEscaped())
                       .arg(drafts.size())
                       .arg(drafts.join(u", "_s).toHtmlEscaped())
                       .arg(month.ruleVersion);
    text += FinalizeDialog::tr("<p>The 80-point rule: a total below %1 is a strike; %2 strikes "
                               "among the finalized months of %3 months end the unit's "
                               "contract.</p>")
                .arg(formatPoints(rules.strikeBelow, 1))
                .arg(rules.strikesToTerminate)
                .arg(rules.strikeWindowMonths);
    if (strikes.isEmpty()) {
        text += FinalizeDialog::tr("<p>No unit has a strike this month.</p>");
    } else {
        text += FinalizeDialog::tr("<p>Strikes this month: %1.</p>").arg(strikes.join(u", "_s));
    }
    if (!ended.isEmpty()) {
        text += FinalizeDialog::tr(
            "<p style='color:%1'><b>Contracts that end:</b><br>%2<br>They get no new "
            "orders until a retraining assessment is passed.</p>")
                    .arg(colourName(ColourRole::DangerText), ended.join(u"<br>"_s));
    }
    if (!warned.isEmpty()) {
        text += FinalizeDialog::tr("<p style='color:%1'><b>Warnings:</b><br>%2</p>")
                    .arg(colourName(ColourRole::WarningText), warned.join(u"<br>"_s));
    }
    return text;
}

} // namespace

FinalizeDialog::FinalizeDialog(
    const MonthEvaluation& month, const ScoringRules& rules, const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Finalize %1").arg(formatMonth(month.month)));
    auto* layout = new QVBoxLayout(this);
    m_text = new QLabel(describe(month, rules, today), this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    layout->addWidget(m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Finalize"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // nothing irreversible on Enter
    connect(buttons, &QDialogButtonBox::accepted, this, &FinalizeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FinalizeDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(540);
}

QString FinalizeDialog::consequences() const
{
    return m_text->text();
}

} // namespace fd
