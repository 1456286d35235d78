#pragma once

class QTableView;

namespace fd {

// The look every FiberDesk table shares: whole-row selection, alternating rows, sortable
// headers, no grid, compact rows.
void setUpRecordTable(QTableView* view);

} // namespace fd
