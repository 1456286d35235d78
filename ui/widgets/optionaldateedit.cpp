#include "optionaldateedit.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
const QDate kNotSet(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setMinimumDate(kNotSet);
    setSpecialValueText(tr("Not set"));
    setDate(kNotSet);
}

QDate OptionalDateEdit::optionalDate() const
{
    return date() == kNotSet ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& date)
{
    setDate(date.isValid() ? date : kNotSet);
}

} // namespace fd
