#pragma once

#include <QAbstractTableModel>

namespace fd {

// What the organisation tabs need from each of their models besides Qt's interface: a key
// that survives a reload, to keep the selection on the same record, and whether a row is
// active (the tab's Deactivate/Reactivate button).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    virtual QString rowKey(int row) const = 0;
    virtual bool rowActive(int row) const;
    int rowOfKey(const QString& key) const; // −1 when gone
};

} // namespace fd
