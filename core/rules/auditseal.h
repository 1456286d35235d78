#pragma once

#include "domain/audit.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace fd {

// Sealed records (SPEC §16, issue 14). When a month is finalized, an entry of the audit
// chain carries a digest of what was stored for each unit: its figures, counts and rule
// version (the evaluation row), the evidence rows behind them and the status change the
// finalization made. Each change of a unit's status carries a digest of the history row it
// wrote and of the unit's status as it left it. `audit verify` reads the same rows again,
// digests them alike and names the unit and month of any that no longer match: an edit made
// with a database tool outside FiberDesk. The chain protects the seals themselves.
//
// The stored rows reach these functions as canonical text fields, read by the repository
// column by column (rules never see SQL).

// A finalized (or since reopened) evaluation as stored.
struct SealedEvaluation
{
    qint64 id = 0;
    QString unitCode;
    QString month; // "YYYY-MM"
    bool final = true; // false once reopened
    QStringList figures; // every frozen column, in a fixed order
    QStringList evidence; // "kind:ref:flag", sorted
};

// One row of a unit's status history.
struct SealedStatusChange
{
    qint64 id = 0;
    QString unitCode;
    QString effectiveOn; // ISO date
    QString evaluationMonth; // set when a finalization ended the contract
    QStringList fields;
};

// A unit's status columns as they stand.
struct SealedUnitState
{
    QString unitCode;
    QString status;
    QStringList fields;
};

// SHA-256 over the fields, each length-prefixed, in hex.
QString sealDigest(const QStringList& fields);

// What a finalization seals for one unit: the evaluation and the status changes it made.
QString evaluationSealDigest(
    const SealedEvaluation& evaluation, const QList<SealedStatusChange>& statusChanges);
QString statusRowsDigest(const QList<SealedStatusChange>& rows);
QString unitStateDigest(const SealedUnitState& state);

// The seal text of an entry, and back.
struct MonthSeal
{
    qint64 evaluationId = 0;
    QList<qint64> statusIds;
    QString digest;
};
struct StatusSeal
{
    QList<qint64> statusIds;
    QString rowsDigest;
    QString unitDigest;
};
QString formatMonthSeal(const MonthSeal& seal); // "evaluation:12 status:34 sha256:…"
QString formatStatusSeal(const StatusSeal& seal); // "status:34 rows:… unit:…"
std::optional<MonthSeal> parseMonthSeal(const QString& text);
std::optional<StatusSeal> parseStatusSeal(const QString& text);

// The stored rows `audit verify` compares with the seals.
struct SealedRecords
{
    QList<SealedEvaluation> evaluations;
    QList<SealedStatusChange> statusChanges; // every unit's, in id order
    QList<SealedUnitState> units;
};

// One record that no longer matches what FiberDesk sealed.
struct AuditFinding
{
    QString unitCode;
    QString month; // "YYYY-MM" the record belongs to, empty when none
    qint64 entryId = 0; // the sealing entry, 0 when there is none
    QString problem; // translated
};

// Compares the records with the seals in `entries` (the whole chain, oldest first).
QList<AuditFinding> checkSeals(
    const QList<ChainedAuditEntry>& entries, const SealedRecords& records);

} // namespace fd
