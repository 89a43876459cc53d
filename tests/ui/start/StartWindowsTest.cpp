// The start of the GUI, driven through real widgets on real vaults: the
// first-run wizard, the unlock window and the landing main window.
#include "Bootstrap.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "accounts/ChangePasswordDialog.h"
#include "firstrun/FirstRunAdministratorPage.h"
#include "firstrun/FirstRunRecoveryCodePage.h"
#include "firstrun/FirstRunVaultFolderPage.h"
#include "firstrun/FirstRunWizard.h"
#include "security/PasswordPolicy.h"
#include "services/AccountService.h"
#include "services/UserSession.h"
#include "shell/MainWindow.h"
#include "start/InactivityTimer.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"
#include "start/VaultFolders.h"
#include "storage/Vault.h"
#include "widgets/ErrorPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace wingmate;
using namespace wingmate::ui;
using namespace wingmate::test;

namespace {

const QString NewAdmin = QStringLiteral("sam.patel");
const QString NewAdminName = QStringLiteral("Sam Patel");
const QString NewPassword = QStringLiteral("lantern orchard velvet 42");

void fillAdministrator(FirstRunWizard& wizard, const QString& password, const QString& confirm)
{
    FirstRunAdministratorPage* page = wizard.administratorPage();
    typeInto(child<QLineEdit>(page, "usernameEdit"), NewAdmin);
    typeInto(child<QLineEdit>(page, "displayNameEdit"), NewAdminName);
    typeInto(child<QLineEdit>(page, "passwordEdit"), password);
    typeInto(child<QLineEdit>(page, "confirmEdit"), confirm);
}

void goToAdministratorPage(FirstRunWizard& wizard)
{
    REQUIRE(wizard.currentId() == FirstRunWizard::FolderPageId);
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    REQUIRE(wizard.currentId() == FirstRunWizard::AdministratorPageId);
}

void signIn(UnlockWindow* window, const QString& username, const QString& password)
{
    typeInto(child<QLineEdit>(window, "usernameEdit"), username);
    typeInto(child<QLineEdit>(window, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(window, "passwordEdit"), Qt::Key_Return);
}

} // namespace

TEST_CASE("With no vault, the first-run window makes one, shows its recovery code once and signs in")
{
    prepareWidgetTest();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("wing/vault"));

    StartController controller;
    controller.start(folder);
    QPointer<FirstRunWizard> wizard = qobject_cast<FirstRunWizard*>(controller.currentWindow());
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    CHECK(child<QLineEdit>(wizard, "folderEdit")->text() == QDir::toNativeSeparators(folder));
    goToAdministratorPage(*wizard);

    QAbstractButton* create = wizard->button(QWizard::CommitButton);
    CHECK_FALSE(create->isEnabled());
    fillAdministrator(*wizard, NewPassword, NewPassword);
    REQUIRE(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);

    // The worker's result arrives through the event loop, so right after the
    // click the page is busy and nothing can leave it.
    CHECK(wizard->administratorPage()->isBusy());
    CHECK_FALSE(create->isEnabled());
    CHECK_FALSE(wizard->button(QWizard::BackButton)->isEnabled());
    CHECK_FALSE(wizard->button(QWizard::CancelButton)->isEnabled());
    QTest::keyClick(wizard, Qt::Key_Escape);
    CHECK(wizard->isVisible());

    REQUIRE(waitUntil([&] { return wizard->currentId() == FirstRunWizard::RecoveryCodePageId; }));
    CHECK(Vault::exists(folder));
    CHECK(QFileInfo::exists(folder + QStringLiteral("/vault.keys")));

    const QString code = child<QLabel>(wizard, "recoveryCodeLabel")->text();
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$"));
    INFO("shown code: " << code.toStdString());
    CHECK(pattern.match(code).hasMatch());
    CHECK((child<QLabel>(wizard, "recoveryCodeLabel")->textInteractionFlags() & Qt::TextSelectableByMouse));

    // The vault exists now: no going back, no cancelling, and no going on
    // until the person says the code is kept.
    QAbstractButton* finish = wizard->button(QWizard::FinishButton);
    CHECK(finish->isVisible());
    CHECK_FALSE(finish->isEnabled());
    QAbstractButton* back = wizard->button(QWizard::BackButton);
    CHECK_FALSE((back->isVisible() && back->isEnabled()));
    CHECK_FALSE(wizard->button(QWizard::CancelButton)->isVisible());
    QTest::keyClick(wizard, Qt::Key_Escape);
    CHECK(wizard->isVisible());
    CHECK(controller.currentWindow() == wizard);

    QCheckBox* kept = child<QCheckBox>(wizard, "keptCheck");
    kept->setFocus();
    QTest::keyClick(kept, Qt::Key_Space);
    REQUIRE(kept->isChecked());
    CHECK(finish->isEnabled());
    QTest::keyClick(kept, Qt::Key_Space);
    CHECK_FALSE(finish->isEnabled());
    QTest::keyClick(kept, Qt::Key_Space);
    REQUIRE(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);

    // Signed straight in as the new administrator.
    auto* main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    REQUIRE(controller.session());
    CHECK(controller.session()->user().username == NewAdmin);
    CHECK(main->signedInText() == QStringLiteral("Signed in as Sam Patel (Administrator)"));
    CHECK(main->windowTitle() == QStringLiteral("Wingmate — %1").arg(QDir::toNativeSeparators(folder)));
    CHECK_FALSE(main->findChild<QMessageBox*>());
    CHECK(rememberedVaultFolder() == folder);
    flushDeletes();
    CHECK_FALSE(wizard);

    // The code shown is the vault's own: it opens the vault once the
    // administrator's session is closed.
    controller.lock();
    Result<std::unique_ptr<Vault>> byCode = Vault::openWithRecoveryCode(folder, code);
    INFO(byCode.status().message().toStdString());
    CHECK(byCode.ok());
}

TEST_CASE("The recovery code can be saved to a file and printed")
{
    prepareWidgetTest();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("vault"));
    FirstRunWizard wizard(folder);
    wizard.show();
    goToAdministratorPage(wizard);
    fillAdministrator(wizard, NewPassword, NewPassword);
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return wizard.currentId() == FirstRunWizard::RecoveryCodePageId; }));
    FirstRunRecoveryCodePage* page = wizard.recoveryCodePage();
    REQUIRE(!page->recoveryCode().isEmpty());

    const QString textPath = dir.filePath(QStringLiteral("code.txt"));
    REQUIRE(page->saveTo(textPath).ok());
    const QByteArray saved = test::readFile(textPath);
    CHECK(saved.contains(page->recoveryCode().toUtf8()));
    CHECK(saved.contains(QDir::toNativeSeparators(folder).toUtf8()));

    const Status refused = page->saveTo(dir.filePath(QStringLiteral("no/such/folder/code.txt")));
    CHECK_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Io);
    CHECK_FALSE(refused.message().isEmpty());

    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdfPath = dir.filePath(QStringLiteral("code.pdf"));
    printer.setOutputFileName(pdfPath);
    page->printTo(printer);
    CHECK(test::readFile(pdfPath).startsWith("%PDF"));
}

TEST_CASE("A weak or mistyped password keeps Create disabled and says why")
{
    prepareWidgetTest();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    FirstRunWizard wizard(dir.filePath(QStringLiteral("vault")));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    goToAdministratorPage(wizard);
    FirstRunAdministratorPage* page = wizard.administratorPage();
    QAbstractButton* create = wizard.button(QWizard::CommitButton);
    QLabel* problem = child<QLabel>(page, "passwordProblem");
    QLabel* mismatch = child<QLabel>(page, "confirmProblem");
    QLabel* usernameProblem = child<QLabel>(page, "usernameProblem");
    // Enter on the form does not get past a disabled Create button.
    const auto enterChangesNothing = [&] {
        QTest::keyClick(child<QLineEdit>(page, "passwordEdit"), Qt::Key_Return);
        QTest::qWait(50);
        CHECK(wizard.currentId() == FirstRunWizard::AdministratorPageId);
        CHECK_FALSE(page->isBusy());
        CHECK_FALSE(Vault::exists(dir.filePath(QStringLiteral("vault"))));
    };

    SECTION("too short")
    {
        fillAdministrator(wizard, QStringLiteral("short1"), QStringLiteral("short1"));
        CHECK_FALSE(create->isEnabled());
        CHECK(problem->isVisible());
        CHECK(problem->text() == PasswordPolicy::problem(QStringLiteral("short1"), NewAdmin));
        CHECK(child<QLabel>(page, "passwordStrengthLabel")->text()
            == PasswordPolicy::describe(PasswordPolicy::Strength::TooWeak));
        enterChangesNothing();
    }
    SECTION("holding the username")
    {
        const QString password = QStringLiteral("my name is sam.patel");
        fillAdministrator(wizard, password, password);
        CHECK_FALSE(create->isEnabled());
        CHECK(problem->isVisible());
        CHECK(problem->text() == PasswordPolicy::problem(password, NewAdmin));
        CHECK_FALSE(problem->text().isEmpty());
        enterChangesNothing();
    }
    SECTION("not confirmed")
    {
        fillAdministrator(wizard, NewPassword, NewPassword + QStringLiteral("x"));
        CHECK_FALSE(create->isEnabled());
        CHECK(mismatch->isVisible());
        CHECK_FALSE(problem->isVisible());
        enterChangesNothing();
        // Mending the confirmation is all it takes.
        QLineEdit* confirm = child<QLineEdit>(page, "confirmEdit");
        confirm->setFocus();
        QTest::keyClick(confirm, Qt::Key_Backspace);
        CHECK_FALSE(mismatch->isVisible());
        CHECK(create->isEnabled());
        // ...and Enter then reaches the Create button.
        QTest::keyClick(confirm, Qt::Key_Return);
        CHECK(waitUntil([&] { return wizard.currentId() == FirstRunWizard::RecoveryCodePageId; }));
    }
    SECTION("a username with a space")
    {
        fillAdministrator(wizard, NewPassword, NewPassword);
        REQUIRE(create->isEnabled());
        CHECK_FALSE(usernameProblem->isVisible());
        typeInto(child<QLineEdit>(page, "usernameEdit"), QStringLiteral("sam patel"));
        CHECK_FALSE(create->isEnabled());
        CHECK(usernameProblem->isVisible());
        CHECK_FALSE(usernameProblem->text().isEmpty());
        enterChangesNothing();
    }
}

TEST_CASE("The folder page only accepts a folder that can hold a new vault")
{
    prepareWidgetTest();
    test::TestVault existing;
    existing.vault.reset();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("full")));
    test::writeFile(dir.filePath(QStringLiteral("full/notes.txt")), "someone else's file");

    FirstRunWizard wizard(dir.filePath(QStringLiteral("new")));
    wizard.show();
    QLineEdit* edit = child<QLineEdit>(&wizard, "folderEdit");
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    QPushButton* openExisting = child<QPushButton>(&wizard, "openExistingButton");
    ErrorPanel* problem = child<ErrorPanel>(&wizard, "errorPanel");
    CHECK(next->isEnabled());
    CHECK_FALSE(problem->isVisible());

    typeInto(edit, existing.path());
    CHECK_FALSE(next->isEnabled());
    CHECK(problem->isVisible());
    REQUIRE(openExisting->isVisible());
    QSignalSpy openRequested(&wizard, &FirstRunWizard::openExistingVaultRequested);
    QTest::mouseClick(openExisting, Qt::LeftButton);
    REQUIRE(openRequested.count() == 1);
    CHECK(openRequested.at(0).at(0).toString() == existing.path());

    typeInto(edit, dir.filePath(QStringLiteral("full")));
    CHECK_FALSE(next->isEnabled());
    CHECK(problem->isVisible());
    CHECK_FALSE(openExisting->isVisible());

    typeInto(edit, QStringLiteral("relative/vault"));
    CHECK_FALSE(next->isEnabled());
    CHECK(problem->isVisible());

    typeInto(edit, QString());
    CHECK_FALSE(next->isEnabled());

    typeInto(edit, dir.filePath(QStringLiteral("new/deeper/vault")));
    CHECK(next->isEnabled());
    CHECK_FALSE(problem->isVisible());
    CHECK(wizard.folderPage()->folder() == dir.filePath(QStringLiteral("new/deeper/vault")));
}

TEST_CASE("The unlock window keeps a wrong password out, lets the right one in and reports failed attempts")
{
    prepareWidgetTest();
    test::TestVault tv;
    tv.vault.reset();

    StartController controller;
    controller.start(tv.path());
    QPointer<UnlockWindow> unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    REQUIRE(QTest::qWaitForWindowExposed(unlock));
    CHECK(child<QLabel>(unlock, "vaultFolderLabel")->text() == QDir::toNativeSeparators(tv.path()));
    CHECK(unlock->errorMessage().isEmpty());

    signIn(unlock, test::AdminName, QStringLiteral("not the password"));
    CHECK(controller.currentWindow() == unlock);
    CHECK(unlock->isVisible());
    CHECK_FALSE(controller.session());
    CHECK(unlock->errorMessage().contains(QStringLiteral("password")));
    CHECK(child<QLineEdit>(unlock, "passwordEdit")->text().isEmpty());
    CHECK(child<QLineEdit>(unlock, "usernameEdit")->text() == test::AdminName);
    CHECK(child<QPushButton>(unlock, "unlockButton")->isEnabled());
    CHECK(rememberedVaultFolder().isEmpty());

    SECTION("an empty password is not tried")
    {
        typeInto(child<QLineEdit>(unlock, "passwordEdit"), QString());
        QTest::keyClick(child<QLineEdit>(unlock, "passwordEdit"), Qt::Key_Return);
        CHECK_FALSE(controller.session());
        CHECK_FALSE(unlock->errorMessage().isEmpty());
    }

    signIn(unlock, test::AdminName, test::AdminPassword);
    auto* main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    REQUIRE(controller.session());
    CHECK(controller.session()->user().username == test::AdminName);
    CHECK(main->windowTitle() == QStringLiteral("Wingmate — %1").arg(QDir::toNativeSeparators(tv.path())));
    CHECK(main->signedInText() == QStringLiteral("Signed in as Alex Admin (Administrator)"));
    // The status bar names the person by display name; the username is in
    // its tooltip.
    const QLabel* statusUser = child<QLabel>(main, "statusUserLabel");
    CHECK(statusUser->text() == main->signedInText());
    CHECK(statusUser->toolTip().contains(test::AdminName));
    CHECK(rememberedVaultFolder() == tv.path());
    flushDeletes();
    CHECK_FALSE(unlock);

    QMessageBox* notice = child<QMessageBox>(main, "failedAttemptsNotice");
    CHECK(notice->isVisible());
    CHECK(notice->text().startsWith(
        QStringLiteral("There was one failed attempt to unlock as you since your last sign-in.")));
    QTest::mouseClick(notice->button(QMessageBox::Ok), Qt::LeftButton);
    flushDeletes();
    CHECK_FALSE(main->findChild<QMessageBox*>());

    // Ctrl+L locks: the vault is closed (so it can be opened again), and the
    // unlock window is back.
    QPointer<MainWindow> mainGuard = main;
    main->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
    // The session is kept, locked, so the same person can carry on.
    REQUIRE(controller.session());
    CHECK(controller.session()->isLocked());
    unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    CHECK(child<QLineEdit>(unlock, "usernameEdit")->text() == test::AdminName);
    flushDeletes();
    CHECK_FALSE(mainGuard);
    {
        Result<std::unique_ptr<Vault>> again = Vault::open(tv.path(), test::AdminName, test::AdminPassword);
        INFO(again.status().message().toStdString());
        CHECK(again.ok());
    }

    // The count starts again after a successful sign-in: no notice now.
    signIn(unlock, test::AdminName, test::AdminPassword);
    main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    CHECK_FALSE(main->findChild<QMessageBox*>());

    // Quit closes the vault and asks the program to end.
    QSignalSpy quit(&controller, &StartController::quitRequested);
    main->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_Q, Qt::ControlModifier);
    CHECK(quit.count() == 1);
    CHECK_FALSE(controller.session());
}

TEST_CASE("Several failed attempts are counted in the notice")
{
    prepareWidgetTest();
    test::TestVault tv;
    tv.vault.reset();
    for (int i = 0; i < 3; ++i)
        REQUIRE_FALSE(Vault::open(tv.path(), test::AdminName, QStringLiteral("guess %1").arg(i)).ok());

    StartController controller;
    controller.start(tv.path());
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    signIn(unlock, test::AdminName, test::AdminPassword);
    auto* main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    QMessageBox* notice = child<QMessageBox>(main, "failedAttemptsNotice");
    CHECK(notice->text().startsWith(
        QStringLiteral("There were 3 failed attempts to unlock as you since your last sign-in.")));
}

TEST_CASE("The unlock window can switch to creating a vault and come back")
{
    prepareWidgetTest();
    test::TestVault tv;
    tv.vault.reset();

    StartController controller;
    controller.start(tv.path());
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);

    SECTION("a folder without a vault is said so")
    {
        QTemporaryDir empty;
        unlock->setVaultFolder(empty.path());
        CHECK_FALSE(unlock->errorMessage().isEmpty());
        CHECK_FALSE(child<QPushButton>(unlock, "unlockButton")->isEnabled());
        unlock->setVaultFolder(tv.path());
        CHECK(unlock->errorMessage().isEmpty());
        CHECK(child<QPushButton>(unlock, "unlockButton")->isEnabled());
    }

    QTest::mouseClick(child<QPushButton>(unlock, "newVaultButton"), Qt::LeftButton);
    auto* wizard = qobject_cast<FirstRunWizard*>(controller.currentWindow());
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    CHECK(cleanVaultFolder(child<QLineEdit>(wizard, "folderEdit")->text()) != tv.path());

    // Esc cancels the wizard and returns to the vault that was there.
    QSignalSpy quit(&controller, &StartController::quitRequested);
    QTest::keyClick(wizard, Qt::Key_Escape);
    unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    CHECK(unlock->vaultFolder() == tv.path());
    CHECK(quit.isEmpty());
}

TEST_CASE("Cancelling the first-run window with no vault to return to ends the program")
{
    prepareWidgetTest();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    StartController controller;
    controller.start(dir.filePath(QStringLiteral("vault")));
    auto* wizard = qobject_cast<FirstRunWizard*>(controller.currentWindow());
    REQUIRE(wizard);
    QSignalSpy quit(&controller, &StartController::quitRequested);
    QTest::keyClick(wizard, Qt::Key_Escape);
    CHECK(quit.count() == 1);
    CHECK_FALSE(Vault::exists(dir.filePath(QStringLiteral("vault"))));
}

TEST_CASE("Without --vault the start follows what this machine remembers")
{
    prepareWidgetTest();

    SECTION("nothing remembered: the first-run window offers the default folder")
    {
        StartController controller;
        controller.start();
        auto* wizard = qobject_cast<FirstRunWizard*>(controller.currentWindow());
        REQUIRE(wizard);
        CHECK(cleanVaultFolder(child<QLineEdit>(wizard, "folderEdit")->text()) == defaultVaultFolder());
    }
    SECTION("a remembered vault is offered for unlocking")
    {
        test::TestVault tv;
        tv.vault.reset();
        rememberVaultFolder(tv.path());
        StartController controller;
        controller.start();
        auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
        REQUIRE(unlock);
        CHECK(unlock->vaultFolder() == tv.path());
        CHECK(unlock->errorMessage().isEmpty());
    }
    SECTION("a remembered vault that has gone is reported, not replaced by a new one")
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("vault"));
        rememberVaultFolder(gone);
        StartController controller;
        controller.start();
        auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
        REQUIRE(unlock);
        CHECK(unlock->vaultFolder() == gone);
        CHECK_FALSE(unlock->errorMessage().isEmpty());
        CHECK_FALSE(child<QPushButton>(unlock, "unlockButton")->isEnabled());

        // Making a new one is still one click away, and cancelling it comes
        // back here rather than ending the program.
        QTest::mouseClick(child<QPushButton>(unlock, "newVaultButton"), Qt::LeftButton);
        auto* wizard = qobject_cast<FirstRunWizard*>(controller.currentWindow());
        REQUIRE(wizard);
        QSignalSpy quit(&controller, &StartController::quitRequested);
        QTest::keyClick(wizard, Qt::Key_Escape);
        CHECK(quit.isEmpty());
        unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
        REQUIRE(unlock);
        CHECK(unlock->vaultFolder() == gone);
    }
}

TEST_CASE("The first-run window hands over to unlocking when pointed at an existing vault")
{
    prepareWidgetTest();
    test::TestVault tv;
    tv.vault.reset();
    QTemporaryDir dir;
    StartController controller;
    controller.start(dir.filePath(QStringLiteral("vault")));
    auto* wizard = qobject_cast<FirstRunWizard*>(controller.currentWindow());
    REQUIRE(wizard);
    typeInto(child<QLineEdit>(wizard, "folderEdit"), tv.path());
    QTest::mouseClick(child<QPushButton>(wizard, "openExistingButton"), Qt::LeftButton);
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    CHECK(unlock->vaultFolder() == tv.path());
    flushDeletes();
    signIn(unlock, test::AdminName, test::AdminPassword);
    CHECK(qobject_cast<MainWindow*>(controller.currentWindow()));
}

TEST_CASE("A one-time password must be replaced before anything else, and the sign-in is audited")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.session.reset();
    {
        Result<std::unique_ptr<UserSession>> admin
            = UserSession::signIn(ts.path(), test::AdminName, test::AdminPassword, ts.clock);
        REQUIRE(admin.ok());
        Result<AccountService::Issued> issued = AccountService(**admin).addUser(
            QStringLiteral("casey"), QStringLiteral("Casey Nurse"), UserRole::MentalHealthNurse);
        REQUIRE(issued.ok());
        admin->reset();

        StartController controller;
        controller.start(ts.path());
        auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
        REQUIRE(unlock);
        signIn(unlock, QStringLiteral("casey"), issued->oneTimePassword);
        auto* dialog = qobject_cast<ChangePasswordDialog*>(controller.currentWindow());
        REQUIRE(dialog);
        REQUIRE(controller.session());
        CHECK(controller.session()->mustChangePassword());
        auto* change = child<QPushButton>(dialog, "changePasswordButton");
        CHECK_FALSE(change->isEnabled());

        typeInto(child<QLineEdit>(dialog, "currentPasswordEdit"), QStringLiteral("not what was given"));
        typeInto(child<QLineEdit>(dialog, "newPasswordEdit"), QStringLiteral("Quiet harbour lamps 42"));
        typeInto(child<QLineEdit>(dialog, "confirmPasswordEdit"), QStringLiteral("Quiet harbour lamps 4"));
        CHECK_FALSE(change->isEnabled());
        CHECK_FALSE(child<QLabel>(dialog, "mismatchLabel")->text().isEmpty());
        typeInto(child<QLineEdit>(dialog, "confirmPasswordEdit"), QStringLiteral("Quiet harbour lamps 42"));
        REQUIRE(change->isEnabled());
        QTest::mouseClick(change, Qt::LeftButton);
        CHECK(controller.currentWindow() == dialog); // the given password was wrong
        CHECK(controller.session()->mustChangePassword());

        typeInto(child<QLineEdit>(dialog, "currentPasswordEdit"), issued->oneTimePassword);
        QTest::mouseClick(change, Qt::LeftButton);
        auto* main = qobject_cast<MainWindow*>(controller.currentWindow());
        REQUIRE(main);
        CHECK(main->signedInText() == QStringLiteral("Signed in as Casey Nurse (Mental health nurse)"));
        CHECK_FALSE(controller.session()->mustChangePassword());
    }
    flushDeletes();
    CHECK(ts.countEvents(AuditAction::Login) >= 3); // creation, admin, casey
    CHECK(ts.countEvents(AuditAction::Logout) >= 1);
    ts.session.reset();
    CHECK(UserSession::signIn(
        ts.path(), QStringLiteral("casey"), QStringLiteral("Quiet harbour lamps 42"), ts.clock)
              .ok());
}

TEST_CASE("After five wrong passwords the unlock window counts down before the next try")
{
    prepareWidgetTest();
    test::TestVault tv;
    tv.vault.reset();
    UnlockWindow unlock(tv.path());
    unlock.show();
    for (int i = 0; i < 4; ++i) {
        signIn(&unlock, test::AdminName, QStringLiteral("wrong guess %1").arg(i));
        CHECK(unlock.secondsToWait() == 0);
        CHECK(child<QPushButton>(&unlock, "unlockButton")->isEnabled());
    }
    signIn(&unlock, test::AdminName, QStringLiteral("wrong guess 5"));
    CHECK(unlock.secondsToWait() > 10);
    CHECK(unlock.secondsToWait() <= 15);
    CHECK_FALSE(child<QPushButton>(&unlock, "unlockButton")->isEnabled());
    CHECK(child<QLabel>(&unlock, "statusLabel")
              ->text()
              .startsWith(QStringLiteral("Too many wrong passwords: wait 0:1")));
    // Enter does nothing while waiting, even with the right password.
    signIn(&unlock, test::AdminName, test::AdminPassword);
    CHECK_FALSE(unlock.takeSession());
    // Another username is not held up by this one's wait.
    typeInto(child<QLineEdit>(&unlock, "usernameEdit"), QStringLiteral("someone.else"));
    QTest::keyClick(child<QLineEdit>(&unlock, "usernameEdit"), Qt::Key_Tab);
    CHECK(unlock.secondsToWait() == 0);
    CHECK(child<QPushButton>(&unlock, "unlockButton")->isEnabled());
}

TEST_CASE("Left idle at the first-sign-in password change, the vault locks like anywhere else")
{
    prepareWidgetTest();
    test::TestSession ts;
    Result<AccountService::Issued> issued
        = AccountService(*ts.session)
              .addUser(QStringLiteral("casey"), QStringLiteral("Casey Nurse"), UserRole::MentalHealthNurse);
    REQUIRE(issued.ok());
    ts.session.reset();

    StartController controller(ts.clock);
    controller.start(ts.path());
    signIn(qobject_cast<UnlockWindow*>(controller.currentWindow()), QStringLiteral("casey"),
        issued->oneTimePassword);
    QPointer<ChangePasswordDialog> dialog = qobject_cast<ChangePasswordDialog*>(controller.currentWindow());
    REQUIRE(dialog);
    REQUIRE(controller.inactivityTimer());

    // Half-way through typing, nobody touches it for the idle minutes.
    typeInto(child<QLineEdit>(dialog, "currentPasswordEdit"), issued->oneTimePassword);
    ts.clock.advance(5 * 60 + 1);
    controller.inactivityTimer()->check();
    QCoreApplication::processEvents();
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    CHECK(controller.session()->isLocked());
    flushDeletes();
    CHECK_FALSE(dialog); // nothing typed survives the lock

    // The same user coming back still has to replace the one-time password.
    signIn(unlock, QStringLiteral("casey"), issued->oneTimePassword);
    REQUIRE(qobject_cast<ChangePasswordDialog*>(controller.currentWindow()));
    CHECK(controller.session()->mustChangePassword());
}

TEST_CASE(
    "A vault put back from an older copy is refused at unlock, and an administrator can accept it there")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    ts.session.reset();
    const QString older = ts.path() + QStringLiteral("-older");
    QDir().mkpath(older);
    for (const QString& name : QDir(ts.path()).entryList(QDir::Files))
        REQUIRE(QFile::copy(ts.path() + QLatin1Char('/') + name, older + QLatin1Char('/') + name));
    ts.signInAs(test::AdminName);
    REQUIRE(ts.session->changeSetting(Setting::WingName, QStringLiteral("Later work")).ok());
    ts.session.reset();
    // The whole folder put back.
    for (const QString& name : QDir(ts.path()).entryList(QDir::Files))
        REQUIRE(QFile::remove(ts.path() + QLatin1Char('/') + name));
    for (const QString& name : QDir(older).entryList(QDir::Files))
        REQUIRE(QFile::copy(older + QLatin1Char('/') + name, ts.path() + QLatin1Char('/') + name));

    StartController controller;
    controller.start(ts.path());
    QPointer<UnlockWindow> unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    signIn(unlock, QStringLiteral("worker"), test::TestSession::passwordFor(QStringLiteral("worker")));
    CHECK_FALSE(controller.session());
    CHECK(unlock->errorMessage().contains(QStringLiteral("older copy")));
    QMessageBox* offer = child<QMessageBox>(unlock, "acceptOlderCopyMessage");
    REQUIRE(offer->isVisible());

    SECTION("cancelled, nothing is accepted")
    {
        QTest::mouseClick(offer->button(QMessageBox::Cancel), Qt::LeftButton);
        signIn(unlock, test::AdminName, test::AdminPassword);
        CHECK_FALSE(controller.session());
        CHECK(unlock->errorMessage().contains(QStringLiteral("older copy")));
    }
    SECTION("a support worker cannot accept it")
    {
        QTest::mouseClick(child<QPushButton>(offer, "acceptOlderCopyButton"), Qt::LeftButton);
        CHECK(unlock->errorMessage().contains(QStringLiteral("administrator")));
        signIn(unlock, QStringLiteral("worker"), test::TestSession::passwordFor(QStringLiteral("worker")));
        CHECK_FALSE(controller.session());
        CHECK(unlock->errorMessage().contains(QStringLiteral("Only an active administrator")));
    }
    SECTION("an administrator accepts it and works on")
    {
        QTest::mouseClick(child<QPushButton>(offer, "acceptOlderCopyButton"), Qt::LeftButton);
        signIn(unlock, test::AdminName, test::AdminPassword);
        REQUIRE(controller.session());
        CHECK(qobject_cast<MainWindow*>(controller.currentWindow()));
        CHECK(controller.session()->acceptedOlderCopy().accepted);
        CHECK(controller.session()->verify().ok());
    }
}
