#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace fd {

// SPEC §10: what a unit may contest in a month, and where its appeal stands.
enum class AppealItem
{
    LateOrder, // by order number
    Repeat, // by order number
    Complaint, // by complaint id
};

enum class AppealStatus
{
    Open,
    Upheld,
    Dismissed,
};

QString appealItemKey(AppealItem item); // "late_order", "repeat", "complaint"
std::optional<AppealItem> appealItemFromKey(const QString& key);
QString appealItemDisplayName(AppealItem item);
QString appealStatusKey(AppealStatus status); // "open", "upheld", "dismissed"
std::optional<AppealStatus> appealStatusFromKey(const QString& key);
QString appealStatusDisplayName(AppealStatus status);

struct Appeal
{
    qint64 id = 0;
    QString unitCode;
    QString month; // "YYYY-MM"
    AppealItem item = AppealItem::LateOrder;
    QString ref; // the order number, or the complaint id
    qint64 refId = 0; // the order's or complaint's row id
    AppealStatus status = AppealStatus::Open;
    QString grounds;
    QString filedBy;
    QDateTime filedAt;
    QString decidedBy;
    QDateTime decidedAt; // invalid while open
    QString reason; // the decision's
};

} // namespace fd
