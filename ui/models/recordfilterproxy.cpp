#include "recordfilterproxy.h"

#include "models/itemroles.h"

namespace fd {

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterRole(FilterRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Names are Spanish and Chinese as well as English: sort them as the language does.
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setSearchText(const QString& text)
{
    setFilterFixedString(text.trimmed());
}

void RecordFilterProxy::setRowPredicate(std::function<bool(int)> accepts)
{
    m_accepts = std::move(accepts);
    refilter();
}

void RecordFilterProxy::refilter()
{
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_accepts && !m_accepts(sourceRow))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace fd
