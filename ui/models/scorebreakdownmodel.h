#pragma once

#include "domain/evidence.h"
#include "rules/scoring.h"
#include "services/evaluationservice.h"

#include <QAbstractTableModel>

namespace fd {

// One unit's month, category by category (SPEC §7): the points against the category's
// maximum and the counts they come from ("on time 412 of 430"), so that a score can be
// explained to the unit line by line.
class ScoreBreakdownModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreBreakdownModel)

public:
    enum Row
    {
        Timeliness,
        Quality,
        Service,
        Room,
        Adjustment,
        Total,
        RowCount
    };
    enum Column
    {
        Category,
        Points,
        OutOf,
        CountedFrom,
        ColumnCount
    };

    explicit ScoreBreakdownModel(QObject* parent = nullptr);

    void setUnit(const UnitEvaluation& unit, const ScoringRules& rules);
    void clear();
    bool hasUnit() const { return m_hasUnit; }
    const UnitEvaluation& unit() const { return m_unit; }

    // The evidence kinds a row's figure counts; none for entered figures.
    static QList<EvidenceKind> evidenceOfRow(int row);
    // The kind a double-click on `row` opens: for the service row, the complaints when
    // they cost the unit points, else the callbacks.
    EvidenceKind drillDownOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(int row, int column) const;
    QString countedFrom(int row) const;

    UnitEvaluation m_unit;
    ScoringRules m_rules;
    bool m_hasUnit = false;
};

} // namespace fd
