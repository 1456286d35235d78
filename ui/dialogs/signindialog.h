#pragma once

#include "common/result.h"
#include "common/role.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
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
    // The language chooser: a change installs the language, remembers it for the window
    // that follows and retranslates the dialog at once.
    QComboBox* languageCombo() const { return m_language; }
    bool chooseLanguage(const QString& code);
    QString languageCode() const;

private:
    void retranslate();

    Database& m_database;
    QString m_databaseName;
    QLabel* m_title = nullptr;
    QLabel* m_where = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_displayNameLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_firstRun = false;
    Actor m_actor;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace fd
