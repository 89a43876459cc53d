#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace wingmate::ui {

// The in-app help: HTML pages compiled into the program under :/help, shown
// in a window of their own beside the main window. Pages link to each other;
// F1 in the main window opens the page for the section on screen.
class HelpBrowser : public QWidget {
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget* parent = nullptr);

    // "qrc:/help/<page>", e.g. page "caseload.html".
    static QUrl pageUrl(const QString& page);
    // The page about a main-window section ("caseload" -> "caseload.html"),
    // or the contents page when the section has none.
    static QString pageForSection(const QString& sectionKey);
    // Every help page, by file name.
    static QStringList pages();

    // Shows the page (a file name under :/help, optionally with #anchor) and
    // brings the window to the front.
    void showPage(const QString& page);
    QUrl currentUrl() const;
    QString currentTitle() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QTextBrowser* m_text;
};

} // namespace wingmate::ui
