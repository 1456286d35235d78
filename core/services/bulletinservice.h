#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/bulletin.h"

namespace fd {

class BulletinService
{
public:
    explicit BulletinService(const Session& session)
        : m_session(session)
    { }

    Result<Bulletin> daily(const QDate& date) const;

private:
    const Session& m_session;
};

} // namespace fd
