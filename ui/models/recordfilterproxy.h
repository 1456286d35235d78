#pragma once

#include <QSortFilterProxyModel>
#include <functional>

namespace fd {

// Sorting and searching for every FiberDesk table: sorts by SortRole (numbers as numbers),
// matches the search text case-insensitively against the FilterRole of every column (the
// text columns), and optionally keeps only the rows a predicate accepts.
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // `accepts(sourceRow)`; an empty function accepts every row. Call again (or
    // refilter()) when what it looks at changes.
    void setRowPredicate(std::function<bool(int)> accepts);
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::function<bool(int)> m_accepts;
};

} // namespace fd
