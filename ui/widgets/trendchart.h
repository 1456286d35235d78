#pragma once

#include "rules/rational.h"

#include <QChartView>
#include <QFont>
#include <QPointer>
#include <QVXYModelMapper>

class QCategoryAxis;
class QChart;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace fd {

class TrendModel;

// A unit's monthly totals against the strike line (SPEC §8 "total score with the 80
// line"): the finalized months as a line, fed from a TrendModel through QVXYModelMapper as
// Qt's modeldata example does; the chosen month's draft, when it is not final, as a hollow
// point of its own; strikes in red; the strike line dashed across the whole window.
class TrendChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    TrendChart(TrendModel* model, QWidget* parent = nullptr);

    void setStrikeLine(const Rational& points);
    void setTitle(const QString& title);
    QLineSeries* totalsSeries() const { return m_totals; }
    QScatterSeries* totalPointsSeries() const { return m_totalPoints; }
    QScatterSeries* draftSeries() const { return m_draft; }
    // The totals' labels as drawn, one per point ("91,0" in Spanish), and how one is made.
    QStringList pointLabels() const;
    static QString formatTrendLabel(double total);
    QLineSeries* strikeLineSeries() const { return m_line; }
    QCategoryAxis* monthAxis() const { return m_months; }
    QValueAxis* pointsAxis() const { return m_points; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refit();
    int monthLabelStep() const;
    void relabelMonths();
    void mapRows(QPointer<QVXYModelMapper>& mapper, QXYSeries* series, int first, int count);

    TrendModel* m_model = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_totals = nullptr;
    QScatterSeries* m_totalPoints = nullptr;
    QScatterSeries* m_draft = nullptr;
    QList<QScatterSeries*> m_labels;
    int m_labelStep = 1;
    QFont m_labelFont;
    QLineSeries* m_line = nullptr;
    QCategoryAxis* m_months = nullptr;
    QValueAxis* m_points = nullptr;
    QPointer<QVXYModelMapper> m_totalsMapper;
    QPointer<QVXYModelMapper> m_pointsMapper;
    QPointer<QVXYModelMapper> m_draftMapper;
    Rational m_strikeLine { 80 };
    QString m_title;
};

} // namespace fd
