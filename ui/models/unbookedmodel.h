#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/workorder.h"

#include <QAbstractTableModel>

namespace fd {

// What an order dragged onto the team schedule carries: its number, as UTF-8 text.
inline constexpr char kOrderMimeType[] = "application/x-fiberdesk-order";

// The open orders without an agreed window (new or assigned), earliest deadline first: what
// is left to book on the team schedule. Rows drag as kOrderMimeType.
class UnbookedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnbookedModel)

public:
    enum Column
    {
        Number,
        Customer,
        Deadline,
        ColumnCount
    };

    explicit UnbookedModel(const Session& session, QObject* parent = nullptr);

    Status load(const QString& unitCode, const QString& areaCode);
    const WorkOrder& order(int row) const { return m_orders.at(row); }
    int rowOf(const QString& number) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    static constexpr int kLimit = 500; // the first 500 by deadline: a dispatcher books those

private:
    const Session& m_session;
    QList<WorkOrder> m_orders;
};

} // namespace fd
