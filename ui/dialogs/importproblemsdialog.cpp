#include "importproblemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace fd {

ImportProblemsDialog::ImportProblemsDialog(const ImportFailure& failure, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import refused"));
    auto* layout = new QVBoxLayout(this);
    // Every problem, not the first 200: the list scrolls.
    QStringList lines = failure.describe(failure.problems.size() + 1);
    if (failure.uncounted > 0)
        lines.append(tr("… and %n more problems, not listed.", nullptr,
            int(qMin<qsizetype>(failure.uncounted, std::numeric_limits<int>::max()))));
    QString heading;
    if (failure.problems.isEmpty())
        heading = tr("Nothing was imported from “%1”.").arg(QFileInfo(failure.fileName).fileName());
    else
        heading = tr("Nothing was imported from “%1”. Correct the problems below (%2) and import "
                     "the file again.")
                      .arg(QFileInfo(failure.fileName).fileName())
                      .arg(failure.total());
    auto* label = new QLabel(heading, this);
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->addItems(lines);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy all"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
        [lines] { QApplication::clipboard()->setText(lines.join(u'\n')); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportProblemsDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace fd
