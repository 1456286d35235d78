#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTableView;

namespace fd {

// A right-click menu on a table's header that shows or hides its columns, remembered between
// runs under `settingsKey`. Tables with more columns than a screen holds start with the
// less-used ones (`hiddenByDefault`) hidden rather than squeezing every one.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    ColumnChooser(QTableView* view, const QString& settingsKey, const QList<int>& hiddenByDefault);

    void setColumnVisible(int column, bool visible);

signals:
    void columnsChanged();

private:
    void showMenu(const QPoint& position);
    void store() const;

    QTableView* m_view = nullptr;
    QString m_key;
};

} // namespace fd
