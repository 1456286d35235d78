#include "ruleset.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString RuleDefinition::groupName() const
{
    return QCoreApplication::translate("fd::Rules", group);
}
QString RuleDefinition::displayName() const
{
    return QCoreApplication::translate("fd::Rules", label);
}

const QList<RuleDefinition>& ruleDefinitions()
{
    static const char* const allocation = QT_TRANSLATE_NOOP("fd::Rules", "Allocation");
    static const char* const contract = QT_TRANSLATE_NOOP("fd::Rules", "Contract");
    static const char* const orders = QT_TRANSLATE_NOOP("fd::Rules", "Work orders");
    static const char* const policy
        = QT_TRANSLATE_NOOP("fd::Rules", "Service-level policy and credits");
    static const char* const callbacks = QT_TRANSLATE_NOOP("fd::Rules", "Callbacks and complaints");
    static const char* const evaluation = QT_TRANSLATE_NOOP("fd::Rules", "Monthly evaluation");
    static const char* const security = QT_TRANSLATE_NOOP("fd::Rules", "Sign-in");
    static const char* const quality = QT_TRANSLATE_NOOP("fd::Rules", "Callback quality");
    static const QList<RuleDefinition> definitions = {
        { QString::fromUtf16(rule::kSplicerBase), 1, 0, 100, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Fusion splicers every unit needs") },
        { QString::fromUtf16(rule::kSubscribersPerExtraSplicer), 5000, 1, 1e9, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Subscribers per additional fusion splicer") },
        { QString::fromUtf16(rule::kMinSpecialVehicles), 1, 0, 1000, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Special vehicles every unit needs") },
        { QString::fromUtf16(rule::kFourWheelAbove), 5000, 0, 1e9, true, allocation,
            QT_TRANSLATE_NOOP(
                "fd::Rules", "Four-wheel vehicle required above this many subscribers") },
        { QString::fromUtf16(rule::kFourWheelRequired), 1, 0, 1000, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Four-wheel vehicles required above that threshold") },
        { QString::fromUtf16(rule::kLaddersPerTeam), 1, 0, 100, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Ladders per team") },
        { QString::fromUtf16(rule::kDrillsPerTeam), 1, 0, 100, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Electric drills per team") },
        { QString::fromUtf16(rule::kSubscribersPerTechnician), 2000, 1, 1e9, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Subscribers per active technician") },
        { QString::fromUtf16(rule::kTechniciansPerTeam), 2, 0, 1000, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Minimum active technicians per team") },
        { QString::fromUtf16(rule::kSubscribersPerTeam), 10000, 1, 1e9, true, allocation,
            QT_TRANSLATE_NOOP("fd::Rules", "Subscribers per team") },
        { QString::fromUtf16(rule::kQualificationPassMark), 60, 0, 100, false, contract,
            QT_TRANSLATE_NOOP("fd::Rules", "Qualification pass mark (0–100)") },
        { QString::fromUtf16(rule::kRectifyDays), 30, 0, 3650, true, contract,
            QT_TRANSLATE_NOOP("fd::Rules", "Days a terminated unit has to rectify") },
        { QString::fromUtf16(rule::kCutoffMinutes), 16 * 60, 0, 24 * 60 - 1, true, orders,
            QT_TRANSLATE_NOOP(
                "fd::Rules", "Same-day cut-off, in minutes after midnight (960 = 16:00)") },
        { QString::fromUtf16(rule::kDueSoonMinutes), 120, 0, 24 * 60, true, orders,
            QT_TRANSLATE_NOOP(
                "fd::Rules", "An order is “due soon” this many minutes before its deadline") },
        { QString::fromUtf16(rule::kStuckOnSiteMinutes), 240, 1, 7 * 24 * 60, true, orders,
            QT_TRANSLATE_NOOP("fd::Rules",
                "An order is “stuck on site” when its team has been there this many minutes") },
        { QString::fromUtf16(rule::kCreditInstallMove), 20, 0, 1e6, false, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Credit once for a late install or move") },
        { QString::fromUtf16(rule::kCreditRepairPerDay), 10, 0, 1e6, false, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Credit per day a late repair is late") },
        { QString::fromUtf16(rule::kCreditRepairMax), 100, 0, 1e6, false, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Most credit for one late repair") },
        { QString::fromUtf16(rule::kCreditInstallPerDay), 0, 0, 1e6, false, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Credit per day a late install or move is late") },
        { QString::fromUtf16(rule::kCreditInstallMax), 0, 0, 1e6, false, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Most per-day credit for one late install or move") },
        { QString::fromUtf16(rule::kCreditMissedAppointment), 0, 0, 1e6, false, policy,
            QT_TRANSLATE_NOOP("fd::Rules",
                "Credit for a missed appointment (the technician came after the window, or "
                "never)") },
        { QString::fromUtf16(rule::kPolicy), 0, 0, 1, true, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Deadline policy (0 = same day, 1 = working days)") },
        { QString::fromUtf16(rule::kWorkingWeekdays), 31, 1, 127, true, policy,
            QT_TRANSLATE_NOOP("fd::Rules",
                "Working weekdays (Monday 1, Tuesday 2, Wednesday 4, Thursday 8, Friday 16, "
                "Saturday 32, Sunday 64, added up)") },
        { QString::fromUtf16(rule::kInstallDays), 2, 0, 365, true, policy,
            QT_TRANSLATE_NOOP(
                "fd::Rules", "Working days an install or a move has (working-days policy)") },
        { QString::fromUtf16(rule::kRepairDays), 2, 0, 365, true, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Working days a repair has (working-days policy)") },
        { QString::fromUtf16(rule::kRemovalDays), 3, 0, 365, true, policy,
            QT_TRANSLATE_NOOP("fd::Rules", "Working days a removal has (working-days policy)") },
        { QString::fromUtf16(rule::kRxMinDbm), -27.0, -60, 10, false, orders,
            QT_TRANSLATE_NOOP("fd::Rules", "Lowest accepted ONT receive power (dBm)") },
        { QString::fromUtf16(rule::kRxMaxDbm), -8.0, -60, 10, false, orders,
            QT_TRANSLATE_NOOP("fd::Rules", "Highest accepted ONT receive power (dBm)") },
        { QString::fromUtf16(rule::kCallbackMaxAttempts), 3, 1, 20, true, callbacks,
            QT_TRANSLATE_NOOP("fd::Rules", "Call attempts before a customer is unreachable") },
        { QString::fromUtf16(rule::kCallbackRetryMinutes), 120, 0, 24 * 60, true, callbacks,
            QT_TRANSLATE_NOOP(
                "fd::Rules", "Minutes before calling again after no answer or busy") },
        { QString::fromUtf16(rule::kCallbackCorrectionMinutes), 30, 0, 24 * 60, true, callbacks,
            QT_TRANSLATE_NOOP("fd::Rules", "Minutes in which an agent may correct a saved call") },
        { QString::fromUtf16(rule::kComplaintPenaltyPoints), 2, 0, 100, false, callbacks,
            QT_TRANSLATE_NOOP(
                "fd::Rules", "Points a verified staff-caused complaint costs the unit") },
        { QString::fromUtf16(rule::kWeightTimeliness), 30, 0, 100, false, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules", "Points for timeliness") },
        { QString::fromUtf16(rule::kWeightQuality), 25, 0, 100, false, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules", "Points for maintenance quality") },
        { QString::fromUtf16(rule::kWeightService), 30, 0, 100, false, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules", "Points for customer service") },
        { QString::fromUtf16(rule::kWeightRoom), 15, 0, 100, false, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules", "Most points for machine-room management") },
        { QString::fromUtf16(rule::kRepeatWindowDays), 30, 1, 365, true, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules",
                "A repair is a repeat when the account had a completed order this many days "
                "before") },
        { QString::fromUtf16(rule::kStrikeBelow), 80, 0, 100, false, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules", "A monthly total below this is a strike") },
        { QString::fromUtf16(rule::kStrikeWindowMonths), 12, 1, 60, true, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules", "Months in which strikes are counted") },
        { QString::fromUtf16(rule::kStrikesToTerminate), 2, 1, 12, true, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules", "Strikes in that window that end a unit's contract") },
        { QString::fromUtf16(rule::kAppealDays), 10, 0, 365, true, evaluation,
            QT_TRANSLATE_NOOP("fd::Rules",
                "Days after a month is finalized in which a unit may appeal its items") },
        { QString::fromUtf16(rule::kLockoutAttempts), 5, 1, 100, true, security,
            QT_TRANSLATE_NOOP("fd::Rules", "Failed sign-ins in a row that lock a user name") },
        { QString::fromUtf16(rule::kLockoutMinutes), 15, 1, 24 * 60, true, security,
            QT_TRANSLATE_NOOP(
                "fd::Rules", "Minutes a locked user name waits before the next try") },
        { QString::fromUtf16(rule::kMonitorSampleSize), 10, 1, 1000, true, quality,
            QT_TRANSLATE_NOOP("fd::Rules", "Calls of each agent a supervisor scores a month") },
        { QString::fromUtf16(rule::kMonitorGreeting), 10, 0, 100, true, quality,
            QT_TRANSLATE_NOOP("fd::Rules", "Scoring form: greeting and identification") },
        { QString::fromUtf16(rule::kMonitorNeutralQuestions), 30, 0, 100, true, quality,
            QT_TRANSLATE_NOOP("fd::Rules", "Scoring form: all six questions asked neutrally") },
        { QString::fromUtf16(rule::kMonitorAnswersRecorded), 30, 0, 100, true, quality,
            QT_TRANSLATE_NOOP("fd::Rules", "Scoring form: answers recorded as given") },
        { QString::fromUtf16(rule::kMonitorCourtesy), 15, 0, 100, true, quality,
            QT_TRANSLATE_NOOP("fd::Rules", "Scoring form: courtesy") },
        { QString::fromUtf16(rule::kMonitorClosing), 15, 0, 100, true, quality,
            QT_TRANSLATE_NOOP("fd::Rules", "Scoring form: closing and complaint handling") },
    };
    return definitions;
}

const RuleDefinition* findRuleDefinition(const QString& key)
{
    for (const RuleDefinition& definition : ruleDefinitions()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

QString RulePreset::displayDescription() const
{
    return QCoreApplication::translate("fd::Rules", description);
}

const QList<RulePreset>& rulePresets()
{
    auto key = [](const char16_t* name) { return QString::fromUtf16(name); };
    static const QList<RulePreset> presets = {
        { u"cn-same-day"_s,
            {
                { key(rule::kPolicy), 0 },
                { key(rule::kCutoffMinutes), 16 * 60 },
                { key(rule::kCreditInstallMove), 20 },
                { key(rule::kCreditInstallPerDay), 0 },
                { key(rule::kCreditInstallMax), 0 },
                { key(rule::kCreditRepairPerDay), 10 },
                { key(rule::kCreditRepairMax), 100 },
                { key(rule::kCreditMissedAppointment), 0 },
            },
            QT_TRANSLATE_NOOP("fd::Rules",
                "Same day: due by the end of the day of receipt, or 24 hours after the 16:00 "
                "cut-off; 20 once for a late install or move, 10 per started day for a late "
                "repair (at most 100).") },
        { u"uk-auto-comp"_s,
            {
                { key(rule::kPolicy), 1 },
                { key(rule::kCutoffMinutes), 16 * 60 },
                { key(rule::kWorkingWeekdays), 31 },
                { key(rule::kInstallDays), 2 },
                { key(rule::kRepairDays), 2 },
                { key(rule::kRemovalDays), 3 },
                { key(rule::kCreditInstallMove), 0 },
                { key(rule::kCreditInstallPerDay), 6.51 },
                { key(rule::kCreditInstallMax), 1e6 },
                { key(rule::kCreditRepairPerDay), 9.76 },
                { key(rule::kCreditRepairMax), 1e6 },
                { key(rule::kCreditMissedAppointment), 32.55 },
            },
            QT_TRANSLATE_NOOP("fd::Rules",
                "Working days, Monday to Friday less holidays: a repair within 2 working days, "
                "then 9.76 per calendar day late; 6.51 per calendar day a late install or "
                "move; 32.55 for a missed appointment.") },
    };
    return presets;
}

const RulePreset* findRulePreset(const QString& name)
{
    for (const RulePreset& preset : rulePresets()) {
        if (preset.name == name)
            return &preset;
    }
    return nullptr;
}

const RulePreset* matchingRulePreset(const RuleSet& rules)
{
    for (const RulePreset& preset : rulePresets()) {
        bool all = true;
        for (auto it = preset.values.cbegin(); it != preset.values.cend() && all; ++it)
            all = rules.value(it.key()) == it.value();
        if (all)
            return &preset;
    }
    return nullptr;
}

Status RuleSet::apply(const RulePreset& preset)
{
    for (auto it = preset.values.cbegin(); it != preset.values.cend(); ++it)
        FD_TRY(set(it.key(), it.value()));
    return Status::success();
}

RuleSet RuleSet::defaults()
{
    RuleSet rules;
    for (const RuleDefinition& definition : ruleDefinitions())
        rules.m_values.insert(definition.key, definition.defaultValue);
    return rules;
}

double RuleSet::value(QStringView key) const
{
    const QString name = key.toString();
    const auto found = m_values.constFind(name);
    if (found != m_values.cend())
        return *found;
    const RuleDefinition* definition = findRuleDefinition(name);
    Q_ASSERT_X(definition, "RuleSet::value", "unknown rule key");
    return definition ? definition->defaultValue : 0.0;
}

qint64 RuleSet::whole(QStringView key) const
{
    return qint64(std::llround(value(key)));
}

Status RuleSet::set(const QString& key, double value)
{
    const RuleDefinition* definition = findRuleDefinition(key);
    if (!definition)
        return Error(
            QCoreApplication::translate("fd::Rules", "There is no rule named “%1”.").arg(key));
    if (!std::isfinite(value) || value < definition->minimum || value > definition->maximum) {
        return Error(
            QCoreApplication::translate("fd::Rules", "“%1” must lie between %2 and %3.")
                .arg(definition->displayName(), QString::number(definition->minimum, 'g', 12),
                    QString::number(definition->maximum, 'g', 12)));
    }
    if (definition->whole && value != std::floor(value)) {
        return Error(QCoreApplication::translate("fd::Rules", "“%1” must be a whole number.")
                         .arg(definition->displayName()));
    }
    m_values.insert(key, value);
    return Status::success();
}

} // namespace fd
