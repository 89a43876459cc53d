#pragma once

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class FirstRunWizard;
class MainWindow;
class UnlockWindow;

// Decides which window the program shows: the first-run wizard when there
// is no vault, the unlock window when there is, and the main window once
// someone is signed in. It owns the signed-in session, so locking is one
// place.
//
// It says when the program should end (quitRequested) instead of relying on
// "quit when the last window closes": windows are swapped, and a wizard that
// is cancelled may lead back to the unlock window.
class StartController : public QObject {
    Q_OBJECT
public:
    explicit StartController(QObject* parent = nullptr);
    ~StartController() override;

    // Shows the first window: for vaultFolder when given (unlock if it holds
    // a vault, else the first-run wizard), otherwise for the folder used last
    // on this machine, otherwise for the default folder.
    void start(const QString& vaultFolder = {});

    QWidget* currentWindow() const { return m_window; }
    UserSession* session() const { return m_session.get(); }

    // Closes the vault, wiping its key, and asks for a password again.
    void lock();

Q_SIGNALS:
    void quitRequested();

private:
    void showFirstRun(const QString& suggestedFolder, const QString& returnFolder);
    void showUnlock(const QString& folder);
    void showMainWindow();
    void signInAfterFirstRun(FirstRunWizard* wizard);
    void firstRunCancelled(FirstRunWizard* wizard, const QString& returnFolder);
    void unlocked(UnlockWindow* window);
    void quit();
    void setWindow(QWidget* window);

    std::unique_ptr<UserSession> m_session;
    QPointer<QWidget> m_window;
};

} // namespace wingmate::ui
