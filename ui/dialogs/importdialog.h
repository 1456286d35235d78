#pragma once

#include "services/import/importkind.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fd {

// File ▸ Import CSV…: what kind of file and which one. Shows the columns the kind expects,
// so that a wrong file is caught before it is read.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QWidget* parent = nullptr);

    ImportKind kind() const;
    QString path() const;
    void setPath(const QString& path);
    void setKind(ImportKind kind);

private:
    void browse();
    void update();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_columns = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace fd
