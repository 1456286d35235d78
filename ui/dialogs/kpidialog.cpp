#include "kpidialog.h"

#include "models/scoreformat.h"
#include "services/kpiservice.h"
#include "widgets/columnfitter.h"
#include "widgets/errorlabel.h"
#include "widgets/tableviews.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QStandardItem* figure(const std::optional<Rational>& value, int decimals = 1)
{
    auto* item
        = new QStandardItem(value ? QLocale().toString(value->toDouble(), 'f', decimals) : u"—"_s);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* count(qint64 value)
{
    auto* item = new QStandardItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

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
    m_model->setHorizontalHeaderLabels({ tr("Unit"), tr("Installs"), tr("p50 h"), tr("p95 h"),
        tr("Met %"), tr("Repairs"), tr("p80 h"), tr("p95 h"), tr("Met %"), tr("Faults per 100"),
        tr("Missed"), tr("Missed %"), tr("Complaints resolved"), tr("p80 h"), tr("p95 h"),
        tr("Credits"), tr("Amount") });
    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    new ColumnFitter(m_view, 0, true);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1180, 520);
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
        auto* unit
            = new QStandardItem(row.unit == KpiService::allUnits() ? tr("All units") : row.unit);
        if (row.unit == KpiService::allUnits()) {
            QFont bold = unit->font();
            bold.setBold(true);
            unit->setFont(bold);
        }
        auto* amount = new QStandardItem(QLocale().toString(row.creditAmount, 'f', 2));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({ unit, count(row.supplyCount), figure(row.supplyP50),
            figure(row.supplyP95), figure(row.supplyMetPct), count(row.repairCount),
            figure(row.repairP80), figure(row.repairP95), figure(row.repairMetPct),
            figure(row.faultRatePer100, 2), count(row.missedAppointments), figure(row.missedPct),
            count(row.complaintCount), figure(row.complaintP80), figure(row.complaintP95),
            count(row.creditCount), amount });
    }
}

} // namespace fd
