#pragma once

#include "services/import/importservice.h"

#include <QDialog>

class QListWidget;

namespace fd {

// Why a file was refused: every problem, one line each, in a list that scrolls and can be
// copied, so the person fixing the file works down it.
class ImportProblemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemsDialog)

public:
    ImportProblemsDialog(const ImportFailure& failure, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list = nullptr;
};

} // namespace fd
