#pragma once

#include <QKeySequence>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

class BackupController;

// The keys of the pages the main window makes itself; other pages are added
// with MainWindow::addPage under keys of their own.
namespace PageKey {
inline const QString Caseload = QStringLiteral("caseload");
inline const QString Mentees = QStringLiteral("mentees");
inline const QString Mentors = QStringLiteral("mentors");
inline const QString Sessions = QStringLiteral("sessions");
inline const QString Concerns = QStringLiteral("concerns");
inline const QString Users = QStringLiteral("users");
inline const QString Settings = QStringLiteral("settings");
inline const QString Audit = QStringLiteral("audit");
inline const QString Reports = QStringLiteral("reports");
} // namespace PageKey

// The window behind the unlock: a list of sections on the left, the chosen
// section's page on the right, and a status bar saying who is signed in and
// when the vault will lock itself. Only the sections the signed-in role may
// use are offered; core refuses the rest anyway.
//
// It is made after each unlock and thrown away on each lock, with every page
// on it, so no decrypted data outlives the lock. Its pages use the session
// only while it is unlocked.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(UserSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a section. The window takes the page. Without a shortcut the
    // section gets Ctrl+<its position> while there are digits left.
    void addPage(const QString& key, const QString& title, QWidget* page, QKeySequence shortcut = {});
    QStringList pageKeys() const;
    bool hasPage(const QString& key) const;
    QWidget* page(const QString& key) const;
    QString currentPageKey() const;
    // Shows the page with this key; does nothing if there is none.
    void showPage(const QString& key);

    // "Signed in as <display name> (<role>)", as the status bar shows it.
    QString signedInText() const;
    // "Locks in 4:32", refreshed every second.
    QString lockCountdownText() const;
    // Back up now, the daily backup and the one on closing.
    BackupController* backups() const { return m_backups; }

public Q_SLOTS:
    void updateLockCountdown();

Q_SIGNALS:
    void lockRequested();
    void signOutRequested();
    // Quit was chosen or the window was closed.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void changeOwnPassword();
    void showAbout();
    // F1: the help page for the section on screen.
    void showHelp();
    void openMenteeRecord(qint64 episodeId);
    void refreshRecordPages();
    void importTransfer();
    // Gives the keyboard to the page on screen (its filter, or its first
    // field), so that typing, Ctrl+F and Enter work without a click.
    void focusCurrentPage();

    UserSession& m_session;
    QListWidget* m_sections;
    QStackedWidget* m_pages;
    QMenu* m_goMenu = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_lockLabel = nullptr;
    QTimer* m_countdown;
    BackupController* m_backups = nullptr;
};

} // namespace wingmate::ui
