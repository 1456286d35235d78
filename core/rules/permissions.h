#pragma once

#include "common/result.h"
#include "common/role.h"

namespace fd {

// Every action a service can be asked to do. SPEC §1 decides who may do each one;
// the table lives in permissions.cpp so that it can be read (and tested) in one place.
enum class Action
{
    ViewOrganisation,
    ManageOrganisation, // areas, units, teams, technicians, equipment
    RecordAssessment, // qualification and retraining
    ChangeRules,
    ChangeSettings,
    ImportOrganisation,
    LoadDemoData,
    ViewOrders,
    DispatchOrders, // create, import, assign, schedule, record arrival, completion, cancellation
    ExemptOrders,
    ViewCallbacks,
    WorkCallbacks, // record call attempts and answers
    RegisterComplaint,
    JudgeComplaint, // verify or reject, resolve
    ViewEvaluations,
    EnterScores, // machine-room scores and manual adjustments
    FinalizeEvaluation,
    ReopenEvaluation,
    ViewAudit, // browse the audit log
    ManageUsers, // create users, set roles, reset passwords
    ManageBackups, // make a backup, restore one, change where and how long they are kept
    ViewCallQuality, // the monitor scores, calibration and agent effect of SPEC §17
    MonitorCalls, // score a sampled call on the monitoring form
    ViewCompliance, // the staffing and equipment report of SPEC §3
    FileAppeal, // SPEC §10, on a unit's behalf
    DecideAppeal, // uphold or dismiss an appeal
};

bool isAllowed(Role role, Action action);
QString actionDisplayName(Action action);

// A translated refusal naming the action and the role, or success.
Status checkAllowed(const Actor& actor, Action action);
// The refusal's text, whether or not `role` is refused.
QString refusalText(Role role, Action action);

// SPEC §1: a unit representative sees and acts for its own unit only, row by row. Refuses a
// representative reaching for `unitCode` when it is not theirs; every other role passes.
Status checkUnitScope(const Actor& actor, const QString& unitCode);
// Whether `actor` sees only one unit (a representative), and which.
inline bool boundToUnit(const Actor& actor)
{
    return actor.role == Role::UnitRepresentative;
}

} // namespace fd
