#include "demomonitoring.h"

#include "services/demo/democallbacks.h"
#include "services/qualityservice.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

// A supervisor's marks: most calls near full marks, the leading agent's short on asking
// neutrally.
MonitorMarks demoMarks(QRandomGenerator& random, bool leading)
{
    const auto near = [&](int weight, int spread) {
        return qBound(0, weight - int(random.bounded(spread + 1)), weight);
    };
    return { { u"greeting"_s, near(10, 3) },
        { u"neutral_questions"_s, leading ? 8 + int(random.bounded(9)) : near(30, 6) },
        { u"answers_recorded"_s, near(30, 5) }, { u"courtesy"_s, near(15, 4) },
        { u"closing"_s, near(15, 5) } };
}

// The second supervisor's view of the same call: a point or two apart, and now and then
// (one call in eight) a criterion judged quite differently.
MonitorMarks secondOpinion(QRandomGenerator& random, const MonitorMarks& first)
{
    static const QHash<QString, int> weights { { u"greeting"_s, 10 },
        { u"neutral_questions"_s, 30 }, { u"answers_recorded"_s, 30 }, { u"courtesy"_s, 15 },
        { u"closing"_s, 15 } };
    MonitorMarks marks;
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        marks.insert(
            it.key(), qBound(0, it.value() + int(random.bounded(5)) - 2, weights.value(it.key())));
    if (random.bounded(8) == 0)
        marks[u"answers_recorded"_s] = qMax(0, marks.value(u"answers_recorded"_s) - 15);
    return marks;
}

} // namespace

Status scoreDemoCalls(const Session& session, quint32 seed)
{
    QRandomGenerator random(seed ^ 0x5c0eu);
    const QStringList& names = demo::callSupervisors();
    Session first(session.database(), { names.at(0), Role::CallbackSupervisor }, session.zone());
    Session second(session.database(), { names.at(1), Role::CallbackSupervisor }, session.zone());
    first.setClock([&session] { return session.now(); });
    second.setClock([&session] { return session.now(); });
    QualityService firstDesk(first);
    QualityService secondDesk(second);
    const QDate today = session.today();
    // From this month back to the first with no calls (the demo's history is a few months).
    for (QDate month(today.year(), today.month(), 1);; month = month.addMonths(-1)) {
        Result<QList<SampledCall>> sample = firstDesk.sample(month);
        if (!sample.ok())
            return Error(sample.error());
        if (sample.value().isEmpty() && month.daysTo(today) > 31)
            break;
        for (const SampledCall& sampled : sample.value()) {
            const QString& order = sampled.call.orderNumber;
            const MonitorMarks marks
                = demoMarks(random, sampled.call.agent == demo::leadingAgent());
            const QString recording = u"REC-%1"_s.arg(order);
            Result<MonitorScoreRecord> scored = firstDesk.score(order, marks, recording);
            if (!scored.ok())
                return Error(scored.error());
            if (random.bounded(3) != 0)
                continue;
            scored = secondDesk.score(order, secondOpinion(random, marks), recording);
            if (!scored.ok())
                return Error(scored.error());
        }
    }
    return Status::success();
}

} // namespace fd
