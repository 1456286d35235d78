#include "holidayimporter.h"

#include "services/ruleservice.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace fd {

bool importHolidays(const Session& session, const CsvDocument& document, const CsvColumns& columns,
    QList<CsvProblem>& problems, SaveSummary& summary, QString& generalError)
{
    QList<Holiday> holidays;
    QHash<QDate, int> seen; // the line that named each day first
    for (const CsvRecord& record : document.records) {
        const CsvRow row(record, columns, problems);
        const Holiday holiday { row.date(u"date"_s), row.text(u"name"_s).trimmed() };
        if (holiday.name.isEmpty())
            row.complain(
                u"name"_s, QCoreApplication::translate("fd::Import", "is empty; name the holiday"));
        if (holiday.date.isValid()) {
            const auto first = seen.constFind(holiday.date);
            if (first != seen.cend())
                row.complain(u"date"_s,
                    QCoreApplication::translate("fd::Import", "names the same day as line %1")
                        .arg(*first));
            else
                seen.insert(holiday.date, record.line);
        }
        holidays.append(holiday);
    }
    if (!problems.isEmpty())
        return false;
    int created = 0, updated = 0, unchanged = 0;
    const Status saved
        = RuleService(session).saveHolidays(holidays, &created, &updated, &unchanged);
    if (!saved.ok()) {
        generalError = saved.error();
        return false;
    }
    summary.created = created;
    summary.updated = updated;
    summary.unchanged = unchanged;
    return true;
}

} // namespace fd
