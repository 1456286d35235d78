#include "trendchart.h"

#include "models/scoreformat.h"
#include "models/trendmodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVXYModelMapper>
#include <QValueAxis>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
const QColor kLineColor(0x1c, 0x4e, 0x80);
const QColor kStrikeColor(0xc0, 0x1c, 0x28);
} // namespace

QString TrendChart::formatTrendLabel(double total)
{
    return QLocale().toString(total, 'f', 1);
}

QStringList TrendChart::pointLabels() const
{
    QStringList labels;
    for (const QScatterSeries* label : m_labels)
        labels.append(label->pointLabelsFormat());
    return labels;
}

TrendChart::TrendChart(TrendModel* model, QWidget* parent)
    : QChartView(parent)
    , m_model(model)
{
    m_chart = new QChart;
    // Axis figures in the language on screen ("62,6" in Spanish).
    m_chart->setLocalizeNumbers(true);
    m_chart->setLocale(QLocale());
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);

    m_totals = new QLineSeries(this);
    m_totals->setName(tr("Final total"));
    QPen pen(kLineColor);
    pen.setWidthF(2.5);
    m_totals->setPen(pen);
    // The points and their totals are a scatter series over the line: a line series puts
    // its labels on top of its own markers, a scatter series above them.
    m_totalPoints = new QScatterSeries(this);
    m_totalPoints->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_totalPoints->setMarkerSize(9);
    m_totalPoints->setColor(kLineColor);
    m_totalPoints->setBorderColor(kLineColor);
    QFont labels = m_totalPoints->pointLabelsFont();
    labels.setBold(true);
    m_labelFont = labels;

    m_draft = new QScatterSeries(this);
    m_draft->setName(tr("Draft total"));
    m_draft->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_draft->setMarkerSize(10);
    m_draft->setColor(Qt::white);
    m_draft->setBorderColor(kLineColor);

    m_line = new QLineSeries(this);
    QPen dashed(kStrikeColor);
    dashed.setWidthF(2);
    dashed.setStyle(Qt::DashLine);
    m_line->setPen(dashed);

    m_chart->addSeries(m_line);
    m_chart->addSeries(m_totals);
    m_chart->addSeries(m_totalPoints);
    m_chart->addSeries(m_draft);
    for (QLegendMarker* marker : m_chart->legend()->markers(m_totalPoints))
        marker->setVisible(false); // the line's own entry names them
    m_months = new QCategoryAxis(this);
    m_months->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_months->setGridLineVisible(false);
    m_points = new QValueAxis(this);
    m_points->setLabelFormat(u"%.0f"_s);
    m_points->setTickType(QValueAxis::TicksDynamic);
    m_points->setTickAnchor(0);
    // Every twenty points: at ten, the chart's usual height left less room between two
    // ticks than a label's height in the Chinese font, and Qt Charts cut each label to "…".
    m_points->setTickInterval(20);
    m_chart->addAxis(m_months, Qt::AlignBottom);
    m_chart->addAxis(m_points, Qt::AlignLeft);
    for (QXYSeries* series : { static_cast<QXYSeries*>(m_line), static_cast<QXYSeries*>(m_totals),
             static_cast<QXYSeries*>(m_totalPoints), static_cast<QXYSeries*>(m_draft) }) {
        series->attachAxis(m_months);
        series->attachAxis(m_points);
    }

    // Across a reset the mappers' row ranges change: they go before it and come back after
    // with the new ranges. (A mapper cannot be given no model, and warns about an empty
    // range, so an empty series has no mapper.)
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        delete m_totalsMapper;
        delete m_pointsMapper;
        delete m_draftMapper;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrendChart::refit);
    // The plot area is known once the chart is laid out, after the view's resize.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        if (monthLabelStep() != m_labelStep)
            relabelMonths();
    });
    refit();
}

int TrendChart::monthLabelStep() const
{
    // Every month named when there is room, else every second, third… month: a name cut to
    // "se..." says nothing. Qt Charts gives each label of a category axis an equal share of
    // the axis, whatever its neighbours' length (the axis width over the number of
    // categories plus one, less a padding each side), so the months left unnamed are left
    // out of the axis altogether: the fewer the names, the more room each has.
    const int window = std::max(1, m_model->windowMonths());
    int widest = 0;
    const QFontMetrics metrics(m_months->labelsFont());
    for (int position = 0; position < window; ++position) {
        widest = std::max(
            widest, metrics.boundingRect(formatShortMonth(m_model->monthAt(position))).width());
    }
    // The plot area once the chart is laid out; before, a little over half the view (the
    // rest goes to the points axis, its labels and the margins).
    const QRectF plot = m_chart->plotArea();
    const double axisWidth = plot.width() > 1 ? plot.width() : width() * 0.55;
    constexpr double kPadding = 2 * 5 + 6; // Qt's label padding each side, and a gap
    for (int step = 1; step < window; ++step) {
        const int named = (window - 1) / step + 1;
        if (axisWidth / (named + 1) - kPadding >= widest)
            return step;
    }
    return window;
}

void TrendChart::relabelMonths()
{
    // The months named, every m_labelStep-th counted back from the latest (always named),
    // each a category ending on its month; the points of the months between still fall on
    // their own positions of the axis's range.
    m_labelStep = monthLabelStep();
    for (const QString& label : m_months->categoriesLabels())
        m_months->remove(label);
    const int window = m_model->windowMonths();
    m_months->setStartValue(-0.5);
    for (int position = 0; position < window; ++position) {
        const int fromLast = window - 1 - position;
        if (fromLast % m_labelStep != 0)
            continue;
        QString label = formatShortMonth(m_model->monthAt(position));
        // A window longer than a year names a month twice; an axis's labels must differ.
        while (m_months->categoriesLabels().contains(label))
            label.append(QChar(0x200B));
        m_months->append(label, position);
    }
    m_months->setRange(-0.5, window - 0.5);
}

void TrendChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    if (monthLabelStep() != m_labelStep)
        relabelMonths();
}

void TrendChart::setStrikeLine(const Rational& points)
{
    m_strikeLine = points;
    refit();
}

void TrendChart::setTitle(const QString& title)
{
    m_title = title;
    m_chart->setTitle(title);
}

void TrendChart::mapRows(QPointer<QVXYModelMapper>& mapper, QXYSeries* series, int first, int count)
{
    delete mapper;
    series->clear();
    if (count == 0)
        return;
    mapper = new QVXYModelMapper(this);
    mapper->setXColumn(TrendModel::Position);
    mapper->setYColumn(TrendModel::Total);
    mapper->setFirstRow(first);
    mapper->setRowCount(count);
    mapper->setSeries(series);
    mapper->setModel(m_model);
}

void TrendChart::refit()
{
    // The finals are the model's first rows, the draft (if any) the last one.
    mapRows(m_totalsMapper, m_totals, 0, m_model->finalCount());
    mapRows(m_pointsMapper, m_totalPoints, 0, m_model->finalCount());
    mapRows(m_draftMapper, m_draft, m_model->finalCount(), m_model->hasDraft() ? 1 : 0);

    m_totalPoints->clearPointsConfiguration();
    for (int row = 0; row < m_model->finalCount(); ++row) {
        if (m_model->index(row, TrendModel::Strike).data(Qt::EditRole).toBool())
            m_totalPoints->setPointConfiguration(
                row, QXYSeries::PointConfiguration::Color, kStrikeColor);
    }
    if (m_model->hasDraft()) {
        const bool strike
            = m_model->index(m_model->finalCount(), TrendModel::Strike).data(Qt::EditRole).toBool();
        m_draft->setBorderColor(strike ? kStrikeColor : kLineColor);
    }
    // Each total's label is a series of its own with the figure as its literal text: a
    // series' "@yPoint" prints 91 beside 91.5 and ignores the language's decimal comma.
    for (QScatterSeries* label : std::as_const(m_labels)) {
        m_chart->removeSeries(label);
        delete label;
    }
    m_labels.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool strike = m_model->index(row, TrendModel::Strike).data(Qt::EditRole).toBool();
        auto* label = new QScatterSeries(this);
        label->setMarkerSize(1);
        label->setColor(Qt::transparent);
        label->setBorderColor(Qt::transparent);
        label->setPointLabelsFont(m_labelFont);
        label->setPointLabelsColor(strike ? kStrikeColor : kLineColor);
        label->setPointLabelsClipping(false);
        label->setPointLabelsFormat(formatTrendLabel(m_model->totalOfRow(row)));
        label->setPointLabelsVisible(true);
        label->append(m_model->index(row, TrendModel::Position).data(Qt::EditRole).toDouble(),
            m_model->totalOfRow(row));
        m_chart->addSeries(label);
        label->attachAxis(m_months);
        label->attachAxis(m_points);
        for (QLegendMarker* marker : m_chart->legend()->markers(label))
            marker->setVisible(false);
        m_labels.append(label);
    }

    relabelMonths();
    const int window = m_model->windowMonths();

    const double strikeLine = m_strikeLine.toDouble();
    double lowest = strikeLine;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lowest = qMin(lowest, m_model->totalOfRow(row));
    // Room below the lowest point for its label; whole tens.
    const double floorPoints = qMax(0.0, std::floor((lowest - 6) / 10) * 10);
    m_points->setRange(floorPoints, 100);

    m_line->clear();
    m_line->append(-0.5, strikeLine);
    m_line->append(window - 0.5, strikeLine);
    m_line->setName(tr("Strike line %1").arg(formatPoints(m_strikeLine, 1)));

    m_chart->setTitle(m_title);
    for (QLegendMarker* marker : m_chart->legend()->markers(m_draft))
        marker->setVisible(m_model->hasDraft());
}

} // namespace fd
