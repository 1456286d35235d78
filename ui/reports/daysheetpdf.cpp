#include "daysheetpdf.h"

#include "reports/reportpdf.h"
#include "services/scheduleservice.h"
#include "services/technicianservice.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace fd {

Result<ExportReport> daySheetReport(
    const Session& session, const QString& teamCode, const QDate& date)
{
    ScheduleService schedule(session);
    FD_TRY_ASSIGN(QList<TeamDay> days, schedule.day(date, teamCode));
    FD_TRY_ASSIGN(WorkingHours hours, schedule.workingHours());
    FD_TRY_ASSIGN(QList<Technician> technicians, TechnicianService(session).list());
    const TeamDay day = days.value(0);
    QStringList crew;
    for (const Technician& technician : technicians) {
        if (technician.active && technician.teamCode == teamCode)
            crew.append(technician.phone.isEmpty()
                    ? technician.name
                    : technician.name + u" ("_s + technician.phone + u')');
    }
    const QTimeZone& zone = session.zone();
    ExportReport report;
    report.title = QCoreApplication::translate("fd::DaySheet", "Day sheet of team %1")
                       .arg(day.name.isEmpty() ? teamCode : teamCode + u" — "_s + day.name);
    report.subtitle.append(
        QCoreApplication::translate("fd::DaySheet", "%1 · working hours %2–%3")
            .arg(QLocale().toString(date, QLocale::LongFormat), hours.start.toString(u"HH:mm"_s),
                hours.end.toString(u"HH:mm"_s)));
    report.subtitle.append(
        QCoreApplication::translate("fd::DaySheet", "Technicians: %1")
            .arg(crew.isEmpty() ? QCoreApplication::translate("fd::DaySheet", "none active")
                                : crew.join(u", "_s)));
    report.subtitle.append(QCoreApplication::translate(
        "fd::DaySheet", "Visits: %n · booked: %1 h", nullptr, int(day.orders.size()))
                               .arg(QLocale().toString(double(day.bookedMinutes) / 60.0, 'f', 1)));
    ExportTable table;
    table.name = QCoreApplication::translate("fd::DaySheet", "Visits");
    table.header = { u"start"_s, u"end"_s, u"number"_s, u"kind"_s, u"customer"_s, u"address"_s,
        u"phone"_s, u"deadline"_s, u"problems"_s };
    table.labels = { QCoreApplication::translate("fd::DaySheet", "Start"),
        QCoreApplication::translate("fd::DaySheet", "End"),
        QCoreApplication::translate("fd::DaySheet", "Order"),
        QCoreApplication::translate("fd::DaySheet", "Kind"),
        QCoreApplication::translate("fd::DaySheet", "Customer"),
        QCoreApplication::translate("fd::DaySheet", "Address"),
        QCoreApplication::translate("fd::DaySheet", "Phone"),
        QCoreApplication::translate("fd::DaySheet", "Deadline"),
        QCoreApplication::translate("fd::DaySheet", "Problems") };
    for (const ScheduledOrder& scheduled : day.orders) {
        const WorkOrder& order = scheduled.order;
        QStringList problems;
        for (ScheduleProblem problem : scheduled.problems)
            problems.append(scheduleProblemText(problem));
        table.rows.append(
            { ExportCell::ofText(scheduled.start.toTimeZone(zone).toString(u"HH:mm"_s)),
                ExportCell::ofText(scheduled.end.toTimeZone(zone).toString(u"HH:mm"_s)),
                ExportCell::ofText(scheduled.number),
                ExportCell::ofText(orderKindDisplayName(order.kind)),
                ExportCell::ofText(order.customer), ExportCell::ofText(order.address),
                ExportCell::ofText(order.phone),
                ExportCell::ofText(order.deadline.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s)),
                ExportCell::ofText(problems.join(u"; "_s)) });
    }
    report.tables.append(table);
    return report;
}

Status exportDaySheetPdf(
    const Session& session, const QString& teamCode, const QDate& date, const OutputTarget& target)
{
    FD_TRY_ASSIGN(ExportReport report, daySheetReport(session, teamCode, date));
    return exportReportPdf(session, report, target);
}

} // namespace fd
