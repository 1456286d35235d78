#pragma once

#include "common/session.h"
#include "domain/user.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fd {

// A new user (name, full name, role, first password) or an existing one's full name, role
// and whether they may sign in (issue 6). The name is what they sign in with and is not
// renamed. Saved through UserService, which an admin alone may use.
class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    UserDialog(const Session& session, std::optional<User> existing, QWidget* parent = nullptr);

    void accept() override;
    QString error() const;
    const User& saved() const { return m_saved; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    QComboBox* roleCombo() const { return m_role; }
    QComboBox* unitCombo() const { return m_unit; }
    QCheckBox* activeCheck() const { return m_active; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

private:
    const Session& m_session;
    std::optional<User> m_existing;
    User m_saved;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_active = nullptr;
    QComboBox* m_unit = nullptr; // a unit representative's unit (SPEC §1)
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

// A new password: an admin's reset of someone's, or the signed-in user's own (which asks
// for the current one first).
class PasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordDialog)

public:
    enum class Mode
    {
        ResetByAdmin,
        OwnChange
    };
    PasswordDialog(
        const Session& session, Mode mode, const QString& userName, QWidget* parent = nullptr);

    void accept() override;
    QString error() const;
    QLineEdit* currentEdit() const { return m_current; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* repeatEdit() const { return m_repeat; }

private:
    const Session& m_session;
    Mode m_mode;
    QString m_userName;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fd
