#include "scheduleview.h"

#include "models/schedulemodel.h"
#include "models/unbookedmodel.h"
#include "widgets/palette.h"
#include "widgets/slacolours.h"

#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

constexpr int kEdge = 6; // the grip at a block's right end, in pixels
constexpr int kStepMinutes = 30; // the keyboard cursor's step

} // namespace

ScheduleView::ScheduleView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setViewportMargins(0, 0, 0, 0);
    setAccessibleName(tr("Team schedule"));
}

void ScheduleView::setModel(ScheduleModel* model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        relayout();
        if (m_cursorRow >= m_layout.rows())
            m_cursorRow = m_layout.rows() - 1;
        if (!m_selected.isEmpty() && !m_model->indexOfOrder(m_selected).isValid())
            m_selected.clear();
    });
    relayout();
}

void ScheduleView::relayout()
{
    if (!m_model)
        return;
    const int available = std::max(1, viewport()->width() - kLabelWidth);
    m_layout.update(*m_model, available / std::max(1, m_model->days()), m_ghosts);
    horizontalScrollBar()->setRange(0, std::max(0, m_layout.width() - available));
    horizontalScrollBar()->setPageStep(available);
    const int tall = std::max(1, viewport()->height() - kHeaderHeight);
    verticalScrollBar()->setRange(0, std::max(0, m_layout.height() - tall));
    verticalScrollBar()->setPageStep(tall);
    verticalScrollBar()->setSingleStep(ScheduleLayout::kLaneHeight);
    viewport()->update();
}

void ScheduleView::setGhosts(const QList<ScheduleLayout::Ghost>& ghosts)
{
    m_ghosts = ghosts;
    relayout();
}

QRect ScheduleView::ghostRect(const QString& number) const
{
    for (int row = 0; row < m_layout.rows(); ++row) {
        for (const ScheduleLayout::Placed& placed : m_layout.ghostsPlaced(row)) {
            if (m_ghosts.at(placed.child).number == number)
                return QRectF(toViewport(placed.rect.topLeft()), placed.rect.size()).toRect();
        }
    }
    return {};
}

QString ScheduleView::ghostTip(const QPoint& point) const
{
    const int row = rowAt(point);
    if (row < 0)
        return {};
    for (const ScheduleLayout::Placed& placed : m_layout.ghostsPlaced(row)) {
        if (QRectF(toViewport(placed.rect.topLeft()), placed.rect.size()).contains(point)) {
            const ScheduleLayout::Ghost& ghost = m_ghosts.at(placed.child);
            return tr("Proposed: order %1, %2\n%3")
                .arg(ghost.number, m_model->windowText(ghost.start, ghost.end), ghost.reason);
        }
    }
    return {};
}

void ScheduleView::paintGhost(QPainter& painter, const ScheduleLayout::Placed& placed) const
{
    const ScheduleLayout::Ghost& ghost = m_ghosts.at(placed.child);
    const QRectF rect(toViewport(placed.rect.topLeft()), placed.rect.size());
    QColor fill = colour(ColourRole::Accent);
    fill.setAlpha(40);
    painter.setBrush(fill);
    painter.setPen(QPen(ghost.late ? colour(ColourRole::DangerText) : colour(ColourRole::Accent),
        1.5, Qt::DashLine));
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4);
    // Dashed and in italics: not booked yet. The customer tells ghosts apart, as on blocks.
    painter.setPen(ghost.late ? colour(ColourRole::DangerText) : colour(ColourRole::MutedText));
    QFont italic = painter.font();
    italic.setItalic(true);
    painter.save();
    painter.setFont(italic);
    const QRect inner = rect.toRect().adjusted(5, 0, -4, 0);
    const QString text
        = ghost.customer.isEmpty() ? ghost.number : ghost.customer + u" · "_s + ghost.number;
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
    painter.restore();
}

void ScheduleView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

QPointF ScheduleView::toContent(const QPoint& point) const
{
    return { double(point.x() - kLabelWidth + horizontalScrollBar()->value()),
        double(point.y() - kHeaderHeight + verticalScrollBar()->value()) };
}

QPoint ScheduleView::toViewport(const QPointF& point) const
{
    return { int(point.x()) + kLabelWidth - horizontalScrollBar()->value(),
        int(point.y()) + kHeaderHeight - verticalScrollBar()->value() };
}

int ScheduleView::rowAt(const QPoint& point) const
{
    if (point.y() < kHeaderHeight)
        return -1;
    return m_layout.rowAt(toContent(point).y());
}

QDateTime ScheduleView::timeAt(const QPoint& point) const
{
    return m_layout.timeAt(toContent(point).x());
}

QPoint ScheduleView::pointFor(int row, const QDateTime& time) const
{
    return toViewport({ m_layout.xOf(time) + 1,
        double(m_layout.rowTop(row) + ScheduleLayout::kRowPadding / 2 + 4) });
}

QRect ScheduleView::blockRect(const QString& number) const
{
    const QModelIndex index = m_model ? m_model->indexOfOrder(number) : QModelIndex();
    if (!index.isValid())
        return {};
    const int row = index.parent().row();
    for (const ScheduleLayout::Placed& placed : m_layout.placed(row)) {
        if (placed.child == index.row())
            return QRect(toViewport(placed.rect.topLeft()), placed.rect.size().toSize());
    }
    return {};
}

ScheduleView::Hit ScheduleView::hitAt(const QPoint& point) const
{
    Hit hit;
    hit.row = rowAt(point);
    if (hit.row < 0 || point.x() < kLabelWidth)
        return hit;
    const QPointF content = toContent(point);
    for (const ScheduleLayout::Placed& placed : m_layout.placed(hit.row)) {
        if (placed.rect.contains(content)) {
            hit.child = placed.child;
            hit.rightEdge = content.x() >= placed.rect.right() - kEdge;
        }
    }
    return hit;
}

void ScheduleView::selectOrder(const QString& number)
{
    if (m_selected == number)
        return;
    m_selected = number;
    viewport()->update();
    emit selectionChanged(number);
}

void ScheduleView::setCursor(int row, const QDateTime& time)
{
    if (!m_model || row < 0 || row >= m_layout.rows())
        return;
    m_cursorRow = row;
    m_cursorTime = m_layout.timeAt(m_layout.xOf(time), 15);
    ensureCursorVisible();
    viewport()->update();
    emit cursorMoved(m_model->row(row).team.team, m_cursorTime);
}

void ScheduleView::ensureCursorVisible()
{
    if (m_cursorRow < 0)
        return;
    const int top = m_layout.rowTop(m_cursorRow);
    const int bottom = top + m_layout.rowHeight(m_cursorRow);
    QScrollBar* vertical = verticalScrollBar();
    const int tall = viewport()->height() - kHeaderHeight;
    if (top < vertical->value())
        vertical->setValue(top);
    else if (bottom > vertical->value() + tall)
        vertical->setValue(bottom - tall);
    const int x = int(m_layout.xOf(m_cursorTime));
    QScrollBar* horizontal = horizontalScrollBar();
    const int wide = viewport()->width() - kLabelWidth;
    if (x < horizontal->value())
        horizontal->setValue(x);
    else if (x + 40 > horizontal->value() + wide)
        horizontal->setValue(x + 40 - wide);
}

void ScheduleView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QRect all = viewport()->rect();
    painter.fillRect(all, palette().color(QPalette::Base));
    if (!m_model || m_layout.rows() <= 0) {
        painter.setPen(colour(ColourRole::MutedText));
        painter.drawText(all.adjusted(12, kHeaderHeight, -12, 0),
            Qt::AlignCenter | Qt::TextWordWrap, tr("No team matches the unit and area chosen."));
        paintHeader(painter, all);
        return;
    }
    const int first = std::max(0, m_layout.rowAt(verticalScrollBar()->value()));
    for (int row = first; row < m_layout.rows(); ++row) {
        if (toViewport({ 0, double(m_layout.rowTop(row)) }).y() > all.bottom())
            break;
        paintRow(painter, row);
    }
    // Where a drop or a keyboard booking would go.
    auto paintTarget = [&](int row, const QDateTime& start, const QDateTime& end, bool dashed) {
        if (row < 0 || row >= m_layout.rows() || !start.isValid())
            return;
        const double left = m_layout.xOf(start);
        const double right = std::max(left + 8, m_layout.xOf(end));
        const QRect target(toViewport({ left, double(m_layout.rowTop(row) + 1) }),
            QSize(int(right - left), m_layout.rowHeight(row) - 2));
        painter.save();
        painter.setClipRect(QRect(kLabelWidth, kHeaderHeight, all.width(), all.height()));
        painter.setPen(QPen(colour(ColourRole::Accent), 2, dashed ? Qt::DashLine : Qt::SolidLine));
        QColor fill = colour(ColourRole::Accent);
        fill.setAlpha(40);
        painter.setBrush(fill);
        painter.drawRoundedRect(target, 4, 4);
        painter.restore();
    };
    if (m_gesture && m_gesture->moved)
        paintTarget(m_gesture->row, m_gesture->newStart, m_gesture->newEnd, false);
    if (m_dropRow >= 0)
        paintTarget(m_dropRow, m_dropTime, m_dropTime.addSecs(2 * 3600), true);
    if (hasFocus() && m_cursorRow >= 0)
        paintTarget(m_cursorRow, m_cursorTime, m_cursorTime.addSecs(kStepMinutes * 60), true);
    paintHeader(painter, all);
}

void ScheduleView::paintHeader(QPainter& painter, const QRect& area) const
{
    const QRect header(0, 0, area.width(), kHeaderHeight);
    painter.fillRect(header, palette().color(QPalette::Window));
    painter.setPen(colour(ColourRole::Border));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    painter.setPen(palette().color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(8, 0, kLabelWidth - 12, kHeaderHeight),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, tr("Team · capacity"));
    if (!m_model)
        return;
    painter.save();
    painter.setClipRect(QRect(kLabelWidth, 0, area.width() - kLabelWidth, kHeaderHeight));
    const int hours = std::max(1, m_layout.minutesPerDay() / 60);
    const double hourWidth = double(m_layout.dayWidth()) / hours;
    const int every = hourWidth >= 34 ? 1 : hourWidth >= 17 ? 2 : hourWidth >= 9 ? 4 : 6;
    const QLocale locale;
    for (int day = 0; day < m_layout.days(); ++day) {
        const QDate date = m_layout.first().addDays(day);
        const int left = toViewport({ double(day * m_layout.dayWidth()), 0 }).x();
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(left + 4, 2, m_layout.dayWidth() - 8, 18),
            Qt::AlignLeft | Qt::AlignVCenter,
            locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + u' '
                + locale.toString(date, QLocale::ShortFormat));
        painter.setFont(font());
        painter.setPen(colour(ColourRole::MutedText));
        for (int hour = 0; hour < hours; hour += every) {
            const int x = left + int(hour * hourWidth);
            painter.drawText(QRect(x + 2, 20, int(hourWidth * every), 18),
                Qt::AlignLeft | Qt::AlignVCenter,
                m_layout.hours().start.addSecs(hour * 3600).toString(u"HH:mm"_s));
        }
        painter.setPen(colour(ColourRole::Border));
        painter.drawLine(left, 0, left, kHeaderHeight);
    }
    painter.restore();
}

void ScheduleView::paintRow(QPainter& painter, int row) const
{
    const ScheduleModel::Row& data = m_model->row(row);
    const int top = toViewport({ 0, double(m_layout.rowTop(row)) }).y();
    const int height = m_layout.rowHeight(row);
    const int width = viewport()->width();
    const QRect timeArea(kLabelWidth, top, width - kLabelWidth, height);
    painter.fillRect(timeArea,
        row % 2 ? palette().color(QPalette::AlternateBase) : palette().color(QPalette::Base));
    painter.save();
    painter.setClipRect(timeArea.intersected(
        QRect(kLabelWidth, kHeaderHeight, width - kLabelWidth, viewport()->height())));
    // Lanes beyond the team's technicians: more jobs at once than it has people.
    for (int lane = data.team.technicians; lane < m_layout.lanes(row); ++lane) {
        painter.fillRect(
            QRect(kLabelWidth,
                top + ScheduleLayout::kRowPadding / 2 + lane * ScheduleLayout::kLaneHeight,
                width - kLabelWidth, ScheduleLayout::kLaneHeight),
            colour(ColourRole::DangerBackgroundSoft));
    }
    const int hours = std::max(1, m_layout.minutesPerDay() / 60);
    for (int day = 0; day < m_layout.days(); ++day) {
        for (int hour = 0; hour < hours; ++hour) {
            const int x = toViewport(
                { day * m_layout.dayWidth() + double(hour) * m_layout.dayWidth() / hours, 0 })
                              .x();
            QColor line = colour(ColourRole::Border);
            if (hour != 0)
                line.setAlpha(90);
            painter.setPen(line);
            painter.drawLine(x, top, x, top + height);
        }
    }
    const QDateTime now = m_model->now();
    const double nowX = m_layout.xOf(now);
    if (nowX > 0 && nowX < m_layout.width()) {
        painter.setPen(QPen(colour(ColourRole::LaneOverdue), 2));
        const int x = toViewport({ nowX, 0 }).x();
        painter.drawLine(x, top, x, top + height);
    }
    for (const ScheduleLayout::Placed& placed : m_layout.placed(row))
        paintBlock(painter, row, placed);
    for (const ScheduleLayout::Placed& placed : m_layout.ghostsPlaced(row))
        paintGhost(painter, placed);
    painter.restore();

    // The team's name and capacity stay at the left whatever the scroll.
    const QRect label(0, top, kLabelWidth, height);
    painter.fillRect(label,
        m_cursorRow == row && hasFocus() ? colour(ColourRole::RowActive)
                                         : palette().color(QPalette::Window));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics(bold);
    const QString name = m_model->data(m_model->index(row, ScheduleModel::Name)).toString();
    painter.drawText(QRect(8, top + 3, kLabelWidth - 12, 16), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(name, Qt::ElideRight, kLabelWidth - 12));
    painter.setFont(font());
    painter.setPen(
        data.team.technicians > 0 ? colour(ColourRole::MutedText) : colour(ColourRole::DangerText));
    const QString capacity = m_model->data(m_model->index(row, ScheduleModel::Capacity)).toString()
        + u" · "_s + m_model->data(m_model->index(row, ScheduleModel::Booked)).toString();
    painter.drawText(QRect(8, top + 19, kLabelWidth - 12, 16), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(font()).elidedText(capacity, Qt::ElideRight, kLabelWidth - 12));
    painter.setPen(colour(ColourRole::Border));
    painter.drawLine(0, top + height - 1, width, top + height - 1);
    painter.drawLine(kLabelWidth - 1, top, kLabelWidth - 1, top + height);
}

void ScheduleView::paintBlock(
    QPainter& painter, int row, const ScheduleLayout::Placed& placed) const
{
    const ScheduleModel::Block& block = m_model->row(row).blocks.at(placed.child);
    const QRectF rect(toViewport(placed.rect.topLeft()), placed.rect.size());
    const bool problem = !block.scheduled.problems.isEmpty();
    const bool selected = block.scheduled.number == m_selected;
    const QColor fill = slaBackground(block.sla);
    painter.setBrush(fill.isValid() ? fill : colour(ColourRole::RowActive));
    if (selected)
        painter.setPen(QPen(colour(ColourRole::Accent), 3));
    else if (problem)
        painter.setPen(QPen(colour(ColourRole::DangerText), 2));
    else
        painter.setPen(QPen(colour(ColourRole::Border), 1));
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4);
    // Numbers share their first characters: the customer tells blocks apart, the number
    // follows when there is room (the tooltip has everything).
    const QString customer = block.scheduled.order.customer;
    const QString text = (problem ? u"⚠ "_s : QString())
        + (customer.isEmpty() ? block.scheduled.number
                              : customer + u" · "_s + block.scheduled.number);
    painter.setPen(problem ? colour(ColourRole::DangerText) : palette().color(QPalette::Text));
    const QRect inner = rect.toRect().adjusted(5, 0, -kEdge, 0);
    painter.drawText(inner, Qt::AlignLeft | Qt::AlignVCenter,
        painter.fontMetrics().elidedText(text, Qt::ElideRight, inner.width()));
}

void ScheduleView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (!m_model || event->button() != Qt::LeftButton)
        return;
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.row < 0)
        return;
    if (hit.child < 0) {
        selectOrder({});
        if (event->position().x() >= kLabelWidth)
            setCursor(hit.row, timeAt(event->position().toPoint()));
        else
            setCursor(hit.row, m_cursorTime.isValid() ? m_cursorTime : m_layout.timeAt(0));
        return;
    }
    const ScheduledOrder& order = m_model->row(hit.row).blocks.at(hit.child).scheduled;
    selectOrder(order.number);
    Gesture gesture;
    gesture.number = order.number;
    gesture.fromRow = hit.row;
    gesture.start = order.start;
    gesture.end = order.end;
    gesture.pressed = event->position().toPoint();
    gesture.resize = hit.rightEdge;
    gesture.row = hit.row;
    m_gesture = gesture;
}

void ScheduleView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint point = event->position().toPoint();
    if (!m_gesture) {
        const Hit hit = hitAt(point);
        viewport()->setCursor(hit.child >= 0 && hit.rightEdge ? Qt::SizeHorCursor
                : hit.child >= 0                              ? Qt::OpenHandCursor
                                                              : Qt::ArrowCursor);
        return;
    }
    Gesture& gesture = *m_gesture;
    if (!gesture.moved
        && (point - gesture.pressed).manhattanLength() < QApplication::startDragDistance())
        return;
    gesture.moved = true;
    const qint64 shift = timeAt(gesture.pressed).secsTo(timeAt(point));
    if (gesture.resize) {
        gesture.row = gesture.fromRow;
        gesture.newStart = gesture.start;
        gesture.newEnd = std::max(gesture.start.addSecs(15 * 60), gesture.end.addSecs(shift));
    } else {
        const int row = rowAt(point);
        gesture.row = row >= 0 ? row : gesture.row;
        gesture.newStart = gesture.start.addSecs(shift);
        gesture.newEnd = gesture.end.addSecs(shift);
    }
    viewport()->update();
}

void ScheduleView::mouseReleaseEvent(QMouseEvent*)
{
    if (!m_gesture)
        return;
    const Gesture gesture = *m_gesture;
    m_gesture.reset();
    viewport()->update();
    if (!gesture.moved || gesture.row < 0)
        return;
    if (gesture.row == gesture.fromRow && gesture.newStart == gesture.start
        && gesture.newEnd == gesture.end)
        return;
    emit blockChanged(
        gesture.number, m_model->row(gesture.row).team.team, gesture.newStart, gesture.newEnd);
}

void ScheduleView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const Hit hit = hitAt(event->position().toPoint());
    if (hit.row >= 0 && hit.child >= 0)
        emit orderActivated(m_model->row(hit.row).blocks.at(hit.child).scheduled.number);
}

void ScheduleView::keyPressEvent(QKeyEvent* event)
{
    if (!m_model || m_layout.rows() <= 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const int row = std::max(0, m_cursorRow);
    const QDateTime time = m_cursorTime.isValid() ? m_cursorTime : m_layout.timeAt(0);
    const int step = kStepMinutes * m_layout.dayWidth() / std::max(1, m_layout.minutesPerDay());
    switch (event->key()) {
    case Qt::Key_Up:
        setCursor(std::max(0, row - 1), time);
        return;
    case Qt::Key_Down:
        setCursor(std::min(m_layout.rows() - 1, m_cursorRow < 0 ? 0 : row + 1), time);
        return;
    case Qt::Key_Left:
        setCursor(row, m_layout.timeAt(m_layout.xOf(time) - std::max(1, step), kStepMinutes));
        return;
    case Qt::Key_Right:
        setCursor(row, m_layout.timeAt(m_layout.xOf(time) + std::max(1, step), kStepMinutes));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_cursorRow >= 0) {
            emit slotActivated(m_model->row(m_cursorRow).team.team, m_cursorTime);
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void ScheduleView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kOrderMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ScheduleView::dragMoveEvent(QDragMoveEvent* event)
{
    const QPoint point = event->position().toPoint();
    m_dropRow = rowAt(point);
    m_dropTime = m_dropRow >= 0 ? timeAt(point) : QDateTime();
    viewport()->update();
    if (m_dropRow >= 0 && event->mimeData()->hasFormat(QString::fromLatin1(kOrderMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void ScheduleView::dragLeaveEvent(QDragLeaveEvent*)
{
    m_dropRow = -1;
    viewport()->update();
}

void ScheduleView::dropEvent(QDropEvent* event)
{
    m_dropRow = -1;
    viewport()->update();
    const QPoint point = event->position().toPoint();
    const int row = rowAt(point);
    const QString number
        = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(kOrderMimeType))).trimmed();
    if (!m_model || row < 0 || number.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    emit orderDropped(number, m_model->row(row).team.team, timeAt(point));
}

bool ScheduleView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Hit hit = hitAt(help->pos());
        QString text;
        if (hit.row >= 0 && hit.child >= 0)
            text = m_model
                       ->data(m_model->index(hit.child, 0, m_model->index(hit.row, 0)),
                           Qt::ToolTipRole)
                       .toString();
        else if (hit.row >= 0 && help->pos().x() < kLabelWidth)
            text = m_model->data(m_model->index(hit.row, 0), Qt::ToolTipRole).toString();
        else
            text = ghostTip(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace fd
