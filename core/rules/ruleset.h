#pragma once

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace fd {

// Every threshold, weight and amount of the SPEC is a setting an evaluator can change,
// stored in the database and versioned (SPEC §9). A rule value is a number; its definition
// says what it means, its default (the SPEC's), its bounds and whether it must be whole.
struct RuleDefinition
{
    QString key;
    double defaultValue = 0;
    double minimum = 0;
    double maximum = 0;
    bool whole = true;
    const char* group = nullptr; // QT_TRANSLATE_NOOP("fd::Rules", ...)
    const char* label = nullptr; // QT_TRANSLATE_NOOP("fd::Rules", ...)

    QString groupName() const;
    QString displayName() const;
};

const QList<RuleDefinition>& ruleDefinitions();
const RuleDefinition* findRuleDefinition(const QString& key);

// SPEC §11's presets: a name and the values it fills in (the rules it does not name keep
// theirs). `cn-same-day` is §4 as written; `uk-auto-comp` counts working days and pays per
// calendar day late, and for a missed appointment.
struct RulePreset
{
    QString name;
    QMap<QString, double> values;
    const char* description = nullptr; // QT_TRANSLATE_NOOP("fd::Rules", ...)
    QString displayDescription() const;
};
const QList<RulePreset>& rulePresets();
const RulePreset* findRulePreset(const QString& name);
class RuleSet;
// The preset whose every value `rules` holds, if any.
const RulePreset* matchingRulePreset(const RuleSet& rules);

namespace rule {
// Keys of SPEC §2–§3; later chapters add theirs.
inline constexpr char16_t kSplicerBase[] = u"allocation.splicers_base";
inline constexpr char16_t kSubscribersPerExtraSplicer[]
    = u"allocation.subscribers_per_extra_splicer";
inline constexpr char16_t kMinSpecialVehicles[] = u"allocation.min_special_vehicles";
inline constexpr char16_t kFourWheelAbove[] = u"allocation.four_wheel_above_subscribers";
inline constexpr char16_t kFourWheelRequired[] = u"allocation.four_wheel_required";
inline constexpr char16_t kLaddersPerTeam[] = u"allocation.ladders_per_team";
inline constexpr char16_t kDrillsPerTeam[] = u"allocation.drills_per_team";
inline constexpr char16_t kSubscribersPerTechnician[] = u"allocation.subscribers_per_technician";
inline constexpr char16_t kTechniciansPerTeam[] = u"allocation.technicians_per_team";
inline constexpr char16_t kSubscribersPerTeam[] = u"allocation.subscribers_per_team";
inline constexpr char16_t kQualificationPassMark[] = u"qualification.pass_mark";
inline constexpr char16_t kRectifyDays[] = u"termination.rectify_days";
// SPEC §4.
inline constexpr char16_t kCutoffMinutes[] = u"timeliness.cutoff_minutes";
inline constexpr char16_t kDueSoonMinutes[] = u"timeliness.due_soon_minutes";
// Issue 16: an order on site longer than this is stuck (the board's exception lane).
inline constexpr char16_t kStuckOnSiteMinutes[] = u"timeliness.stuck_on_site_minutes";
inline constexpr char16_t kCreditInstallMove[] = u"compensation.install_move";
inline constexpr char16_t kCreditRepairPerDay[] = u"compensation.repair_per_day";
inline constexpr char16_t kCreditRepairMax[] = u"compensation.repair_max";
// SPEC §11: the service-level policy (0 = same_day, 1 = working_days), its working weekdays
// (a mask: Monday = 1, Tuesday = 2, … Sunday = 64), the working days each kind has, and the
// credits beside the two above.
inline constexpr char16_t kPolicy[] = u"policy.kind";
inline constexpr char16_t kWorkingWeekdays[] = u"policy.working_weekdays";
inline constexpr char16_t kInstallDays[] = u"policy.install_days";
inline constexpr char16_t kRepairDays[] = u"policy.repair_days";
inline constexpr char16_t kRemovalDays[] = u"policy.removal_days";
inline constexpr char16_t kCreditInstallPerDay[] = u"compensation.install_per_day";
inline constexpr char16_t kCreditInstallMax[] = u"compensation.install_max";
inline constexpr char16_t kCreditMissedAppointment[] = u"compensation.missed_appointment";
inline constexpr char16_t kRxMinDbm[] = u"ftth.rx_min_dbm";
inline constexpr char16_t kRxMaxDbm[] = u"ftth.rx_max_dbm";
// SPEC §5–§6.
inline constexpr char16_t kCallbackMaxAttempts[] = u"callbacks.max_attempts";
inline constexpr char16_t kCallbackRetryMinutes[] = u"callbacks.retry_minutes";
inline constexpr char16_t kCallbackCorrectionMinutes[] = u"callbacks.correction_minutes";
inline constexpr char16_t kComplaintPenaltyPoints[] = u"complaints.penalty_points";
// SPEC §7.
inline constexpr char16_t kWeightTimeliness[] = u"evaluation.weight_timeliness";
inline constexpr char16_t kWeightQuality[] = u"evaluation.weight_quality";
inline constexpr char16_t kWeightService[] = u"evaluation.weight_service";
inline constexpr char16_t kWeightRoom[] = u"evaluation.weight_room";
inline constexpr char16_t kRepeatWindowDays[] = u"evaluation.repeat_window_days";
inline constexpr char16_t kStrikeBelow[] = u"evaluation.strike_below";
inline constexpr char16_t kStrikeWindowMonths[] = u"evaluation.strike_window_months";
inline constexpr char16_t kStrikesToTerminate[] = u"evaluation.strikes_to_terminate";
// SPEC §10: days after a month's finalization in which its appeals may be filed.
inline constexpr char16_t kAppealDays[] = u"evaluation.appeal_days";
// Sign-in (issue 6): after this many failed sign-ins in a row a name is locked for a while.
inline constexpr char16_t kLockoutAttempts[] = u"security.lockout_attempts";
inline constexpr char16_t kLockoutMinutes[] = u"security.lockout_minutes";
// SPEC §17: the monthly sample of each agent's calls, and the scoring form's weights.
inline constexpr char16_t kMonitorSampleSize[] = u"quality.sample_size";
inline constexpr char16_t kMonitorGreeting[] = u"quality.weight_greeting";
inline constexpr char16_t kMonitorNeutralQuestions[] = u"quality.weight_neutral_questions";
inline constexpr char16_t kMonitorAnswersRecorded[] = u"quality.weight_answers_recorded";
inline constexpr char16_t kMonitorCourtesy[] = u"quality.weight_courtesy";
inline constexpr char16_t kMonitorClosing[] = u"quality.weight_closing";
} // namespace rule

// One version of the rules. Keys not stored in it read as their default, so that a rule
// added by a later FiberDesk has the SPEC's value in every older version.
class RuleSet
{
public:
    static RuleSet defaults();

    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }

    double value(QStringView key) const;
    qint64 whole(QStringView key) const;

    // Validates against the definition: known key, within bounds, whole where it must be.
    Status set(const QString& key, double value);
    const QMap<QString, double>& values() const { return m_values; }
    // Fills in the preset's values; every other rule keeps its value.
    Status apply(const RulePreset& preset);

private:
    int m_version = 0;
    QMap<QString, double> m_values;
};

} // namespace fd
