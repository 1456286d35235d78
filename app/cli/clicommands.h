#pragma once

#include "cli/clioptions.h"
#include "common/session.h"
#include "storage/database.h"

#include <memory>

namespace fd {

// Exit codes of SPEC §9.
enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1,
    ExitUsage = 2
};

// What a command runs with: the parsed options, the open database and a session acting as
// the signed-in user or the local administrator of the file (cli/clisignin.h).
struct CliContext
{
    const CliOptions& options;
    std::unique_ptr<Database> database;
    std::unique_ptr<Session> session;
};

int runCli(const CliOptions& options);

// Commands, one per SPEC §9 verb. Each returns an exit code and reports its own errors.
int runInit(CliContext& context);
int runDemo(CliContext& context);
int runImport(CliContext& context);
int runCompliance(CliContext& context);
int runUnits(CliContext& context);
int runCallbacksGenerate(CliContext& context);
int runBulletin(CliContext& context);
int runEvaluate(CliContext& context);
int runExport(CliContext& context);
int runAuditVerify(CliContext& context);
int runAuditHead(CliContext& context);
int runUsersList(CliContext& context);
int runUsersAdd(CliContext& context);
int runBackup(CliContext& context);
int runBackups(CliContext& context);
int runBackupsRun(CliContext& context);
int runQuality(CliContext& context);
int runKpi(CliContext& context);
int runAppealsFile(CliContext& context);
int runAppealsDecide(CliContext& context);
int runAppealsList(CliContext& context);
int runQualitySample(CliContext& context);
int runQualityScore(CliContext& context);
int runOrdersSearch(CliContext& context);
int runSchedule(CliContext& context);
int runPlan(CliContext& context);
int runRules(CliContext& context);
int runRulesPreset(CliContext& context);
int runRulesSet(CliContext& context);
// Signs in on the database when it opens (and --user is given), then restores over its file:
// the database may be damaged or missing, which only its file's owner may then restore.
int runRestore(const CliOptions& options, const DatabaseLocation& location);

// Whether the command writes to the database (and so gets the day's automatic backup after
// its answer).
bool changesData(const CliOptions& options);
// Writes the day's automatic backup if it is due; a failure is a warning, not a stop.
void runDailyBackup(CliContext& context);

// Reads --month as YYYY-MM; prints a usage error and returns nullopt when it is not one.
std::optional<QDate> monthOption(const CliContext& context);

// Reads --date as YYYY-MM-DD; prints a usage error and returns nullopt when it is not one.
std::optional<QDate> dateOption(const CliContext& context);

} // namespace fd
