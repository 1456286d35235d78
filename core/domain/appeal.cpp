#include "appeal.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString appealItemKey(AppealItem item)
{
    switch (item) {
    case AppealItem::LateOrder:
        return u"late_order"_s;
    case AppealItem::Repeat:
        return u"repeat"_s;
    case AppealItem::Complaint:
        return u"complaint"_s;
    }
    return {};
}

std::optional<AppealItem> appealItemFromKey(const QString& key)
{
    for (AppealItem item : { AppealItem::LateOrder, AppealItem::Repeat, AppealItem::Complaint }) {
        if (appealItemKey(item) == key)
            return item;
    }
    return std::nullopt;
}

QString appealItemDisplayName(AppealItem item)
{
    switch (item) {
    case AppealItem::LateOrder:
        return QCoreApplication::translate("fd::Appeal", "Late order");
    case AppealItem::Repeat:
        return QCoreApplication::translate("fd::Appeal", "Repeat fault");
    case AppealItem::Complaint:
        return QCoreApplication::translate("fd::Appeal", "Staff-caused complaint");
    }
    return {};
}

QString appealStatusKey(AppealStatus status)
{
    switch (status) {
    case AppealStatus::Open:
        return u"open"_s;
    case AppealStatus::Upheld:
        return u"upheld"_s;
    case AppealStatus::Dismissed:
        return u"dismissed"_s;
    }
    return {};
}

std::optional<AppealStatus> appealStatusFromKey(const QString& key)
{
    for (AppealStatus status :
        { AppealStatus::Open, AppealStatus::Upheld, AppealStatus::Dismissed }) {
        if (appealStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString appealStatusDisplayName(AppealStatus status)
{
    switch (status) {
    case AppealStatus::Open:
        return QCoreApplication::translate("fd::Appeal", "Open");
    case AppealStatus::Upheld:
        return QCoreApplication::translate("fd::Appeal", "Upheld");
    case AppealStatus::Dismissed:
        return QCoreApplication::translate("fd::Appeal", "Dismissed");
    }
    return {};
}

} // namespace fd
