#include "indicatormodel.h"

#include "models/cellformat.h"
#include "models/scoreformat.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

bool isYesRow(int row)
{
    return row >= IndicatorModel::YesOnTime && row <= IndicatorModel::YesSiteCleaned;
}

CallbackQuestion questionOfRow(int row)
{
    return CallbackQuestion(row - IndicatorModel::YesOnTime);
}

QString amount(double value)
{
    return QLocale().toString(value, 'f', value == double(qint64(value)) ? 0 : 2);
}

} // namespace

IndicatorModel::IndicatorModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    static_assert(YesSiteCleaned - YesOnTime + 1 == kCallbackQuestionCount);
}

void IndicatorModel::setIndicators(const Indicators& unit, const Indicators& overall)
{
    beginResetModel();
    m_unit = unit;
    m_overall = overall;
    m_has = true;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, UnitValue, UnitValue);
}

void IndicatorModel::clear()
{
    beginResetModel();
    m_unit = {};
    m_overall = {};
    m_has = false;
    endResetModel();
}

std::optional<EvidenceRequest> IndicatorModel::evidenceOfRow(int row)
{
    if (isYesRow(row) || row == NetPromoterScore || row == Commendations)
        return EvidenceRequest { EvidenceSource::Evaluation, EvidenceKind::Callback, false };
    switch (row) {
    case OnTimeRate:
        return EvidenceRequest { EvidenceSource::Evaluation, EvidenceKind::Order, false };
    case Compensation:
        return EvidenceRequest { EvidenceSource::Evaluation, EvidenceKind::Order, true };
    case RepeatRate:
        return EvidenceRequest { EvidenceSource::Evaluation, EvidenceKind::Repair, false };
    case ReachRate:
        return EvidenceRequest { EvidenceSource::CallbacksDue, EvidenceKind::Callback, false };
    case ComplaintsPerThousand:
        return EvidenceRequest { EvidenceSource::ComplaintsReceived, EvidenceKind::Complaint,
            false };
    default:
        return std::nullopt;
    }
}

int IndicatorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_has ? 0 : RowCount;
}

int IndicatorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorModel::name(int row)
{
    if (isYesRow(row))
        return tr("Yes: %1").arg(callbackQuestionShortName(questionOfRow(row)));
    switch (row) {
    case OnTimeRate:
        return tr("On-time rate");
    case RepeatRate:
        return tr("Repeat rate");
    case ReachRate:
        return tr("Callback reach rate");
    case NetPromoterScore:
        return tr("Net promoter score");
    case ComplaintsPerThousand:
        return tr("Complaints per 1,000 completed orders");
    case Commendations:
        return tr("Commendations");
    case Compensation:
        return tr("Compensation credits");
    default:
        return {};
    }
}

QString IndicatorModel::value(const Indicators& indicators, int row)
{
    if (isYesRow(row))
        return formatRate(indicators.yesRate(questionOfRow(row)));
    switch (row) {
    case OnTimeRate:
        return formatRate(indicators.onTimeRate());
    case RepeatRate:
        return formatRate(indicators.repeatRate());
    case ReachRate:
        return formatRate(indicators.reachRate());
    case NetPromoterScore:
        return formatSignedPoints(indicators.netPromoterScore(), 1);
    case ComplaintsPerThousand:
        return formatPoints(indicators.complaintsPerThousandOrders(), 1);
    case Commendations:
        return formatCount(indicators.commendations);
    case Compensation:
        return amount(indicators.compensation);
    default:
        return {};
    }
}

QString IndicatorModel::countedFrom(const Indicators& indicators, int row)
{
    if (isYesRow(row)) {
        return tr("%1 yes of %2 reached")
            .arg(formatCount(indicators.yesAnswers[size_t(questionOfRow(row))]),
                formatCount(indicators.callbacksReached));
    }
    switch (row) {
    case OnTimeRate:
        if (indicators.removalsDue == 0)
            return tr("%1 of %2 orders due")
                .arg(formatCount(indicators.ordersOnTime), formatCount(indicators.ordersDue));
        return tr("%1 of %2 orders due; removals %3 of %4")
            .arg(formatCount(indicators.ordersOnTime), formatCount(indicators.ordersDue),
                formatCount(indicators.removalsOnTime), formatCount(indicators.removalsDue));
    case RepeatRate:
        return tr("%1 of %2 repairs")
            .arg(formatCount(indicators.repeats), formatCount(indicators.repairs));
    case ReachRate:
        return tr("%1 of %2 due")
            .arg(formatCount(indicators.callbacksDueReached), formatCount(indicators.callbacksDue));
    case NetPromoterScore:
        return tr("%1 promoters, %2 passives, %3 detractors")
            .arg(formatCount(indicators.promoters), formatCount(indicators.passives),
                formatCount(indicators.detractors));
    case ComplaintsPerThousand:
        return tr("%1 complaints, %2 completed")
            .arg(formatCount(indicators.complaints()), formatCount(indicators.ordersCompleted));
    case Commendations:
        return tr("in %1 reached").arg(formatCount(indicators.callbacksReached));
    case Compensation:
        return tr("for %1 late orders").arg(formatCount(indicators.lateOrders));
    default:
        return {};
    }
}

QVariant IndicatorModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Indicator:
            return name(row);
        case UnitValue:
            return value(m_unit, row);
        case OverallValue:
            return value(m_overall, row);
        case CountedFrom:
            return countedFrom(m_unit, row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == OverallValue)
            return tr("Every unit: %1").arg(countedFrom(m_overall, row));
        if (index.column() == Indicator && isYesRow(row))
            return callbackQuestionText(questionOfRow(row));
        return evidenceOfRow(row) ? tr("Double-click for the evidence") : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == UnitValue || index.column() == OverallValue ? numberAlignment()
                                                                             : QVariant();
    case Qt::FontRole:
        if (index.column() == UnitValue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant IndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Indicator:
        return tr("Indicator");
    case UnitValue:
        return m_unit.unitCode.isEmpty() ? tr("Unit") : m_unit.unitCode;
    case OverallValue:
        return tr("All units");
    case CountedFrom:
        return tr("Counted from (unit)");
    default:
        return {};
    }
}

} // namespace fd
