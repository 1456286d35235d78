// The compliance page (SPEC §3): shortfalls stand out, the growth control reruns the report
// with projected subscribers, and the summary says how many units meet every rule.
#include "models/cellformat.h"
#include "models/compliancemodel.h"
#include "models/recordfilterproxy.h"
#include "pages/compliancepage.h"
#include "uitest.h"

#include <QBrush>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

using UiComplianceTest = UiTest;

TEST_F(UiComplianceTest, ShortfallCellsStandOutAndCompliantCellsArePlain)
{
    CompliancePage page(m_db.session());
    page.refresh();
    ComplianceModel* model = page.model();
    ASSERT_GT(model->rowCount(), 0);
    bool sawShort = false;
    bool sawPlain = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const ResourceCheck& check : model->unit(row).checks) {
            const QModelIndex cell
                = model->index(row, ComplianceModel::columnOfResource(check.resource));
            EXPECT_EQ(cell.data().toString(),
                u"%1 / %2"_s.arg(formatCount(check.actual), formatCount(check.required)));
            if (check.shortfall() > 0) {
                sawShort = true;
                EXPECT_EQ(cell.data(Qt::BackgroundRole).value<QBrush>(),
                    warningBackground().value<QBrush>());
                EXPECT_EQ(cell.data(Qt::ForegroundRole).value<QBrush>(),
                    warningForeground().value<QBrush>());
                EXPECT_TRUE(cell.data(Qt::FontRole).value<QFont>().bold());
                EXPECT_TRUE(cell.data(Qt::ToolTipRole)
                                .toString()
                                .contains(u"short by %1"_s.arg(formatCount(check.shortfall()))));
            } else {
                sawPlain = true;
                EXPECT_FALSE(cell.data(Qt::BackgroundRole).isValid());
            }
        }
    }
    EXPECT_TRUE(sawShort) << "the demo has units that fall short";
    EXPECT_TRUE(sawPlain);
}

TEST_F(UiComplianceTest, SummaryCountsTheUnitsThatMeetEveryRule)
{
    CompliancePage page(m_db.session());
    page.refresh();
    int compliant = 0;
    QStringList shortUnits;
    for (const UnitCompliance& unit : page.model()->report().units) {
        if (unit.compliant())
            ++compliant;
        else
            shortUnits.append(unit.unitCode);
    }
    EXPECT_EQ(page.summary(),
        u"%1 of %2 units meet every allocation rule"_s.arg(compliant).arg(
            page.model()->rowCount()));
    for (const QString& code : shortUnits)
        EXPECT_TRUE(page.shortList().contains(code)) << code.toStdString();

    page.onlyShortCheck()->setChecked(true);
    EXPECT_EQ(page.proxy()->rowCount(), shortUnits.size());
    page.onlyShortCheck()->setChecked(false);
    EXPECT_EQ(page.proxy()->rowCount(), page.model()->rowCount());
}

TEST_F(UiComplianceTest, GrowthRaisesTheRequiredCounts)
{
    CompliancePage page(m_db.session());
    page.refresh();
    const ComplianceReport today = page.model()->report();
    EXPECT_EQ(page.model()->headerData(ComplianceModel::Subscribers, Qt::Horizontal).toString(),
        u"Subscribers"_s);

    page.growthEdit()->setValue(100);
    const ComplianceReport doubled = page.model()->report();
    EXPECT_EQ(doubled.growthHundredths, 10000);
    ASSERT_EQ(doubled.units.size(), today.units.size());
    qint64 requiredToday = 0;
    qint64 requiredDoubled = 0;
    for (qsizetype i = 0; i < today.units.size(); ++i) {
        EXPECT_EQ(doubled.units.at(i).subscribers, 2 * today.units.at(i).subscribers);
        EXPECT_EQ(doubled.units.at(i).currentSubscribers, today.units.at(i).subscribers);
        for (qsizetype c = 0; c < today.units.at(i).checks.size(); ++c) {
            EXPECT_GE(
                doubled.units.at(i).checks.at(c).required, today.units.at(i).checks.at(c).required);
            requiredToday += today.units.at(i).checks.at(c).required;
            requiredDoubled += doubled.units.at(i).checks.at(c).required;
        }
    }
    EXPECT_GT(requiredDoubled, requiredToday);
    // The table says the figures are projected and keeps today's in the tooltip.
    EXPECT_EQ(page.model()->headerData(ComplianceModel::Subscribers, Qt::Horizontal).toString(),
        u"Projected subscribers"_s);
    const QModelIndex subscribers = page.model()->index(0, ComplianceModel::Subscribers);
    EXPECT_EQ(subscribers.data().toString(), formatCount(doubled.units.first().subscribers));
    EXPECT_TRUE(subscribers.data(Qt::ToolTipRole)
                    .toString()
                    .contains(formatCount(today.units.first().subscribers)));
    EXPECT_TRUE(page.summary().startsWith(u"With +100 % subscriber growth"_s))
        << page.summary().toStdString();

    page.growthEdit()->setValue(0);
    EXPECT_EQ(page.model()->report().growthHundredths, 0);
}

TEST_F(UiComplianceTest, GrowthControlCoversTheSpecRange)
{
    CompliancePage page(m_db.session());
    EXPECT_EQ(page.growthEdit()->minimum(), -100);
    EXPECT_EQ(page.growthEdit()->maximum(), 500);
    EXPECT_EQ(page.growthEdit()->decimals(), 2);
    page.growthEdit()->setValue(12.5);
    EXPECT_EQ(page.model()->report().growthHundredths, 1250);
}

} // namespace
} // namespace fd::test
