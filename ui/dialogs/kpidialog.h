#pragma once

#include "common/session.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace fd {

// SPEC §12: the month's regulatory indicators, one row per unit and one for all — supply and
// repair times by nearest-rank percentile, the share met by the deadline, faults per 100
// subscribers, missed appointments, complaint resolution times and credits. Read only; the
// indicators report (CSV, XLSX, PDF) carries the same table.
class KpiDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiDialog)

public:
    KpiDialog(const Session& session, const QDate& month, QWidget* parent = nullptr);

    // One row per unit and "All units" last; the view sorts through proxy(), where the
    // "All units" row stays at the bottom whichever column and order.
    QStandardItemModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QString error() const;

private:
    void load();

    const Session& m_session;
    QDate m_month;
    QLabel* m_error = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace fd
