#include "userdialog.h"

#include "services/unitservice.h"
#include "services/userservice.h"
#include "widgets/palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {

QLineEdit* passwordField(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
    label->hide();
    return label;
}

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void showMessage(QLabel* message, const QString& text)
{
    message->setText(text);
    message->show();
}

} // namespace

UserDialog::UserDialog(const Session& session, std::optional<User> existing, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit user %1").arg(m_existing->name) : tr("New user"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("what they sign in with, e.g. mrios"));
    m_displayName = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (Role role : allRoles())
        m_role->addItem(roleDisplayName(role), roleKey(role));
    // A unit representative is bound to one unit; no other role is.
    m_unit = new QComboBox(this);
    m_unit->addItem(tr("(none)"), QString());
    if (Result<QList<Unit>> units = UnitService(m_session).list(); units.ok()) {
        for (const Unit& unit : units.value())
            m_unit->addItem(unit.code + u" — "_s + unit.name, unit.code);
    }
    auto syncUnit = [this] {
        const bool bound = m_role->currentData().toString() == roleKey(Role::UnitRepresentative);
        m_unit->setEnabled(bound);
        if (!bound)
            m_unit->setCurrentIndex(0);
    };
    connect(m_role, &QComboBox::currentIndexChanged, this, syncUnit);
    form->addRow(tr("&User name"), m_name);
    form->addRow(tr("&Full name"), m_displayName);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("U&nit represented"), m_unit);
    if (m_existing) {
        m_name->setText(m_existing->name);
        m_name->setReadOnly(true);
        m_displayName->setText(m_existing->displayName);
        m_role->setCurrentIndex(m_role->findData(roleKey(m_existing->role)));
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_existing->unitCode)));
        m_active = new QCheckBox(tr("May sign in"), this);
        m_active->setChecked(m_existing->active);
        form->addRow(QString(), m_active);
    } else {
        m_password = passwordField(this);
        m_repeat = passwordField(this);
        form->addRow(tr("&Password"), m_password);
        form->addRow(tr("R&epeat the password"), m_repeat);
    }
    syncUnit();
    if (m_existing)
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_existing->unitCode)));
    layout->addLayout(form);
    auto* note = new QLabel(
        tr("Dispatchers handle work orders; callback agents call customers and log complaints; "
           "evaluators manage the organisation, the rules, verdicts and scores; admins do all "
           "of it and manage users; a unit representative sees only its unit's evaluations, "
           "evidence, compliance and orders, and files its appeals."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this));
    setMinimumWidth(460);
}

QString UserDialog::error() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void UserDialog::accept()
{
    User user = m_existing.value_or(User {});
    user.name = m_name->text();
    user.displayName = m_displayName->text();
    user.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Dispatcher);
    user.unitCode = m_unit->currentData().toString();
    if (m_active)
        user.active = m_active->isChecked();
    std::optional<Result<User>> saved; // both branches below set it
    if (m_existing) {
        saved = UserService(m_session).update(user);
    } else {
        if (m_password->text() != m_repeat->text())
            return showMessage(m_message, tr("The two passwords differ."));
        saved = UserService(m_session).create(user, m_password->text());
    }
    if (!saved->ok())
        return showMessage(m_message, saved->error());
    m_saved = saved->value();
    QDialog::accept();
}

PasswordDialog::PasswordDialog(
    const Session& session, Mode mode, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_mode(mode)
    , m_userName(userName)
{
    setWindowTitle(mode == Mode::OwnChange ? tr("Change your password")
                                           : tr("New password for %1").arg(userName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    if (mode == Mode::OwnChange) {
        m_current = passwordField(this);
        form->addRow(tr("&Current password"), m_current);
    }
    m_password = passwordField(this);
    m_repeat = passwordField(this);
    form->addRow(tr("&New password"), m_password);
    form->addRow(tr("&Repeat it"), m_repeat);
    layout->addLayout(form);
    m_message = messageLabel(this);
    layout->addWidget(m_message);
    layout->addWidget(okCancel(this));
    setMinimumWidth(400);
}

QString PasswordDialog::error() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PasswordDialog::accept()
{
    if (m_password->text() != m_repeat->text())
        return showMessage(m_message, tr("The two passwords differ."));
    const Status changed = m_mode == Mode::OwnChange
        ? UserService(m_session).changeOwnPassword(m_current->text(), m_password->text())
        : UserService(m_session).resetPassword(m_userName, m_password->text());
    if (!changed.ok())
        return showMessage(m_message, changed.error());
    QDialog::accept();
}

} // namespace fd
