#include "complaintcombos.h"

#include "domain/complaint.h"

#include <QComboBox>
#include <QCoreApplication>

namespace fd {

namespace {

constexpr int kAll = -1;

template <typename Enum, typename Name>
void fill(QComboBox* combo, const QList<Enum>& values, Name name, const QString& allText)
{
    combo->clear();
    if (!allText.isEmpty())
        combo->addItem(allText, kAll);
    for (Enum value : values)
        combo->addItem(name(value), int(value));
}

} // namespace

void fillComplaintStatusCombo(QComboBox* combo, bool withAll)
{
    fill(combo, allComplaintStatuses(), complaintStatusDisplayName,
        withAll ? QCoreApplication::translate("fd::ComplaintCombos", "All statuses") : QString());
}

void fillComplaintCategoryCombo(QComboBox* combo, bool withAll)
{
    fill(combo, allComplaintCategories(), complaintCategoryDisplayName,
        withAll ? QCoreApplication::translate("fd::ComplaintCombos", "All categories") : QString());
}

void fillComplaintSourceCombo(QComboBox* combo, bool withAll)
{
    fill(combo, allComplaintSources(), complaintSourceDisplayName,
        withAll ? QCoreApplication::translate("fd::ComplaintCombos", "All sources") : QString());
}

std::optional<int> chosenValue(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid() || data.toInt() == kAll)
        return std::nullopt;
    return data.toInt();
}

} // namespace fd
