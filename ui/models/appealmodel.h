#pragma once

#include "domain/appeal.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimeZone>

namespace fd {

// SPEC §10: appeals, one row each — the item contested, where the appeal stands, who filed
// and decided it and when, the decision's reason. Open appeals in amber, upheld in green.
class AppealModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppealModel)

public:
    enum Column
    {
        Id,
        Unit,
        Month,
        Item,
        Ref,
        Status,
        Filed, // by whom, when
        Decided, // by whom, when
        Reason,
        ColumnCount
    };

    explicit AppealModel(const QTimeZone& zone, QObject* parent = nullptr);

    void setAppeals(QList<Appeal> appeals);
    const QList<Appeal>& appeals() const { return m_appeals; }
    const Appeal& appeal(int row) const { return m_appeals.at(row); }
    int rowOfAppeal(qint64 id) const; // −1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Appeal& appeal, int column) const;

    QTimeZone m_zone;
    QList<Appeal> m_appeals;
};

} // namespace fd
