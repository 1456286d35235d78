#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fd {

// Names the database FiberDesk opens at its next start: a SQLite file (browse or type a
// path) or a postgresql:// URL for a shared server.
class DatabaseLocationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseLocationDialog)

public:
    explicit DatabaseLocationDialog(const QString& current, QWidget* parent = nullptr);

    QString location() const;
    void accept() override;

private:
    void browse();

    QLineEdit* m_location = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace fd
