#include "workorder.h"

#include "domain/namedenum.h"

namespace fd {

namespace {

const NamedValue<OrderKind> kKinds[] = {
    { OrderKind::Install, u"install", QT_TRANSLATE_NOOP("fd::OrderKind", "Install") },
    { OrderKind::Move, u"move", QT_TRANSLATE_NOOP("fd::OrderKind", "Move") },
    { OrderKind::Repair, u"repair", QT_TRANSLATE_NOOP("fd::OrderKind", "Repair") },
    { OrderKind::Removal, u"removal", QT_TRANSLATE_NOOP("fd::OrderKind", "Removal") },
};

const NamedValue<OrderStatus> kStatuses[] = {
    { OrderStatus::New, u"new", QT_TRANSLATE_NOOP("fd::OrderStatus", "New") },
    { OrderStatus::Assigned, u"assigned", QT_TRANSLATE_NOOP("fd::OrderStatus", "Assigned") },
    { OrderStatus::Scheduled, u"scheduled", QT_TRANSLATE_NOOP("fd::OrderStatus", "Scheduled") },
    { OrderStatus::OnSite, u"on_site", QT_TRANSLATE_NOOP("fd::OrderStatus", "On site") },
    { OrderStatus::Completed, u"completed", QT_TRANSLATE_NOOP("fd::OrderStatus", "Completed") },
    { OrderStatus::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("fd::OrderStatus", "Cancelled") },
};

const NamedValue<ExemptReason> kExemptReasons[] = {
    { ExemptReason::Customer, u"customer",
        QT_TRANSLATE_NOOP("fd::ExemptReason", "Caused by the customer") },
    { ExemptReason::Resources, u"resources",
        QT_TRANSLATE_NOOP("fd::ExemptReason", "Resources not in place") },
    { ExemptReason::ThirdParty, u"third_party",
        QT_TRANSLATE_NOOP("fd::ExemptReason", "Third party") },
    { ExemptReason::ForceMajeure, u"force_majeure",
        QT_TRANSLATE_NOOP("fd::ExemptReason", "Force majeure") },
};

} // namespace

bool WorkOrder::appointmentAgreedBeforeVisit() const
{
    return contactedAt.isValid() && arrivedAt.isValid() && contactedAt < arrivedAt;
}

QString orderKindKey(OrderKind kind)
{
    return keyForValue(kKinds, kind);
}
std::optional<OrderKind> orderKindFromKey(const QString& key)
{
    return valueForKey(kKinds, key);
}
QString orderKindDisplayName(OrderKind kind)
{
    return labelForValue(kKinds, kind, "fd::OrderKind");
}
QList<OrderKind> allOrderKinds()
{
    return valuesOf(kKinds);
}

QString orderStatusKey(OrderStatus status)
{
    return keyForValue(kStatuses, status);
}
std::optional<OrderStatus> orderStatusFromKey(const QString& key)
{
    return valueForKey(kStatuses, key);
}
QString orderStatusDisplayName(OrderStatus status)
{
    return labelForValue(kStatuses, status, "fd::OrderStatus");
}
QList<OrderStatus> allOrderStatuses()
{
    return valuesOf(kStatuses);
}
bool isOpen(OrderStatus status)
{
    return status != OrderStatus::Completed && status != OrderStatus::Cancelled;
}
QList<OrderStatus> openOrderStatuses()
{
    QList<OrderStatus> open;
    for (OrderStatus status : allOrderStatuses()) {
        if (isOpen(status))
            open.append(status);
    }
    return open;
}

QString exemptReasonKey(ExemptReason reason)
{
    return keyForValue(kExemptReasons, reason);
}
std::optional<ExemptReason> exemptReasonFromKey(const QString& key)
{
    return valueForKey(kExemptReasons, key);
}
QString exemptReasonDisplayName(ExemptReason reason)
{
    return labelForValue(kExemptReasons, reason, "fd::ExemptReason");
}
QList<ExemptReason> allExemptReasons()
{
    return valuesOf(kExemptReasons);
}

} // namespace fd
