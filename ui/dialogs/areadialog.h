#pragma once

#include "dialogs/recorddialog.h"
#include "domain/organisation.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fd {

struct OrganisationData;

// New or edit a service area: its name, the unit that serves it and its subscribers.
class AreaDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaDialog)

public:
    AreaDialog(const Session& session, const OrganisationData& data, std::optional<Area> existing,
        QWidget* parent = nullptr);

    QSpinBox* subscribersEdit() const { return m_subscribers; }

protected:
    BatchStatus save() override;

private:
    std::optional<Area> m_existing;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_unit = nullptr;
    QSpinBox* m_subscribers = nullptr;
};

} // namespace fd
