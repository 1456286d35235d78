#pragma once

#include "common/batch.h"
#include "rules/organisationchecks.h"

#include <QHash>
#include <QSet>

namespace fd {

// Small helpers the organisation services share while checking a batch.
class BatchChecker
{
public:
    void add(qsizetype index, const QList<FieldError>& errors)
    {
        for (const FieldError& error : errors)
            m_errors.append({ index, error.field, error.message });
    }
    void add(qsizetype index, const QString& field, const QString& message)
    {
        m_errors.append({ index, field, message });
    }
    // Records an error when `key` was already seen in this batch.
    void once(qsizetype index, const QString& field, const QString& key);
    // Looks a code up; records "no such X" when it is missing and returns 0.
    qint64 reference(qsizetype index, const QString& field, const QHash<QString, qint64>& ids,
        const QString& code, const QString& missingMessage);

    bool failed() const { return !m_errors.isEmpty(); }
    BatchStatus status() const { return m_errors; }

private:
    QList<RecordError> m_errors;
    QSet<QString> m_seen;
};

} // namespace fd
