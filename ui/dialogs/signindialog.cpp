#include "signindialog.h"

#include "language.h"
#include "services/userservice.h"
#include "widgets/palette.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace fd {

SignInDialog::SignInDialog(Database& database, const QString& databaseName, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_databaseName(databaseName)
{
    Result<bool> first = SignInService(database, QDateTime::currentDateTimeUtc()).needsFirstAdmin();
    m_firstRun = first.ok() && first.value();
    auto* layout = new QVBoxLayout(this);
    // The language is chosen before anything is read: a Spanish-speaking agent need not
    // sign in in English to find the Language menu.
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    for (const LanguageOption& option : availableLanguages())
        m_language->addItem(option.nativeName, option.code);
    m_languageLabel->setBuddy(m_language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferredLanguage())));
    top->addWidget(m_languageLabel, 0, Qt::AlignTop);
    top->addWidget(m_language, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_where = new QLabel(this);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_where);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_nameLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    // A label widget added to a form gets no buddy (only a label text does): without one its
    // "&" is shown as written, and Alt+U would reach nothing.
    m_nameLabel->setBuddy(m_name);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_nameLabel, m_name);
    if (m_firstRun) {
        m_displayName = new QLineEdit(this);
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_displayNameLabel = new QLabel(this);
        m_repeatLabel = new QLabel(this);
        m_displayNameLabel->setBuddy(m_displayName);
        m_repeatLabel->setBuddy(m_repeat);
        form->addRow(m_displayNameLabel, m_displayName);
        form->addRow(m_passwordLabel, m_password);
        form->addRow(m_repeatLabel, m_repeat);
    } else {
        form->addRow(m_passwordLabel, m_password);
    }
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: %1;"_s.arg(colourName(ColourRole::DangerText)));
    m_message->hide();
    layout->addWidget(m_message);
    if (!first.ok()) {
        m_message->setText(first.error());
        m_message->show();
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_language, &QComboBox::currentIndexChanged, this,
        [this] { chooseLanguage(m_language->currentData().toString()); });
    retranslate();
    m_name->setFocus();
    setMinimumWidth(440);
}

bool SignInDialog::chooseLanguage(const QString& code)
{
    const int index = m_language->findData(code);
    if (index < 0 || !installLanguage(code))
        return false;
    storeLanguage(code);
    if (m_language->currentIndex() != index) {
        const QSignalBlocker blocker(m_language);
        m_language->setCurrentIndex(index);
    }
    retranslate();
    return true;
}

QString SignInDialog::languageCode() const
{
    return m_language->currentData().toString();
}

void SignInDialog::retranslate()
{
    setWindowTitle(
        m_firstRun ? tr("FiberDesk — create the administrator") : tr("FiberDesk — sign in"));
    m_title->setText(m_firstRun
            ? tr("<h3>Welcome to FiberDesk</h3><p>This database has no users yet. Create the "
                 "administrator: "
                 "they will add the dispatchers, callback agents and evaluators.</p>")
            : tr("<h3>Sign in to FiberDesk</h3>"));
    m_languageLabel->setText(tr("&Language"));
    m_where->setText(tr("Database: %1").arg(m_databaseName));
    m_nameLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    if (m_firstRun) {
        m_displayName->setPlaceholderText(tr("e.g. Marta Ríos"));
        m_displayNameLabel->setText(tr("&Full name"));
        m_repeatLabel->setText(tr("&Repeat the password"));
    }
    // Made again, so that Cancel comes in the new language from Qt's own translation.
    m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_firstRun ? tr("Create and sign in") : tr("Sign in"));
}

QString SignInDialog::error() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::accept()
{
    SignInService service(m_database, QDateTime::currentDateTimeUtc());
    std::optional<Result<Actor>> actor; // both branches below set it
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
    if (!actor->ok()) {
        m_message->setText(actor->error());
        m_message->show();
        m_password->clear();
        if (m_repeat)
            m_repeat->clear();
        m_password->setFocus();
        return;
    }
    m_actor = actor->value();
    QDialog::accept();
}

} // namespace fd
