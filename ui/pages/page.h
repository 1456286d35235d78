#pragma once

#include <QWidget>

namespace fd {

// One area of the product in the main window's navigation.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Reads what the page shows from the services again. The main window calls it when the
    // page is shown and after an import, so a page never shows data older than the last
    // change made elsewhere in the program.
    virtual void refresh();
    // Ctrl+F and Ctrl+N, wherever the focus is in the window; pages without a search box
    // or new records ignore them.
    virtual void focusSearch();
    virtual void newRecord();

signals:
    // The page changed data that other pages show (the organisation, the rules).
    void dataChanged();
    // A one-line outcome for the status bar ("Saved unit U07").
    void statusMessage(const QString& message);
};

} // namespace fd
