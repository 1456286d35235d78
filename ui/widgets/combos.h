#pragma once

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

} // namespace fd
