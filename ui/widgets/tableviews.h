#pragma once

class QTableView;

namespace fd {

// The look every FiberDesk table shares: whole-row selection, alternating rows, sortable
// headers, no grid, compact rows.
void setUpRecordTable(QTableView* view);
// Sizes the columns to their contents (looking at a few hundred rows, not all), none wider
// than `maxWidth`, the last one taking the space left.
void fitColumns(QTableView* view, int maxWidth = 320);

} // namespace fd
