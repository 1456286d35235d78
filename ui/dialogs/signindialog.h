#pragma once

#include "common/result.h"
#include "common/role.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fd {

class Database;

// FiberDesk's front door (issue 6): a user name and a password, checked by SignInService
// (a refusal never says whether the name exists; repeated failures lock the name). On a
// database without users it asks the first user to become the admin instead.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Database& database, const QString& databaseName, QWidget* parent = nullptr);

    void accept() override;
    // Who signed in, after Accepted.
    const Actor& actor() const { return m_actor; }
    bool firstRun() const { return m_firstRun; }
    QString error() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

private:
    Database& m_database;
    bool m_firstRun = false;
    Actor m_actor;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fd
