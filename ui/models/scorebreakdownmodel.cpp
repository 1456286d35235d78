#include "scorebreakdownmodel.h"

#include "models/cellformat.h"
#include "models/scoreformat.h"
#include "models/strikeoutlook.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ScoreBreakdownModel::ScoreBreakdownModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ScoreBreakdownModel::setUnit(const UnitEvaluation& unit, const ScoringRules& rules)
{
    beginResetModel();
    m_unit = unit;
    m_rules = rules;
    m_hasUnit = true;
    endResetModel();
}

void ScoreBreakdownModel::clear()
{
    beginResetModel();
    m_unit = {};
    m_hasUnit = false;
    endResetModel();
}

EvidenceKind ScoreBreakdownModel::drillDownOf(int row) const
{
    // The service points a unit lost to complaints are in the complaints; without a
    // penalty, in the callbacks' answers.
    if (row == Service && m_hasUnit && m_unit.counts.penalisedComplaints > 0)
        return EvidenceKind::Complaint;
    const QList<EvidenceKind> kinds = evidenceOfRow(row);
    return kinds.isEmpty() ? EvidenceKind::Order : kinds.first();
}

QList<EvidenceKind> ScoreBreakdownModel::evidenceOfRow(int row)
{
    switch (row) {
    case Timeliness:
        return { EvidenceKind::Order };
    case Quality:
        return { EvidenceKind::Repair };
    case Service:
        return { EvidenceKind::Callback, EvidenceKind::Complaint };
    case Total:
        return { EvidenceKind::Order, EvidenceKind::Repair, EvidenceKind::Callback,
            EvidenceKind::Complaint };
    default:
        return {};
    }
}

int ScoreBreakdownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasUnit ? 0 : RowCount;
}

int ScoreBreakdownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScoreBreakdownModel::countedFrom(int row) const
{
    const MonthCounts& counts = m_unit.counts;
    const MonthScore& score = m_unit.score;
    switch (row) {
    case Timeliness:
        if (counts.ordersDue == 0)
            return tr("no order due this month: full points");
        if (counts.removalsDue == 0)
            return tr("on time %1 of %2 orders due (%3)")
                .arg(formatCount(counts.ordersOnTime), formatCount(counts.ordersDue),
                    formatRate(score.onTimeRate));
        // Installs and removals alike (the article's "install and removal timeliness").
        return tr("on time %1 of %2 orders due (%3); removals on time %4 of %5")
            .arg(formatCount(counts.ordersOnTime), formatCount(counts.ordersDue),
                formatRate(score.onTimeRate), formatCount(counts.removalsOnTime),
                formatCount(counts.removalsDue));
    case Quality:
        if (counts.repairs == 0)
            return tr("no repair received this month: full points");
        return tr("%1 repeat faults among %2 repairs (%3)")
            .arg(formatCount(counts.repeats), formatCount(counts.repairs),
                formatRate(score.repeatRate));
    case Service: {
        const QString answers = counts.callbacksReached == 0
            ? tr("nobody reached: full points before penalties")
            : tr("yes %1 of %2 answers in %3 callbacks (%4)")
                  .arg(formatCount(counts.yesAnswers), formatCount(6 * counts.callbacksReached),
                      formatCount(counts.callbacksReached), formatRate(score.yesRate));
        if (counts.penalisedComplaints == 0)
            return tr("%1; no complaint penalty").arg(answers);
        // The sum itself, so that 0.77 is seen to be 24.77 − 24.00 and not a mistake.
        const Rational beforePenalties = m_rules.serviceWeight * score.yesRate;
        const Rational difference = beforePenalties - score.penalties;
        const QString sum = difference < Rational(0)
            ? tr("%1 − %2 is below 0: %3")
                  .arg(formatPoints(beforePenalties), formatPoints(score.penalties),
                      formatPoints(score.service))
            : tr("%1 − %2 = %3")
                  .arg(formatPoints(beforePenalties), formatPoints(score.penalties),
                      formatPoints(score.service));
        return tr("%1; %Ln staff-caused complaint(s) −%2 points; %3", nullptr,
            int(counts.penalisedComplaints))
            .arg(answers, formatPoints(score.penalties), sum);
    }
    case Room:
        if (!m_unit.final && score.roomMissing)
            return tr("not entered yet: required before finalizing");
        return m_unit.roomNote.isEmpty() ? tr("entered after inspection")
                                         : tr("entered after inspection: %1").arg(m_unit.roomNote);
    case Adjustment:
        return m_unit.adjustmentReason.isEmpty() ? tr("none") : m_unit.adjustmentReason;
    case Total: {
        const StrikeOutlook outlook = strikeOutlook(m_unit, m_rules);
        const QString line = formatPoints(m_rules.strikeBelow, 1);
        if (outlook.kind == StrikeOutlook::DependsOnRoom)
            return tr("a strike unless the machine-room score is at least %1")
                .arg(formatPoints(outlook.roomNeeded));
        if (!outlook.settled) {
            return outlook.kind == StrikeOutlook::Strike
                ? tr("below %1 whatever the machine-room score: a strike").arg(line)
                : tr("%1 or more already: no strike").arg(line);
        }
        return score.strike ? tr("below %1: a strike").arg(line)
                            : tr("%1 or more: no strike").arg(line);
    }
    default:
        return {};
    }
}

QVariant ScoreBreakdownModel::display(int row, int column) const
{
    const MonthScore& score = m_unit.score;
    if (column == Category) {
        switch (row) {
        case Timeliness:
            return tr("Timeliness");
        case Quality:
            return tr("Maintenance quality");
        case Service:
            return tr("Customer service");
        case Room:
            return tr("Machine-room management");
        case Adjustment:
            return tr("Manual adjustment");
        case Total:
            return tr("Total");
        default:
            return {};
        }
    }
    if (column == Points) {
        switch (row) {
        case Timeliness:
            return formatPoints(score.timeliness);
        case Quality:
            return formatPoints(score.quality);
        case Service:
            return formatPoints(score.service);
        case Room:
            return !m_unit.final && score.roomMissing ? u"—"_s : formatPoints(score.room);
        case Adjustment:
            return formatSignedPoints(score.adjustment);
        case Total:
            return formatPoints(score.total, 1);
        default:
            return {};
        }
    }
    if (column == OutOf) {
        switch (row) {
        case Timeliness:
            return formatPoints(m_rules.timelinessWeight, 0);
        case Quality:
            return formatPoints(m_rules.qualityWeight, 0);
        case Service:
            return formatPoints(m_rules.serviceWeight, 0);
        case Room:
            return formatPoints(m_rules.roomMaximum, 0);
        case Total:
            return formatCount(100);
        default:
            return QString();
        }
    }
    if (column == CountedFrom)
        return countedFrom(row);
    return {};
}

QVariant ScoreBreakdownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totalRow = row == Total;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == CountedFrom)
            return countedFrom(row);
        return evidenceOfRow(row).isEmpty() ? QVariant() : tr("Double-click for the evidence");
    case Qt::TextAlignmentRole:
        return column == Points || column == OutOf ? numberAlignment() : QVariant();
    case Qt::FontRole:
        if (totalRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (totalRow) {
            const StrikeOutlook::Kind kind = strikeOutlook(m_unit, m_rules).kind;
            if (kind == StrikeOutlook::Strike)
                return warningForeground();
            if (kind == StrikeOutlook::DependsOnRoom)
                return cautionForeground();
        }
        if (row == Room && !m_unit.final && m_unit.score.roomMissing)
            return cautionForeground();
        return {};
    case Qt::BackgroundRole:
        if (totalRow && column == Points
            && strikeOutlook(m_unit, m_rules).kind == StrikeOutlook::Strike)
            return warningBackground();
        return {};
    default:
        return {};
    }
}

QVariant ScoreBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Category");
    case Points:
        return tr("Points");
    case OutOf:
        return tr("Out of");
    case CountedFrom:
        return tr("Counted from");
    default:
        return {};
    }
}

} // namespace fd
