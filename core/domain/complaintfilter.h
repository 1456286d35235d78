#pragma once

#include "domain/complaint.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace fd {

// Which complaints a list wants; instants are UTC.
struct ComplaintFilter
{
    std::optional<ComplaintStatus> status;
    std::optional<ComplaintCategory> category;
    std::optional<ComplaintSource> source;
    QString unitCode;
    QString orderNumber;
    QDateTime receivedFrom; // inclusive
    QDateTime receivedBefore; // exclusive
};

} // namespace fd
