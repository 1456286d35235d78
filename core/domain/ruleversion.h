#pragma once

#include <QDateTime>
#include <QString>

namespace fd {

// One version of the rules (SPEC §10): who saved it, when and why.
struct RuleVersionInfo
{
    int version = 0;
    QDateTime createdAt;
    QString createdBy;
    QString note;
};

} // namespace fd
