#include "paretochart.h"

#include "models/paretomodel.h"
#include "widgets/palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ParetoChart::ParetoChart(ParetoModel* model, QWidget* parent)
    : QChartView(parent)
    , m_model(model)
{
    m_chart = new QChart;
    m_chart->setLocalizeNumbers(true); // figures in the language on screen
    m_chart->setLocale(QLocale());
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);

    m_bars = new QBarSeries(this);
    m_bars->setLabelsVisible(true);
    m_bars->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_bars->setLabelsFormat(u"@value"_s);
    m_cumulative = new QLineSeries(this);
    m_cumulative->setName(tr("Cumulative share"));
    QPen pen(colour(ColourRole::ChartLine));
    pen.setWidthF(2);
    m_cumulative->setPen(pen);
    m_cumulative->setPointsVisible(true);
    m_chart->addSeries(m_bars);
    m_chart->addSeries(m_cumulative);

    m_categories = new QBarCategoryAxis(this);
    // Six categories side by side in half a page: short names, read whole rather than cut
    // to "No app...".
    m_counts = new QValueAxis(this);
    m_counts->setLabelFormat(u"%.0f"_s);
    m_counts->setTickType(QValueAxis::TicksDynamic);
    m_counts->setTickAnchor(0);
    m_share = new QValueAxis(this);
    // A little above 100 %, so that the line's last point is not cut by the frame.
    m_share->setRange(0, 108);
    m_share->setTickType(QValueAxis::TicksDynamic);
    m_share->setTickAnchor(0);
    m_share->setTickInterval(25);
    m_share->setLabelFormat(u"%.0f %"_s); // localized: the text after the figure is kept as written
    m_share->setGridLineVisible(false);
    m_chart->addAxis(m_categories, Qt::AlignBottom);
    m_chart->addAxis(m_counts, Qt::AlignLeft);
    m_chart->addAxis(m_share, Qt::AlignRight);
    m_bars->attachAxis(m_categories);
    m_bars->attachAxis(m_counts);
    m_cumulative->attachAxis(m_categories);
    m_cumulative->attachAxis(m_share);

    // As TrendChart does: no mappers across a reset, none at all while the model is empty
    // (Qt's mappers warn about an empty one).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        delete m_barMapper;
        delete m_lineMapper;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ParetoChart::refit);
    refit();
}

void ParetoChart::setTitle(const QString& title)
{
    m_title = title;
    m_chart->setTitle(title);
}

void ParetoChart::refit()
{
    delete m_barMapper;
    delete m_lineMapper;
    m_bars->clear();
    m_cumulative->clear();
    if (m_model->rowCount() > 0) {
        m_barMapper = new QVBarModelMapper(this);
        m_barMapper->setFirstBarSetColumn(ParetoModel::Complaints);
        m_barMapper->setLastBarSetColumn(ParetoModel::Complaints);
        m_barMapper->setSeries(m_bars);
        m_barMapper->setModel(m_model);
        m_lineMapper = new QVXYModelMapper(this);
        m_lineMapper->setXColumn(ParetoModel::Position);
        m_lineMapper->setYColumn(ParetoModel::CumulativePercent);
        m_lineMapper->setSeries(m_cumulative);
        m_lineMapper->setModel(m_model);
    }
    m_categories->setCategories(m_model->categoryNames());
    qint64 most = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        most = qMax(most, qint64(m_model->index(row, ParetoModel::Complaints).data().toDouble()));
    // Whole numbers of complaints on four ticks, with a little room above the tallest bar.
    const qint64 step = qMax<qint64>(1, qint64(std::ceil(double(most) * 1.15 / 4)));
    m_counts->setTickInterval(double(step));
    m_counts->setRange(0, double(step * 4));
    for (QBarSet* set : m_bars->barSets()) {
        set->setColor(colour(ColourRole::Accent));
        set->setBorderColor(colour(ColourRole::ChartBarBorder));
        set->setLabelColor(Qt::white);
    }
    m_chart->setTitle(m_title);
}

} // namespace fd
