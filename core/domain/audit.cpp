#include "audit.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString auditActionDisplayName(const QString& action)
{
    static const std::pair<const char16_t*, const char*> names[] = {
        { u"unit.status", QT_TRANSLATE_NOOP("fd::Audit", "Unit status changed") },
        { u"rules.version", QT_TRANSLATE_NOOP("fd::Audit", "Rules changed") },
        { u"settings.timezone", QT_TRANSLATE_NOOP("fd::Audit", "Time zone changed") },
        { u"rules.holiday", QT_TRANSLATE_NOOP("fd::Audit", "Holiday saved") },
        { u"order.assign", QT_TRANSLATE_NOOP("fd::Audit", "Order assigned") },
        { u"order.exemption", QT_TRANSLATE_NOOP("fd::Audit", "Order exemption") },
        { u"complaint.verdict", QT_TRANSLATE_NOOP("fd::Audit", "Complaint verdict") },
        { u"complaint.resolution", QT_TRANSLATE_NOOP("fd::Audit", "Complaint resolved") },
        { u"evaluation.finalize", QT_TRANSLATE_NOOP("fd::Audit", "Evaluation finalized") },
        { u"evaluation.reopen", QT_TRANSLATE_NOOP("fd::Audit", "Evaluation reopened") },
        { u"evaluation.room", QT_TRANSLATE_NOOP("fd::Audit", "Machine-room score") },
        { u"evaluation.adjustment", QT_TRANSLATE_NOOP("fd::Audit", "Score adjustment") },
        { u"user.create", QT_TRANSLATE_NOOP("fd::Audit", "User created") },
        { u"user.update", QT_TRANSLATE_NOOP("fd::Audit", "User changed") },
        { u"user.password", QT_TRANSLATE_NOOP("fd::Audit", "Password set") },
    };
    for (const auto& [key, name] : names) {
        if (action == QStringView(key))
            return QCoreApplication::translate("fd::Audit", name);
    }
    return action;
}

QStringList auditEntities()
{
    return { u"unit"_s, u"rules"_s, u"settings"_s, u"order"_s, u"complaint"_s, u"evaluation"_s,
        u"user"_s };
}

QString auditEntityDisplayName(const QString& entity)
{
    static const std::pair<const char16_t*, const char*> names[] = {
        { u"unit", QT_TRANSLATE_NOOP("fd::Audit", "Units") },
        { u"rules", QT_TRANSLATE_NOOP("fd::Audit", "Rules") },
        { u"settings", QT_TRANSLATE_NOOP("fd::Audit", "Settings") },
        { u"order", QT_TRANSLATE_NOOP("fd::Audit", "Work orders") },
        { u"complaint", QT_TRANSLATE_NOOP("fd::Audit", "Complaints") },
        { u"evaluation", QT_TRANSLATE_NOOP("fd::Audit", "Evaluations") },
        { u"user", QT_TRANSLATE_NOOP("fd::Audit", "Users") },
    };
    for (const auto& [key, name] : names) {
        if (entity == QStringView(key))
            return QCoreApplication::translate("fd::Audit", name);
    }
    return entity;
}

} // namespace fd
