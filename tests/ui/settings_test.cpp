// The Settings page edits the versioned rules and the operator's time zone.
#include "models/ruleversionmodel.h"
#include "pages/settingspage.h"
#include "services/ruleservice.h"
#include "uitest.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace fd::test {
namespace {

using UiSettingsTest = UiTest;

TEST_F(UiSettingsTest, EveryRuleHasAnEditorWithinItsBounds)
{
    SettingsPage page(m_db.session());
    page.refresh();
    const RuleSet current = RuleService(m_db.session()).current().value();
    for (const RuleDefinition& definition : ruleDefinitions()) {
        QAbstractSpinBox* editor = page.ruleEditor(definition.key);
        const bool choice = definition.key == QString::fromUtf16(rule::kPolicy)
            || definition.key == QString::fromUtf16(rule::kWorkingWeekdays);
        if (choice) { // the policy box's choice and check boxes
            EXPECT_EQ(editor, nullptr) << definition.key.toStdString();
            page.setRuleValue(definition.key, definition.maximum + 1);
            EXPECT_LE(page.editedRules().value(definition.key), definition.maximum);
            EXPECT_GE(page.editedRules().value(definition.key), definition.minimum);
            page.setRuleValue(definition.key, current.value(definition.key));
            continue;
        }
        ASSERT_NE(editor, nullptr) << definition.key.toStdString();
        EXPECT_EQ(qobject_cast<QSpinBox*>(editor) != nullptr, definition.whole)
            << definition.key.toStdString();
        page.setRuleValue(definition.key, definition.maximum + 1);
        EXPECT_LE(page.editedRules().value(definition.key), definition.maximum);
        page.setRuleValue(definition.key, current.value(definition.key));
    }
    EXPECT_EQ(page.versionModel()->rowCount(), 1);
}

// SPEC §11: the preset chosen on the page fills in the policy and its credits, saved as a
// new version; the working weekdays keep at least one day.
TEST_F(UiSettingsTest, PresetChosenOnThePageIsSavedAsANewVersion)
{
    SettingsPage page(m_db.session());
    page.refresh();
    EXPECT_EQ(page.presetCombo()->currentData().toString(), u"cn-same-day"_s)
        << "the defaults are SPEC §4's values";
    page.presetCombo()->setCurrentIndex(page.presetCombo()->findData(u"uk-auto-comp"_s));
    page.fillInPreset();
    EXPECT_EQ(page.policyCombo()->currentData().toInt(), int(DeadlinePolicy::WorkingDays));
    EXPECT_TRUE(page.ruleEditor(QString::fromUtf16(rule::kRepairDays))->isEnabled());
    page.saveVersion();
    const RuleSet after = RuleService(m_db.session()).current().value();
    EXPECT_EQ(after.whole(rule::kPolicy), 1);
    EXPECT_DOUBLE_EQ(after.value(rule::kCreditMissedAppointment), 32.55);
    EXPECT_EQ(matchingRulePreset(after)->name, u"uk-auto-comp"_s);

    // Unticking every weekday leaves the last one ticked.
    const QList<QCheckBox*> days = page.findChildren<QCheckBox*>();
    ASSERT_GE(days.size(), 7);
    for (QCheckBox* day : days)
        day->setChecked(false);
    EXPECT_GE(page.editedRules().whole(rule::kWorkingWeekdays), 1);
    // Back to the same day: the working-day counts are greyed out.
    page.policyCombo()->setCurrentIndex(page.policyCombo()->findData(int(DeadlinePolicy::SameDay)));
    EXPECT_FALSE(page.ruleEditor(QString::fromUtf16(rule::kRepairDays))->isEnabled());
    EXPECT_EQ(page.editedRules().whole(rule::kPolicy), 0);
}

TEST_F(UiSettingsTest, SavingMakesANewVersion)
{
    SettingsPage page(m_db.session());
    page.refresh();
    const int before = RuleService(m_db.session()).current().value().version();
    page.setRuleValue(QString::fromUtf16(rule::kLaddersPerTeam), 2);
    page.noteEdit()->setText(u"Clause 7.2"_s);
    page.saveVersion();
    const RuleSet after = RuleService(m_db.session()).current().value();
    EXPECT_EQ(after.version(), before + 1);
    EXPECT_EQ(after.whole(rule::kLaddersPerTeam), 2);
    EXPECT_TRUE(page.ruleMessage().contains(QString::number(before + 1)))
        << page.ruleMessage().toStdString();
    EXPECT_EQ(page.versionModel()->rowCount(), 2);
    EXPECT_TRUE(page.noteEdit()->text().isEmpty());

    // Saving again without a change makes no version.
    page.saveVersion();
    EXPECT_EQ(RuleService(m_db.session()).current().value().version(), before + 1);
}

TEST_F(UiSettingsTest, TimeZoneOffersTheSystemZoneFirst)
{
    SettingsPage page(m_db.session());
    page.refresh();
    QComboBox* zones = page.timeZoneCombo();
    EXPECT_TRUE(zones->itemData(0).toString().isEmpty());
    EXPECT_GT(zones->findData(u"America/Lima"_s), 0);
}

} // namespace
} // namespace fd::test

namespace fd::test {
namespace {

// Issue 19: the page speaks to users, not to the specification's readers.
TEST_F(UiSettingsTest, NoSpecificationReferencesAreShown)
{
    SettingsPage page(m_db.session());
    page.resize(1100, 700);
    page.show();
    page.refresh();
    QStringList texts;
    for (const QLabel* label : page.findChildren<QLabel*>())
        texts << label->text() << label->toolTip();
    for (const QAbstractButton* button : page.findChildren<QAbstractButton*>())
        texts << button->text() << button->toolTip();
    for (const QGroupBox* box : page.findChildren<QGroupBox*>())
        texts << box->title();
    for (const QAbstractSpinBox* editor : page.findChildren<QAbstractSpinBox*>())
        texts << editor->toolTip();
    ASSERT_GT(texts.size(), 20);
    for (const QString& text : texts)
        EXPECT_FALSE(text.contains(u"SPEC"_s)) << text.toStdString();
}

} // namespace
} // namespace fd::test
