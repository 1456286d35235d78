#include "signindialog.h"

#include "services/userservice.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

SignInDialog::SignInDialog(Database& database, const QString& databaseName, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    Result<bool> first = SignInService(database, QDateTime::currentDateTimeUtc()).needsFirstAdmin();
    m_firstRun = first.ok() && first.value();
    setWindowTitle(
        m_firstRun ? tr("FiberDesk — create the administrator") : tr("FiberDesk — sign in"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(this);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    title->setText(m_firstRun
            ? tr("<h3>Welcome to FiberDesk</h3><p>This database has no users yet. Create the "
                 "administrator: "
                 "they will add the dispatchers, callback agents and evaluators.</p>")
            : tr("<h3>Sign in to FiberDesk</h3>"));
    layout->addWidget(title);
    auto* where = new QLabel(tr("Database: %1").arg(databaseName), this);
    where->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(where);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name"), m_name);
    if (m_firstRun) {
        m_displayName = new QLineEdit(this);
        m_displayName->setPlaceholderText(tr("e.g. Marta Ríos"));
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Full name"), m_displayName);
        form->addRow(tr("&Password"), m_password);
        form->addRow(tr("&Repeat the password"), m_repeat);
    } else {
        form->addRow(tr("&Password"), m_password);
    }
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #9b121c;"_s);
    m_message->hide();
    layout->addWidget(m_message);
    if (!first.ok()) {
        m_message->setText(first.error());
        m_message->show();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(m_firstRun ? tr("Create and sign in") : tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
    setMinimumWidth(440);
}

QString SignInDialog::error() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::accept()
{
    SignInService service(m_database, QDateTime::currentDateTimeUtc());
    Result<Actor> actor = Error(QString());
    if (m_firstRun) {
        if (m_password->text() != m_repeat->text()) {
            m_message->setText(tr("The two passwords differ."));
            m_message->show();
            return;
        }
        actor = service.createFirstAdmin(m_name->text(), m_displayName->text(), m_password->text());
    } else {
        actor = service.signIn(m_name->text(), m_password->text());
    }
    if (!actor.ok()) {
        m_message->setText(actor.error());
        m_message->show();
        m_password->clear();
        if (m_repeat)
            m_repeat->clear();
        m_password->setFocus();
        return;
    }
    m_actor = actor.value();
    QDialog::accept();
}

} // namespace fd
