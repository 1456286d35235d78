// Edit dialogs save through the services; a refused value is shown next to its field, the
// dialog stays open and nothing is written.
#include "dialogs/areadialog.h"
#include "dialogs/assessmentdialog.h"
#include "dialogs/equipmentdialog.h"
#include "dialogs/teamdialog.h"
#include "dialogs/techniciandialog.h"
#include "dialogs/unitdialog.h"
#include "dialogs/unitstatusdialog.h"
#include "models/organisationdata.h"
#include "rules/organisationchecks.h"
#include "services/areaservice.h"
#include "services/assessmentservice.h"
#include "services/equipmentservice.h"
#include "services/technicianservice.h"
#include "services/unitservice.h"
#include "uitest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

class UiDialogTest : public UiTest
{
protected:
    OrganisationData data() { return OrganisationData::load(m_db.session()).value(); }

    std::optional<Unit> unit(const QString& code)
    {
        Result<std::optional<Unit>> found = UnitService(m_db.session()).find(code);
        return found.ok() ? found.value() : std::nullopt;
    }
};

TEST_F(UiDialogTest, RefusedUnitShowsErrorsNextToItsFieldsAndWritesNothing)
{
    const qsizetype before = UnitService(m_db.session()).list().value().size();
    UnitDialog dialog(m_db.session(), std::nullopt);
    dialog.codeEdit()->setText(u"U,99"_s);
    dialog.nameEdit()->clear();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.fieldError(u"code"_s), codeProblem(u"U,99"_s));
    EXPECT_FALSE(dialog.fieldError(u"name"_s).isEmpty());
    EXPECT_TRUE(dialog.fieldError(u"contract_no"_s).isEmpty());
    EXPECT_EQ(UnitService(m_db.session()).list().value().size(), before);

    // Corrected, the same dialog saves and the errors go.
    dialog.codeEdit()->setText(u"U99"_s);
    dialog.nameEdit()->setText(u"Unidad Nueva"_s);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.fieldError(u"code"_s).isEmpty());
    const std::optional<Unit> saved = unit(u"U99"_s);
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->status, UnitStatus::Candidate); // a new unit starts as a candidate
}

TEST_F(UiDialogTest, EditingAUnitKeepsItsCodeAndStatus)
{
    const std::optional<Unit> terminated = [this]() -> std::optional<Unit> {
        for (const Unit& unit : UnitService(m_db.session()).list().value()) {
            if (unit.status == UnitStatus::Terminated)
                return unit;
        }
        return std::nullopt;
    }();
    ASSERT_TRUE(terminated.has_value());
    UnitDialog dialog(m_db.session(), *terminated);
    EXPECT_TRUE(dialog.codeEdit()->isReadOnly());
    dialog.nameEdit()->setText(u"Nombre corregido"_s);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.generalError().toStdString();
    const std::optional<Unit> saved = unit(terminated->code);
    EXPECT_EQ(saved->name, u"Nombre corregido"_s);
    EXPECT_EQ(saved->status, UnitStatus::Terminated);
}

TEST_F(UiDialogTest, TechnicianWithABadPhoneIsRefused)
{
    const OrganisationData organisation = data();
    const Technician technician = organisation.technicians.first();
    TechnicianDialog dialog(m_db.session(), organisation, technician);
    dialog.phoneEdit()->setText(u"call me"_s);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.fieldError(u"phone"_s).isEmpty());
    for (const Technician& stored : TechnicianService(m_db.session()).list().value()) {
        if (stored.code == technician.code) {
            EXPECT_EQ(stored.phone, technician.phone);
        }
    }
}

TEST_F(UiDialogTest, TeamNeedsAnArea)
{
    const OrganisationData organisation = data();
    TeamDialog dialog(m_db.session(), organisation, organisation.teams.first());
    ASSERT_EQ(dialog.checkedAreas(), organisation.teams.first().areaCodes);
    // Only the areas of the team's unit are offered.
    for (int row = 0; row < dialog.areaList()->count(); ++row) {
        const QString area = dialog.areaList()->item(row)->data(Qt::UserRole).toString();
        EXPECT_EQ(organisation.findArea(area)->unitCode, organisation.teams.first().unitCode);
    }
    for (int row = 0; row < dialog.areaList()->count(); ++row)
        dialog.areaList()->item(row)->setCheckState(Qt::Unchecked);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.fieldError(u"area_codes"_s).isEmpty());
}

TEST_F(UiDialogTest, AreaSubscribersAreSaved)
{
    const OrganisationData organisation = data();
    AreaDialog dialog(m_db.session(), organisation, organisation.areas.first());
    dialog.subscribersEdit()->setValue(12345);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.generalError().toStdString();
    for (const Area& area : AreaService(m_db.session()).list().value()) {
        if (area.code == organisation.areas.first().code) {
            EXPECT_EQ(area.subscribers, 12345);
        }
    }
}

TEST_F(UiDialogTest, EquipmentCountOfAHolderIsSaved)
{
    const OrganisationData organisation = data();
    EquipmentModel::Holder holder;
    holder.unitCode = organisation.units.first().code;
    EquipmentDialog dialog(m_db.session(), organisation, holder);
    dialog.quantityEdit(EquipmentKind::Ladder)->setValue(7);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.generalError().toStdString();
    bool found = false;
    for (const EquipmentHolding& holding : EquipmentService(m_db.session()).list().value()) {
        if (holding.unitCode == holder.unitCode && holding.teamCode.isEmpty()
            && holding.kind == EquipmentKind::Ladder) {
            found = true;
            EXPECT_EQ(holding.quantity, 7);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(UiDialogTest, QualificationVerdictFollowsTheScore)
{
    const OrganisationData organisation = data();
    const auto candidate = std::find_if(organisation.units.cbegin(), organisation.units.cend(),
        [](const Unit& unit) { return unit.status == UnitStatus::Candidate; });
    ASSERT_NE(candidate, organisation.units.cend());
    AssessmentDialog dialog(m_db.session(), organisation, candidate->code);
    EXPECT_EQ(dialog.kindCombo()->currentData().toInt(), int(AssessmentKind::Qualification));
    EXPECT_EQ(dialog.dateEdit()->maximumDate(), m_db.session().today()); // no future dates
    dialog.scoreEdit()->setValue(59.9);
    EXPECT_TRUE(dialog.verdictLabel()->text().startsWith(u"Failed"_s))
        << dialog.verdictLabel()->text().toStdString();
    dialog.scoreEdit()->setValue(60);
    EXPECT_TRUE(dialog.verdictLabel()->text().startsWith(u"Passed"_s));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.generalError().toStdString();
    EXPECT_EQ(unit(candidate->code)->status, UnitStatus::Active);
}

TEST_F(UiDialogTest, RetrainingVerdictIsTheAssessorsAndRefusedBeforeTheTermination)
{
    const OrganisationData organisation = data();
    const auto terminated = std::find_if(organisation.units.cbegin(), organisation.units.cend(),
        [](const Unit& unit) { return unit.status == UnitStatus::Terminated; });
    ASSERT_NE(terminated, organisation.units.cend());
    AssessmentDialog dialog(m_db.session(), organisation, terminated->code);
    EXPECT_EQ(dialog.kindCombo()->currentData().toInt(), int(AssessmentKind::Retraining));
    EXPECT_TRUE(dialog.passedCheck()->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.verdictLabel()->isVisibleTo(&dialog));
    dialog.passedCheck()->setChecked(true);
    dialog.scoreEdit()->setValue(85);
    dialog.dateEdit()->setDate(terminated->statusSince.addDays(-1));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.fieldError(u"date"_s).isEmpty());
    EXPECT_EQ(unit(terminated->code)->status, UnitStatus::Terminated);
}

TEST_F(UiDialogTest, StatusChangeNeedsAReason)
{
    const Unit first = data().units.first();
    ASSERT_EQ(first.status, UnitStatus::Active);
    UnitStatusDialog dialog(m_db.session(), first);
    ASSERT_TRUE(dialog.chooseStatus(UnitStatus::Retired));
    EXPECT_FALSE(dialog.chooseStatus(UnitStatus::Active)); // activation comes from assessments
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.error().isEmpty());
    EXPECT_EQ(unit(first.code)->status, UnitStatus::Active);
    dialog.setReason(u"Contract ended by agreement"_s);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.error().toStdString();
    EXPECT_EQ(unit(first.code)->status, UnitStatus::Retired);
}

} // namespace
} // namespace fd::test
