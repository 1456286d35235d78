#pragma once

#include "dialogs/recorddialog.h"
#include "domain/organisation.h"

#include <optional>

class QLineEdit;

namespace fd {

class OptionalDateEdit;

// New or edit a maintenance unit. A new unit starts as a candidate; its status changes only
// through assessments and the Units tab's "Change status…" (the service enforces both).
class UnitDialog final : public RecordDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitDialog)

public:
    UnitDialog(const Session& session, std::optional<Unit> existing, QWidget* parent = nullptr);

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }

protected:
    BatchStatus save() override;

private:
    std::optional<Unit> m_existing;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_contractNo = nullptr;
    OptionalDateEdit* m_contractStart = nullptr;
};

} // namespace fd
