#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <numeric>

namespace fd {

namespace {
constexpr int kMinElasticWidth = 140;
constexpr int kMinSqueezedWidth = 60;
} // namespace

ColumnFitter::ColumnFitter(QTableView* view, int elasticColumn, bool wrapHeaders)
    : QObject(view)
    , m_view(view)
    , m_elastic(elasticColumn)
    , m_wrap(wrapHeaders)
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this](int, int oldSize, int newSize) {
            if (m_fitting)
                return;
            // A column hidden or shown is not the user sizing one: fit the rest around it.
            if (oldSize == 0 || newSize == 0)
                schedule();
            else
                m_userSized = true;
        });
    // The sorted column needs room for its arrow.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        &ColumnFitter::schedule);
    // A vertical scroll bar appearing takes width from the viewport.
    connect(m_view->verticalScrollBar(), &QScrollBar::rangeChanged, this, &ColumnFitter::schedule);
    if (QAbstractItemModel* model = m_view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::schedule);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &ColumnFitter::schedule);
    }
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::Show || event->type() == QEvent::Resize))
        schedule();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    // After the layout has settled, so that the viewport's width is the real one.
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fitNow();
    });
}

void ColumnFitter::fitNow()
{
    if (m_userSized || !m_view->isVisible() || !m_view->model())
        return;
    m_fitting = true;
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    QStyleOptionHeader option;
    option.initFrom(header);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    // Room for the sort arrow, in the sorted column only (the others draw none).
    const int arrow
        = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, &option, header) + 4 * margin;
    const int count = header->count();
    QList<int> widths(count, 0);
    QList<QString> titles(count);
    QList<int> titleWidths(count, 0);
    int total = 0;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        titles[column] = m_view->model()->headerData(column, Qt::Horizontal).toString();
        int titleWidth = metrics.horizontalAdvance(titles[column]);
        if (m_wrap) {
            // The widest word decides: the title breaks between words onto more lines.
            titleWidth = 0;
            for (const QString& word : titles[column].split(u' ', Qt::SkipEmptyParts))
                titleWidth = std::max(titleWidth, metrics.horizontalAdvance(word));
        }
        const int extra = header->isSortIndicatorShown() && header->sortIndicatorSection() == column
            ? arrow
            : 0;
        const int headerWidth = titleWidth + 4 * margin + extra;
        titleWidths[column] = headerWidth;
        // A little air between neighbouring columns' values.
        const int content
            = static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column) + 2 * margin;
        const int limit = column == m_elastic ? m_maxWidth * 2 : m_maxWidth;
        widths[column] = std::min(std::max(content, headerWidth), limit);
        total += widths[column];
    }
    int available = m_view->viewport()->width();
    // The scroll bar a fresh page of rows calls for may not be laid out yet: leave it room.
    const QScrollBar* scrollBar = m_view->verticalScrollBar();
    if (scrollBar->maximum() > 0 && !scrollBar->isVisible())
        available -= scrollBar->sizeHint().width();
    if (m_elastic >= 0 && m_elastic < count && available > 0) {
        const int floor = std::min(widths[m_elastic], kMinElasticWidth);
        widths[m_elastic] = std::max(floor, widths[m_elastic] + available - total);
    }
    total = std::accumulate(widths.cbegin(), widths.cend(), 0);
    if (available > 0 && total > available) {
        // Still too wide with the elastic column at its floor: the widest columns give way
        // together (their text is elided, the tooltip has it whole), none below its title.
        QList<int> floors(count, 0);
        for (int column = 0; column < count; ++column) {
            if (!header->isSectionHidden(column))
                floors[column] = m_whole.contains(column)
                    ? widths[column]
                    : std::min(widths[column], std::max(titleWidths[column], kMinSqueezedWidth));
        }
        auto squeezedTotal = [&](int cap) {
            int sum = 0;
            for (int column = 0; column < count; ++column)
                sum += std::max(floors[column], std::min(widths[column], cap));
            return sum;
        };
        int low = 0;
        int high = *std::max_element(widths.cbegin(), widths.cend());
        while (low < high) { // the largest cap that fits
            const int cap = (low + high + 1) / 2;
            if (squeezedTotal(cap) <= available)
                low = cap;
            else
                high = cap - 1;
        }
        for (int column = 0; column < count; ++column)
            widths[column] = std::max(floors[column], std::min(widths[column], low));
    }
    int lines = 1;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        header->resizeSection(column, widths[column]);
        if (m_wrap) {
            const QRect bounds
                = metrics.boundingRect(QRect(0, 0, std::max(1, widths[column] - 2 * margin), 10000),
                    Qt::TextWordWrap | Qt::AlignCenter, titles[column]);
            lines = std::max(
                lines, (bounds.height() + metrics.lineSpacing() - 1) / metrics.lineSpacing());
        }
    }
    if (m_wrap)
        header->setMinimumHeight(lines * metrics.lineSpacing() + 4 * margin);
    m_fitting = false;
}

} // namespace fd
