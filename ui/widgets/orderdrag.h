#pragma once

#include <QObject>
#include <QPoint>

class QAbstractItemView;
class QMimeData;
class QModelIndex;

namespace fd {

// Lets the rows of a list of orders be dragged onto the team schedule (issue 16) without
// changing the list's model: a press and a move past the drag distance start a drag of
// the row's order number (column `numberColumn`) as kOrderMimeType.
class OrderDragSource final : public QObject
{
    Q_OBJECT

public:
    OrderDragSource(QAbstractItemView* view, int numberColumn);

    // What a drag of the row of `index` carries; nullptr for no row.
    QMimeData* mimeFor(const QModelIndex& index) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view;
    int m_column;
    QPoint m_pressed;
    bool m_armed = false;
};

} // namespace fd
