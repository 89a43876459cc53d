#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "admin/SettingsPage.h"
#include "audit/AuditLog.h"
#include "backup/BackupController.h"
#include "backup/BackupFile.h"
#include "backup/BackupService.h"
#include "backup/RestoreDialog.h"
#include "services/UserSession.h"
#include "shell/MainWindow.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"
#include "widgets/OperationProgress.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

int countEvents(UserSession& session, const QString& action)
{
    const Result<QList<AuditEvent>> events = session.auditLog().list(session);
    REQUIRE(events.ok());
    return int(std::count_if(
        events->begin(), events->end(), [&](const AuditEvent& e) { return e.action == action; }));
}

// Types a path into an open (non-native) file dialog and presses Enter.
void chooseInDialog(QFileDialog* dialog, const QString& path)
{
    REQUIRE(dialog);
    REQUIRE(waitUntil([dialog] { return dialog->isVisible(); }));
    auto* name = child<QLineEdit>(dialog, "fileNameEdit");
    typeInto(name, path);
    QTest::keyClick(name, Qt::Key_Return);
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("Back up now writes a checked backup where the file dialog says, and says so in the status bar")
{
    prepareWidgetTest();
    TestSession ts;
    QTemporaryDir folder;
    REQUIRE(ts.session->changeSetting(Setting::BackupFolder, folder.path()).ok());
    MainWindow main(*ts.session);
    showActive(&main);
    BackupController* backups = main.backups();
    REQUIRE(backups);

    auto* action = child<QAction>(&main, "backUpNowAction");
    CHECK(action->isEnabled());
    action->trigger();
    QPointer<QFileDialog> dialog = backups->fileDialog();
    REQUIRE(dialog);
    CHECK(QDir(dialog->directory()).absolutePath() == QDir(folder.path()).absolutePath());
    CHECK(child<QLineEdit>(dialog, "fileNameEdit")->text().startsWith(QStringLiteral("wingmate-backup-")));
    chooseInDialog(dialog, QStringLiteral("by-hand"));
    const QString written = folder.filePath(QStringLiteral("by-hand.wmbackup"));
    REQUIRE(waitUntil([&] { return QFileInfo::exists(written) && !backups->isBusy(); }));
    REQUIRE(waitUntil([&] { return !backups->lastMessage().isEmpty(); }));
    INFO(backups->lastMessage().toStdString());
    CHECK(main.statusBar()->currentMessage().contains(QStringLiteral("Backed up")));
    CHECK(main.statusBar()->currentMessage().contains(QDir::toNativeSeparators(written)));
    CHECK(BackupFile::parse(readFile(written)).ok());
    CHECK(filesIn(folder.path()) == QStringList { QStringLiteral("by-hand.wmbackup") });
    CHECK(countEvents(*ts.session, AuditAction::Backup) == 1);

    SECTION("a failure is said in the status bar and, asked for by hand, in a message")
    {
        CHECK_FALSE(backups->backUpTo(folder.filePath(QStringLiteral("no such folder/b.wmbackup"))));
        CHECK(main.statusBar()->currentMessage().startsWith(QStringLiteral("Backup failed")));
        auto* box = child<QMessageBox>(&main, "backupFailedMessage");
        CHECK(box->isVisible());
        box->accept();
        CHECK(countEvents(*ts.session, AuditAction::Backup) == 1);
    }
    SECTION("Cancel on the progress leaves no file")
    {
        OperationProgress progress(&main, QStringLiteral("Backing up"), QStringLiteral("Stop"));
        progress.dialog()->cancel();
        const Result<BackupService::Made> made
            = BackupService(*ts.session)
                  .backUp(folder.filePath(QStringLiteral("stopped.wmbackup")), progress.callback());
        CHECK(isCancelled(made.status()));
        CHECK(filesIn(folder.path()) == QStringList { QStringLiteral("by-hand.wmbackup") });
    }
    SECTION("daily while it runs, and on closing")
    {
        BackupService service(*ts.session);
        backups->checkDaily(); // due: no automatic backup yet
        CHECK(service.ownBackups(folder.path()).size() == 1);
        CHECK(main.statusBar()->currentMessage().startsWith(QStringLiteral("Automatic backup made")));
        ts.clock.advance(60 * 60);
        backups->checkDaily(); // not due for another 23 hours
        CHECK(service.ownBackups(folder.path()).size() == 1);
        ts.clock.advance(24 * 60 * 60);
        backups->checkDaily();
        CHECK(service.ownBackups(folder.path()).size() == 2);
        CHECK(child<QTimer>(&main, "dailyBackupTimer")->isActive());
        ts.clock.advance(60);
        main.close();
        CHECK(service.ownBackups(folder.path()).size() == 3);
        CHECK(countEvents(*ts.session, AuditAction::Backup) == 4);
    }
}

TEST_CASE("A backup that fails as the window closes is said in a message that waits to be read")
{
    prepareWidgetTest();
    TestSession ts;
    QTemporaryDir folder;
    // A file where the backup folder should be: the folder cannot be made.
    const QString blocker = folder.filePath(QStringLiteral("not a folder"));
    writeFile(blocker, "x");
    REQUIRE(ts.session->changeSetting(Setting::BackupFolder, blocker + QStringLiteral("/backups")).ok());
    MainWindow main(*ts.session);
    showActive(&main);
    QSignalSpy quit(&main, &MainWindow::quitRequested);

    QString shown;
    bool quitBeforeRead = true;
    QTimer reader;
    QObject::connect(&reader, &QTimer::timeout, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("closingBackupFailedMessage"))
            return;
        shown = box->text();
        quitBeforeRead = !quit.isEmpty();
        box->accept();
    });
    reader.start(20);
    main.close();
    reader.stop();

    INFO(shown.toStdString());
    CHECK(shown.startsWith(QStringLiteral("The backup made when Wingmate closes failed: The backup folder")));
    CHECK(shown.contains(QStringLiteral("Every record is still safe in the vault")));
    CHECK_FALSE(quitBeforeRead);
    CHECK(quit.size() == 1);
    CHECK(filesIn(folder.path()) == QStringList { QStringLiteral("not a folder") });
    CHECK(countEvents(*ts.session, AuditAction::Backup) == 0);
}

TEST_CASE("Restore from the unlock window shows what will happen, refuses a wrong password and restores when "
          "confirmed")
{
    prepareWidgetTest();
    TestSession ts;
    QTemporaryDir out;
    REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("Before")).ok());
    const QString backup = out.filePath(QStringLiteral("wing.wmbackup"));
    REQUIRE(BackupService(*ts.session).backUp(backup).ok());
    REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("After")).ok());
    ts.session.reset();

    StartController controller(ts.clock);
    controller.start(ts.path());
    QPointer<UnlockWindow> unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    showActive(unlock);
    QTest::mouseClick(child<QPushButton>(unlock, "restoreBackupButton"), Qt::LeftButton);
    QPointer<RestoreDialog> dialog = unlock->findChild<RestoreDialog*>();
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    CHECK(dialog->vaultFolder() == ts.path());
    typeInto(child<QLineEdit>(dialog, "backupFileEdit"), QDir::toNativeSeparators(backup));
    CHECK(dialog->backupInfoText().contains(AdminName));
    CHECK(dialog->planText().contains(
        QDir::toNativeSeparators(ts.path()) + QStringLiteral(".before-restore-")));

    const auto restoreAs = [&](const QString& password) {
        typeInto(child<QLineEdit>(dialog, "restoreUsernameEdit"), AdminName);
        typeInto(child<QLineEdit>(dialog, "restoreSecretEdit"), password);
        QTest::mouseClick(child<QPushButton>(dialog, "restoreButton"), Qt::LeftButton);
        QPointer<QMessageBox> confirm = dialog->confirmation();
        REQUIRE(confirm);
        CHECK(confirm->text().contains(QStringLiteral(".before-restore-")));
        QTest::mouseClick(child<QPushButton>(confirm, "confirmRestoreButton"), Qt::LeftButton);
    };

    SECTION("empty fields are refused before anything is asked")
    {
        QTest::mouseClick(child<QPushButton>(dialog, "restoreButton"), Qt::LeftButton);
        CHECK_FALSE(dialog->confirmation());
        CHECK(dialog->errorMessage().contains(QStringLiteral("password")));
    }
    SECTION("a wrong password changes nothing; the right one restores")
    {
        const QMap<QString, QByteArray> before = folderFingerprint(ts.path());
        restoreAs(QStringLiteral("Not the right password 3"));
        REQUIRE(waitUntil([&] { return !dialog->errorMessage().isEmpty(); }));
        CHECK(dialog->errorMessage().contains(QStringLiteral("do not open this backup")));
        CHECK(folderFingerprint(ts.path()) == before);
        CHECK(dialog->isVisible());

        restoreAs(AdminPassword);
        REQUIRE(waitUntil(
            [&] { return controller.currentWindow() && controller.currentWindow() != unlock.data(); }));
        auto* fresh = qobject_cast<UnlockWindow*>(controller.currentWindow());
        REQUIRE(fresh);
        auto* notice = child<QMessageBox>(fresh, "restoredNotice");
        CHECK(notice->text().contains(QStringLiteral("kept, unchanged")));
        notice->accept();
        UserSession& session = ts.signInAs(AdminName);
        CHECK(session.settings().text(Setting::WingName) == QStringLiteral("Before"));
        CHECK(countEvents(session, AuditAction::Restore) == 1);
    }
}

TEST_CASE("The backup folder is chosen with a folder picker, by administrators only")
{
    prepareWidgetTest();
    TestSession ts;
    QTemporaryDir folder;
    {
        SettingsPage page(*ts.session);
        showActive(&page);
        auto* line = child<QLineEdit>(&page, "backup_folder");
        CHECK(line->placeholderText().contains(
            QDir::toNativeSeparators(ts.path() + QStringLiteral("-backups"))));
        QTest::mouseClick(child<QPushButton>(&page, "chooseBackupFolderButton"), Qt::LeftButton);
        QPointer<QFileDialog> dialog = page.findChild<QFileDialog*>(QStringLiteral("backupFolderDialog"));
        REQUIRE(dialog);
        REQUIRE(waitUntil([dialog] { return dialog->isVisible(); }));
        // Go to the folder, then press the dialog's Choose button.
        dialog->setDirectory(folder.path());
        child<QLineEdit>(dialog, "fileNameEdit")->clear();
        QPushButton* choose = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Open);
        REQUIRE(choose);
        QTest::mouseClick(choose, Qt::LeftButton);
        REQUIRE(waitUntil([&] { return !line->text().isEmpty(); }));
        CHECK(line->text() == QDir::toNativeSeparators(folder.path()));
        auto* keep = child<QSpinBox>(&page, "backups_to_keep");
        keep->setValue(5);
        REQUIRE(page.save());
        CHECK(BackupService(*ts.session).backupFolder() == folder.path());
        CHECK(ts.session->settings().integer(Setting::BackupsToKeep) == 5);
    }
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    ts.signInAs(QStringLiteral("worker"));
    SettingsPage page(*ts.session);
    showActive(&page);
    CHECK(child<QLineEdit>(&page, "backup_folder")->isReadOnly());
    CHECK_FALSE(child<QPushButton>(&page, "chooseBackupFolderButton")->isVisible());
}
