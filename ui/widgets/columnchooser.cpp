#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ColumnChooser::ColumnChooser(
    QTableView* view, const QString& settingsKey, const QList<int>& hiddenByDefault)
    : QObject(view)
    , m_view(view)
    , m_key(u"ui/hiddenColumns/"_s + settingsKey)
{
    QList<int> hidden = hiddenByDefault;
    const QSettings settings;
    if (settings.contains(m_key)) {
        hidden.clear();
        for (const QVariant& column : settings.value(m_key).toList())
            hidden.append(column.toInt());
    }
    const int count = view->model()->columnCount();
    for (int column : hidden) {
        if (column >= 0 && column < count)
            view->setColumnHidden(column, true);
    }
    QHeaderView* header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    m_view->setColumnHidden(column, !visible);
    store();
    emit columnsChanged();
}

void ColumnChooser::showMenu(const QPoint& position)
{
    QMenu menu(m_view);
    const QAbstractItemModel* model = m_view->model();
    int shown = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        shown += m_view->isColumnHidden(column) ? 0 : 1;
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        action->setEnabled(m_view->isColumnHidden(column) || shown > 1); // never hide the last
        connect(action, &QAction::toggled, this,
            [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

void ColumnChooser::store() const
{
    QVariantList hidden;
    for (int column = 0; column < m_view->model()->columnCount(); ++column) {
        if (m_view->isColumnHidden(column))
            hidden.append(column);
    }
    QSettings().setValue(m_key, hidden);
}

} // namespace fd
