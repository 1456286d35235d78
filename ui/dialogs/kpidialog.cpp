#include "kpidialog.h"

#include "models/itemroles.h"
#include "models/scoreformat.h"
#include "services/kpiservice.h"
#include "widgets/columnfitter.h"
#include "widgets/errorlabel.h"
#include "widgets/tableviews.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// The "All units" row: it stays last whatever the sort.
constexpr int PinnedRole = SortRole + 100;

QStandardItem* figure(const std::optional<Rational>& value, int decimals = 1)
{
    auto* item
        = new QStandardItem(value ? QLocale().toString(value->toDouble(), 'f', decimals) : u"—"_s);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // None sorts below every figure.
    item->setData(value ? value->toDouble() : -1.0, SortRole);
    return item;
}

QStandardItem* count(qint64 value)
{
    auto* item = new QStandardItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(value, SortRole);
    return item;
}

// Sorts the units by their figures (numbers as numbers) and keeps the row of all units
// where it is, under them, in either order.
class PinnedLastProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const bool leftPinned = left.siblingAtColumn(0).data(PinnedRole).toBool();
        const bool rightPinned = right.siblingAtColumn(0).data(PinnedRole).toBool();
        if (leftPinned != rightPinned) {
            // Qt reverses the comparison for a descending sort: answer so that the pinned
            // row comes last either way.
            const bool ascending = sortOrder() == Qt::AscendingOrder;
            return rightPinned ? ascending : !ascending;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

KpiDialog::KpiDialog(const Session& session, const QDate& month, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_month(QDate(month.year(), month.month(), 1))
{
    setWindowTitle(tr("Regulatory indicators, %1").arg(formatMonth(m_month)));
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(
        tr("Times in hours from receipt; p50, p80 and p95 are nearest-rank percentiles. "
           "“Met” is the share done by the deadline of the policy in force. Missed "
           "appointments: windows that ended this month with the technician late or absent."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_model = new QStandardItemModel(this);
    // Each header says what its figure is and in which unit: no two alike.
    m_model->setHorizontalHeaderLabels({ tr("Unit"), tr("Installs completed"),
        tr("Install time p50 (h)"), tr("Install time p95 (h)"), tr("Installs met deadline (%)"),
        tr("Repairs completed"), tr("Repair time p80 (h)"), tr("Repair time p95 (h)"),
        tr("Repairs met deadline (%)"), tr("Faults per 100 subscribers"), tr("Missed appointments"),
        tr("Missed appointments (%)"), tr("Complaints resolved"),
        tr("Complaint resolution p80 (h)"), tr("Complaint resolution p95 (h)"), tr("Credits due"),
        tr("Credit amount") });
    m_proxy = new PinnedLastProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the service's order until a header is clicked
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // "All units" is read whole; the dialog is as wide as a 1280-pixel screen allows.
    auto* fitter = new ColumnFitter(m_view, 0, true);
    fitter->keepWhole(0);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1260, 560);
    load();
}

QString KpiDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void KpiDialog::load()
{
    m_model->removeRows(0, m_model->rowCount());
    Result<QList<KpiRow>> rows = KpiService(m_session).month(m_month);
    if (!rows.ok()) {
        m_error->setText(rows.error());
        m_error->show();
        return;
    }
    m_error->hide();
    for (const KpiRow& row : rows.value()) {
        const bool all = row.unit == KpiService::allUnits();
        auto* unit = new QStandardItem(all ? tr("All units") : row.unit);
        unit->setData(all ? QString() : row.unit, SortRole);
        unit->setData(all, PinnedRole);
        if (all) {
            QFont bold = unit->font();
            bold.setBold(true);
            unit->setFont(bold);
        }
        auto* amount = new QStandardItem(QLocale().toString(row.creditAmount, 'f', 2));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setData(row.creditAmount, SortRole);
        m_model->appendRow({ unit, count(row.supplyCount), figure(row.supplyP50),
            figure(row.supplyP95), figure(row.supplyMetPct), count(row.repairCount),
            figure(row.repairP80), figure(row.repairP95), figure(row.repairMetPct),
            figure(row.faultRatePer100, 2), count(row.missedAppointments), figure(row.missedPct),
            count(row.complaintCount), figure(row.complaintP80), figure(row.complaintP95),
            count(row.creditCount), amount });
    }
}

} // namespace fd
