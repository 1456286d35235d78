#include "userspage.h"

#include "dialogs/userdialog.h"
#include "models/usermodel.h"
#include "services/userservice.h"
#include "widgets/columnfitter.h"
#include "widgets/palette.h"
#include "widgets/tableviews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

UsersPage::UsersPage(const Session& session, QWidget* parent)
    : Page(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(
        tr("Users who may sign in to this database, and what their role lets them do."), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_model = new UserModel(session.zone(), this);
    m_view = new QTableView(this);
    setUpRecordTable(m_view);
    m_view->setSortingEnabled(false);
    m_view->setModel(m_model);
    new ColumnFitter(m_view, UserModel::DisplayName);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New user… (Ctrl+N)"), this);
    m_edit = new QPushButton(tr("Edit… (Enter)"), this);
    m_reset = new QPushButton(tr("Reset password…"), this);
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &UsersPage::newRecord);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editSelected);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_view, &QTableView::activated, this, &UsersPage::editSelected);
}

void UsersPage::refresh()
{
    const int row = currentRow();
    const QString selected = row >= 0 ? m_model->user(row).name : QString();
    Result<QList<User>> users = UserService(m_session).list();
    if (!users.ok()) {
        showMessage(users.error(), true);
        m_model->setUsers({});
        return;
    }
    m_model->setUsers(users.value());
    const int again = m_model->rowOf(selected);
    if (again >= 0)
        m_view->setCurrentIndex(m_model->index(again, 0));
}

int UsersPage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void UsersPage::newRecord()
{
    UserDialog dialog(m_session, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(dialog.saved().name), 0));
    showMessage(tr("User %1 created: they can sign in now.").arg(dialog.saved().name), false);
}

void UsersPage::editSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    UserDialog dialog(m_session, m_model->user(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showMessage(tr("User %1 saved.").arg(dialog.saved().name), false);
}

void UsersPage::resetPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->user(row).name;
    PasswordDialog dialog(m_session, PasswordDialog::Mode::ResetByAdmin, name, this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(
            tr("%1 signs in with the new password from now on; a lock on the name is lifted.")
                .arg(name),
            false);
}

void UsersPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: %1;"_s.arg(colourName(ColourRole::DangerText))
                                   : u"color: %1;"_s.arg(colourName(ColourRole::SuccessText)));
    m_message->show();
    if (!error)
        emit statusMessage(text);
}

QString UsersPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace fd
