#include "batch.h"

#include "rules/organisationchecks.h"

namespace fd {

QString BatchStatus::error() const
{
    if (!m_general.isEmpty() || m_records.isEmpty())
        return m_general;
    const RecordError& first = m_records.first();
    return describeFieldErrors({ { first.field, first.message } });
}

} // namespace fd
