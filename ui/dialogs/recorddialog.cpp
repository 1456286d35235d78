#include "recorddialog.h"

#include "rules/organisationchecks.h"
#include "widgets/errorlabel.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

RecordDialog::RecordDialog(const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    layout->addStretch();
    m_general = makeErrorLabel(this);
    layout->addWidget(m_general);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

void RecordDialog::addField(const QString& field, QWidget* editor)
{
    addField(field, fieldDisplayName(field), editor);
}

void RecordDialog::addField(const QString& key, const QString& label, QWidget* editor)
{
    // The error goes right under its editor, so the form reads "Code [U 1] / must not
    // contain a space" without the reader matching messages to fields.
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    QLabel* error = makeErrorLabel(cell);
    cellLayout->addWidget(error);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(editor);
    m_form->addRow(labelWidget, cell);
    m_fields.insert(key, Field { labelWidget, editor, error });
}

QLabel* RecordDialog::addNote(const QString& text)
{
    auto* note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(note);
    return note;
}

QString RecordDialog::keyOf(const RecordError& error) const
{
    return error.field;
}

QString RecordDialog::fieldError(const QString& key) const
{
    const auto found = m_fields.constFind(key);
    return found == m_fields.cend() || found->error->isHidden() ? QString() : found->error->text();
}

QString RecordDialog::generalError() const
{
    return m_general->isHidden() ? QString() : m_general->text();
}

QWidget* RecordDialog::editor(const QString& key) const
{
    const auto found = m_fields.constFind(key);
    return found == m_fields.cend() ? nullptr : found->editor;
}

void RecordDialog::accept()
{
    clearErrors();
    const BatchStatus status = save();
    if (status.ok()) {
        QDialog::accept();
        return;
    }
    showStatus(status);
}

void RecordDialog::clearErrors()
{
    for (Field& field : m_fields) {
        field.error->clear();
        field.error->hide();
        field.label->setStyleSheet(QString());
    }
    m_general->clear();
    m_general->hide();
}

void RecordDialog::showStatus(const BatchStatus& status)
{
    QStringList general;
    if (!status.generalError().isEmpty())
        general.append(status.generalError());
    QWidget* firstEditor = nullptr;
    for (const RecordError& error : status.recordErrors()) {
        const auto found = m_fields.find(keyOf(error));
        if (found == m_fields.end()) {
            general.append(QCoreApplication::translate("fd::Checks", "%1: %2")
                               .arg(fieldDisplayName(error.field), error.message));
            continue;
        }
        const QString before = found->error->text();
        found->error->setText(before.isEmpty() ? error.message : before + u'\n' + error.message);
        found->error->show();
        found->label->setStyleSheet(errorStyle());
        if (!firstEditor)
            firstEditor = found->editor;
    }
    if (!general.isEmpty()) {
        m_general->setText(general.join(u'\n'));
        m_general->show();
    }
    // The messages take room: the dialog grows to show them and the text above in full.
    if (layout()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
    if (firstEditor)
        firstEditor->setFocus();
}

} // namespace fd
