#pragma once

#include <optional>

class QComboBox;

namespace fd {

// Combo boxes of the SPEC §6 choices, each item's data the enum's value as an int. With
// `withAll`, a first item "All …" stands for no choice (a filter).
void fillComplaintStatusCombo(QComboBox* combo, bool withAll);
void fillComplaintCategoryCombo(QComboBox* combo, bool withAll);
void fillComplaintSourceCombo(QComboBox* combo, bool withAll);
// The chosen enum value as an int; nothing when "All" is chosen.
std::optional<int> chosenValue(const QComboBox* combo);

} // namespace fd
