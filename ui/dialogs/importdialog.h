#pragma once

#include "services/import/importkind.h"
#include "services/import/importservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace fd {

// File ▸ Import CSV…: what kind of file and which one, in which encoding and with which
// separator. Shows the columns the kind expects and a preview of the file's first rows as
// the import will read them (SPEC §13), so that a wrong file or text in the wrong encoding
// (mojibake) is seen before anything is written.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    static constexpr int kPreviewRows = 20;

    explicit ImportDialog(QWidget* parent = nullptr);

    ImportKind kind() const;
    QString path() const;
    void setPath(const QString& path);
    void setKind(ImportKind kind);
    ImportOptions options() const;
    // "UTF-8", "GB18030", "windows-1252"; chosen by the dialog when a file is picked.
    void setEncoding(const QString& encoding);
    void setSeparator(char separator); // 0: automatic

    QTableWidget* preview() const { return m_preview; }
    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* separatorBox() const { return m_separator; }
    QLabel* previewStatus() const { return m_status; }

private:
    void browse();
    void update();
    void pathChanged();
    void refreshPreview();

    QComboBox* m_kind = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_separator = nullptr;
    QLabel* m_columns = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace fd
