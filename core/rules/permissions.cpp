#include "permissions.h"

#include <QCoreApplication>

namespace fd {

bool isAllowed(Role role, Action action)
{
    if (role == Role::Admin)
        return true;
    if (role == Role::UnitRepresentative) {
        // Its own unit's evaluations, evidence, compliance and orders (each service then
        // checks the unit row by row), and its appeals; nothing else.
        return action == Action::ViewOrders || action == Action::ViewEvaluations
            || action == Action::ViewCompliance || action == Action::FileAppeal;
    }
    switch (action) {
    case Action::ViewOrganisation:
    case Action::ViewOrders:
    case Action::ViewCallbacks:
    case Action::ViewEvaluations:
        return true;
    case Action::EnterScores:
    case Action::FinalizeEvaluation:
        return role == Role::Evaluator;
    case Action::ReopenEvaluation:
    case Action::ManageUsers:
    case Action::ManageBackups:
        return false; // admins only
    case Action::ViewAudit:
        return role == Role::Evaluator;
    case Action::WorkCallbacks:
        return role == Role::CallbackAgent;
    case Action::RegisterComplaint:
        return role == Role::CallbackAgent || role == Role::Evaluator;
    case Action::JudgeComplaint:
        return role == Role::Evaluator;
    case Action::DispatchOrders:
        return role == Role::Dispatcher;
    case Action::ExemptOrders:
        return role == Role::Evaluator;
    case Action::ManageOrganisation:
    case Action::RecordAssessment:
    case Action::ChangeRules:
    case Action::ImportOrganisation:
        return role == Role::Evaluator;
    case Action::ChangeSettings:
    case Action::LoadDemoData:
        return false;
    case Action::ViewCallQuality:
        return role == Role::CallbackSupervisor || role == Role::Evaluator;
    case Action::MonitorCalls:
        return role == Role::CallbackSupervisor;
    case Action::ViewCompliance:
        return true;
    case Action::FileAppeal:
    case Action::DecideAppeal:
        return role == Role::Evaluator;
    }
    return false;
}

QString actionDisplayName(Action action)
{
    const char* text = nullptr;
    switch (action) {
    case Action::ViewOrganisation:
        text = QT_TRANSLATE_NOOP("fd::Action", "view the organisation");
        break;
    case Action::ManageOrganisation:
        text = QT_TRANSLATE_NOOP(
            "fd::Action", "change areas, units, teams, technicians or equipment");
        break;
    case Action::RecordAssessment:
        text = QT_TRANSLATE_NOOP("fd::Action", "record an assessment");
        break;
    case Action::ChangeRules:
        text = QT_TRANSLATE_NOOP("fd::Action", "change the rules");
        break;
    case Action::ChangeSettings:
        text = QT_TRANSLATE_NOOP("fd::Action", "change the program's settings");
        break;
    case Action::ImportOrganisation:
        text = QT_TRANSLATE_NOOP("fd::Action", "import organisation data");
        break;
    case Action::LoadDemoData:
        text = QT_TRANSLATE_NOOP("fd::Action", "load demo data");
        break;
    case Action::ViewOrders:
        text = QT_TRANSLATE_NOOP("fd::Action", "view work orders");
        break;
    case Action::DispatchOrders:
        text = QT_TRANSLATE_NOOP("fd::Action", "create, assign or update work orders");
        break;
    case Action::ExemptOrders:
        text = QT_TRANSLATE_NOOP("fd::Action", "exempt a work order from timeliness");
        break;
    case Action::ViewCallbacks:
        text = QT_TRANSLATE_NOOP("fd::Action", "view callbacks and complaints");
        break;
    case Action::WorkCallbacks:
        text = QT_TRANSLATE_NOOP("fd::Action", "record callback calls");
        break;
    case Action::RegisterComplaint:
        text = QT_TRANSLATE_NOOP("fd::Action", "register a complaint");
        break;
    case Action::JudgeComplaint:
        text = QT_TRANSLATE_NOOP("fd::Action", "verify, reject or resolve a complaint");
        break;
    case Action::ViewEvaluations:
        text = QT_TRANSLATE_NOOP("fd::Action", "view evaluations");
        break;
    case Action::EnterScores:
        text = QT_TRANSLATE_NOOP("fd::Action", "enter machine-room scores or adjustments");
        break;
    case Action::FinalizeEvaluation:
        text = QT_TRANSLATE_NOOP("fd::Action", "finalize a monthly evaluation");
        break;
    case Action::ReopenEvaluation:
        text = QT_TRANSLATE_NOOP("fd::Action", "reopen a finalized evaluation");
        break;
    case Action::ViewAudit:
        text = QT_TRANSLATE_NOOP("fd::Action", "browse the audit log");
        break;
    case Action::ManageUsers:
        text = QT_TRANSLATE_NOOP("fd::Action", "manage users");
        break;
    case Action::ManageBackups:
        text = QT_TRANSLATE_NOOP("fd::Action", "make or restore backups or change their settings");
        break;
    case Action::ViewCallQuality:
        text = QT_TRANSLATE_NOOP("fd::Action", "see the quality of the callback calls");
        break;
    case Action::MonitorCalls:
        text = QT_TRANSLATE_NOOP("fd::Action", "score callback calls");
        break;
    case Action::ViewCompliance:
        text = QT_TRANSLATE_NOOP("fd::Action", "view the compliance report");
        break;
    case Action::FileAppeal:
        text = QT_TRANSLATE_NOOP("fd::Action", "file an appeal");
        break;
    case Action::DecideAppeal:
        text = QT_TRANSLATE_NOOP("fd::Action", "decide an appeal");
        break;
    }
    return QCoreApplication::translate("fd::Action", text);
}

Status checkAllowed(const Actor& actor, Action action)
{
    if (isAllowed(actor.role, action))
        return Status::success();
    return Error(refusalText(actor.role, action));
}

Status checkUnitScope(const Actor& actor, const QString& unitCode)
{
    if (!boundToUnit(actor) || (!actor.unitCode.isEmpty() && actor.unitCode == unitCode))
        return Status::success();
    if (actor.unitCode.isEmpty())
        return Error(QCoreApplication::translate(
            "fd::Action", "The unit representative “%1” is bound to no unit and may see none.")
                         .arg(actor.user));
    return Error(QCoreApplication::translate(
        "fd::Action", "The representative of %1 may see and act for that unit only, not for “%2”.")
                     .arg(actor.unitCode, unitCode));
}

QString refusalText(Role role, Action action)
{
    return QCoreApplication::translate("fd::Action", "The role “%1” may not %2.")
        .arg(roleDisplayName(role), actionDisplayName(action));
}

} // namespace fd
