#pragma once

#include "common/result.h"
#include "common/session.h"
#include "services/import/importprogress.h"

namespace fd {

// The demo's users, one per role, with passwords published in the README.
struct DemoUser
{
    QString name;
    QString displayName;
    Role role;
    QString password;
};

struct DemoSummary
{
    int units = 0;
    int areas = 0;
    int teams = 0;
    int technicians = 0;
    qint64 subscribers = 0;
    qint64 orders = 0;
};

// A realistic demo operator for an empty database: a dozen maintenance units in Spanish- and
// Chinese-speaking districts, a few hundred thousand subscribers, units that meet the
// allocation rules and units that fall short in different ways, a candidate still waiting to
// qualify; work orders over the last weeks, their callbacks and complaints, and every ended
// month evaluated and finalized (one unit loses its contract to the 80-point rule). The same
// seed gives the same data on the same day. Everything goes through the services and
// importers, so the demo obeys every rule real data does, and it is one transaction.
class DemoService
{
public:
    explicit DemoService(const Session& session)
        : m_session(session)
    { }

    static constexpr qint64 kDefaultOrders = 20000;

    // The organisation and `orders` work orders over the days before today.
    Result<DemoSummary> generate(
        quint32 seed, qint64 orders = kDefaultOrders, const ImportProgress& progress = {});
    static const QList<DemoUser>& users();

private:
    Status addCallbacksAndEvaluations(quint32 seed);
    Status addUsers();

    const Session& m_session;
};

} // namespace fd
