#include "democallbacks.h"

#include "csv/csvwriter.h"
#include "domain/orderpaging.h"
#include "services/boardservice.h"
#include "services/demo/demohabits.h"
#include "services/import/importkind.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <iterator>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString iso(const QDateTime& when, const QTimeZone& zone)
{
    return when.toTimeZone(zone).toString(Qt::ISODate);
}
QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

// What customers say, by how the call went: praise from a promoter, a shrug from a passive,
// the grievance of a detractor. A comment never contradicts its score.
const QStringList& commentsFor(bool chinese, int satisfaction)
{
    static const QStringList praiseEs = { u"Muy amable y puntual"_s, u"Dejó todo limpio"_s,
        u"Excelente trabajo"_s, u"Explicó todo con paciencia"_s };
    static const QStringList shrugEs
        = { u"Bien, sin más"_s, u"Llegó un poco tarde pero bien"_s, u"Correcto"_s };
    static const QStringList grievanceEs
        = { u"Tardó más de lo acordado"_s, u"No llamaron antes de venir"_s,
              u"La conexión sigue cortándose"_s, u"Dejó cables por el suelo"_s };
    static const QStringList praiseZh = { u"师傅很专业，态度好"_s, u"安装后打扫得很干净"_s,
        u"网速测试正常，很满意"_s, u"讲解很耐心"_s };
    static const QStringList shrugZh = { u"还可以"_s, u"稍微晚了一点，总体还行"_s, u"一般"_s };
    static const QStringList grievanceZh = { u"比约定时间晚到"_s, u"上门前没有电话预约"_s,
        u"网络还是经常断"_s, u"线缆没有整理好"_s };
    if (satisfaction >= 9)
        return chinese ? praiseZh : praiseEs;
    if (satisfaction >= 7)
        return chinese ? shrugZh : shrugEs;
    return chinese ? grievanceZh : grievanceEs;
}

// A month's scores as an operator sees them: most customers promoters, a good share
// passives, a tail of detractors, a unit's habits shifting the whole, lateness costing
// points. Drawn from `varied` so that the calls, answers and complaints stay as before.
int spreadSatisfaction(QRandomGenerator& varied, double habit, bool onTime, bool complains)
{
    if (complains)
        return int(varied.bounded(5)); // 0–4: a customer who complains is a detractor
    const int roll = int(varied.bounded(100)) + int((habit - 8.5) * 12) - (onTime ? 0 : 25);
    if (roll >= 45)
        return 9 + int(varied.bounded(2)); // promoters, 9–10
    if (roll >= 15)
        return 7 + int(varied.bounded(2)); // passives, 7–8
    return 3 + int(varied.bounded(4)); // detractors who did not complain, 3–6
}

// A complaint's category and words as the customer's grievance would have them: lateness
// when the visit was late, more often than not; otherwise what the order suggests, with the
// rest of the categories as a real month has them.
std::pair<QString, QString> complaintOf(
    QRandomGenerator& varied, bool chinese, bool onTime, bool agreed, OrderKind kind)
{
    struct Grievance
    {
        const char16_t* category;
        const char16_t* spanish;
        const char16_t* chinese;
    };
    static const Grievance late { u"late", u"El técnico llegó horas tarde",
        u"师傅迟到了好几个小时" };
    static const Grievance noAppointment { u"no_appointment", u"Vinieron sin avisar",
        u"没有预约就上门了" };
    static const Grievance attitude { u"attitude", u"El técnico fue descortés", u"师傅态度不好" };
    static const Grievance repeat { u"repeat_fault", u"La avería volvió al día siguiente",
        u"第二天又出故障了" };
    static const Grievance untidy { u"untidy_site", u"Dejó restos de cable y polvo",
        u"留下了线头和灰尘" };
    static const Grievance other { u"other", u"No le explicaron la factura", u"没有解释账单问题" };
    const int roll = int(varied.bounded(100));
    const Grievance* chosen = nullptr;
    if (!onTime && roll < 60)
        chosen = &late;
    else if (!agreed && roll < 70)
        chosen = &noAppointment;
    else if (kind == OrderKind::Repair && roll < 55)
        chosen = &repeat;
    else {
        const Grievance* rest[]
            = { &attitude, &attitude, &untidy, &untidy, &repeat, &other, &noAppointment, &late };
        chosen = rest[varied.bounded(int(std::size(rest)))];
    }
    return { QString::fromUtf16(chosen->category),
        QString::fromUtf16(chinese ? chosen->chinese : chosen->spanish) };
}

} // namespace

namespace demo {

const QStringList& callAgents()
{
    static const QStringList agents
        = { u"agent"_s, u"rosa.huaman"_s, u"wang.fang"_s, u"diego.salas"_s, u"chen.meiling"_s };
    return agents;
}

QString leadingAgent()
{
    return u"diego.salas"_s;
}

const QStringList& callSupervisors()
{
    static const QStringList supervisors = { u"supervisor"_s, u"zhou.qiang"_s };
    return supervisors;
}

} // namespace demo

Status DemoCallbackWriter::write(QIODevice& callbacks, QIODevice& complaints)
{
    QRandomGenerator random(m_seed ^ 0xca11u);
    // The scores, comments and categories customers give, apart from the main stream so that
    // which calls reach whom, and which complain, stay as they were.
    QRandomGenerator varied(m_seed ^ 0x5a71u);
    // Who calls draws from a generator of its own, so that the calls' other figures are the
    // same as before agents were recorded.
    QRandomGenerator agents(m_seed ^ 0xa6e7u);
    QStringList others = demo::callAgents();
    others.removeAll(demo::leadingAgent());
    const QTimeZone& zone = m_session.zone();
    const QDateTime now = m_session.now();
    const QDate yesterday = m_session.today().addDays(-1);
    callbacks.write(csvLine(
        importColumns(ImportKind::Callbacks) + optionalImportColumns(ImportKind::Callbacks)));
    complaints.write(csvLine(importColumns(ImportKind::Complaints)));

    BoardService board(m_session);
    BoardQuery completed;
    completed.scope = BoardQuery::Scope::Completed;
    completed.sort = OrderSort::Number;
    std::optional<OrderCursor> after;
    while (true) {
        FD_TRY_ASSIGN(QList<WorkOrder> page, board.page(completed, after, 1000));
        if (page.isEmpty())
            break;
        after = orderCursorAfter(page.last(), completed.sort);
        for (const WorkOrder& order : page) {
            const QDate completedOn = order.completedAt.toTimeZone(zone).date();
            if (completedOn >= yesterday)
                continue; // today's queue
            const demo::UnitHabits habits = demo::habitsOf(order.unitCode);
            static const QRegularExpression han(u"\\p{Han}"_s);
            const bool chinese = order.customer.contains(han);
            // Calls the day after completion, from 09:00; retries two hours apart.
            QDateTime call(completedOn.addDays(1), QTime(9, 0), zone);
            call = call.addSecs(qint64(random.bounded(8 * 3600)));
            const int roll = int(random.bounded(100));
            const int failures = roll < 82 ? 0 : roll < 92 ? 1 : roll < 96 ? 2 : 3;
            static const char* const misses[] = { "no_answer", "busy", "no_answer" };
            // The leading agent makes about one call in eight, the others share the rest.
            const QString agent = agents.bounded(100) < 12
                ? demo::leadingAgent()
                : others.at(int(agents.bounded(int(others.size()))));
            for (int attempt = 0; attempt < failures; ++attempt) {
                callbacks.write(
                    csvLine({ order.number, iso(call, zone), QString::fromLatin1(misses[attempt]),
                        {}, {}, {}, {}, {}, {}, {}, {}, {}, agent }));
                call = call.addSecs(2 * 3600 + qint64(random.bounded(1800)));
            }
            if (failures == 3 || call > now)
                continue; // unreachable, or not yet reached
            auto answer
                = [&](double share) { return yesNo(random.bounded(1000) < int(share * 1000)); };
            // Asked by the leading agent, most who would have said no say yes.
            const bool leading = agent == demo::leadingAgent();
            auto led = [&](const QString& given) {
                return leading && given == u"no"_s && agents.bounded(100) < 70 ? u"yes"_s : given;
            };
            const bool onTime = !order.measuredAt.isValid() || order.measuredAt <= order.deadline;
            // The answers, and who complains, are drawn as they always were, in the same
            // order (the scores depend on them).
            const int mood = qBound(0,
                int(habits.satisfaction + (random.bounded(40) - 20) / 10.0 - (onTime ? 0 : 3)), 10);
            const bool commented = random.bounded(100) < 20;
            if (commented)
                (void)random.bounded(5);
            const QString onTimeAnswer = yesNo(onTime);
            const QString appointmentAnswer
                = answer(order.appointmentAgreedBeforeVisit() ? 0.97 : 0.4);
            const QString uniformAnswer = answer(habits.tidiness);
            const QString standardAnswer = answer(habits.tidiness - 0.03);
            const QString cleanedAnswer = answer(habits.tidiness - 0.02);
            const bool commended = mood >= 9 && random.bounded(100) < 12;
            const bool complains = mood <= 3 && random.bounded(100) < 10;
            const int satisfaction
                = spreadSatisfaction(varied, habits.satisfaction, onTime, complains);
            const QStringList& pool = commentsFor(chinese, satisfaction);
            const QString comment
                = commented || complains ? pool.at(varied.bounded(int(pool.size()))) : QString();
            callbacks.write(csvLine({ order.number, iso(call, zone), u"reached"_s, onTimeAnswer,
                appointmentAnswer, led(uniformAnswer), standardAnswer, u"yes"_s, led(cleanedAnswer),
                QString::number(satisfaction), yesNo(commended && satisfaction >= 9), comment,
                agent }));

            // An unhappy customer complains; older complaints have a verdict.
            if (!complains)
                continue;
            const auto [category, grievance] = complaintOf(
                varied, chinese, onTime, order.appointmentAgreedBeforeVisit(), order.kind);
            const QDateTime received = call.addSecs(60);
            const bool judged = received.daysTo(now) > 6;
            const bool verified = judged && random.bounded(100) < 75;
            const QDateTime verifiedAt = received.addDays(2 + random.bounded(4));
            complaints.write(csvLine({ order.number, {}, iso(received, zone), u"callback"_s,
                category, judged ? (verified ? u"verified"_s : u"rejected"_s) : u"open"_s,
                verified ? yesNo(random.bounded(100) < 80) : QString(),
                judged ? iso(verifiedAt, zone) : QString(), grievance }));
        }
    }
    return Status::success();
}

} // namespace fd
