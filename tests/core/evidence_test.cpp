// SPEC §8: the evidence behind a unit's figures, described for an evaluator, and the two
// populations the indicators add (callbacks due, complaints received), which must count
// what IndicatorService counts.
#include "services/demo/demoservice.h"
#include "services/evaluationservice.h"
#include "services/evidenceservice.h"
#include "services/indicatorservice.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kOctober(2026, 10, 1);

class Evidence : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const Result<DemoSummary> demo = DemoService(db.session()).generate(7);
        ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
    }

    Indicators indicatorsOf(const QString& code)
    {
        Result<MonthIndicators> month = IndicatorService(db.session()).month(kOctober);
        EXPECT_TRUE(month.ok());
        for (const Indicators& unit : month.value().units) {
            if (unit.unitCode == code)
                return unit;
        }
        ADD_FAILURE() << "no indicators of " << code.toStdString();
        return {};
    }

    test::TestDatabase db;
};

TEST_F(Evidence, EveryRowOfTheEvaluationIsDescribedInOrder)
{
    Result<QList<EvidenceRow>> rows = EvaluationService(db.session()).evidence(kOctober, u"U03"_s);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    Result<QList<EvidenceDetail>> details
        = EvidenceService(db.session()).evaluation(kOctober, u"U03"_s);
    ASSERT_TRUE(details.ok()) << details.error().toStdString();
    ASSERT_EQ(details.value().size(), rows.value().size());
    QSet<EvidenceKind> kinds;
    for (qsizetype i = 0; i < rows.value().size(); ++i) {
        const EvidenceDetail& detail = details.value().at(i);
        EXPECT_EQ(detail.row.refId, rows.value().at(i).refId);
        EXPECT_EQ(detail.row.kind, rows.value().at(i).kind);
        kinds.insert(detail.row.kind);
        switch (detail.row.kind) {
        case EvidenceKind::Order:
            EXPECT_TRUE(detail.orderNumber.startsWith(u"WO-"_s));
            EXPECT_TRUE(detail.deadline.isValid());
            // On time exactly when the measured event came by the deadline.
            EXPECT_EQ(detail.row.flag == 1,
                detail.measuredAt.isValid() && detail.measuredAt <= detail.deadline);
            break;
        case EvidenceKind::Repair:
            EXPECT_EQ(detail.orderKind, OrderKind::Repair);
            EXPECT_GE(detail.receivedAt, QDateTime(kOctober, QTime(0, 0), db.session().zone()));
            break;
        case EvidenceKind::Callback: {
            EXPECT_EQ(detail.callbackStatus, CallbackStatus::Reached);
            int yes = 0;
            for (const std::optional<bool>& answer : detail.answers)
                yes += answer.value_or(false) ? 1 : 0;
            EXPECT_EQ(yes, detail.row.flag) << detail.orderNumber.toStdString();
            EXPECT_TRUE(detail.satisfaction.has_value());
            break;
        }
        case EvidenceKind::Complaint:
            EXPECT_EQ(detail.staffCaused, true);
            EXPECT_TRUE(detail.verifiedAt.isValid());
            break;
        }
    }
    EXPECT_TRUE(kinds.contains(EvidenceKind::Order) && kinds.contains(EvidenceKind::Callback));
}

TEST_F(Evidence, TheIndicatorsPopulationsCountWhatTheIndicatorsCount)
{
    for (const QString& code : { u"U03"_s, u"U10"_s }) {
        const Indicators indicators = indicatorsOf(code);
        Result<QList<EvidenceDetail>> due
            = EvidenceService(db.session()).callbacksDue(kOctober, code);
        ASSERT_TRUE(due.ok()) << due.error().toStdString();
        EXPECT_EQ(due.value().size(), indicators.callbacksDue) << code.toStdString();
        qint64 reached = 0;
        for (const EvidenceDetail& detail : due.value()) {
            reached += detail.row.flag;
            EXPECT_EQ(detail.row.flag == 1, detail.callbackStatus == CallbackStatus::Reached);
            EXPECT_GE(detail.dueOn, kOctober);
            EXPECT_LT(detail.dueOn, kOctober.addMonths(1));
        }
        EXPECT_EQ(reached, indicators.callbacksDueReached) << code.toStdString();

        Result<QList<EvidenceDetail>> complaints
            = EvidenceService(db.session()).complaintsReceived(kOctober, code);
        ASSERT_TRUE(complaints.ok()) << complaints.error().toStdString();
        EXPECT_EQ(complaints.value().size(), indicators.complaints()) << code.toStdString();
        QHash<ComplaintCategory, qint64> byCategory;
        for (const EvidenceDetail& detail : complaints.value())
            ++byCategory[detail.category.value_or(ComplaintCategory::Other)];
        EXPECT_EQ(byCategory, indicators.complaintsByCategory) << code.toStdString();
    }
}

TEST_F(Evidence, AnUnknownUnitIsRefusedWithItsCode)
{
    Result<QList<EvidenceDetail>> due
        = EvidenceService(db.session()).callbacksDue(kOctober, u"U99"_s);
    ASSERT_FALSE(due.ok());
    EXPECT_TRUE(due.error().contains(u"U99"_s)) << due.error().toStdString();
}

} // namespace
