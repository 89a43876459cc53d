#include "BackupController.h"

#include "services/UserSession.h"
#include "widgets/OperationProgress.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace wingmate::ui {

BackupController::BackupController(UserSession& session, QMainWindow& window)
    : QObject(&window)
    , m_session(session)
    , m_window(window)
    , m_dailyTimer(new QTimer(this))
{
    m_dailyTimer->setObjectName(QStringLiteral("dailyBackupTimer"));
    m_dailyTimer->setInterval(DailyCheckMinutes * 60 * 1000);
    connect(m_dailyTimer, &QTimer::timeout, this, &BackupController::checkDaily);
    m_dailyTimer->start();
    // A first look soon after signing in, not at once: the sign-in itself
    // should not wait for a backup.
    QTimer::singleShot(2 * 60 * 1000, this, &BackupController::checkDaily);
}

BackupController::~BackupController() = default;

QFileDialog* BackupController::fileDialog() const
{
    return m_fileDialog;
}

void BackupController::backUpNow()
{
    if (m_busy || m_session.isLocked())
        return;
    if (m_fileDialog) {
        m_fileDialog->raise();
        return;
    }
    BackupService service(m_session);
    const QString folder = service.backupFolder();
    QDir().mkpath(folder);
    auto* dialog = new QFileDialog(&m_window, tr("Back up the vault to"), folder);
    dialog->setObjectName(QStringLiteral("backupFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setNameFilter(tr("Wingmate backups (*.wmbackup)"));
    dialog->setDefaultSuffix(QStringLiteral("wmbackup"));
    dialog->selectFile(service.fileNameFor(m_session.clock().now()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        // After the dialog has gone, so the progress shows over the window.
        QTimer::singleShot(0, this, [this, path] { backUpTo(path, ExistingFile::Replace); });
    });
    m_fileDialog = dialog;
    dialog->open();
}

bool BackupController::backUpTo(const QString& path, ExistingFile existing)
{
    return run(BackupService::Trigger::ByHand, path, existing);
}

void BackupController::checkDaily()
{
    if (m_busy || m_session.isLocked() || !BackupService(m_session).dailyBackupDue())
        return;
    run(BackupService::Trigger::Daily, {});
}

void BackupController::backUpOnClose()
{
    if (m_busy || m_session.isLocked())
        return;
    run(BackupService::Trigger::OnClose, {});
}

bool BackupController::run(BackupService::Trigger trigger, const QString& path, ExistingFile existing)
{
    if (m_busy || m_session.isLocked())
        return false;
    m_busy = true;
    const bool byHand = trigger == BackupService::Trigger::ByHand;
    Result<BackupService::Made> made = Status::failure(ErrorCode::Usage, QString());
    {
        OperationProgress progress(&m_window,
            trigger == BackupService::Trigger::OnClose ? tr("Backing up before Wingmate closes…")
                                                       : tr("Backing up the vault…"),
            tr("Stop"));
        // A backup is activity: the idle lock must not close the vault under it.
        progress.setOnProgress([this] { m_session.noteActivity(); });
        BackupService service(m_session);
        made = byHand ? service.backUp(path, progress.callback(), existing)
                      : service.backUpToFolder(trigger, progress.callback());
    }
    m_busy = false;
    if (!made) {
        if (isCancelled(made.status()))
            report(false, tr("The backup was stopped; no file was written."), false);
        else
            report(false, tr("Backup failed: %1").arg(made.status().message()), byHand);
        if (trigger == BackupService::Trigger::OnClose && !isCancelled(made.status()))
            warnOnClosing(made.status().message());
        return false;
    }
    const QString when = QLocale().toString(made->madeAt.toLocalTime().time(), QLocale::ShortFormat);
    report(true,
        byHand ? tr("Backed up at %1 to %2; it was checked and opens.")
                     .arg(when, QDir::toNativeSeparators(made->path))
               : tr("Automatic backup made at %1 in %2.")
                     .arg(when, QDir::toNativeSeparators(QFileInfo(made->path).absolutePath())),
        false);
    return true;
}

// The window is closing, so the status bar would take the news with it:
// waits until the person has read it.
void BackupController::warnOnClosing(const QString& reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Backup failed"),
        tr("The backup made when Wingmate closes failed: %1\n\nEvery record is still safe in the vault. "
           "Ask an administrator to check the backup folder in Settings.")
            .arg(reason),
        QMessageBox::Ok, &m_window);
    box.setObjectName(QStringLiteral("closingBackupFailedMessage"));
    box.exec();
}

void BackupController::report(bool ok, const QString& message, bool byHand)
{
    m_lastMessage = message;
    // Success fades after a while; a failure stays until the next message.
    m_window.statusBar()->showMessage(message, ok ? 30 * 1000 : 0);
    if (byHand) {
        // Asked for by hand, so worth a dialog; opened, not exec()'d.
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Backup failed"), message, QMessageBox::Ok, &m_window);
        box->setObjectName(QStringLiteral("backupFailedMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT finished(ok, message);
}

} // namespace wingmate::ui
