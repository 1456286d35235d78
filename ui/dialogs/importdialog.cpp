#include "importdialog.h"

#include "csv/csvdecoder.h"
#include "csv/csvpreview.h"
#include "csv/csvrow.h"
#include "widgets/errorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

namespace {
const QString kLastFolderKey = u"import/lastFolder"_s;

QString separatorName(char separator)
{
    switch (separator) {
    case ';':
        return ImportDialog::tr("semicolon (;)");
    case '\t':
        return ImportDialog::tr("tab");
    default:
        return ImportDialog::tr("comma (,)");
    }
}
} // namespace

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

    // How the file is read: what Excel, WPS and LibreOffice write in each language.
    auto* readingRow = new QHBoxLayout;
    m_encoding = new QComboBox(this);
    m_encoding->addItem(tr("UTF-8 (CSV UTF-8, LibreOffice, Google Sheets)"), u"UTF-8"_s);
    m_encoding->addItem(tr("GB18030 / GBK (Excel or WPS on Chinese Windows)"), u"GB18030"_s);
    m_encoding->addItem(
        tr("Windows-1252 / Latin-1 (Excel on Spanish or English Windows)"), u"windows-1252"_s);
    m_separator = new QComboBox(this);
    m_separator->addItem(tr("Automatic"), 0);
    for (char separator : { ',', ';', '\t' })
        m_separator->addItem(separatorName(separator), int(separator));
    auto* encodingLabel = new QLabel(tr("&Encoding"), this);
    encodingLabel->setBuddy(m_encoding);
    auto* separatorLabel = new QLabel(tr("&Separator"), this);
    separatorLabel->setBuddy(m_separator);
    readingRow->addWidget(m_encoding, 1);
    readingRow->addSpacing(12);
    readingRow->addWidget(separatorLabel);
    readingRow->addWidget(m_separator);
    form->addRow(encodingLabel, readingRow);

    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Expected columns"), m_columns);
    layout->addLayout(form);

    auto* previewLabel = new QLabel(tr("Preview: the first rows as they will be read"), this);
    QFont bold = previewLabel->font();
    bold.setBold(true);
    previewLabel->setFont(bold);
    layout->addWidget(previewLabel);
    m_preview = new QTableWidget(this);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(200);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* note = new QLabel(
        tr("The file is imported whole or not at all: one bad row and nothing is written, and "
           "every problem is listed. A file of units, areas, teams or technicians may have only "
           "some of the columns besides the code; it changes only those."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::pathChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    connect(m_separator, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    resize(900, 600);
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

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.encoding = m_encoding->currentData().toString();
    options.separator = char(m_separator->currentData().toInt());
    return options;
}

void ImportDialog::setEncoding(const QString& encoding)
{
    const int index = m_encoding->findData(csvEncodingName(encoding).value_or(u"UTF-8"_s));
    m_encoding->setCurrentIndex(qMax(0, index));
}

void ImportDialog::setSeparator(char separator)
{
    m_separator->setCurrentIndex(qMax(0, m_separator->findData(int(separator))));
}

void ImportDialog::browse()
{
    QSettings settings;
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"),
        settings.value(kLastFolderKey).toString(),
        tr("CSV and text files (*.csv *.txt);;All files (*)"));
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

void ImportDialog::pathChanged()
{
    // A newly chosen file is read in the encoding it seems to be in; the person can still
    // choose another when the preview shows it wrong.
    QFile file(path());
    if (QFileInfo(path()).isFile() && file.open(QIODevice::ReadOnly)) {
        const QSignalBlocker blocker(m_encoding);
        setEncoding(guessCsvEncoding(file.read(1 << 18)));
    }
    update();
}

void ImportDialog::update()
{
    m_columns->setText(
        u"<code>"_s + importColumns(kind()).join(u","_s).toHtmlEscaped() + u"</code>"_s);
    m_import->setEnabled(QFileInfo(path()).isFile());
    refreshPreview();
}

void ImportDialog::refreshPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_status->clear();
    QFile file(path());
    if (!QFileInfo(path()).isFile() || !file.open(QIODevice::ReadOnly))
        return;
    const ImportOptions chosen = options();
    const CsvPreview preview = previewCsv(file, chosen.encoding, chosen.separator, kPreviewRows);
    m_preview->setColumnCount(int(preview.header.size()));
    m_preview->setHorizontalHeaderLabels(preview.header);
    m_preview->setRowCount(int(preview.rows.size()));
    QStringList lines;
    for (int row = 0; row < preview.rows.size(); ++row) {
        const CsvRecord& record = preview.rows.at(row);
        lines.append(QString::number(record.line));
        if (m_preview->columnCount() < record.fields.size())
            m_preview->setColumnCount(int(record.fields.size()));
        for (int column = 0; column < record.fields.size(); ++column) {
            // Line breaks inside a cell show as ↵, so that each record keeps one line.
            QString text = record.fields.at(column);
            text.replace(u"\r\n"_s, u"↵"_s).replace(u'\n', u'↵');
            m_preview->setItem(row, column, new QTableWidgetItem(text));
        }
    }
    m_preview->setVerticalHeaderLabels(lines); // the file's line numbers
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, qMin(m_preview->columnWidth(column), 280));

    // What the import would say of the header, and where reading stopped.
    QStringList notes;
    if (preview.problem) {
        notes.append(describeCsvProblem(path(), *preview.problem));
    } else if (!preview.header.isEmpty()) {
        CsvColumns columns;
        QList<CsvProblem> problems;
        if (!columns.read(
                preview.header, importColumns(kind()), importRequiredColumns(kind()), problems)) {
            for (const CsvProblem& problem : std::as_const(problems))
                notes.append(describeCsvProblem(path(), problem));
        }
    }
    const int shown = int(preview.rows.size());
    const QString reading
        = (shown == 1 ? tr("Read as %1, separated by %2; 1 row shown.")
                      : tr("Read as %1, separated by %2; %n rows shown.", nullptr, shown))
              .arg(m_encoding->currentData().toString(), separatorName(preview.separator));
    if (notes.isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(reading
            + (preview.more ? u" "_s + tr("The file has more rows; all are checked on import.")
                            : QString()));
    } else {
        m_status->setStyleSheet(errorStyle());
        m_status->setText(reading + u"\n"_s + notes.join(u'\n'));
    }
}

} // namespace fd
