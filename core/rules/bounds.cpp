#include "bounds.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace fd {

QDate bounds::earliestDate()
{
    return QDate(2000, 1, 1);
}

QDateTime bounds::earliestInstant()
{
    return QDateTime(earliestDate(), QTime(0, 0), QTimeZone::utc());
}

QString textCharacterProblem(const QString& text, bool multiLine)
{
    for (const QChar c : text) {
        if (multiLine && (c == u'\n' || c == u'\r' || c == u'\t'))
            continue;
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return QCoreApplication::translate("fd::Checks", "must not contain control characters");
        if (category == QChar::Other_Format)
            return QCoreApplication::translate("fd::Checks",
                "must not contain invisible characters (zero-width spaces, direction marks)");
    }
    return {};
}

QString earliestProblem(const QDateTime& when)
{
    if (when.isValid() && when < bounds::earliestInstant())
        return QCoreApplication::translate("fd::Checks", "is before 2000-01-01");
    return {};
}

QString earliestProblem(const QDate& day)
{
    if (day.isValid() && day < bounds::earliestDate())
        return QCoreApplication::translate("fd::Checks", "is before 2000-01-01");
    return {};
}

} // namespace fd
