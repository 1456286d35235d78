// Users and the audit log from the command line (issue 6).
#include "cli/clicommands.h"
#include "cli/clioutput.h"
#include "cli/clisignin.h"
#include "services/auditservice.h"
#include "services/userservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace fd {

int runAuditVerify(CliContext& context)
{
    Result<AuditCheck> check
        = AuditService(*context.session).verify(context.options.anchor.value_or(QString()));
    if (!check.ok()) {
        printError(check.error());
        return ExitFailure;
    }
    const AuditCheck& result = check.value();
    if (context.options.json) {
        QJsonArray findings;
        for (const AuditFinding& finding : result.findings) {
            findings.append(QJsonObject { { u"unit"_s, finding.unitCode },
                { u"month"_s, finding.month.isEmpty() ? QJsonValue() : QJsonValue(finding.month) },
                { u"entry"_s, finding.entryId ? QJsonValue(finding.entryId) : QJsonValue() },
                { u"problem"_s, finding.problem } });
        }
        printJson(QJsonObject { { u"intact"_s, result.intact }, { u"entries"_s, result.entries },
            { u"broken_at"_s, result.brokenAt ? QJsonValue(result.brokenAt) : QJsonValue() },
            { u"problem"_s, result.intact ? QJsonValue() : QJsonValue(result.problem) },
            { u"findings"_s, findings } });
    } else if (result.intact) {
        printLine(context.options.anchor
                ? QCoreApplication::translate("fd::Cli",
                    "The audit log is intact: %n entries, each chained to the one before, the "
                    "sealed months and statuses as stored, and the anchor still in it.",
                    nullptr, int(result.entries))
                : QCoreApplication::translate("fd::Cli",
                    "The audit log is intact: %n entries, each chained to the one before, and "
                    "the sealed months and statuses as stored.",
                    nullptr, int(result.entries)));
    }
    if (!result.intact) {
        // One line per record found changed, each naming its unit and month.
        if (result.findings.isEmpty()) {
            printError(result.problem);
        } else {
            for (const AuditFinding& finding : result.findings)
                printError(finding.problem);
        }
        return ExitFailure;
    }
    return ExitSuccess;
}

int runAuditHead(CliContext& context)
{
    Result<AuditChainHead> head = AuditService(*context.session).head();
    if (!head.ok()) {
        printError(head.error());
        return ExitFailure;
    }
    if (context.options.json) {
        printJson(QJsonObject {
            { u"entries"_s, head.value().entries }, { u"head"_s, auditAnchorText(head.value()) } });
    } else {
        printLine(QCoreApplication::translate("fd::Cli",
            "Audit head: %1 (%n entries; keep it to check the log later with “audit verify "
            "--anchor”).",
            nullptr, int(head.value().entries))
                      .arg(auditAnchorText(head.value())));
    }
    return ExitSuccess;
}

int runUsersList(CliContext& context)
{
    Result<QList<User>> users = UserService(*context.session).list();
    if (!users.ok()) {
        printError(users.error());
        return ExitFailure;
    }
    if (context.options.json) {
        QJsonArray rows;
        for (const User& user : users.value()) {
            rows.append(
                QJsonObject { { u"user"_s, user.name }, { u"display_name"_s, user.displayName },
                    { u"role"_s, roleKey(user.role) }, { u"active"_s, user.active } });
        }
        printJson(rows);
        return ExitSuccess;
    }
    QList<QStringList> rows;
    for (const User& user : users.value()) {
        rows.append({ user.name, user.displayName,
            roleDisplayName(user.role)
                + (user.unitCode.isEmpty() ? QString() : u" ("_s + user.unitCode + u')'),
            user.active ? QCoreApplication::translate("fd::Cli", "yes")
                        : QCoreApplication::translate("fd::Cli", "no") });
    }
    printTable({ QCoreApplication::translate("fd::Cli", "User"),
                   QCoreApplication::translate("fd::Cli", "Name"),
                   QCoreApplication::translate("fd::Cli", "Role"),
                   QCoreApplication::translate("fd::Cli", "Active") },
        rows);
    return ExitSuccess;
}

int runUsersAdd(CliContext& context)
{
    const QString name = context.options.words.value(2);
    const std::optional<Role> role = roleFromKey(context.options.role.value_or(QString()));
    if (!role) {
        printError(QCoreApplication::translate("fd::Cli",
            "--role takes dispatcher, callback_agent, callback_supervisor, evaluator, admin or "
            "unit_representative (with --unit CODE)."));
        return ExitUsage;
    }
    QString password = qEnvironmentVariable("FIBERDESK_NEW_PASSWORD");
    if (password.isEmpty()) {
        const std::optional<QString> first
            = askSecret(QCoreApplication::translate("fd::Cli", "New password for %1: ").arg(name));
        const std::optional<QString> again = first
            ? askSecret(QCoreApplication::translate("fd::Cli", "The same password again: "))
            : std::nullopt;
        if (!first || !again) {
            printError(QCoreApplication::translate("fd::Cli",
                "No password for the new user: set FIBERDESK_NEW_PASSWORD or run the command in a "
                "terminal."));
            return ExitUsage;
        }
        if (*first != *again) {
            printError(QCoreApplication::translate(
                "fd::Cli", "The two passwords differ; nothing was saved."));
            return ExitFailure;
        }
        password = *first;
    }
    User draft;
    draft.name = name;
    draft.displayName = context.options.displayName.value_or(name);
    draft.role = *role;
    draft.unitCode = context.options.unit.value_or(QString());
    Result<User> created = UserService(*context.session).create(draft, password);
    if (!created.ok()) {
        printError(created.error());
        return ExitFailure;
    }
    if (context.options.json)
        printJson(QJsonObject {
            { u"user"_s, created.value().name }, { u"role"_s, roleKey(created.value().role) } });
    else
        printLine(QCoreApplication::translate("fd::Cli", "User %1 created with the role %2.")
                      .arg(created.value().name, roleDisplayName(created.value().role)));
    return ExitSuccess;
}

} // namespace fd
