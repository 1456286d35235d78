// Every table model passes Qt's model checker when it is loaded, reloaded, filtered and
// sorted, and shows numbers, booleans and statuses the way the pages promise.
#include "models/areamodel.h"
#include "models/assessmentmodel.h"
#include "models/cellformat.h"
#include "models/compliancemodel.h"
#include "models/equipmentmodel.h"
#include "models/itemroles.h"
#include "models/organisationdata.h"
#include "models/recordfilterproxy.h"
#include "models/ruleversionmodel.h"
#include "models/teammodel.h"
#include "models/technicianmodel.h"
#include "models/unitmodel.h"
#include "services/complianceservice.h"
#include "services/ruleservice.h"
#include "services/technicianservice.h"
#include "uitest.h"

#include <QBrush>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiModelTest : public UiTest
{
protected:
    OrganisationData load()
    {
        Result<OrganisationData> data = OrganisationData::load(m_db.session());
        EXPECT_TRUE(data.ok()) << data.error().toStdString();
        return data.ok() ? data.value() : OrganisationData {};
    }

    // Loads `model` twice under the checker, then filters and sorts it through the proxy.
    template <typename Model> void exercise(Model& model, int expectedRows, const QString& search)
    {
        const auto modelChecker = checkModel(&model);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        const auto proxyChecker = checkModel(&proxy);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const OrganisationData data = load();
        model.load(data);
        EXPECT_EQ(model.rowCount(), expectedRows);
        EXPECT_EQ(model.columnCount(), int(Model::ColumnCount));
        model.load(data); // refresh
        EXPECT_EQ(resets.count(), 2);
        EXPECT_EQ(model.rowCount(), expectedRows);
        for (int column = 0; column < model.columnCount(); ++column)
            EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty()) << column;

        proxy.setSearchText(search);
        EXPECT_GT(proxy.rowCount(), 0) << search.toStdString();
        EXPECT_LT(proxy.rowCount(), expectedRows) << search.toStdString();
        for (int row = 0; row < proxy.rowCount(); ++row) {
            bool matched = false;
            for (int column = 0; column < proxy.columnCount(); ++column)
                matched = matched
                    || proxy.index(row, column)
                           .data(FilterRole)
                           .toString()
                           .contains(search, Qt::CaseInsensitive);
            EXPECT_TRUE(matched) << row;
        }
        proxy.setSearchText(QString());
        EXPECT_EQ(proxy.rowCount(), expectedRows);
        for (int column = 0; column < model.columnCount(); ++column) {
            proxy.sort(column, Qt::DescendingOrder);
            proxy.sort(column, Qt::AscendingOrder);
        }
        model.load(OrganisationData {});
        EXPECT_EQ(model.rowCount(), 0);
    }
};

TEST_F(UiModelTest, UnitModelPassesTheModelChecker)
{
    UnitModel model;
    // Lower case: the search ignores case.
    exercise(model, int(load().units.size()), u"fibra"_s);
}

TEST_F(UiModelTest, AreaModelPassesTheModelChecker)
{
    AreaModel model;
    exercise(model, int(load().areas.size()), u"u03-"_s);
}

TEST_F(UiModelTest, TeamModelPassesTheModelChecker)
{
    TeamModel model;
    exercise(model, int(load().teams.size()), u"cuadrilla"_s);
}

TEST_F(UiModelTest, TechnicianModelPassesTheModelChecker)
{
    TechnicianModel model;
    exercise(model, int(load().technicians.size()), u"u05-p00"_s);
}

TEST_F(UiModelTest, EquipmentModelHasOneRowPerHolderPerUnit)
{
    EquipmentModel model;
    const OrganisationData data = load();
    QSet<QString> holders;
    for (const Unit& unit : data.units)
        holders.insert(unit.code + u'/');
    for (const EquipmentHolding& holding : data.equipment)
        holders.insert(holding.unitCode + u'/' + holding.teamCode);
    exercise(model, int(holders.size()), u"U02"_s);
}

TEST_F(UiModelTest, AssessmentModelPassesTheModelChecker)
{
    AssessmentModel model;
    const OrganisationData data = load();
    ASSERT_GE(data.assessments.size(), 2);
    exercise(model, int(data.assessments.size()), data.assessments.first().unitCode);
}

TEST_F(UiModelTest, NumbersAreRightAlignedAndSortedAsNumbers)
{
    UnitModel model;
    const auto checker = checkModel(&model);
    model.load(load());
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(UnitModel::Subscribers, Qt::AscendingOrder);
    qint64 previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, UnitModel::Subscribers);
        const qint64 value = index.data(SortRole).toLongLong();
        EXPECT_GE(value, previous);
        previous = value;
        EXPECT_EQ(index.data(Qt::DisplayRole).toString(), formatCount(value));
        EXPECT_EQ(
            index.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    }
    // Numbers are not searched: typing a digit finds codes, not subscriber counts.
    EXPECT_FALSE(proxy.index(0, UnitModel::Subscribers).data(FilterRole).isValid());
}

TEST_F(UiModelTest, StatusesAndBooleansAreWords)
{
    UnitModel units;
    units.load(load());
    bool sawTerminated = false;
    for (int row = 0; row < units.rowCount(); ++row) {
        const QModelIndex status = units.index(row, UnitModel::Status);
        EXPECT_EQ(status.data().toString(), unitStatusDisplayName(units.unit(row).status));
        if (units.unit(row).status == UnitStatus::Terminated) {
            sawTerminated = true;
            EXPECT_TRUE(status.data(Qt::ForegroundRole).isValid());
            EXPECT_FALSE(units.index(row, UnitModel::RectifyBy).data().toString().isEmpty());
        }
    }
    EXPECT_TRUE(sawTerminated) << "the demo has a terminated unit";

    TechnicianModel technicians;
    technicians.load(load());
    for (int row = 0; row < technicians.rowCount(); ++row) {
        const QString kit = technicians.index(row, TechnicianModel::FtthKit).data().toString();
        EXPECT_TRUE(kit == yesNo(true) || kit == yesNo(false)) << kit.toStdString();
    }
}

TEST_F(UiModelTest, InactiveRowsAreGreyed)
{
    const Result<QList<Technician>> list = TechnicianService(m_db.session()).list();
    ASSERT_TRUE(list.ok());
    const QString code = list.value().first().code;
    ASSERT_TRUE(TechnicianService(m_db.session()).setActive(code, false).ok());
    TechnicianModel model;
    const auto checker = checkModel(&model);
    model.load(load());
    const int row = model.rowOfKey(code);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(model.rowActive(row));
    EXPECT_EQ(model.index(row, TechnicianModel::Name).data(Qt::ForegroundRole).value<QBrush>(),
        inactiveForeground().value<QBrush>());
    EXPECT_EQ(model.index(row, TechnicianModel::Active).data().toString(), yesNo(false));
}

TEST_F(UiModelTest, ComplianceModelPassesTheModelChecker)
{
    ComplianceModel model;
    const auto modelChecker = checkModel(&model);
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    const auto proxyChecker = checkModel(&proxy);
    for (const qint64 growth : { qint64(0), qint64(2500), qint64(0) }) {
        Result<ComplianceReport> report = ComplianceService(m_db.session()).report(growth);
        ASSERT_TRUE(report.ok());
        const qsizetype units = report.value().units.size();
        model.setReport(report.value());
        EXPECT_EQ(model.rowCount(), units);
        EXPECT_EQ(model.columnCount(), int(ComplianceModel::ColumnCount));
    }
    proxy.setRowPredicate([&model](int row) { return !model.unit(row).compliant(); });
    EXPECT_GT(proxy.rowCount(), 0);
    EXPECT_LT(proxy.rowCount(), model.rowCount());
    proxy.setRowPredicate({});
    proxy.setSearchText(u"u1"_s);
    EXPECT_GT(proxy.rowCount(), 0);
    for (int column = 0; column < model.columnCount(); ++column)
        proxy.sort(column);
}

TEST_F(UiModelTest, RuleVersionModelPassesTheModelCheckerNewestFirst)
{
    RuleService rules(m_db.session());
    Result<RuleSet> current = rules.current();
    ASSERT_TRUE(current.ok());
    RuleSet changed = current.value();
    ASSERT_TRUE(changed.set(QString::fromUtf16(rule::kLaddersPerTeam), 2).ok());
    ASSERT_TRUE(rules.saveVersion(changed, u"two ladders"_s).ok());
    Result<QList<RuleVersionInfo>> versions = rules.versions();
    ASSERT_TRUE(versions.ok());

    RuleVersionModel model;
    const auto checker = checkModel(&model);
    model.setVersions(versions.value(), current.value().version() + 1, m_db.session().zone());
    model.setVersions(versions.value(), current.value().version() + 1, m_db.session().zone());
    ASSERT_EQ(model.rowCount(), versions.value().size());
    EXPECT_TRUE(model.index(0, RuleVersionModel::Version)
                    .data()
                    .toString()
                    .startsWith(QString::number(current.value().version() + 1)));
    EXPECT_EQ(model.index(0, RuleVersionModel::Note).data().toString(), u"two ladders"_s);
    EXPECT_TRUE(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
}

} // namespace
} // namespace fd::test
