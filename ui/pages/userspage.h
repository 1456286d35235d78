#pragma once

#include "common/session.h"
#include "pages/page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace fd {

class UserModel;

// Who may sign in and with which role (issue 6; admins only, as the service insists).
class UsersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(const Session& session, QWidget* parent = nullptr);

    void refresh() override;
    void newRecord() override;
    void editSelected();
    void resetPassword();

    UserModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString message() const;

private:
    int currentRow() const;
    void showMessage(const QString& text, bool error);

    const Session& m_session;
    UserModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace fd
