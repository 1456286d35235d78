#include "democallbacks.h"

#include "csv/csvwriter.h"
#include "services/boardservice.h"
#include "services/demo/demohabits.h"
#include "services/import/importkind.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRandomGenerator>
#include <QRegularExpression>

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

const QStringList& spanishComments()
{
    static const QStringList comments = { u"Muy amable y puntual"_s, u"Dejó todo limpio"_s,
        u"Tardó más de lo acordado"_s, u"No llamaron antes de venir"_s, u"Excelente trabajo"_s };
    return comments;
}

const QStringList& chineseComments()
{
    static const QStringList comments = { u"师傅很专业，态度好"_s, u"安装后打扫得很干净"_s,
        u"比约定时间晚到"_s, u"上门前没有电话预约"_s, u"网速测试正常，很满意"_s };
    return comments;
}

} // namespace

Status DemoCallbackWriter::write(QIODevice& callbacks, QIODevice& complaints)
{
    QRandomGenerator random(m_seed ^ 0xca11u);
    const QTimeZone& zone = m_session.zone();
    const QDateTime now = m_session.now();
    const QDate yesterday = m_session.today().addDays(-1);
    callbacks.write(csvLine(importColumns(ImportKind::Callbacks)));
    complaints.write(csvLine(importColumns(ImportKind::Complaints)));

    BoardService board(m_session);
    BoardQuery completed;
    completed.scope = BoardQuery::Scope::Completed;
    completed.sort = OrderSort::Number;
    std::optional<OrderCursor> after;
    while (true) {
        Result<QList<WorkOrder>> page = board.page(completed, after, 1000);
        if (!page.ok())
            return Error(page.error());
        if (page.value().isEmpty())
            break;
        after = OrderRepository::cursorAfter(page.value().last(), completed.sort);
        for (const WorkOrder& order : page.value()) {
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
            for (int attempt = 0; attempt < failures; ++attempt) {
                callbacks.write(csvLine({ order.number, iso(call, zone),
                    QString::fromLatin1(misses[attempt]), {}, {}, {}, {}, {}, {}, {}, {}, {} }));
                call = call.addSecs(2 * 3600 + qint64(random.bounded(1800)));
            }
            if (failures == 3 || call > now)
                continue; // unreachable, or not yet reached
            auto answer
                = [&](double share) { return yesNo(random.bounded(1000) < int(share * 1000)); };
            const bool onTime = !order.measuredAt.isValid() || order.measuredAt <= order.deadline;
            const int satisfaction = qBound(0,
                int(habits.satisfaction + (random.bounded(40) - 20) / 10.0 - (onTime ? 0 : 3)), 10);
            const QStringList& pool = chinese ? chineseComments() : spanishComments();
            const QString comment
                = random.bounded(100) < 20 ? pool.at(random.bounded(int(pool.size()))) : QString();
            callbacks.write(csvLine({ order.number, iso(call, zone), u"reached"_s, yesNo(onTime),
                answer(order.appointmentAgreedBeforeVisit() ? 0.97 : 0.4), answer(habits.tidiness),
                answer(habits.tidiness - 0.03), u"yes"_s, answer(habits.tidiness - 0.02),
                QString::number(satisfaction), yesNo(satisfaction >= 9 && random.bounded(100) < 12),
                comment }));

            // An unhappy customer complains; older complaints have a verdict.
            if (satisfaction > 3 || random.bounded(100) >= 10)
                continue;
            const QString category = !onTime            ? u"late"_s
                : !order.appointmentAgreedBeforeVisit() ? u"no_appointment"_s
                : order.kind == OrderKind::Repair       ? u"repeat_fault"_s
                                                        : u"attitude"_s;
            const QDateTime received = call.addSecs(60);
            const bool judged = received.daysTo(now) > 6;
            const bool verified = judged && random.bounded(100) < 75;
            const QDateTime verifiedAt = received.addDays(2 + random.bounded(4));
            complaints.write(csvLine({ order.number, {}, iso(received, zone), u"callback"_s,
                category, judged ? (verified ? u"verified"_s : u"rejected"_s) : u"open"_s,
                verified ? yesNo(random.bounded(100) < 80) : QString(),
                judged ? iso(verifiedAt, zone) : QString(),
                comment.isEmpty()
                    ? (chinese ? u"客户对服务不满意"_s : u"Cliente insatisfecho con el servicio"_s)
                    : comment }));
        }
    }
    return Status::success();
}

} // namespace fd
