<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>fd::Action</name>
    <message>
        <source>view the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change areas, units, teams, technicians or equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the program&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import organisation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role “%1” may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AreaService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AssessmentKind</name>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::AssessmentService</name>
    <message>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says failed, but the score reaches the pass mark of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says passed, but the score is below the pass mark of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a retraining answers a termination, and the unit “%1” is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the termination of %1 that the retraining answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualification passed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retraining passed with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Checks</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTTH tool kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not begin or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain a comma or a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area code “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the area “%1” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a telephone number (digits, spaces, +, - and brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Cli</name>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo operator written to %1 (seed %2): %3 units, %4 service areas with %5 subscribers, %6 teams, %7 technicians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command “%1” does not take %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run “fiberdesk-cli --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “fiberdesk-cli --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli import KIND FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command “%1” takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import “%1”; the kinds are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows of %2: %3 new, %4 updated, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--growth takes a percentage such as 12.5 or -3 (at most two decimals, not below -100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3) — %4 subscribers — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets every rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falls short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  areas no team covers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with subscribers grown by %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units meet every allocation rule%3 (rules version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. Run “fiberdesk-cli --help” for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: fiberdesk-cli [--db PATH|postgresql://user@host:port/dbname] [--json] [--timezone ZONE] COMMAND

Commands:
  init                          create or upgrade the database
  demo [--seed N]               fill an empty database with a realistic demo operator
  import KIND FILE              import a CSV file; KIND is units, areas, teams, technicians,
                                equipment or assessments (all or nothing)
  compliance [--growth PCT]     staff, tools and vehicles each unit has against what its
                                subscribers require; PCT projects subscriber growth
  units                         each unit&apos;s contract status, strikes and rectification deadline

Options:
  --db PATH      the database (default: the desktop program&apos;s, %1)
  --json         machine-readable output on standard output
  --timezone Z   the operator&apos;s time zone for this run (IANA name, e.g. America/Lima)
  --help         this text
  --version      the program&apos;s version

Exit status: 0 on success, 1 when the command failed, 2 for a usage error.
The command line acts as the local administrator of the database it opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Csv</name>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one (quote the whole field and double the quote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (save it as UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column “%1”; the columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” is missing; the columns are %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number (use a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; it must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Database</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at “%1”. Create one with “fiberdesk-cli init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a FiberDesk database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds tables that are not FiberDesk&apos;s; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no readable schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” was written by a newer FiberDesk (schema version %2; this program knows versions up to %3). It has not been changed; please update FiberDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database “%1” failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address of the form postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::DemoService</name>
    <message>
        <source>The database %1 already holds units; demo data is only loaded into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splicing practice below standard; to be assessed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract rescinded: two monthly scores under 80 within a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::EquipmentKind</name>
    <message>
        <source>Fusion splicer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-wheel vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric drill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::EquipmentService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team “%1” belongs to the unit “%2”, not to “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Import</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 more problems). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Resource</name>
    <message>
        <source>Fusion splicers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FTTH tool kits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-wheel vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Role</name>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::RuleService</name>
    <message>
        <source>“%1” is not a time zone this system knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::Rules</name>
    <message>
        <source>Allocation (SPEC §3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion splicers every unit needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers per additional fusion splicer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special vehicles every unit needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-wheel vehicle required above this many subscribers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four-wheel vehicles required above that threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladders per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric drills per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers per active technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum active technicians per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribers per team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification pass mark (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a terminated unit has to rectify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must lie between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule version %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TeamService</name>
    <message>
        <source>there is no unit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no area “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area “%1” is served by the unit “%2”, not by “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::TechnicianService</name>
    <message>
        <source>there is no team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no technician “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UnitService</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for changing a unit&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit “%1” is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A terminated unit becomes active again only by passing a retraining assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit becomes active only by passing a qualification assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a retired unit can be taken back as a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fd::UnitStatus</name>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
