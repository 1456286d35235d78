#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace fd {

// Services save records in batches: one record from an edit dialog, thousands from a CSV
// file. Every record is checked before anything is written; a failure names the record
// (its index in the batch) and the SPEC §9 column at fault, so that the importer can turn
// it into "file, line, column" and a dialog can point at the field.
struct RecordError
{
    qsizetype index = 0;
    QString field;
    QString message;
};

class [[nodiscard]] BatchStatus
{
public:
    BatchStatus() = default;
    BatchStatus(Error error)
        : m_general(error.message())
    { }
    BatchStatus(QList<RecordError> errors)
        : m_records(std::move(errors))
    { }

    bool ok() const { return m_general.isEmpty() && m_records.isEmpty(); }
    explicit operator bool() const { return ok(); }

    // A failure not tied to one record (permission, database).
    const QString& generalError() const { return m_general; }
    const QList<RecordError>& recordErrors() const { return m_records; }
    // One readable line: the general error or the first record's.
    QString error() const;

private:
    QString m_general;
    QList<RecordError> m_records;
};

// Counts of what a batch did.
struct SaveSummary
{
    qsizetype created = 0;
    qsizetype updated = 0;
    qsizetype unchanged = 0;
};

} // namespace fd
