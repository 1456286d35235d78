#pragma once

#include <QDate>
#include <QString>

namespace fd {

// A day of the operator's holiday calendar (SPEC §11, the `holidays` file).
struct Holiday
{
    QDate date;
    QString name;
};

} // namespace fd
