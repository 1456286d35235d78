#include "databaselocationdialog.h"

#include "common/databaselocation.h"
#include "common/defaultlocation.h"
#include "widgets/errorlabel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fd {

DatabaseLocationDialog::DatabaseLocationDialog(const QString& current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Use another database"));
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
        tr("A database file on this computer, or a PostgreSQL server shared by several "
           "desks (postgresql://user@host:5432/fiberdesk). FiberDesk opens it the next "
           "time it starts; a new file is created there and then."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto* row = new QHBoxLayout;
    m_location = new QLineEdit(current, this);
    m_location->setMinimumWidth(420);
    row->addWidget(m_location);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    row->addWidget(browse);
    auto* standard = new QPushButton(tr("Standard location"), this);
    standard->setAutoDefault(false);
    standard->setToolTip(standardDatabasePath());
    row->addWidget(standard);
    layout->addLayout(row);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &DatabaseLocationDialog::browse);
    connect(standard, &QPushButton::clicked, this,
        [this] { m_location->setText(standardDatabasePath()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseLocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseLocationDialog::reject);
}

QString DatabaseLocationDialog::location() const
{
    return m_location->text().trimmed();
}

void DatabaseLocationDialog::browse()
{
    const QString start = QFileInfo(location()).absolutePath();
    const QString file = QFileDialog::getSaveFileName(this, tr("Choose or name a database file"),
        start, tr("FiberDesk databases (*.db *.sqlite);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_location->setText(file);
}

void DatabaseLocationDialog::accept()
{
    Result<DatabaseLocation> parsed = DatabaseLocation::parse(location());
    if (location().isEmpty() || !parsed.ok()) {
        m_error->setText(location().isEmpty() ? tr("Name a database file or a postgresql:// URL.")
                                              : parsed.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace fd
