#include "uitest.h"

#include "services/demo/demoservice.h"

namespace fd::test {

void UiTest::SetUp()
{
    const Result<DemoSummary> demo = DemoService(m_db.session()).generate(7);
    ASSERT_TRUE(demo.ok()) << demo.error().toStdString();
}

std::unique_ptr<QAbstractItemModelTester> checkModel(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

} // namespace fd::test
