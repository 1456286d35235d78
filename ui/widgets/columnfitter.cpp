#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace fd {

namespace {
constexpr int kMinElasticWidth = 140;
}

ColumnFitter::ColumnFitter(QTableView* view, int elasticColumn, bool wrapHeaders)
    : QObject(view)
    , m_view(view)
    , m_elastic(elasticColumn)
    , m_wrap(wrapHeaders)
{
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
    // The sorted column needs room for its arrow.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        &ColumnFitter::schedule);
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
        // A little air between neighbouring columns' values.
        const int content
            = static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column) + 2 * margin;
        const int limit = column == m_elastic ? m_maxWidth * 2 : m_maxWidth;
        widths[column] = std::min(std::max(content, headerWidth), limit);
        total += widths[column];
    }
    const int available = m_view->viewport()->width();
    if (m_elastic >= 0 && m_elastic < count && available > 0) {
        const int floor = std::min(widths[m_elastic], kMinElasticWidth);
        widths[m_elastic] = std::max(floor, widths[m_elastic] + available - total);
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
