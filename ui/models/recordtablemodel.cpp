#include "recordtablemodel.h"

namespace fd {

bool RecordTableModel::rowActive(int) const
{
    return true;
}

int RecordTableModel::rowOfKey(const QString& key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (rowKey(row) == key)
            return row;
    }
    return -1;
}

} // namespace fd
