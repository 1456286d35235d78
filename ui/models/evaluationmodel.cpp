#include "evaluationmodel.h"

#include "models/cellformat.h"
#include "models/itemroles.h"
#include "models/scoreformat.h"
#include "models/strikeoutlook.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace fd {

EvaluationModel::EvaluationModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EvaluationModel::setEvaluation(
    MonthEvaluation evaluation, const ScoringRules& rules, const QTimeZone& zone)
{
    beginResetModel();
    m_evaluation = std::move(evaluation);
    m_rules = rules;
    m_zone = zone;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); // the maxima in the headers
}

int EvaluationModel::rowOfUnit(const QString& unitCode) const
{
    for (int row = 0; row < m_evaluation.units.size(); ++row) {
        if (m_evaluation.units.at(row).unitCode == unitCode)
            return row;
    }
    return -1;
}

int EvaluationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_evaluation.units.size());
}

int EvaluationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EvaluationModel::isRed(const UnitEvaluation& unit, int column) const
{
    switch (column) {
    case Total:
    case Strike:
        return strikeOutlook(unit, m_rules).kind == StrikeOutlook::Strike;
    case UnitStatus:
    case RectifyBy:
        return unit.unitStatus == fd::UnitStatus::Terminated;
    case StrikesInWindow:
        return contractStanding(unit.strikes, m_rules) == ContractStanding::Terminated;
    default:
        return false;
    }
}

bool EvaluationModel::isAmber(const UnitEvaluation& unit, int column) const
{
    if (column == StrikesInWindow)
        return contractStanding(unit.strikes, m_rules) == ContractStanding::Warned;
    if (column == Room)
        return !unit.final && unit.score.roomMissing;
    if (column == State)
        return unit.reevaluationDue;
    if (column == Total || column == Strike)
        return strikeOutlook(unit, m_rules).kind == StrikeOutlook::DependsOnRoom;
    return false;
}

QVariant EvaluationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UnitEvaluation& unit = m_evaluation.units.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(unit, column);
    case SortRole:
        return sortValue(unit, column);
    case FilterRole:
        return column == Code || column == Name || column == UnitStatus ? display(unit, column)
                                                                        : QVariant();
    case Qt::TextAlignmentRole:
        if (column >= Timeliness && column <= Total)
            return numberAlignment();
        return column == StrikesInWindow ? QVariant(int(Qt::AlignCenter)) : QVariant();
    case Qt::BackgroundRole:
        if (isRed(unit, column) && (column == Total || column == Strike))
            return warningBackground();
        return isAmber(unit, column) && column != Total ? cautionBackground() : QVariant();
    case Qt::ForegroundRole:
        if (isRed(unit, column))
            return warningForeground();
        return isAmber(unit, column) ? cautionForeground() : QVariant();
    case Qt::FontRole:
        if (column == Total || isRed(unit, column)) {
            QFont font;
            font.setBold(column == Total || column == Strike);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(unit, column);
    default:
        return {};
    }
}

QVariant EvaluationModel::display(const UnitEvaluation& unit, int column) const
{
    const MonthScore& score = unit.score;
    switch (column) {
    case Code:
        return unit.unitCode;
    case Name:
        return unit.unitName;
    case Timeliness:
        return formatPoints(score.timeliness);
    case Quality:
        return formatPoints(score.quality);
    case Service:
        return formatPoints(score.service);
    case Room:
        return !unit.final && score.roomMissing ? u"—"_s : formatPoints(score.room);
    case Adjustment:
        return formatSignedPoints(score.adjustment);
    case Total:
        return formatPoints(score.total, 1);
    case Strike: {
        // A draft still without its machine-room score may not know yet.
        const StrikeOutlook outlook = strikeOutlook(unit, m_rules);
        return outlook.kind == StrikeOutlook::DependsOnRoom
            ? u"?"_s
            : yesNo(outlook.kind == StrikeOutlook::Strike);
    }
    case State:
        if (unit.reevaluationDue)
            return tr("Re-evaluation due");
        return unit.final ? tr("Final") : tr("Draft");
    case UnitStatus:
        return unitStatusDisplayName(unit.unitStatus);
    case StrikesInWindow:
        return unit.strikes;
    case RectifyBy:
        return unit.rectifyBy.isValid() ? formatDate(unit.rectifyBy) : QString();
    default:
        return {};
    }
}

QVariant EvaluationModel::sortValue(const UnitEvaluation& unit, int column) const
{
    const MonthScore& score = unit.score;
    switch (column) {
    case Timeliness:
        return score.timeliness.toDouble();
    case Quality:
        return score.quality.toDouble();
    case Service:
        return score.service.toDouble();
    case Room:
        return !unit.final && score.roomMissing ? -1.0 : score.room.toDouble();
    case Adjustment:
        return score.adjustment.toDouble();
    case Total:
        return score.total.toDouble();
    case Strike:
        return score.strike;
    case State:
        return unit.reevaluationDue ? 2 : unit.final ? 1 : 0;
    case UnitStatus:
        return int(unit.unitStatus);
    case StrikesInWindow:
        return unit.strikes;
    case RectifyBy:
        return unit.rectifyBy;
    default:
        return display(unit, column);
    }
}

QVariant EvaluationModel::toolTip(const UnitEvaluation& unit, int column) const
{
    const MonthCounts& counts = unit.counts;
    switch (column) {
    case Name:
        return unit.unitName;
    case Timeliness:
        if (counts.removalsDue == 0)
            return tr("On time %1 of %2 orders due").arg(counts.ordersOnTime).arg(counts.ordersDue);
        return tr("On time %1 of %2 orders due; removals on time %3 of %4")
            .arg(counts.ordersOnTime)
            .arg(counts.ordersDue)
            .arg(counts.removalsOnTime)
            .arg(counts.removalsDue);
    case Quality:
        return tr("%1 repeat faults among %2 repairs").arg(counts.repeats).arg(counts.repairs);
    case Service:
        return tr("%1 of %2 answers yes in %3 callbacks reached; %4 complaints cost %5 points")
            .arg(counts.yesAnswers)
            .arg(6 * counts.callbacksReached)
            .arg(counts.callbacksReached)
            .arg(counts.penalisedComplaints)
            .arg(formatPoints(unit.score.penalties));
    case Room:
        if (!unit.final && unit.score.roomMissing)
            return tr("Not entered yet; the month cannot be finalized without it.");
        return unit.roomNote.isEmpty() ? QVariant() : unit.roomNote;
    case Adjustment:
        return unit.adjustmentReason.isEmpty() ? QVariant() : unit.adjustmentReason;
    case Total:
    case Strike: {
        const StrikeOutlook outlook = strikeOutlook(unit, m_rules);
        const QString line = formatPoints(m_rules.strikeBelow, 1);
        if (!outlook.settled) {
            if (outlook.kind == StrikeOutlook::DependsOnRoom)
                return tr(
                    "Without the machine-room score, still to enter: a strike unless it is at "
                    "least %1.")
                    .arg(formatPoints(outlook.roomNeeded));
            return outlook.kind == StrikeOutlook::Strike
                ? tr("Without the machine-room score, still to enter: below %1 whatever it is.")
                      .arg(line)
                : tr("Without the machine-room score, still to enter: %1 or more already.")
                      .arg(line);
        }
        return unit.score.strike ? tr("Below %1: a strike").arg(line)
                                 : tr("%1 or more: no strike").arg(line);
    }
    case State:
        if (unit.final) {
            const QString finalized
                = tr("Finalized %1 by %2 with rules version %3")
                      .arg(formatDateTime(unit.finalizedAt, m_zone), unit.finalizedBy)
                      .arg(unit.ruleVersion);
            if (!unit.reevaluationDue)
                return finalized;
            return tr("%1. An appeal was upheld after that: an admin reopens the month and "
                      "finalizes it again so that the item no longer counts.")
                .arg(finalized);
        }
        return tr("Computed now with rules version %1; it changes with the data until the month "
                  "is finalized.")
            .arg(unit.ruleVersion);
    case StrikesInWindow:
        if (unit.strikes == 0)
            return {};
        return tr("Strikes in the %1 months ending with this month: %2; at %3 the contract "
                  "ends.")
            .arg(m_rules.strikeWindowMonths)
            .arg(unit.strikes)
            .arg(m_rules.strikesToTerminate);
    default:
        return {};
    }
}

QVariant EvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section >= Timeliness && section <= Total)
        return int(Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Timeliness:
            return tr("Out of %1: the weight times the on-time rate")
                .arg(formatPoints(m_rules.timelinessWeight, 0));
        case Quality:
            return tr("Out of %1: the weight times one minus the repeat rate")
                .arg(formatPoints(m_rules.qualityWeight, 0));
        case Service:
            return tr("Out of %1: the weight times the callbacks' yes-rate, minus complaint "
                      "penalties")
                .arg(formatPoints(m_rules.serviceWeight, 0));
        case Room:
            return tr("Out of %1: entered by an evaluator after inspection")
                .arg(formatPoints(m_rules.roomMaximum, 0));
        case StrikesInWindow:
            return tr("Strikes among the finalized months of the last %1 months")
                .arg(m_rules.strikeWindowMonths);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Unit");
    case Name:
        return tr("Name");
    case Timeliness:
        return tr("Timeliness");
    case Quality:
        return tr("Quality");
    case Service:
        return tr("Service");
    case Room:
        return tr("Machine room");
    case Adjustment:
        return tr("Adjustment");
    case Total:
        return tr("Total");
    case Strike:
        return tr("Strike");
    case State:
        return tr("Evaluation");
    case UnitStatus:
        return tr("Unit status");
    case StrikesInWindow:
        return tr("Strikes in window");
    case RectifyBy:
        return tr("Rectify by");
    default:
        return {};
    }
}

} // namespace fd
