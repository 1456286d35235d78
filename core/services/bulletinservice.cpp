#include "bulletinservice.h"

#include "rules/permissions.h"
#include "storage/bulletinrepository.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<Bulletin> BulletinService::daily(const QDate& date) const
{
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewOrders));
    // Every unit's day, callbacks and complaints included.
    FD_TRY(checkAllowed(m_session.actor(), Action::ViewCallbacks));
    if (!date.isValid())
        return Error(
            QCoreApplication::translate("fd::BulletinService", "Name the day of the bulletin."));
    const QDateTime from(date, QTime(0, 0), m_session.zone());
    const QDateTime before(date.addDays(1), QTime(0, 0), m_session.zone());
    FD_TRY_ASSIGN(QList<BulletinLine> units,
        BulletinRepository(m_session.database()).day(from, before, m_session.now()));
    Bulletin bulletin;
    bulletin.date = date;
    bulletin.units = units;
    return bulletin;
}

} // namespace fd
