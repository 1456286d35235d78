#pragma once

#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>
#include <memory>

class QAbstractItemModel;

namespace fd::test {

// Every UI test starts from the demo operator (seed 7: twelve units, some falling short of
// the allocation rules, a candidate and a terminated unit) in a fresh database, with the
// session's clock and zone pinned by TestDatabase.
class UiTest : public ::testing::Test
{
protected:
    void SetUp() override;

    TestDatabase m_db;
};

// Attaches Qt's model checker; a broken model invariant fails the test on the spot.
std::unique_ptr<QAbstractItemModelTester> checkModel(QAbstractItemModel* model);

} // namespace fd::test
