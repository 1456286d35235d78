#pragma once

#include <QObject>
#include <QSet>

class QTableView;

namespace fd {

// Sizes a table's columns to their contents and makes them fit the width the table has:
// one "elastic" column (a name, usually) takes the space left over, or gives it up (down to
// a readable minimum) so that the columns on the right are not pushed out of sight. Refits
// when the table is shown, resized or reloaded, until the user drags a column themselves.
// With `wrapHeaders`, long headers break between words onto more lines instead of widening
// their column ("Four-wheel / vehicles").
class ColumnFitter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFitter)

public:
    ColumnFitter(QTableView* view, int elasticColumn, bool wrapHeaders = false);

    void setMaximumWidth(int width) { m_maxWidth = width; }
    void setElasticColumn(int column) { m_elastic = column; }
    // A column whose text must never be cut short (an order number), even when squeezing.
    void keepWhole(int column) { m_whole.insert(column); }
    void fitNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void schedule();

    QTableView* m_view = nullptr;
    int m_elastic = -1;
    QSet<int> m_whole;
    bool m_wrap = false;
    int m_maxWidth = 320;
    bool m_userSized = false;
    bool m_fitting = false;
    bool m_pending = false;
};

} // namespace fd
