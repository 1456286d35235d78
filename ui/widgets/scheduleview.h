#pragma once

#include "widgets/schedulelayout.h"

#include <QAbstractScrollArea>
#include <QDateTime>
#include <optional>

namespace fd {

class ScheduleModel;

// The team schedule drawn (issue 16): team names and capacity on the left, the working
// hours across, each agreed window a block coloured by its SLA state and edged in red when
// it has a problem of SPEC §14. Orders dropped on a team at a time, blocks moved or
// stretched by their right edge, and Enter on the keyboard cursor (arrows move it between
// teams and by half-hours) are reported as signals; the page previews, asks and saves.
class ScheduleView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleView)

public:
    explicit ScheduleView(QWidget* parent = nullptr);

    void setModel(ScheduleModel* model);
    ScheduleModel* model() const { return m_model; }

    // Windows proposed by the day plan, drawn dashed and see-through in their team's row
    // until booked or dropped; their tooltip says why each is there.
    void setGhosts(const QList<ScheduleLayout::Ghost>& ghosts);
    const QList<ScheduleLayout::Ghost>& ghosts() const { return m_ghosts; }
    QRect ghostRect(const QString& number) const;

    QString selectedOrder() const { return m_selected; }
    void selectOrder(const QString& number);
    // The keyboard cursor: a team's row and a time.
    int cursorRow() const { return m_cursorRow; }
    QDateTime cursorTime() const { return m_cursorTime; }
    void setCursor(int row, const QDateTime& time);

    // Viewport positions, for the page's tests and the drop handling.
    QPoint pointFor(int row, const QDateTime& time) const;
    QRect blockRect(const QString& number) const;
    int rowAt(const QPoint& point) const;
    QDateTime timeAt(const QPoint& point) const;
    const ScheduleLayout& layout() const { return m_layout; }

    static constexpr int kLabelWidth = 200;
    static constexpr int kHeaderHeight = 40;

signals:
    void orderDropped(const QString& number, const QString& teamCode, const QDateTime& start);
    void blockChanged(const QString& number, const QString& teamCode, const QDateTime& start,
        const QDateTime& end);
    void slotActivated(const QString& teamCode, const QDateTime& start);
    void orderActivated(const QString& number);
    void selectionChanged(const QString& number);
    void cursorMoved(const QString& teamCode, const QDateTime& time);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Hit
    {
        int row = -1;
        int child = -1;
        bool rightEdge = false;
    };
    struct Gesture
    {
        QString number;
        int fromRow = -1;
        QDateTime start;
        QDateTime end;
        QPoint pressed;
        bool resize = false;
        bool moved = false;
        int row = -1; // where the block would go
        QDateTime newStart;
        QDateTime newEnd;
    };

    void relayout();
    QPointF toContent(const QPoint& point) const;
    QPoint toViewport(const QPointF& point) const;
    Hit hitAt(const QPoint& point) const;
    void paintHeader(QPainter& painter, const QRect& area) const;
    void paintRow(QPainter& painter, int row) const;
    void paintBlock(QPainter& painter, int row, const ScheduleLayout::Placed& placed) const;
    void paintGhost(QPainter& painter, const ScheduleLayout::Placed& placed) const;
    QString ghostTip(const QPoint& point) const;
    void ensureCursorVisible();

    ScheduleModel* m_model = nullptr;
    ScheduleLayout m_layout;
    QList<ScheduleLayout::Ghost> m_ghosts;
    QString m_selected;
    int m_cursorRow = -1;
    QDateTime m_cursorTime;
    std::optional<Gesture> m_gesture;
    int m_dropRow = -1;
    QDateTime m_dropTime;
};

} // namespace fd
