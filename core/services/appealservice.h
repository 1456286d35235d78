#pragma once

#include "common/result.h"
#include "common/session.h"
#include "domain/appeal.h"
#include "rules/appeals.h"

#include <QDate>
#include <QList>

namespace fd {

class Database;

// SPEC §10: a unit contests an item counted against it in a month; an evaluator other than
// the one who filed it upholds or dismisses it. An upheld appeal takes the item out of the
// month's count (the evaluation's queries leave it out); in a finalized month the unit's
// evaluation is then "re-evaluation due" until an admin reopens and re-finalizes it.
class AppealService
{
public:
    explicit AppealService(const Session& session)
        : m_session(session)
    { }

    // Files an appeal (a representative for its own unit, an evaluator on a unit's behalf):
    // refused outside the window, on an item not counted against the unit in the month, or on
    // one already contested.
    Result<Appeal> file(const QString& unitCode, const QDate& month, AppealItem item,
        const QString& ref, const QString& grounds);
    // Upholds or dismisses an open appeal, with a reason, by someone other than its filer.
    Result<Appeal> decide(qint64 id, bool uphold, const QString& reason);
    // Every appeal, or a month's; a representative sees its own unit's only.
    Result<QList<Appeal>> list(const QDate& month = {}) const;
    Result<Appeal> find(qint64 id) const;
    // When the unit's appeals against `month` may be filed (the window file() holds them
    // to), so that a page can say so before anyone types the grounds.
    Result<AppealWindow> window(const QString& unitCode, const QDate& month) const;

private:
    Result<AppealWindow> windowIn(
        Database& database, const QString& unitCode, const QDate& month, int* appealDays) const;

    const Session& m_session;
};

} // namespace fd
