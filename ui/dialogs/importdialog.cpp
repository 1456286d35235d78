#include "importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
const QString kLastFolderKey = u"import/lastFolder"_s;
}

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import CSV"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (ImportKind kind : allImportKinds())
        m_kind->addItem(importKindDisplayName(kind), int(kind));
    form->addRow(tr("&What the file holds"), m_kind);
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setMinimumWidth(360);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    fileRow->addWidget(m_path);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Expected columns"), m_columns);
    layout->addLayout(form);
    auto* note = new QLabel(
        tr("UTF-8, comma-separated, with a header row. The file is imported whole or not at "
           "all: one bad row and nothing is written, and every problem is listed."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::update);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    update();
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

void ImportDialog::setPath(const QString& path)
{
    m_path->setText(path);
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"),
        settings.value(kLastFolderKey).toString(), tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(file).absolutePath());
    m_path->setText(file);
    // A file named like its kind ("teams.csv") picks the kind.
    const std::optional<ImportKind> guessed
        = importKindFromKey(QFileInfo(file).completeBaseName().toLower());
    if (guessed)
        setKind(*guessed);
}

void ImportDialog::update()
{
    m_columns->setText(
        u"<code>"_s + importColumns(kind()).join(u","_s).toHtmlEscaped() + u"</code>"_s);
    m_import->setEnabled(QFileInfo(path()).isFile());
}

} // namespace fd
