#include "batchchecks.h"

#include <QCoreApplication>

namespace fd {

void BatchChecker::once(qsizetype index, const QString& field, const QString& key)
{
    if (m_seen.contains(key))
        add(index, field, QCoreApplication::translate("fd::Checks", "appears twice"));
    m_seen.insert(key);
}

qint64 BatchChecker::reference(qsizetype index, const QString& field,
    const QHash<QString, qint64>& ids, const QString& code, const QString& missingMessage)
{
    const auto found = ids.constFind(code);
    if (found != ids.cend())
        return *found;
    add(index, field, missingMessage);
    return 0;
}

} // namespace fd
