#pragma once

#include "pages/page.h"

namespace fd {

// An area of the product that a later version of FiberDesk brings: says what it will do
// and nothing more (no buttons that do nothing).
class PlaceholderPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString& title, const QString& purpose, const QStringList& points,
        QWidget* parent = nullptr);
};

} // namespace fd
