#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace wingmate {
class Clock;
class Status;
class UserSession;
} // namespace wingmate

namespace wingmate::ui {

class ErrorPanel;

// Signs a member of staff in to an existing vault. The unlock runs on the
// GUI thread: the vault's database connection must live in the thread that
// uses it, and the half-second key derivation is shown with a wait cursor
// and a disabled form rather than hidden.
class UnlockWindow : public QWidget {
    Q_OBJECT
public:
    explicit UnlockWindow(const QString& vaultFolder, QWidget* parent = nullptr);
    ~UnlockWindow() override;

    QString vaultFolder() const { return m_vaultFolder; }
    // Switches to another folder; says so inline if it holds no vault.
    void setVaultFolder(const QString& folder);
    void setUsername(const QString& username);
    void showError(const Status& status);
    QString errorMessage() const;
    // Seconds before the typed username may try again (after repeated
    // wrong passwords); the Unlock button stays off and counts down.
    qint64 secondsToWait() const { return m_secondsToWait; }

    // The member of staff signed in by the last successful unlock, handed
    // over once.
    std::unique_ptr<UserSession> takeSession();

    // The clock new sessions are signed in on (tests pass a ManualClock).
    void setClock(const Clock& clock);
    // The session this window covers after a lock; the caller keeps it.
    // When its own user unlocks in its folder it is unlocked in place and
    // resumed() is emitted; anyone else signs in afresh (unlocked()).
    void setLockedSession(UserSession* session);

    struct DemoAccount {
        QString username;
        QString role; // for people, e.g. "Support worker"
    };
    // Shows the demonstration wing's accounts and their shared password, each
    // with a button that signs in as that account.
    void setDemoAccounts(const QList<DemoAccount>& accounts, const QString& password);

public Q_SLOTS:
    void unlock();

Q_SIGNALS:
    // Someone is signed in; take the session with takeSession().
    void unlocked();
    // The locked session's own user unlocked it again.
    void resumed();
    void createVaultRequested();
    void restoreRequested();
    // The person closed the window.
    void closed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void chooseOtherVault();
    void setBusy(bool busy);
    // After a sign-in refused because the vault is an older copy: explains,
    // and lets the next sign-in (an administrator's) accept it.
    void offerToAcceptOlderCopy();
    void fitHeight();
    // Re-reads the wait for the typed username and shows the countdown.
    void updateWait();
    void updateUnlockButton();

    bool resumesLockedSession(const QString& username) const;

    QString m_vaultFolder;
    bool m_acceptOlderCopy = false;
    QLabel* m_heading;
    QLabel* m_intro;
    QWidget* m_demoBox = nullptr;
    int m_demoLayoutIndex = 0;
    QLabel* m_folderLabel;
    QPushButton* m_otherVaultButton;
    QPushButton* m_newVaultButton;
    QPushButton* m_restoreButton;
    QLineEdit* m_usernameEdit;
    QLineEdit* m_passwordEdit;
    ErrorPanel* m_error;
    QLabel* m_statusLabel;
    QPushButton* m_unlockButton;
    std::unique_ptr<UserSession> m_session;
    UserSession* m_lockedSession = nullptr;
    QTimer* m_waitTimer;
    const Clock* m_clock;
    qint64 m_secondsToWait = 0;
    bool m_vaultPresent = false;
};

} // namespace wingmate::ui
