#include "bulletintab.h"

#include "models/bulletinmodel.h"
#include "models/cellformat.h"
#include "widgets/columnfitter.h"
#include "widgets/palette.h"
#include "widgets/reportsave.h"
#include "widgets/tableviews.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

BulletinTab::BulletinTab(const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new BulletinModel(this);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* dayLabel = new QLabel(tr("Bulletin of"), this);
    m_day = new QDateEdit(this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_day->setDate(session.today());
    m_day->setMinimumWidth(m_day->fontMetrics().horizontalAdvance(u"2026-12-31"_s) + 48);
    dayLabel->setBuddy(m_day);
    auto* previous = new QPushButton(tr("◀ Day before"), this);
    auto* today = new QPushButton(tr("Today"), this);
    for (QPushButton* button : { previous, today })
        button->setAutoDefault(false);
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addSpacing(16);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    bar->addWidget(m_summary, 1);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setAutoDefault(false);
    exportButton->setToolTip(tr("The day's bulletin as PDF, Excel workbook or CSV"));
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ReportRequest request;
        request.date = m_day->date();
        saveReportAs(this, m_session, ReportKind::Bulletin, request,
            tr("Export the bulletin of %1").arg(request.date.toString(Qt::ISODate)),
            u"bulletin-"_s + request.date.toString(Qt::ISODate), FileFormat::Pdf);
    });

    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setSortingEnabled(false); // the totals row stays at the bottom
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    new ColumnFitter(m_view, BulletinModel::UnitName, true);
    layout->addWidget(m_view, 1);
    auto* note = new QLabel(
        tr("Days are the operator's calendar days. Overdue: orders whose deadline fell on the "
           "day and was missed. Callbacks done: reached or unreachable that day. Verified: "
           "complaints verified that day, rejections not counted."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    connect(m_day, &QDateEdit::dateChanged, this, &BulletinTab::refresh);
    connect(previous, &QPushButton::clicked, this, [this] { setDay(m_day->date().addDays(-1)); });
    connect(today, &QPushButton::clicked, this, [this] { setDay(m_session.today()); });
}

void BulletinTab::setDay(const QDate& day)
{
    if (m_day->date() == day)
        refresh();
    else
        m_day->setDate(day);
}

void BulletinTab::refresh()
{
    Result<Bulletin> bulletin = BulletinService(m_session).daily(m_day->date());
    if (!bulletin.ok()) {
        m_summary->setText(bulletin.error());
        m_summary->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
        m_model->setBulletin({});
        return;
    }
    m_summary->setStyleSheet(QString());
    m_model->setBulletin(std::move(bulletin).value());
    const BulletinLine& totals = m_model->totals();
    m_summary->setText(
        tr("%1 orders received, %2 completed, %3 overdue · %4 callbacks done · %5 complaints "
           "received, %6 verified")
            .arg(formatCount(totals.received), formatCount(totals.completed),
                formatCount(totals.overdue), formatCount(totals.callbacksDone),
                formatCount(totals.complaintsReceived), formatCount(totals.complaintsVerified)));
}

QString BulletinTab::summary() const
{
    return m_summary->text();
}

} // namespace fd
