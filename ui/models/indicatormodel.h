#pragma once

#include "models/evidencemodel.h"
#include "services/indicatorservice.h"

#include <QAbstractTableModel>
#include <optional>

namespace fd {

// Where the evidence of a figure is: which population, which kind of row, and whether to
// start with only the rows that counted against the unit.
struct EvidenceRequest
{
    EvidenceSource source = EvidenceSource::Evaluation;
    EvidenceKind kind = EvidenceKind::Order;
    bool onlyAgainst = false;
};

// SPEC §8's indicators of a month: one row per indicator, the chosen unit's value beside
// every unit's together, and the counts behind the unit's.
class IndicatorModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndicatorModel)

public:
    enum Row
    {
        OnTimeRate,
        RepeatRate,
        ReachRate,
        YesOnTime,
        YesAppointment,
        YesUniform,
        YesStandardService,
        YesTested,
        YesSiteCleaned,
        NetPromoterScore,
        ComplaintsPerThousand,
        Commendations,
        Compensation,
        RowCount
    };
    enum Column
    {
        Indicator,
        UnitValue,
        OverallValue,
        CountedFrom,
        ColumnCount
    };

    explicit IndicatorModel(QObject* parent = nullptr);

    void setIndicators(const Indicators& unit, const Indicators& overall);
    void clear();
    bool hasIndicators() const { return m_has; }
    const Indicators& unit() const { return m_unit; }
    const Indicators& overall() const { return m_overall; }

    static std::optional<EvidenceRequest> evidenceOfRow(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString name(int row);
    static QString value(const Indicators& indicators, int row);
    static QString countedFrom(const Indicators& indicators, int row);

    Indicators m_unit;
    Indicators m_overall;
    bool m_has = false;
};

} // namespace fd
