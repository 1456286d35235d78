#pragma once

#include "rules/scoring.h"
#include "services/evaluationservice.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace fd {

// SPEC §7: the month's evaluation, one row per unit. Totals under the strike line and
// strikes are red, a unit one strike away from losing its contract amber, a missing
// machine-room score (which blocks finalizing) amber too.
class EvaluationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluationModel)

public:
    enum Column
    {
        Code,
        Name,
        Timeliness,
        Quality,
        Service,
        Room,
        Adjustment,
        Total,
        Strike,
        State,
        UnitStatus,
        StrikesInWindow,
        RectifyBy,
        ColumnCount
    };

    explicit EvaluationModel(QObject* parent = nullptr);

    void setEvaluation(
        MonthEvaluation evaluation, const ScoringRules& rules, const QTimeZone& zone);
    const MonthEvaluation& evaluation() const { return m_evaluation; }
    const UnitEvaluation& unit(int row) const { return m_evaluation.units.at(row); }
    int rowOfUnit(const QString& unitCode) const; // −1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const UnitEvaluation& unit, int column) const;
    QVariant sortValue(const UnitEvaluation& unit, int column) const;
    QVariant toolTip(const UnitEvaluation& unit, int column) const;
    bool isRed(const UnitEvaluation& unit, int column) const;
    bool isAmber(const UnitEvaluation& unit, int column) const;

    MonthEvaluation m_evaluation;
    ScoringRules m_rules;
    QTimeZone m_zone; // the operator's, for the finalization time
};

} // namespace fd
