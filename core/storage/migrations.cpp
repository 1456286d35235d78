#include "migrations.h"

#include "private/searchkey.h"
#include "private/sql.h"
#include "rules/ruleset.h"
#include "storage/auditrepository.h"
#include "storage/auditsealrepository.h"
#include "storage/database.h"
#include "storage/orderrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

Status runDdl(Database& database, const QStringList& statements)
{
    for (const QString& statement : statements)
        FD_TRY(runSql(database, adaptDdl(database, statement)));
    return Status::success();
}

// Version 1: the organisation of SPEC §2 and the program's own settings.
Status createOrganisation(Database& database)
{
    return runDdl(database,
        {
            u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE units ("
            " id {id},"
            " code TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " contract_no TEXT NOT NULL DEFAULT '',"
            " contract_start TEXT,"
            " status TEXT NOT NULL CHECK (status IN ('candidate','active','terminated','retired')),"
            " status_since TEXT,"
            " rectify_by TEXT)"_s,
            u"CREATE TABLE areas ("
            " id {id},"
            " code TEXT NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " unit_id BIGINT REFERENCES units(id),"
            " subscribers BIGINT NOT NULL CHECK (subscribers >= 0),"
            " active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX areas_unit ON areas(unit_id)"_s,
            u"CREATE TABLE teams ("
            " id {id},"
            " code TEXT NOT NULL UNIQUE,"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " name TEXT NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX teams_unit ON teams(unit_id)"_s,
            u"CREATE TABLE team_areas ("
            " team_id BIGINT NOT NULL REFERENCES teams(id) ON DELETE CASCADE,"
            " area_id BIGINT NOT NULL REFERENCES areas(id),"
            " PRIMARY KEY (team_id, area_id))"_s,
            u"CREATE INDEX team_areas_area ON team_areas(area_id)"_s,
            u"CREATE TABLE technicians ("
            " id {id},"
            " code TEXT NOT NULL UNIQUE,"
            " team_id BIGINT NOT NULL REFERENCES teams(id),"
            " name TEXT NOT NULL,"
            " phone TEXT NOT NULL DEFAULT '',"
            " permit_no TEXT NOT NULL DEFAULT '',"
            " ftth_kit INTEGER NOT NULL DEFAULT 0,"
            " active INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX technicians_team ON technicians(team_id)"_s,
            u"CREATE TABLE equipment ("
            " id {id},"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " team_id BIGINT REFERENCES teams(id),"
            " kind TEXT NOT NULL CHECK (kind IN ('fusion_splicer','special_vehicle',"
            "'four_wheel_vehicle','ladder','electric_drill')),"
            " quantity BIGINT NOT NULL CHECK (quantity >= 0))"_s,
            u"CREATE INDEX equipment_unit ON equipment(unit_id)"_s,
        });
}

// Version 2: versioned rules (SPEC §9), assessments and the unit's status history (SPEC §7),
// and the audit log.
Status createRulesAndContracts(Database& database)
{
    FD_TRY(runDdl(database,
        {
            u"CREATE TABLE rule_versions ("
            " version BIGINT PRIMARY KEY,"
            " created_at BIGINT NOT NULL,"
            " created_by TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE rule_values ("
            " version BIGINT NOT NULL REFERENCES rule_versions(version),"
            " key TEXT NOT NULL,"
            " value {real} NOT NULL,"
            " PRIMARY KEY (version, key))"_s,
            u"CREATE TABLE assessments ("
            " id {id},"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " kind TEXT NOT NULL CHECK (kind IN ('qualification','retraining')),"
            " assessed_on TEXT NOT NULL,"
            " score {real} NOT NULL CHECK (score >= 0 AND score <= 100),"
            " passed INTEGER NOT NULL,"
            " assessor TEXT NOT NULL DEFAULT '',"
            " notes TEXT NOT NULL DEFAULT '',"
            " recorded_at BIGINT NOT NULL,"
            " recorded_by TEXT NOT NULL)"_s,
            u"CREATE INDEX assessments_unit ON assessments(unit_id, assessed_on)"_s,
            u"CREATE TABLE unit_status_history ("
            " id {id},"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " status TEXT NOT NULL,"
            " effective_on TEXT NOT NULL,"
            " changed_at BIGINT NOT NULL,"
            " changed_by TEXT NOT NULL,"
            " reason TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX unit_status_history_unit ON unit_status_history(unit_id, effective_on)"_s,
            u"CREATE TABLE audit_log ("
            " id {id},"
            " at BIGINT NOT NULL,"
            " actor TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " entity TEXT NOT NULL,"
            " entity_key TEXT NOT NULL,"
            " before_value TEXT NOT NULL DEFAULT '',"
            " after_value TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX audit_log_entity ON audit_log(entity, entity_key)"_s,
        }));

    // The SPEC's defaults become rule version 1, so that every later evaluation can name
    // the version it used even if a later FiberDesk ships other defaults.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    FD_TRY(runSql(database,
        u"INSERT INTO rule_versions (version, created_at, created_by, note) VALUES (1, ?, ?, ?)"_s,
        { now, u"fiberdesk"_s, u"SPEC defaults"_s }));
    const RuleSet defaults = RuleSet::defaults();
    for (auto it = defaults.values().cbegin(); it != defaults.values().cend(); ++it) {
        FD_TRY(runSql(database, u"INSERT INTO rule_values (version, key, value) VALUES (1, ?, ?)"_s,
            { it.key(), it.value() }));
    }
    return Status::success();
}

// Version 3: work orders and their status history (SPEC §4).
Status createWorkOrders(Database& database)
{
    return runDdl(database,
        {
            u"CREATE TABLE orders ("
            " id {id},"
            " number TEXT NOT NULL UNIQUE,"
            " kind TEXT NOT NULL CHECK (kind IN ('install','move','repair')),"
            " account TEXT NOT NULL,"
            " customer TEXT NOT NULL,"
            " customer_folded TEXT NOT NULL,"
            " phone TEXT NOT NULL DEFAULT '',"
            " phone_digits TEXT NOT NULL DEFAULT ''," // reversed: see orderrepository.cpp
            " address TEXT NOT NULL DEFAULT '',"
            " area_id BIGINT NOT NULL REFERENCES areas(id),"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " received_at BIGINT NOT NULL,"
            " team_id BIGINT REFERENCES teams(id),"
            " technician_id BIGINT REFERENCES technicians(id),"
            " contacted_at BIGINT,"
            " appointment_start BIGINT,"
            " appointment_end BIGINT,"
            " customer_requested_later INTEGER NOT NULL DEFAULT 0,"
            " arrived_at BIGINT,"
            " completed_at BIGINT,"
            " status TEXT NOT NULL CHECK (status IN "
            "('new','assigned','scheduled','on_site','completed','cancelled')),"
            " deadline_at BIGINT NOT NULL,"
            " measured_at BIGINT,"
            " uniform INTEGER,"
            " permit_shown INTEGER,"
            " location_consulted INTEGER,"
            " tested INTEGER,"
            " site_cleaned INTEGER,"
            " signed_by TEXT NOT NULL DEFAULT '',"
            " refusal_reason TEXT NOT NULL DEFAULT '',"
            " rx_power_dbm {real},"
            " exempt_reason TEXT CHECK (exempt_reason IN "
            "('customer','resources','third_party','force_majeure')),"
            " exempt_note TEXT NOT NULL DEFAULT '',"
            " notes TEXT NOT NULL DEFAULT '',"
            " version BIGINT NOT NULL DEFAULT 1)"_s,
            // The board's lanes and filters, each served by an index so that the first page
            // comes as fast from five million orders as from five thousand.
            u"CREATE INDEX orders_status_deadline ON orders(status, deadline_at, id)"_s,
            u"CREATE INDEX orders_unit_deadline ON orders(unit_id, deadline_at)"_s,
            u"CREATE INDEX orders_team_appointment ON orders(team_id, appointment_start)"_s,
            u"CREATE INDEX orders_account ON orders(account, received_at)"_s,
            u"CREATE INDEX orders_customer ON orders(customer_folded)"_s,
            u"CREATE INDEX orders_phone ON orders(phone_digits)"_s,
            u"CREATE INDEX orders_completed ON orders(completed_at)"_s,
            u"CREATE INDEX orders_received ON orders(received_at)"_s,
            u"CREATE TABLE order_events ("
            " id {id},"
            " order_id BIGINT NOT NULL REFERENCES orders(id),"
            " at BIGINT NOT NULL,"
            " actor TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " from_status TEXT,"
            " to_status TEXT NOT NULL,"
            " detail TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX order_events_order ON order_events(order_id, id)"_s,
        });
}

// Version 4: next-day callbacks and complaints (SPEC §5–§6).
Status createCallbacksAndComplaints(Database& database)
{
    return runDdl(database,
        {
            u"CREATE TABLE callback_tasks ("
            " id {id},"
            " order_id BIGINT NOT NULL UNIQUE REFERENCES orders(id),"
            " due_on TEXT NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('pending','reached','unreachable')),"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at BIGINT,"
            " concluded_at BIGINT,"
            " on_time INTEGER, appointment INTEGER, uniform INTEGER, standard_service INTEGER,"
            " tested INTEGER, site_cleaned INTEGER,"
            " satisfaction INTEGER CHECK (satisfaction BETWEEN 0 AND 10),"
            " commendation INTEGER,"
            " comment TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL,"
            " version BIGINT NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX callback_tasks_due ON callback_tasks(due_on, status)"_s,
            u"CREATE INDEX callback_tasks_concluded ON callback_tasks(concluded_at)"_s,
            u"CREATE TABLE callback_attempts ("
            " id {id},"
            " task_id BIGINT NOT NULL REFERENCES callback_tasks(id),"
            " attempted_at BIGINT NOT NULL,"
            " outcome TEXT NOT NULL CHECK (outcome IN "
            "('reached','no_answer','busy','wrong_number','refused')),"
            " agent TEXT NOT NULL)"_s,
            u"CREATE INDEX callback_attempts_task ON callback_attempts(task_id, attempted_at)"_s,
            u"CREATE TABLE complaints ("
            " id {id},"
            " received_at BIGINT NOT NULL,"
            " source TEXT NOT NULL CHECK (source IN ('callback','hotline','other')),"
            " order_id BIGINT REFERENCES orders(id),"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " category TEXT NOT NULL CHECK (category IN "
            "('late','no_appointment','attitude','repeat_fault',"
            "'untidy_site','other')),"
            " description TEXT NOT NULL DEFAULT '',"
            " status TEXT NOT NULL CHECK (status IN ('open','verified','rejected','resolved')),"
            " staff_caused INTEGER,"
            " verified_at BIGINT,"
            " verified_by TEXT NOT NULL DEFAULT '',"
            " resolved_at BIGINT,"
            " resolution TEXT NOT NULL DEFAULT '',"
            " created_by TEXT NOT NULL,"
            " version BIGINT NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX complaints_unit_verified ON complaints(unit_id, verified_at)"_s,
            u"CREATE INDEX complaints_received ON complaints(received_at)"_s,
            u"CREATE INDEX complaints_order ON complaints(order_id)"_s,
            u"CREATE INDEX complaints_status ON complaints(status, received_at)"_s,
        });
}

// Version 5: monthly evaluations (SPEC §7): machine-room scores, manual adjustments, the
// frozen figures of finalized months and the evidence behind them.
Status createEvaluations(Database& database)
{
    return runDdl(database,
        {
            u"CREATE TABLE room_scores ("
            " id {id},"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " month TEXT NOT NULL,"
            " points {real} NOT NULL CHECK (points >= 0),"
            " note TEXT NOT NULL DEFAULT '',"
            " entered_by TEXT NOT NULL,"
            " entered_at BIGINT NOT NULL,"
            " UNIQUE (unit_id, month))"_s,
            u"CREATE TABLE adjustments ("
            " id {id},"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " month TEXT NOT NULL,"
            " points {real} NOT NULL,"
            " reason TEXT NOT NULL,"
            " entered_by TEXT NOT NULL,"
            " entered_at BIGINT NOT NULL,"
            " UNIQUE (unit_id, month))"_s,
            u"CREATE TABLE evaluations ("
            " id {id},"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " month TEXT NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('final','reopened')),"
            " rule_version BIGINT NOT NULL REFERENCES rule_versions(version),"
            " timeliness TEXT NOT NULL," // exact fractions "n/d", so that nothing is lost frozen
            " quality TEXT NOT NULL,"
            " service TEXT NOT NULL,"
            " room TEXT NOT NULL,"
            " adjustment TEXT NOT NULL,"
            " adjustment_reason TEXT NOT NULL DEFAULT '',"
            " total TEXT NOT NULL,"
            " strike INTEGER NOT NULL,"
            " orders_due BIGINT NOT NULL,"
            " orders_on_time BIGINT NOT NULL,"
            " repairs BIGINT NOT NULL,"
            " repeats BIGINT NOT NULL,"
            " callbacks_reached BIGINT NOT NULL,"
            " yes_answers BIGINT NOT NULL,"
            " penalised_complaints BIGINT NOT NULL,"
            " penalty_points TEXT NOT NULL,"
            " finalized_at BIGINT NOT NULL,"
            " finalized_by TEXT NOT NULL,"
            " reopened_at BIGINT,"
            " reopened_by TEXT NOT NULL DEFAULT '',"
            " reopen_reason TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE UNIQUE INDEX evaluations_final ON evaluations(unit_id, month) WHERE state = 'final'"_s,
            u"CREATE INDEX evaluations_month ON evaluations(month, state)"_s,
            u"CREATE TABLE evaluation_evidence ("
            " evaluation_id BIGINT NOT NULL REFERENCES evaluations(id),"
            " kind TEXT NOT NULL CHECK (kind IN ('order','repair','callback','complaint')),"
            " ref_id BIGINT NOT NULL,"
            " flag INTEGER NOT NULL)"_s,
            u"CREATE INDEX evaluation_evidence_of ON evaluation_evidence(evaluation_id, kind)"_s,
            // Which finalized month ended a contract, so that reopening that month can undo it.
            u"ALTER TABLE unit_status_history ADD COLUMN evaluation_month TEXT"_s,
        });
}

// Version 6: users who sign in, the failed sign-ins that lock a name, and the audit log's
// hash chain, with the entries already written hashed in the order they were written.
Status createUsersAndAuditChain(Database& database)
{
    FD_TRY(runDdl(database,
        {
            u"CREATE TABLE users ("
            " id {id},"
            " name TEXT NOT NULL UNIQUE,"
            " display_name TEXT NOT NULL DEFAULT '',"
            " role TEXT NOT NULL CHECK (role IN "
            "('dispatcher','callback_agent','evaluator','admin')),"
            " password_hash TEXT NOT NULL,"
            " active INTEGER NOT NULL DEFAULT 1,"
            " created_at BIGINT NOT NULL,"
            " created_by TEXT NOT NULL,"
            " password_changed_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE sign_in_attempts ("
            " name TEXT PRIMARY KEY,"
            " failures INTEGER NOT NULL,"
            " locked_until BIGINT)"_s,
            u"ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX audit_log_at ON audit_log(at)"_s,
            u"CREATE TABLE audit_chain ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " entries BIGINT NOT NULL,"
            " last_hash TEXT NOT NULL)"_s,
        }));
    return AuditRepository::chainExistingEntries(database);
}

// Version 7: the open orders by deadline, in an index of their own. The board's first
// page (open work, soonest deadline first) then reads its 200 entries in order instead of
// sorting every open order, and the lanes (all open, unassigned, overdue, due soon) are
// counted from the index alone (it holds every column they test), without a visit to each
// order's row scattered through years of history: how much history the table holds no
// longer matters. The predicate is the one OrderRepository writes for the open scope, word
// for word, which is what lets both engines' planners use it.
Status indexOpenOrders(Database& database)
{
    return runDdl(database,
        {
            u"CREATE INDEX orders_open_deadline ON orders(deadline_at, id, team_id, measured_at, status) WHERE "_s
                + OrderRepository::openStatusPredicate(u"status"_s),
        });
}

// Version 8 (issue 14): sealing entries, and on PostgreSQL a head that the role FiberDesk
// runs as cannot move: it may insert into the audit tables but not update, delete or
// truncate them (README, "A runtime role on PostgreSQL"), so the head row follows each
// insert by a trigger that runs with its owner's rights and refuses an entry that does not
// follow the head. The records finalized before seals existed are sealed now.
Status sealRecords(Database& database)
{
    FD_TRY(
        runDdl(database, { u"ALTER TABLE audit_log ADD COLUMN seal TEXT NOT NULL DEFAULT ''"_s }));
    if (!database.isSqlite()) {
        FD_TRY(runSql(database,
            u"CREATE FUNCTION fd_audit_head() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
            "SET search_path FROM CURRENT AS $$ "
            "BEGIN "
            "IF NEW.prev_hash <> (SELECT last_hash FROM audit_chain WHERE id = 1) THEN "
            "RAISE EXCEPTION 'audit entry does not follow the head of the chain'; "
            "END IF; "
            "UPDATE audit_chain SET entries = entries + 1, last_hash = NEW.hash WHERE id = 1; "
            "RETURN NEW; "
            "END $$"_s));
        FD_TRY(runSql(database,
            u"CREATE TRIGGER audit_log_head AFTER INSERT ON audit_log FOR EACH ROW "
            "EXECUTE FUNCTION fd_audit_head()"_s));
    }
    return AuditSealRepository::sealExistingRecords(database);
}

// Widens a CHECK constraint of `table` from `before` to `after` (a new kind, a new role)
// without copying the table: SQLite's stored definition is edited in place, which is safe
// for a check that only admits more; PostgreSQL replaces the named constraint.
Status widenCheck(Database& database, const QString& table, const QString& constraint,
    const QString& before, const QString& after)
{
    if (database.isSqlite()) {
        Result<QVariant> version = scalar(database, u"PRAGMA schema_version"_s);
        if (!version.ok())
            return Error(version.error());
        FD_TRY(execSql(database, u"PRAGMA writable_schema = ON"_s));
        Result<QSqlQuery> edited = runSql(database,
            u"UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
            "WHERE type = 'table' AND name = ? AND instr(sql, ?) > 0"_s,
            { before, after, table, before });
        const int rows = edited.ok() ? edited.value().numRowsAffected() : 0;
        // The schema version moves on even when nothing changed, and writable_schema goes
        // off whatever happened, so that the connection never keeps a stale schema.
        const Status bumped = execSql(
            database, u"PRAGMA schema_version = %1"_s.arg(version.value().toLongLong() + 1));
        FD_TRY(execSql(database, u"PRAGMA writable_schema = OFF"_s));
        if (!edited.ok())
            return Error(edited.error());
        FD_TRY(bumped);
        if (rows != 1)
            return Error(QCoreApplication::translate(
                "fd::Database", "the table %1 does not have the check this upgrade expects")
                             .arg(table));
        // The next statement reads the schema anew: a definition that did not parse would
        // fail here (and the upgrade be undone). A full integrity check would read every
        // page of the file, minutes on a large history, for a change that moved none.
        return execSql(database, u"SELECT * FROM %1 LIMIT 0"_s.arg(table));
    }
    return execSql(database,
        u"ALTER TABLE %1 DROP CONSTRAINT %2, ADD CONSTRAINT %2 %3"_s.arg(table, constraint, after));
}

// Version 9: removal orders (SPEC §4): the kind, the ONT's return, and their timeliness.
Status addRemovalOrders(Database& database)
{
    FD_TRY(widenCheck(database, u"orders"_s, u"orders_kind_check"_s,
        u"CHECK (kind IN ('install','move','repair'))"_s,
        u"CHECK (kind IN ('install','move','repair','removal'))"_s));
    return runDdl(database,
        {
            u"ALTER TABLE orders ADD COLUMN ont_collected INTEGER"_s,
            u"ALTER TABLE evaluations ADD COLUMN removals_due BIGINT NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE evaluations ADD COLUMN removals_on_time BIGINT NOT NULL DEFAULT 0"_s,
        });
}

// Version 10: callback quality (SPEC §17): the supervisor's role, and the monitor scores a
// supervisor gives a sampled call — one per supervisor and call, kept with the form's weights
// they were given under (the form is a versioned rule) and the recording they listened to.
Status addCallbackQuality(Database& database)
{
    FD_TRY(widenCheck(database, u"users"_s, u"users_role_check"_s,
        u"CHECK (role IN ('dispatcher','callback_agent','evaluator','admin'))"_s,
        u"CHECK (role IN "
        "('dispatcher','callback_agent','evaluator','admin','callback_supervisor'))"_s));
    return runDdl(database,
        {
            u"CREATE TABLE monitor_scores ("
            " id {id},"
            " task_id BIGINT NOT NULL REFERENCES callback_tasks(id),"
            " supervisor TEXT NOT NULL,"
            " scored_at BIGINT NOT NULL,"
            " rules_version BIGINT NOT NULL,"
            " marks TEXT NOT NULL,"
            " score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),"
            " recording TEXT NOT NULL DEFAULT '',"
            " UNIQUE (task_id, supervisor))"_s,
        });
}

// Version 11 (SPEC §14, issue 16): search anywhere. Each order keeps its search text (number,
// account, customer, address and phone folded without case, accents or width, and the
// digits of its phone and number: common/searchtext.h), written by OrderRepository with the
// row and filled here for the orders stored before. A trigram index finds text anywhere in
// it: on SQLite an FTS5 table with the trigram tokenizer over the column (external content:
// the text is stored once, in orders), kept in step by triggers; on PostgreSQL a GIN index
// of pg_trgm, when the extension can be installed (it is a trusted one: the database's owner
// may); without it a search of all orders reads the table, which is correct but slow. The
// prefix indexes of the old search (the start of a name, the reversed phone) go.
Status addSearchAnywhere(Database& database)
{
    FD_TRY(runDdl(database,
        {
            u"ALTER TABLE orders ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"_s,
            u"DROP INDEX orders_customer"_s,
            u"DROP INDEX orders_phone"_s,
        }));
    FD_TRY(OrderRepository::fillSearchText(database));
    if (database.isSqlite()) {
        return runDdl(database,
            {
                u"CREATE VIRTUAL TABLE order_search USING fts5(search_text, content='orders', "
                "content_rowid='id', tokenize='trigram')"_s,
                u"INSERT INTO order_search(order_search) VALUES ('rebuild')"_s,
                u"CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN "
                "INSERT INTO order_search(rowid, search_text) VALUES (new.id, new.search_text); "
                "END"_s,
                u"CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN "
                "INSERT INTO order_search(order_search, rowid, search_text) "
                "VALUES ('delete', old.id, old.search_text); "
                "END"_s,
                u"CREATE TRIGGER orders_search_update AFTER UPDATE OF search_text ON orders "
                "WHEN old.search_text <> new.search_text BEGIN "
                "INSERT INTO order_search(order_search, rowid, search_text) "
                "VALUES ('delete', old.id, old.search_text); "
                "INSERT INTO order_search(rowid, search_text) VALUES (new.id, new.search_text); "
                "END"_s,
            });
    }
    // A refused extension must not undo the upgrade: it is tried under a savepoint.
    FD_TRY(execSql(database, u"SAVEPOINT search_trigrams"_s));
    if (execSql(database, u"CREATE EXTENSION IF NOT EXISTS pg_trgm"_s).ok()
        && execSql(database,
            u"CREATE INDEX orders_search ON orders USING gin (search_text gin_trgm_ops)"_s)
               .ok()) {
        return execSql(database, u"RELEASE SAVEPOINT search_trigrams"_s);
    }
    FD_TRY(execSql(database, u"ROLLBACK TO SAVEPOINT search_trigrams"_s));
    return execSql(database, u"RELEASE SAVEPOINT search_trigrams"_s);
}

// Version 12: the operator's holiday calendar (SPEC §11), which the working-days policy
// leaves out of the working days.
Status addHolidays(Database& database)
{
    return runDdl(database,
        {
            u"CREATE TABLE holidays ("
            " day TEXT PRIMARY KEY,"
            " name TEXT NOT NULL)"_s,
        });
}

// Version 13: appeals (SPEC §10) and the unit representative (SPEC §1). An appeal names one
// item counted against a unit in a month — a late order or a repeat fault by its order, a
// complaint by its id — and is decided once. A representative's user row names its unit. A
// reinstatement on appeal is marked in the status history: it undoes a termination rather
// than answering it, so the strikes before it still count.
Status addAppeals(Database& database)
{
    FD_TRY(widenCheck(database, u"users"_s, u"users_role_check"_s,
        u"CHECK (role IN "
        "('dispatcher','callback_agent','evaluator','admin','callback_supervisor'))"_s,
        u"CHECK (role IN ('dispatcher','callback_agent','evaluator','admin',"
        "'callback_supervisor','unit_representative'))"_s));
    return runDdl(database,
        {
            u"ALTER TABLE users ADD COLUMN unit_id BIGINT REFERENCES units(id)"_s,
            u"ALTER TABLE unit_status_history ADD COLUMN on_appeal INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE appeals ("
            " id {id},"
            " unit_id BIGINT NOT NULL REFERENCES units(id),"
            " month TEXT NOT NULL,"
            " item TEXT NOT NULL CHECK (item IN ('late_order','repeat','complaint')),"
            " ref TEXT NOT NULL,"
            " order_id BIGINT REFERENCES orders(id),"
            " complaint_id BIGINT REFERENCES complaints(id),"
            " status TEXT NOT NULL CHECK (status IN ('open','upheld','dismissed')),"
            " grounds TEXT NOT NULL,"
            " filed_by TEXT NOT NULL,"
            " filed_at BIGINT NOT NULL,"
            " decided_by TEXT NOT NULL DEFAULT '',"
            " decided_at BIGINT,"
            " reason TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX appeals_month ON appeals(month, unit_id)"_s,
            u"CREATE INDEX appeals_order ON appeals(order_id, item, status)"_s,
            u"CREATE INDEX appeals_complaint ON appeals(complaint_id, status)"_s,
        });
}

// Version 14 (issue 16): the board sorts by every column at any size. A page of all orders
// (or the completed ones) sorted by a column other than deadline, receipt and number reads
// an index of that column tied by the order's number (OrderRepository: one range per kind,
// status, area, unit, team or technician, in their order); the SLA sort reads the orders
// still to happen, then the measured ones, each by deadline. Open work needs none of them:
// it is a few thousand orders, sorted whole.
Status indexBoardSorts(Database& database)
{
    return runDdl(database,
        {
            u"CREATE INDEX orders_kind_number ON orders(kind, number)"_s,
            u"CREATE INDEX orders_status_number ON orders(status, number)"_s,
            u"CREATE INDEX orders_customer_number ON orders(customer, number)"_s,
            u"CREATE INDEX orders_phone_number ON orders(phone, number)"_s,
            u"CREATE INDEX orders_area_number ON orders(area_id, number)"_s,
            u"CREATE INDEX orders_unit_number ON orders(unit_id, number)"_s,
            u"CREATE INDEX orders_team_number ON orders(team_id, number)"_s,
            u"CREATE INDEX orders_technician_number ON orders(technician_id, number)"_s,
            u"CREATE INDEX orders_appointment_number ON orders(appointment_start, number)"_s,
            u"CREATE INDEX orders_pending_deadline ON orders(deadline_at, number) "
            "WHERE measured_at IS NULL"_s,
            u"CREATE INDEX orders_measured_deadline ON orders(deadline_at, number) "
            "WHERE measured_at IS NOT NULL"_s,
            // A search for the start of an order number ("WO-2611") reads the range of
            // numbers and their deadlines here, not the trigram index's every match.
            u"CREATE INDEX orders_number_deadline ON orders(number, deadline_at)"_s,
        });
}

// Version 15: what SQLite's query planner knows of the orders. Without statistics it takes
// an equality on any indexed column to match about ten rows, so after version 14 the
// indexes led by kind, status or unit looked better than the ones by receipt and account:
// a month's evaluation read every repair through orders_kind_number and checked repeats
// through orders_unit_number, 2.1 s instead of 0.13 s at 50,000 orders. These are the
// statistics ANALYZE gives a typical operator's file (2,000 orders a day, 100 units, 1,000
// teams and areas), scaled to a million orders and written the same in every file, so a
// plan does not change as a file grows or with ANALYZE's sampling; the open-work indexes
// count a few days' work. PostgreSQL gathers its own statistics.
Status describeOrdersToPlanner(Database& database)
{
    if (!database.isSqlite())
        return Status::success();
    // ANALYZE of a one-row table creates sqlite_stat1 where it is missing.
    FD_TRY(execSql(database, u"ANALYZE fiberdesk_meta"_s));
    FD_TRY(execSql(database, u"DELETE FROM sqlite_stat1 WHERE tbl = 'orders'"_s));
    const std::pair<const char*, const char*> statistics[] = {
        { "sqlite_autoindex_orders_1", "1000000 1" },
        { "orders_status_deadline", "1000000 166667 4 1" },
        { "orders_unit_deadline", "1000000 10000 3" },
        { "orders_team_appointment", "1000000 1000 2" },
        { "orders_account", "1000000 2 1" },
        { "orders_completed", "1000000 2" },
        { "orders_received", "1000000 1" },
        { "orders_open_deadline", "10000 5 1 1 1 1" },
        { "orders_kind_number", "1000000 250000 1" },
        { "orders_status_number", "1000000 166667 1" },
        { "orders_customer_number", "1000000 8 1" },
        { "orders_phone_number", "1000000 1 1" },
        { "orders_area_number", "1000000 1000 1" },
        { "orders_unit_number", "1000000 10000 1" },
        { "orders_team_number", "1000000 1000 1" },
        { "orders_technician_number", "1000000 340 1" },
        { "orders_appointment_number", "1000000 2 1" },
        { "orders_pending_deadline", "10000 5 1" },
        { "orders_measured_deadline", "990000 4 1" },
        { "orders_number_deadline", "1000000 1 1" },
    };
    for (const auto& [index, stat] : statistics) {
        FD_TRY(execSql(database,
            u"INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('orders', ?, ?)"_s,
            { QString::fromLatin1(index), QString::fromLatin1(stat) }));
    }
    // The planner reads the statistics with the schema; this makes it read them again.
    return execSql(database, u"ANALYZE sqlite_schema"_s);
}

// Version 16 (issue 16): SQLite's trigram index lists its matches in deadline order. Keyed by
// the order's id, a search's first page read every match of its text and sorted them by
// deadline (348 ms for "lucia huaman" at five million orders). Keyed by the deadline's day
// above the id (private/searchkey.h), the index's own order is the page's, and the search
// stops once the page is full. The index holds no copy of the text (contentless): its key
// is no column of orders, and a change of text or of the deadline's day moves the order's
// entry, with the old text the triggers pass. PostgreSQL's index follows in version 17.
Status indexSearchInDeadlineOrder(Database& database)
{
    if (!database.isSqlite())
        return Status::success();
    const QString newKey = searchKeySql(u"new"_s);
    const QString oldKey = searchKeySql(u"old"_s);
    const QString idLimit = QString::number(kSearchKeyIdMask);
    const QString day = QString::number(kSecondsPerSearchDay);
    return runDdl(database,
        {
            u"DROP TRIGGER orders_search_insert"_s,
            u"DROP TRIGGER orders_search_delete"_s,
            u"DROP TRIGGER orders_search_update"_s,
            u"DROP TABLE order_search"_s,
            u"CREATE VIRTUAL TABLE order_search USING fts5(search_text, content='', "
            "columnsize=0, tokenize='trigram')"_s,
            // In key order: the index's segments are then written once, in sequence.
            u"INSERT INTO order_search(rowid, search_text) SELECT "_s + searchKeySql(u"orders"_s)
                + u", search_text FROM orders ORDER BY 1"_s,
            u"CREATE TRIGGER orders_search_insert AFTER INSERT ON orders WHEN NOT EXISTS "
            "(SELECT 1 FROM fiberdesk_meta WHERE key = '"_s
                + QString::fromLatin1(kSearchIndexDeferredKey)
                + u"') BEGIN SELECT RAISE(ABORT, 'order id beyond the search index''s keys') "
                  "WHERE new.id > "_s
                + idLimit + u"; INSERT INTO order_search(rowid, search_text) VALUES ("_s + newKey
                + u", new.search_text); END"_s,
            u"CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN "
            "INSERT INTO order_search(order_search, rowid, search_text) VALUES ('delete', "_s
                + oldKey + u", old.search_text); END"_s,
            u"CREATE TRIGGER orders_search_update AFTER UPDATE OF search_text, deadline_at "
            "ON orders WHEN old.search_text <> new.search_text OR old.deadline_at / "_s
                + day + u" <> new.deadline_at / "_s + day
                + u" BEGIN INSERT INTO order_search(order_search, rowid, search_text) "
                  "VALUES ('delete', "_s
                + oldKey
                + u", old.search_text); INSERT INTO order_search(rowid, search_text) "
                  "VALUES ("_s
                + newKey + u", new.search_text); END"_s,
        });
}

// Version 17 (issue 16): PostgreSQL's trigram index in deadline order, as SQLite's is since
// version 16. pg_trgm's GIN index lists a trigram's orders in the table's order, so a
// search's first page read every match to sort them (194 ms for "lucia huaman" at five
// million orders). Its replacement is keyed by the deadline's bucket above the trigram
// (private/searchkey.h): a page reads the buckets in deadline order and stops once full.
// It needs no extension. Building it at five million orders takes minutes, once.
Status indexSearchByDeadlineBucket(Database& database)
{
    if (database.isSqlite())
        return Status::success();
    FD_TRY(execSql(database, u"SET LOCAL maintenance_work_mem = '256MB'"_s));
    FD_TRY(execSql(database, searchTokensFunctionSql()));
    FD_TRY(execSql(database,
        u"CREATE INDEX orders_search_buckets ON orders USING gin ("_s
            + orderSearchTokensSql(QString()) + u')'));
    return execSql(database, u"DROP INDEX IF EXISTS orders_search"_s);
}

// Version 18 (issue 20): the month's evaluation reads what it needs from indexes alone.
// - A repair is a repeat fault when the same unit completed an order at the same account
//   in the 30 days before it (SPEC §7). Each of a month's repairs asked orders_account for
//   the account's orders and then read every one of them from the table to test its unit,
//   status and completion. This index holds exactly the orders that can be the earlier visit,
//   with their completion and unit, so the test reads nothing else: 24 → 17 ms on
//   PostgreSQL and 24 → 16 ms on SQLite for 4,900 repairs.
// - PostgreSQL only: a month's callbacks are counted for their order's unit, and the hash
//   join that finds it read every order's row and took apart eleven columns of it to reach
//   the unit (25 ms at 50,000 orders, of which 5 reading the ids). The index of ids with
//   their unit gives the same join from an index-only scan (11 ms). SQLite finds each
//   callback's order by its rowid, where this index would change nothing.
Status indexEvaluationEvidence(Database& database)
{
    const QString completedVisits = u"WHERE status = 'completed' AND kind <> 'removal'"_s;
    if (database.isSqlite()) {
        FD_TRY(execSql(database,
            u"CREATE INDEX orders_account_completed ON orders(account, completed_at, unit_id) "_s
                + completedVisits));
        // Migration 15 describes every index on orders to SQLite's planner; so must this one.
        FD_TRY(execSql(database,
            u"INSERT INTO sqlite_stat1 (tbl, idx, stat) "
            "VALUES ('orders', 'orders_account_completed', '900000 2 1 1')"_s));
        return execSql(database, u"ANALYZE sqlite_schema"_s);
    }
    FD_TRY(execSql(database, u"SET LOCAL maintenance_work_mem = '256MB'"_s));
    FD_TRY(execSql(database,
        u"CREATE INDEX orders_account_completed ON orders(account, completed_at) "
        "INCLUDE (unit_id) "_s
            + completedVisits));
    return execSql(database, u"CREATE INDEX orders_id_unit ON orders(id) INCLUDE (unit_id)"_s);
}

// Version 19 (issue 16): PostgreSQL's search index stays quick to ask after a day of writes.
// A GIN index files new entries in a pending list that every scan reads whole, and a
// search asks the index once per deadline bucket (about 410 buckets over seven years). A
// booking rewrites its order's row, whose entries then wait in that list: 1,159 bookings
// at five million orders left 387 pending pages, and a text found nowhere took 255 ms
// instead of 6 ms. FiberDesk's sessions now keep the list under 64 kB (Database::connect);
// a bulk import raises the limit while it runs and empties the list when it ends through
// this function, which runs with the owner's rights: the role FiberDesk runs as may not
// clean an index itself. The list left by earlier writes is emptied here.
Status flushSearchIndexPendingList(Database& database)
{
    if (database.isSqlite())
        return Status::success();
    FD_TRY(execSql(database,
        u"CREATE OR REPLACE FUNCTION fd_flush_search_index() RETURNS bigint LANGUAGE sql "
        "SECURITY DEFINER SET search_path FROM CURRENT AS "
        "$$ SELECT gin_clean_pending_list('orders_search_buckets'::regclass) $$"_s));
    return execSql(database, u"SELECT fd_flush_search_index()"_s);
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        { 1, "organisation", createOrganisation },
        { 2, "rules, assessments, status history, audit log", createRulesAndContracts },
        { 3, "work orders", createWorkOrders },
        { 4, "callbacks and complaints", createCallbacksAndComplaints },
        { 5, "monthly evaluations", createEvaluations },
        { 6, "users, sign-in and the audit chain", createUsersAndAuditChain },
        { 7, "open orders by deadline", indexOpenOrders },
        { 8, "sealed records and an append-only audit log", sealRecords },
        { 9, "removal orders", addRemovalOrders },
        { 10, "callback quality", addCallbackQuality },
        { 11, "search anywhere", addSearchAnywhere },
        { 12, "holiday calendar", addHolidays },
        { 13, "appeals and unit representatives", addAppeals },
        { 14, "board sorts on every column", indexBoardSorts },
        { 15, "what the query planner knows of the orders", describeOrdersToPlanner },
        { 16, "search in deadline order", indexSearchInDeadlineOrder },
        { 17, "search by deadline bucket on PostgreSQL", indexSearchByDeadlineBucket },
        { 18, "the month's evidence from indexes", indexEvaluationEvidence },
        { 19, "the search index's pending list emptied", flushSearchIndexPendingList },
    };
    return steps;
}

} // namespace fd
