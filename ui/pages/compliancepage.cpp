#include "compliancepage.h"

#include "models/cellformat.h"
#include "models/compliancemodel.h"
#include "models/recordfilterproxy.h"
#include "widgets/columnfitter.h"
#include "widgets/palette.h"
#include "widgets/reportsave.h"
#include "widgets/tableviews.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
QString signedPercent(qint64 hundredths)
{
    const QString number = formatPercent(double(hundredths) / 100.0);
    return hundredths > 0 ? QString(QLocale().positiveSign() + number) : number;
}
} // namespace

CompliancePage::CompliancePage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    m_model = new ComplianceModel(this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_shortList = new QLabel(this);
    m_shortList->setWordWrap(true);
    m_shortList->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
    layout->addWidget(m_shortList);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_legend);

    auto* controls = new QHBoxLayout;
    auto* growthLabel = new QLabel(tr("Plan for subscriber growth of"), this);
    m_growth = new QDoubleSpinBox(this);
    m_growth->setRange(-100, 500);
    m_growth->setSingleStep(1);
    m_growth->setDecimals(2);
    m_growth->setSuffix(tr(" %"));
    m_growth->setAlignment(Qt::AlignRight);
    m_growth->setKeyboardTracking(false); // one report per value, not per keystroke
    m_growth->setToolTip(
        tr("Each unit's subscribers become S × (1 + P/100), rounded half up; 0 is today."));
    growthLabel->setBuddy(m_growth);
    controls->addWidget(growthLabel);
    controls->addWidget(m_growth);
    controls->addSpacing(24);
    m_onlyShort = new QCheckBox(tr("Only units that fall short"), this);
    controls->addWidget(m_onlyShort);
    controls->addStretch();
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search unit, name, status, area (Ctrl+F)"));
    m_search->setMinimumWidth(
        std::max(280, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 36));
    controls->addWidget(m_search);
    auto* exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setAutoDefault(false);
    exportButton->setToolTip(tr("The report as PDF, Excel workbook or CSV"));
    controls->addWidget(exportButton);
    layout->addLayout(controls);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        ReportRequest request;
        request.growthHundredths = std::llround(m_growth->value() * 100);
        const QString path = saveReportAs(this, m_session, ReportKind::Compliance, request,
            tr("Export the compliance report"), u"compliance"_s, FileFormat::Pdf);
        if (!path.isEmpty())
            emit statusMessage(tr("Saved the compliance report to %1.").arg(path));
    });

    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(ComplianceModel::Code, Qt::AscendingOrder);
    m_view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    // Nine resource columns and the names must fit a 1280-pixel screen: headers wrap.
    new ColumnFitter(m_view, ComplianceModel::Name, true);
    layout->addWidget(m_view, 1);

    connect(m_growth, &QDoubleSpinBox::valueChanged, this, &CompliancePage::refresh);
    connect(m_onlyShort, &QCheckBox::toggled, this, [this](bool only) {
        if (only)
            m_proxy->setRowPredicate([this](int row) { return !m_model->unit(row).compliant(); });
        else
            m_proxy->setRowPredicate({});
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    setTabOrder(m_growth, m_onlyShort);
    setTabOrder(m_onlyShort, m_search);
    setTabOrder(m_search, m_view);
}

void CompliancePage::refresh()
{
    const qint64 growth = std::llround(m_growth->value() * 100);
    Result<ComplianceReport> report = ComplianceService(m_session).report(growth);
    if (!report.ok()) {
        m_summary->setText(tr("The compliance report could not be made: %1").arg(report.error()));
        m_summary->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
        return;
    }
    m_model->setReport(std::move(report).value());
    m_proxy->refilter();
    updateSummary();
}

void CompliancePage::updateSummary()
{
    const ComplianceReport& report = m_model->report();
    qsizetype compliant = 0;
    for (const UnitCompliance& unit : report.units)
        compliant += unit.compliant() ? 1 : 0;
    const qsizetype total = report.units.size();
    QString text;
    if (report.growthHundredths == 0)
        text = tr("%1 of %2 units meet every allocation rule")
                   .arg(formatCount(compliant), formatCount(total));
    else
        text = tr("With %1 subscriber growth, %2 of %3 units would meet every allocation rule")
                   .arg(signedPercent(report.growthHundredths), formatCount(compliant),
                       formatCount(total));
    m_summary->setText(text);
    // Who falls short in what, so the reader need not scan the table for red.
    QStringList shortUnits;
    for (const UnitCompliance& unit : report.units) {
        if (unit.compliant())
            continue;
        QStringList what;
        for (const ResourceCheck& check : unit.checks) {
            if (check.shortfall() > 0)
                what.append(resourceDisplayName(check.resource));
        }
        if (!unit.uncoveredAreas.isEmpty())
            what.append(tr("areas no team covers"));
        // Non-breaking spaces keep one unit's entry on one line when the list wraps.
        shortUnits.append(
            tr("%1: %2").arg(unit.unitCode, what.join(tr(", "))).replace(u' ', QChar::Nbsp));
    }
    m_shortList->setText(shortUnits.isEmpty()
            ? QString()
            : tr("Falling short — %1").arg(shortUnits.join(u"   ·   "_s)));
    m_shortList->setVisible(!shortUnits.isEmpty());
    m_summary->setStyleSheet(compliant == total
            ? u"color: %1;"_s.arg(colourName(ColourRole::SuccessText))
            : u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
    m_legend->setText(
        tr("Each cell shows what the unit holds / what the rules require. Red cells fall short; "
           "hover a cell for the shortfall. Rules version %1; retired units are not listed.")
            .arg(report.ruleVersion));
}

QString CompliancePage::summary() const
{
    return m_summary->text();
}

QString CompliancePage::shortList() const
{
    return m_shortList->text();
}

void CompliancePage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace fd
