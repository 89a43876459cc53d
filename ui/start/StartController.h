#pragma once

#include "Status.h"
#include "demo/DemoWing.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QTemporaryDir;
class QWidget;

namespace wingmate {
class Clock;
class UserSession;
} // namespace wingmate

namespace wingmate::ui {

class FirstRunWizard;
class InactivityTimer;
class MainWindow;
class UnlockWindow;

// Decides which window the program shows: the first-run wizard when there
// is no vault, the unlock window when there is, and the main window once
// someone is signed in. It owns the signed-in session, so locking is one
// place.
//
// Locking keeps the locked session: when the same person unlocks, it is
// unlocked in place and they return to the page they were on; when someone
// else signs in, it is thrown away and they start afresh.
//
// It says when the program should end (quitRequested) instead of relying on
// "quit when the last window closes": windows are swapped, and a wizard that
// is cancelled may lead back to the unlock window.
class StartController : public QObject {
    Q_OBJECT
public:
    explicit StartController(QObject* parent = nullptr);
    // Sessions are signed in on clock (tests pass a ManualClock); it must
    // outlive the controller.
    explicit StartController(const Clock& clock, QObject* parent = nullptr);
    ~StartController() override;

    // Shows the first window: for vaultFolder when given (unlock if it holds
    // a vault, else the first-run wizard), otherwise for the folder used last
    // on this machine, otherwise for the default folder.
    void start(const QString& vaultFolder = {});
    // Makes a throwaway demonstration wing (core/demo/DemoWing) in a new
    // temporary folder, showing progress meanwhile, then offers its accounts
    // on the unlock window. The folder is deleted when the controller goes;
    // this machine's remembered vault is left alone.
    void startDemo();
    // The demonstration vault's folder while there is one.
    QString demoFolder() const;

    QWidget* currentWindow() const { return m_window; }
    // The signed-in session; while locked, the locked one (isLocked()).
    UserSession* session() const { return m_session.get(); }
    // Watches for idle time while the main window is up; null otherwise.
    InactivityTimer* inactivityTimer() const { return m_inactivity.get(); }

    // Closes the vault, wiping its key, throws the main window away and asks
    // for a password again.
    void lock();
    // Audits the sign-out, closes the vault and offers a fresh sign-in.
    void signOut();

Q_SIGNALS:
    void quitRequested();

private:
    void showFirstRun(const QString& suggestedFolder, const QString& returnFolder);
    void showUnlock(const QString& folder);
    void showMainWindow();
    void watchNotices();
    // Starts the idle timer for the signed-in session.
    void watchInactivity();
    void signInAfterFirstRun(FirstRunWizard* wizard);
    void firstRunCancelled(FirstRunWizard* wizard, const QString& returnFolder);
    void unlocked(UnlockWindow* window);
    void resumed(UnlockWindow* window);
    void showRestore(UnlockWindow* window);
    void quit();
    void setWindow(QWidget* window);
    // After a lock or sign-out: clears a clipboard holding Wingmate's text and, once
    // shown (the window that was up) is deleted, wipes what freeing it left.
    void wipeAfterLock(QWidget* shown);

    void rememberFolder(const QString& folder);
    void demoMade(const Result<DemoWing::Made>& made);

    // Declared first, so it goes last: the session in it closes before the
    // folder is deleted.
    std::unique_ptr<QTemporaryDir> m_demoDirectory;
    QStringList m_demoUsernames;
    const Clock& m_clock;
    std::unique_ptr<UserSession> m_session;
    std::unique_ptr<InactivityTimer> m_inactivity;
    QPointer<QWidget> m_window;
    // The page the locked session was on, to return to.
    QString m_resumePageKey;
};

} // namespace wingmate::ui
