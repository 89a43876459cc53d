#pragma once

#include "backup/BackupService.h"

#include <QObject>
#include <QPointer>

class QFileDialog;
class QMainWindow;
class QTimer;

namespace wingmate {
class UserSession;
}

namespace wingmate::ui {

// The main window's backups: "Back up now…" (a file dialog opening in the
// backup folder), a daily backup while the program runs, and one when it
// closes. Automatic backups say how they went in the status bar and never
// open a dialog of their own beyond the progress one (and that only when a
// backup takes more than half a second).
class BackupController : public QObject {
    Q_OBJECT
public:
    BackupController(UserSession& session, QMainWindow& window);
    ~BackupController() override;

    // How often the daily backup is looked at (it runs when the newest
    // backup in the folder is a day old).
    static constexpr int DailyCheckMinutes = 30;

    bool isBusy() const { return m_busy; }
    QFileDialog* fileDialog() const;
    // The status bar text of the last backup's outcome.
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    // Asks where to write, then backs up there.
    void backUpNow();
    // Backs up to path now, with progress; true when it was made.
    // An existing file is replaced only with Replace: the save dialog has
    // asked (QFileDialog confirms an overwrite). Written owner-only, never
    // through a link (writeOutputFile).
    bool backUpTo(const QString& path, ExistingFile existing = ExistingFile::Refuse);
    // Makes the daily backup if it is due.
    void checkDaily();
    // The backup made as the program closes.
    void backUpOnClose();

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    bool run(
        BackupService::Trigger trigger, const QString& path, ExistingFile existing = ExistingFile::Refuse);
    void report(bool ok, const QString& message, bool byHand);
    void warnOnClosing(const QString& reason);

    UserSession& m_session;
    QMainWindow& m_window;
    QTimer* m_dailyTimer;
    QPointer<QFileDialog> m_fileDialog;
    QString m_lastMessage;
    bool m_busy = false;
};

} // namespace wingmate::ui
