#pragma once

#include <QDateEdit>

namespace fd {

// A date that may be unknown (a contract start not on record): its lowest date reads
// "Not set" and stands for no date.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate optionalDate() const; // invalid when not set
    void setOptionalDate(const QDate& date);
};

} // namespace fd
