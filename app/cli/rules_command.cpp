// SPEC §9 and §11 on the command line: the rules in force (with the service-level policy and
// the holiday calendar), a preset filled in, one rule changed.
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "rules/timeliness.h"
#include "services/ruleservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QString matchingPreset(const RuleSet& rules)
{
    const RulePreset* preset = matchingRulePreset(rules);
    return preset ? preset->name : QString();
}

DeadlinePolicy policyOf(const RuleSet& rules)
{
    return rules.whole(rule::kPolicy) == 1 ? DeadlinePolicy::WorkingDays : DeadlinePolicy::SameDay;
}

int reportSaved(const Result<int>& version, const RuleSet& before)
{
    if (!version.ok()) {
        printError(version.error());
        return ExitFailure;
    }
    if (version.value() == before.version()) {
        printLine(
            QCoreApplication::translate("fd::Cli", "Nothing changed; version %1 stays in force.")
                .arg(version.value()));
        return ExitSuccess;
    }
    printLine(QCoreApplication::translate("fd::Cli", "Saved as rules version %1, now in force.")
                  .arg(version.value()));
    return ExitSuccess;
}

} // namespace

int runRules(CliContext& context)
{
    RuleService service(*context.session);
    Result<RuleSet> current = service.current();
    Result<QList<Holiday>> holidays = service.holidays();
    if (!current.ok() || !holidays.ok()) {
        printError(!current.ok() ? current.error() : holidays.error());
        return ExitFailure;
    }
    const RuleSet& rules = current.value();
    const QString preset = matchingPreset(rules);
    if (context.options.json) {
        QJsonObject values;
        for (const RuleDefinition& definition : ruleDefinitions())
            values.insert(definition.key, rules.value(definition.key));
        QJsonArray days;
        for (const Holiday& holiday : holidays.value())
            days.append(QJsonObject {
                { u"date"_s, holiday.date.toString(Qt::ISODate) }, { u"name"_s, holiday.name } });
        printJson(QJsonObject { { u"version"_s, rules.version() },
            { u"policy"_s, deadlinePolicyKey(policyOf(rules)) },
            { u"preset"_s, preset.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(preset) },
            { u"values"_s, values }, { u"holidays"_s, days } });
        return ExitSuccess;
    }
    printLine(QCoreApplication::translate("fd::Cli", "Rules version %1: %2 policy%3.")
                  .arg(QString::number(rules.version()), deadlinePolicyDisplayName(policyOf(rules)),
                      preset.isEmpty()
                          ? QString()
                          : QCoreApplication::translate("fd::Cli", " (preset %1)").arg(preset)));
    QList<QStringList> rows;
    for (const RuleDefinition& definition : ruleDefinitions())
        rows.append({ definition.key, QString::number(rules.value(definition.key), 'g', 12),
            definition.displayName() });
    printTable({ QCoreApplication::translate("fd::Cli", "Rule"),
                   QCoreApplication::translate("fd::Cli", "Value"),
                   QCoreApplication::translate("fd::Cli", "Meaning") },
        rows);
    printLine();
    printLine(QCoreApplication::translate("fd::Cli", "Holidays: %1.").arg(holidays.value().size()));
    return ExitSuccess;
}

int runRulesPreset(CliContext& context)
{
    RuleService service(*context.session);
    Result<RuleSet> before = service.current();
    if (!before.ok()) {
        printError(before.error());
        return ExitFailure;
    }
    return reportSaved(service.applyPreset(context.options.words.at(2), {}), before.value());
}

int runRulesSet(CliContext& context)
{
    RuleService service(*context.session);
    Result<RuleSet> before = service.current();
    if (!before.ok()) {
        printError(before.error());
        return ExitFailure;
    }
    const QString key = context.options.words.at(2);
    bool number = false;
    const double value = context.options.words.at(3).toDouble(&number);
    if (!number) {
        printError(QCoreApplication::translate("fd::Cli", "“%1” is not a number.")
                       .arg(context.options.words.at(3)));
        return ExitUsage;
    }
    RuleSet rules = before.value();
    if (const Status set = rules.set(key, value); !set.ok()) {
        printError(set.error());
        return ExitFailure;
    }
    return reportSaved(service.saveVersion(rules, {}), before.value());
}

} // namespace fd
