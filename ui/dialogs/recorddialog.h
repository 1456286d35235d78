#pragma once

#include "common/batch.h"
#include "common/session.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace fd {

// An edit dialog for one record (or one holder's few records). Saving calls the service
// with the record; when the service refuses it, each RecordError is shown under the
// editor of its SPEC §9 column and the dialog stays open. Nothing is checked here that the
// service does not check: the dialog and the CSV importer refuse the same values with the
// same words.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    void accept() override;

    // The message shown under the editor of `key`; empty when there is none.
    QString fieldError(const QString& key) const;
    QString generalError() const;
    QWidget* editor(const QString& key) const;

protected:
    RecordDialog(const Session& session, QWidget* parent);

    // A labelled editor for a SPEC §9 column: `key` is the column ("code", "unit_code"), or
    // any name keyOf() maps errors to.
    void addField(const QString& key, const QString& label, QWidget* editor);
    void addField(const QString& field, QWidget* editor);
    // A grey explanation across the form (what a new unit starts as, and so on).
    QLabel* addNote(const QString& text);

    virtual BatchStatus save() = 0;
    // Which field an error belongs to; errors of an unknown field go to the message above
    // the buttons.
    virtual QString keyOf(const RecordError& error) const;

    const Session& m_session;

private:
    struct Field
    {
        QLabel* label = nullptr;
        QWidget* editor = nullptr;
        QLabel* error = nullptr;
    };

    void clearErrors();
    void showStatus(const BatchStatus& status);

    QFormLayout* m_form = nullptr;
    QLabel* m_general = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<QString, Field> m_fields;
};

} // namespace fd
