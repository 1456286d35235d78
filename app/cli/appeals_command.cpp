// SPEC §10 on the command line: file an appeal, decide one, list them.
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "services/appealservice.h"
#include "services/evaluationservice.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QJsonValue instant(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

// {id, unit, month, item, ref, status, filed_at, decided_at}, in the SPEC's order.
OrderedJson appealJson(const Appeal& appeal)
{
    OrderedJson json;
    json.add(u"id"_s, appeal.id)
        .add(u"unit"_s, appeal.unitCode)
        .add(u"month"_s, appeal.month)
        .add(u"item"_s, appealItemKey(appeal.item))
        .add(u"ref"_s, appeal.ref)
        .add(u"status"_s, appealStatusKey(appeal.status))
        .add(u"filed_at"_s, instant(appeal.filedAt))
        .add(u"decided_at"_s, instant(appeal.decidedAt));
    return json;
}

int printAppeals(const CliContext& context, const QList<Appeal>& appeals)
{
    if (context.options.json) {
        QList<OrderedJson> list;
        for (const Appeal& appeal : appeals)
            list.append(appealJson(appeal));
        printOrderedJson(list);
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const Appeal& appeal : appeals) {
        rows.append({ QString::number(appeal.id), appeal.unitCode, appeal.month,
            appealItemDisplayName(appeal.item), appeal.ref, appealStatusDisplayName(appeal.status),
            appeal.filedBy, appeal.decidedBy, appeal.reason });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "Id"),
                   QCoreApplication::translate("fd::Cli", "Unit"),
                   QCoreApplication::translate("fd::Cli", "Month"),
                   QCoreApplication::translate("fd::Cli", "Item"),
                   QCoreApplication::translate("fd::Cli", "Ref"),
                   QCoreApplication::translate("fd::Cli", "Status"),
                   QCoreApplication::translate("fd::Cli", "Filed by"),
                   QCoreApplication::translate("fd::Cli", "Decided by"),
                   QCoreApplication::translate("fd::Cli", "Reason") },
        rows);
    return ExitSuccess;
}

} // namespace

int runAppealsFile(CliContext& context)
{
    const std::optional<QDate> month = monthOption(context);
    if (!month)
        return ExitUsage;
    const QString itemKey = context.options.item.value_or(QString());
    const std::optional<AppealItem> item = appealItemFromKey(itemKey);
    if (!item) {
        printError(QCoreApplication::translate(
            "fd::Cli", "--item is late_order, repeat or complaint, not “%1”.")
                       .arg(itemKey));
        return ExitUsage;
    }
    Result<Appeal> filed = AppealService(*context.session)
                               .file(context.options.unit.value_or(QString()), *month, *item,
                                   context.options.ref.value_or(QString()),
                                   context.options.grounds.value_or(QString()));
    if (!filed.ok()) {
        printError(filed.error());
        return ExitFailure;
    }
    return printAppeals(context, { filed.value() });
}

int runAppealsDecide(CliContext& context)
{
    if (context.options.uphold == context.options.dismiss) {
        printError(QCoreApplication::translate(
            "fd::Cli", "appeals decide takes one of --uphold and --dismiss."));
        return ExitUsage;
    }
    bool whole = false;
    const qint64 id = context.options.words.value(2).toLongLong(&whole);
    if (!whole || id <= 0) {
        printError(QCoreApplication::translate("fd::Cli", "An appeal is named by its id, not “%1”.")
                       .arg(context.options.words.value(2)));
        return ExitUsage;
    }
    Result<Appeal> decided
        = AppealService(*context.session)
              .decide(id, context.options.uphold, context.options.reason.value_or(QString()));
    if (!decided.ok()) {
        printError(decided.error());
        return ExitFailure;
    }
    return printAppeals(context, { decided.value() });
}

int runAppealsList(CliContext& context)
{
    QDate month;
    if (context.options.month) {
        const std::optional<QDate> parsed = monthOption(context);
        if (!parsed)
            return ExitUsage;
        month = *parsed;
    }
    Result<QList<Appeal>> appeals = AppealService(*context.session).list(month);
    if (!appeals.ok()) {
        printError(appeals.error());
        return ExitFailure;
    }
    return printAppeals(context, appeals.value());
}

} // namespace fd
