#pragma once

#include "domain/audit.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace fd {

// Audit entries, newest first, for the audit page (issue 6).
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column
    {
        When,
        Who,
        What,
        Record,
        Before,
        After,
        ColumnCount
    };

    explicit AuditModel(QTimeZone zone, QObject* parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QTimeZone m_zone;
    QList<AuditEntry> m_entries;
};

} // namespace fd
