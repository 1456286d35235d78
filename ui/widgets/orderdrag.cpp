#include "orderdrag.h"

#include "models/unbookedmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QMimeData>
#include <QMouseEvent>

namespace fd {

OrderDragSource::OrderDragSource(QAbstractItemView* view, int numberColumn)
    : QObject(view)
    , m_view(view)
    , m_column(numberColumn)
{
    view->viewport()->installEventFilter(this);
}

QMimeData* OrderDragSource::mimeFor(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const QString number = index.siblingAtColumn(m_column).data().toString();
    if (number.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kOrderMimeType), number.toUtf8());
    mime->setText(number);
    return mime;
}

bool OrderDragSource::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        m_armed = mouse->button() == Qt::LeftButton;
        m_pressed = mouse->position().toPoint();
        return false; // the view still selects the row
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        m_armed = false;
        return false;
    }
    if (event->type() != QEvent::MouseMove || !m_armed)
        return false;
    auto* mouse = static_cast<QMouseEvent*>(event);
    if (!(mouse->buttons() & Qt::LeftButton)
        || (mouse->position().toPoint() - m_pressed).manhattanLength()
            < QApplication::startDragDistance())
        return false;
    m_armed = false;
    QMimeData* mime = mimeFor(m_view->indexAt(m_pressed));
    if (!mime)
        return false;
    auto* drag = new QDrag(m_view);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
    return true;
}

} // namespace fd
