#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace wingmate::ui {

// Loads a page's records when someone can see them: at once while the page
// is visible, otherwise the next time it is shown. The main window builds
// every section at sign-in, and a section nobody has opened then costs
// nothing; a change recorded elsewhere marks the hidden sections out of date
// instead of reading them all again.
class RefreshWhenShown : public QObject {
    Q_OBJECT

public:
    // Watches page (and is owned by it); its first load is due at once.
    static void install(QWidget* page, std::function<void()> refresh);
    // page's records are out of date: reloads now if page is visible, else
    // when it is next shown. Does nothing for a page without install().
    static void request(QWidget* page);
    // Whether page has a load waiting for it to be shown.
    static bool isPending(const QWidget* page);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    RefreshWhenShown(QWidget* page, std::function<void()> refresh);
    static RefreshWhenShown* of(const QWidget* page);
    void request();

    QWidget* m_page;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace wingmate::ui
