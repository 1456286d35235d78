#pragma once

#include <QDate>
#include <QString>

class QComboBox;

namespace fd {

struct OrganisationData;

// Combo boxes of records, each item's data its code and its text "code — name", so that a
// dispatcher can type either to find it.
void fillUnitCombo(QComboBox* combo, const OrganisationData& data, bool includeRetired);
void fillTeamCombo(QComboBox* combo, const OrganisationData& data, const QString& unitCode = {});
// Selects the item whose data is `code`; returns false when there is none.
bool selectCode(QComboBox* combo, const QString& code);
QString selectedCode(const QComboBox* combo);

// The months a page offers, newest first: the month of `today` and the `count - 1` before it,
// each item's data the month's first day, `selected` chosen (the newest when not offered).
// Filled without signals: the page loads its month itself.
void fillMonthCombo(QComboBox* combo, const QDate& today, const QDate& selected, int count = 36);
// Chooses the month of `day`, adding it when it lies outside the months offered. Returns
// false when it was already chosen (no currentIndexChanged follows: the caller refreshes).
bool selectMonth(QComboBox* combo, const QDate& day);

} // namespace fd
