// The main window behind the unlock: sections by role, the status bar, the
// idle lock and unlocking back to where one was, and the administrators'
// pages (users, settings, audit log). Real vaults, real widgets, a manual
// clock for time.
#include "shell/MainWindow.h"

#include "Bootstrap.h"
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "accounts/AddUserDialog.h"
#include "accounts/OneTimePasswordDialog.h"
#include "accounts/UserListModel.h"
#include "accounts/UsersPage.h"
#include "admin/AuditEventModel.h"
#include "admin/AuditPage.h"
#include "admin/SettingsPage.h"
#include "audit/AuditLog.h"
#include "caseload/CaseloadPage.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentees/MenteesPage.h"
#include "services/AccountService.h"
#include "services/UserSession.h"
#include "sessions/CheckInDialog.h"
#include "shell/RefreshWhenShown.h"
#include "start/InactivityTimer.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>
#include <functional>

using namespace wingmate;
using namespace wingmate::ui;
using namespace wingmate::test;

namespace {

const QString SecondAdmin = QStringLiteral("adele.admin");

void unlockAs(UnlockWindow* window, const QString& username, const QString& password)
{
    typeInto(child<QLineEdit>(window, "usernameEdit"), username);
    typeInto(child<QLineEdit>(window, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(window, "passwordEdit"), Qt::Key_Return);
}

QString passwordOf(const QString& username)
{
    return username == test::AdminName ? test::AdminPassword : test::TestSession::passwordFor(username);
}

int row(const UserListModel* model, const QString& username)
{
    return model->rowOf(username);
}

QString cell(const QAbstractItemModel* model, int r, int column)
{
    return model->index(r, column).data().toString();
}

// Opens the mentee's record from the caseload as a double-click would, and
// saves a check-in there with the dialog's defaults.
MenteeRecordDialog* openRecordAndCheckIn(MainWindow& main, CaseloadPage* caseload, qint64 episode,
    const std::function<void(MenteeRecordDialog*)>& beforeCheckIn = {})
{
    Q_EMIT caseload->menteeRequested(episode);
    auto* record = main.findChild<MenteeRecordDialog*>();
    REQUIRE(record);
    if (beforeCheckIn)
        beforeCheckIn(record);
    QTest::mouseClick(child<QPushButton>(record, "recordCheckInButton"), Qt::LeftButton);
    auto* checkIn = record->findChild<CheckInDialog*>();
    REQUIRE(checkIn);
    QTest::keyClick(checkIn, Qt::Key_Return);
    return record;
}

} // namespace

TEST_CASE("An administrator gets the records, Users, Audit log and Settings, and a support worker the "
          "records and Settings")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.addAccount(Worker, UserRole::SupportWorker);

    {
        MainWindow main(*ts.session);
        showActive(&main);
        CHECK(main.pageKeys()
            == QStringList { PageKey::Caseload, PageKey::Mentees, PageKey::Mentors, PageKey::Sessions,
                PageKey::Concerns, PageKey::Reports, PageKey::Audit, PageKey::Users, PageKey::Settings });
        CHECK(main.currentPageKey() == PageKey::Caseload);
        CHECK(qobject_cast<UsersPage*>(main.page(PageKey::Users)));
        CHECK(qobject_cast<AuditPage*>(main.page(PageKey::Audit)));

        // Ctrl+<position> goes to each section, and the list follows.
        const QList<std::pair<Qt::Key, QString>> digits { { Qt::Key_9, PageKey::Settings },
            { Qt::Key_8, PageKey::Users }, { Qt::Key_7, PageKey::Audit }, { Qt::Key_6, PageKey::Reports },
            { Qt::Key_5, PageKey::Concerns }, { Qt::Key_4, PageKey::Sessions },
            { Qt::Key_3, PageKey::Mentors }, { Qt::Key_2, PageKey::Mentees },
            { Qt::Key_1, PageKey::Caseload } };
        for (const auto& [key, page] : digits) {
            QTest::keyClick(&main, key, Qt::ControlModifier);
            CHECK(main.currentPageKey() == page);
        }
        QTest::keyClick(&main, Qt::Key_9, Qt::ControlModifier);
        CHECK(child<QListWidget>(&main, "sectionList")->currentItem()->text() == QStringLiteral("Settings"));

        // A tenth section has no digit left unless it is given a shortcut.
        auto* extra = new QLabel(QStringLiteral("another section"));
        main.addPage(QStringLiteral("extra"), QStringLiteral("Extra"), extra);
        QTest::keyClick(&main, Qt::Key_0, Qt::ControlModifier);
        CHECK(main.currentPageKey() == PageKey::Settings);
        auto* another = new QLabel(QStringLiteral("one more section"));
        main.addPage(QStringLiteral("another"), QStringLiteral("Another"), another,
            QKeySequence(Qt::CTRL | Qt::Key_0));
        QTest::keyClick(&main, Qt::Key_0, Qt::ControlModifier);
        CHECK(main.currentPageKey() == QStringLiteral("another"));
        main.showPage(QStringLiteral("extra"));
        CHECK(main.currentPageKey() == QStringLiteral("extra"));
        main.showPage(PageKey::Settings);
        CHECK(main.currentPageKey() == PageKey::Settings);
        main.showPage(QStringLiteral("no such page"));
        CHECK(main.currentPageKey() == PageKey::Settings);

        CHECK(child<SettingsPage>(&main, "settingsPage")->isEditable());
    }

    UserSession& worker = ts.signInAs(Worker);
    {
        MainWindow main(worker);
        showActive(&main);
        CHECK(main.pageKeys()
            == QStringList { PageKey::Caseload, PageKey::Mentees, PageKey::Mentors, PageKey::Sessions,
                PageKey::Concerns, PageKey::Reports, PageKey::Settings });
        CHECK(main.currentPageKey() == PageKey::Caseload);
        CHECK_FALSE(main.findChild<UsersPage*>());
        CHECK_FALSE(main.findChild<AuditPage*>());
        QTest::keyClick(&main, Qt::Key_7, Qt::ControlModifier);
        CHECK(main.currentPageKey() == PageKey::Settings);
        // Ctrl+6 is the worker's Reports page, with no exports offered; Ctrl+8 has nothing behind it.
        QTest::keyClick(&main, Qt::Key_6, Qt::ControlModifier);
        CHECK(main.currentPageKey() == PageKey::Reports);
        CHECK_FALSE(main.findChild<QWidget*>(QStringLiteral("exportBox")));
        QTest::keyClick(&main, Qt::Key_8, Qt::ControlModifier);
        CHECK(main.currentPageKey() == PageKey::Reports);
        CHECK(main.signedInText() == QStringLiteral("Signed in as Person sam.worker (Support worker)"));
    }
}

TEST_CASE("The status bar shows who is signed in, the vault and the time left before the lock")
{
    prepareWidgetTest();
    test::TestSession ts;
    MainWindow main(*ts.session);
    InactivityTimer inactivity(*ts.session);
    showActive(&main);

    CHECK(child<QLabel>(&main, "statusUserLabel")->text()
        == QStringLiteral("Signed in as Alex Admin (Administrator)"));
    CHECK(child<QLabel>(&main, "statusUserLabel")->toolTip().contains(test::AdminName));
    CHECK(child<QLabel>(&main, "statusVaultLabel")->text().contains(QDir::toNativeSeparators(ts.path())));
    CHECK(main.lockCountdownText() == QStringLiteral("Locks in 5:00"));

    ts.clock.advance(28);
    main.updateLockCountdown();
    CHECK(child<QLabel>(&main, "statusLockLabel")->text() == QStringLiteral("Locks in 4:32"));

    // It refreshes itself every second.
    ts.clock.advance(60);
    CHECK(waitUntil([&] { return main.lockCountdownText() == QStringLiteral("Locks in 3:32"); }, 3000));

    // Typing counts as activity and puts the full time back.
    QTest::keyClick(child<QListWidget>(&main, "sectionList"), Qt::Key_Down);
    main.updateLockCountdown();
    CHECK(main.lockCountdownText() == QStringLiteral("Locks in 5:00"));
}

TEST_CASE("Left idle, the window is thrown away and the same user comes back to the same page")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.session.reset();

    StartController controller(ts.clock);
    controller.start(ts.path());
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    unlockAs(unlock, test::AdminName, test::AdminPassword);
    QPointer<MainWindow> main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    REQUIRE(controller.inactivityTimer());
    UserSession* lockedSession = controller.session();
    showActive(main);
    QTest::keyClick(main, Qt::Key_9, Qt::ControlModifier);
    REQUIRE(main->currentPageKey() == PageKey::Settings);

    // Activity keeps it open: four minutes, a key press, four more minutes.
    ts.clock.advance(4 * 60);
    QTest::keyClick(child<QListWidget>(main, "sectionList"), Qt::Key_Shift);
    ts.clock.advance(4 * 60);
    controller.inactivityTimer()->check();
    QCoreApplication::processEvents();
    CHECK(controller.currentWindow() == main);
    CHECK_FALSE(controller.session()->isLocked());
    REQUIRE(main->currentPageKey() == PageKey::Settings);

    // Past the idle minutes the next tick locks.
    ts.clock.advance(60 + 1);
    SECTION("the one-second timer notices by itself")
    {
        CHECK(waitUntil(
            [&] { return qobject_cast<UnlockWindow*>(controller.currentWindow()) != nullptr; }, 3000));
    }
    SECTION("a tick run by hand")
    {
        controller.inactivityTimer()->check();
        QCoreApplication::processEvents();
    }
    unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    CHECK(controller.session() == lockedSession);
    CHECK(controller.session()->isLocked());
    CHECK_FALSE(controller.inactivityTimer());
    CHECK(child<QLineEdit>(unlock, "usernameEdit")->text() == test::AdminName);
    CHECK(child<QLabel>(unlock, "vaultFolderLabel")->text() == QDir::toNativeSeparators(ts.path()));
    CHECK((!main || !main->isVisible()));
    flushDeletes();
    CHECK_FALSE(main); // thrown away, not hidden

    // A wrong password keeps it locked.
    unlockAs(unlock, test::AdminName, QStringLiteral("not it"));
    CHECK(controller.currentWindow() == unlock);
    CHECK(controller.session()->isLocked());
    CHECK_FALSE(unlock->errorMessage().isEmpty());

    unlockAs(unlock, test::AdminName, test::AdminPassword);
    main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    CHECK(controller.session() == lockedSession);
    CHECK_FALSE(controller.session()->isLocked());
    CHECK(main->currentPageKey() == PageKey::Settings);
    REQUIRE(controller.inactivityTimer());
    CHECK(main->lockCountdownText() == QStringLiteral("Locks in 5:00"));
    CHECK(child<QLabel>(main, "statusUserLabel")->text()
        == QStringLiteral("Signed in as Alex Admin (Administrator)"));
}

TEST_CASE("Someone else unlocking starts afresh on the first page, and the lock and unlock are audited")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.addAccount(SecondAdmin, UserRole::Administrator);
    ts.addAccount(Worker, UserRole::SupportWorker);
    ts.session.reset();
    {
        StartController controller(ts.clock);
        controller.start(ts.path());
        unlockAs(
            qobject_cast<UnlockWindow*>(controller.currentWindow()), test::AdminName, test::AdminPassword);
        auto* main = qobject_cast<MainWindow*>(controller.currentWindow());
        REQUIRE(main);
        showActive(main);
        QTest::keyClick(main, Qt::Key_9, Qt::ControlModifier);
        REQUIRE(main->currentPageKey() == PageKey::Settings);

        // Ctrl+L locks at once.
        QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
        auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
        REQUIRE(unlock);
        REQUIRE(controller.session());
        CHECK(controller.session()->isLocked());
        CHECK(child<QLabel>(unlock, "unlockHeading")->text() == QStringLiteral("Wingmate is locked"));

        SECTION("another administrator gets the first page, in a session of their own")
        {
            unlockAs(unlock, SecondAdmin, passwordOf(SecondAdmin));
            main = qobject_cast<MainWindow*>(controller.currentWindow());
            REQUIRE(main);
            CHECK(controller.session()->user().username == SecondAdmin);
            CHECK(main->currentPageKey() == PageKey::Caseload);
            CHECK(main->signedInText() == QStringLiteral("Signed in as Person adele.admin (Administrator)"));
        }
        SECTION("a support worker gets only what their role allows")
        {
            unlockAs(unlock, Worker, passwordOf(Worker));
            main = qobject_cast<MainWindow*>(controller.currentWindow());
            REQUIRE(main);
            CHECK(controller.session()->user().username == Worker);
            CHECK(main->pageKeys()
                == QStringList { PageKey::Caseload, PageKey::Mentees, PageKey::Mentors, PageKey::Sessions,
                    PageKey::Concerns, PageKey::Reports, PageKey::Settings });
            CHECK_FALSE(child<SettingsPage>(main, "settingsPage")->isEditable());

            // And the administrator, coming back after them, starts afresh too.
            showActive(main);
            QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
            unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
            REQUIRE(unlock);
            unlockAs(unlock, test::AdminName, test::AdminPassword);
            main = qobject_cast<MainWindow*>(controller.currentWindow());
            REQUIRE(main);
            CHECK(main->currentPageKey() == PageKey::Caseload);
        }
        flushDeletes();
    }
    CHECK(ts.countEvents(AuditAction::Lock) >= 1);
    CHECK(ts.countEvents(AuditAction::Logout) >= 1); // the last one, at the end
}

TEST_CASE("Sign out closes the vault and offers a fresh sign-in")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.session.reset();
    StartController controller(ts.clock);
    controller.start(ts.path());
    unlockAs(qobject_cast<UnlockWindow*>(controller.currentWindow()), test::AdminName, test::AdminPassword);
    auto* main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    child<QAction>(main, "signOutAction")->trigger();
    CHECK_FALSE(controller.session());
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    CHECK(child<QLineEdit>(unlock, "usernameEdit")->text().isEmpty());
    CHECK(child<QLabel>(unlock, "unlockHeading")->text() == QStringLiteral("Unlock the vault"));
}

TEST_CASE("The users page adds, disables and enables accounts and keeps the last administrator")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.addAccount(Worker, UserRole::SupportWorker);
    UsersPage page(*ts.session);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    UserListModel* model = page.model();
    REQUIRE(row(model, test::AdminName) >= 0);
    REQUIRE(row(model, Worker) >= 0);
    CHECK(cell(model, row(model, Worker), UserListModel::RoleColumn) == QStringLiteral("Support worker"));
    CHECK(cell(model, row(model, Worker), UserListModel::ActiveColumn) == QStringLiteral("Active"));
    // Nothing chosen, nothing to act on.
    CHECK_FALSE(child<QPushButton>(&page, "disableUserButton")->isEnabled());

    SECTION("adding shows the one-time password once, with a copy button")
    {
        QTest::mouseClick(child<QPushButton>(&page, "addUserButton"), Qt::LeftButton);
        auto* dialog = visibleDialog<AddUserDialog>(&page, "addUserDialog");
        QPushButton* add = child<QPushButton>(dialog, "confirmAddUserButton");
        CHECK_FALSE(add->isEnabled());
        typeInto(child<QLineEdit>(dialog, "newUsernameEdit"), QStringLiteral("no spaces allowed"));
        typeInto(child<QLineEdit>(dialog, "newDisplayNameEdit"), QStringLiteral("Nadia Nurse"));
        REQUIRE(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        // Core refused the username; the dialog says why and stays.
        CHECK(dialog->isVisible());
        CHECK_FALSE(child<QLabel>(dialog, "errorMessage")->text().isEmpty());

        typeInto(child<QLineEdit>(dialog, "newUsernameEdit"), QStringLiteral("nadia.nurse"));
        child<QComboBox>(dialog, "newRoleCombo")->setCurrentIndex(1);
        QTest::mouseClick(add, Qt::LeftButton);
        flushDeletes();
        auto* shown = visibleDialog<OneTimePasswordDialog>(&page, "oneTimePasswordDialog");
        const QString password = shown->password();
        CHECK(password.size() >= 16);
        CHECK(child<QLabel>(shown, "oneTimePasswordLabel")->text() == password);
        QTest::mouseClick(child<QPushButton>(shown, "copyPasswordButton"), Qt::LeftButton);
        CHECK(QGuiApplication::clipboard()->text() == password);
        QTest::mouseClick(child<QPushButton>(shown, "donePasswordButton"), Qt::LeftButton);
        flushDeletes();
        CHECK_FALSE(page.findChild<OneTimePasswordDialog*>());
        CHECK(QGuiApplication::clipboard()->text().isEmpty());

        const int r = row(model, QStringLiteral("nadia.nurse"));
        REQUIRE(r >= 0);
        CHECK(cell(model, r, UserListModel::DisplayNameColumn) == QStringLiteral("Nadia Nurse"));
        CHECK(cell(model, r, UserListModel::RoleColumn) == QStringLiteral("Mental health nurse"));
        CHECK(cell(model, r, UserListModel::MustChangePasswordColumn) == QStringLiteral("Yes"));
        CHECK(cell(model, r, UserListModel::LastSignInColumn) == QStringLiteral("Never"));
        CHECK(page.selectedUsername() == QStringLiteral("nadia.nurse"));
    }

    SECTION("disabling asks first, then offers a new key; enabling issues a one-time password")
    {
        REQUIRE(page.selectUser(Worker));
        QTest::mouseClick(child<QPushButton>(&page, "disableUserButton"), Qt::LeftButton);
        auto* confirm = visibleDialog<QMessageBox>(&page, "confirmDisableBox");
        // Cancel changes nothing.
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        flushDeletes();
        CHECK(cell(model, row(model, Worker), UserListModel::ActiveColumn) == QStringLiteral("Active"));

        QTest::mouseClick(child<QPushButton>(&page, "disableUserButton"), Qt::LeftButton);
        confirm = visibleDialog<QMessageBox>(&page, "confirmDisableBox");
        QTest::mouseClick(child<QPushButton>(confirm, "confirmDisableButton"), Qt::LeftButton);
        CHECK(cell(model, row(model, Worker), UserListModel::ActiveColumn) == QStringLiteral("Disabled"));
        CHECK(page.errorMessage().isEmpty());
        CHECK(child<QPushButton>(&page, "enableUserButton")->isEnabled());
        CHECK_FALSE(child<QPushButton>(&page, "disableUserButton")->isEnabled());

        const int rotationsBefore = ts.countEvents(AuditAction::KeyRotation);
        auto* offer = visibleDialog<QMessageBox>(&page, "rotateKeyOfferBox");
        QTest::mouseClick(child<QPushButton>(offer, "rotateKeyNowButton"), Qt::LeftButton);
        flushDeletes();
        CHECK(page.errorMessage().isEmpty());
        visibleDialog<QMessageBox>(&page, "rotateKeyDoneBox");
        CHECK(ts.countEvents(AuditAction::KeyRotation) == rotationsBefore + 1);

        QTest::mouseClick(child<QPushButton>(&page, "enableUserButton"), Qt::LeftButton);
        CHECK(cell(model, row(model, Worker), UserListModel::ActiveColumn) == QStringLiteral("Active"));
        CHECK(cell(model, row(model, Worker), UserListModel::MustChangePasswordColumn)
            == QStringLiteral("Yes"));
        CHECK_FALSE(
            visibleDialog<OneTimePasswordDialog>(&page, "oneTimePasswordDialog")->password().isEmpty());
    }

    SECTION("the last active administrator cannot be disabled: core's refusal is shown")
    {
        REQUIRE(page.selectUser(test::AdminName));
        QTest::mouseClick(child<QPushButton>(&page, "disableUserButton"), Qt::LeftButton);
        auto* confirm = visibleDialog<QMessageBox>(&page, "confirmDisableBox");
        QTest::mouseClick(child<QPushButton>(confirm, "confirmDisableButton"), Qt::LeftButton);
        flushDeletes();
        INFO(page.errorMessage().toStdString());
        CHECK_FALSE(page.errorMessage().isEmpty());
        CHECK(cell(model, row(model, test::AdminName), UserListModel::ActiveColumn)
            == QStringLiteral("Active"));
        // No key rotation is offered for a refusal.
        for (auto* box : page.findChildren<QMessageBox*>(QStringLiteral("rotateKeyOfferBox")))
            CHECK_FALSE(box->isVisible());
    }
}

TEST_CASE("The settings page saves an administrator's changes, audited, and is read-only for a worker")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.addAccount(Worker, UserRole::SupportWorker);
    const int changesBefore = ts.countEvents(AuditAction::SettingsChange);
    {
        SettingsPage page(*ts.session);
        page.show();
        REQUIRE(page.isEditable());
        auto* wing = qobject_cast<QLineEdit*>(page.editor(Setting::WingName));
        auto* idle = qobject_cast<QSpinBox*>(page.editor(Setting::IdleLockMinutes));
        auto* types = qobject_cast<QPlainTextEdit*>(page.editor(Setting::SessionTypes));
        REQUIRE(wing);
        REQUIRE(idle);
        REQUIRE(types);
        QPushButton* save = child<QPushButton>(&page, "saveSettingsButton");
        CHECK_FALSE(save->isEnabled());
        CHECK(idle->value() == 5);

        typeInto(wing, QStringLiteral("Juniper wing"));
        idle->setValue(12);
        CHECK(page.hasChanges());
        REQUIRE(save->isEnabled());

        SECTION("saved")
        {
            QTest::mouseClick(save, Qt::LeftButton);
            CHECK(page.errorMessage().isEmpty());
            CHECK_FALSE(page.hasChanges());
            CHECK_FALSE(save->isEnabled());
            CHECK(ts.session->settings().text(Setting::WingName) == QStringLiteral("Juniper wing"));
            CHECK(ts.session->settings().integer(Setting::IdleLockMinutes) == 12);
            CHECK(ts.session->idleLockMinutes() == 12);
            CHECK(ts.countEvents(AuditAction::SettingsChange) == changesBefore + 2);
        }
        SECTION("reverted")
        {
            QTest::mouseClick(child<QPushButton>(&page, "revertSettingsButton"), Qt::LeftButton);
            CHECK(wing->text() != QStringLiteral("Juniper wing"));
            CHECK(idle->value() == 5);
            CHECK(ts.countEvents(AuditAction::SettingsChange) == changesBefore);
        }
        SECTION("a value core refuses is explained and nothing is saved")
        {
            types->clear(); // at least one session type is needed
            QTest::mouseClick(save, Qt::LeftButton);
            CHECK(page.errorMessage().contains(QStringLiteral("Session types")));
            CHECK(ts.session->settings().text(Setting::WingName) != QStringLiteral("Juniper wing"));
            CHECK(ts.countEvents(AuditAction::SettingsChange) == changesBefore);
        }
    }

    UserSession& worker = ts.signInAs(Worker);
    SettingsPage page(worker);
    page.show();
    CHECK_FALSE(page.isEditable());
    CHECK(qobject_cast<QLineEdit*>(page.editor(Setting::WingName))->isReadOnly());
    CHECK(qobject_cast<QSpinBox*>(page.editor(Setting::IdleLockMinutes))->isReadOnly());
    CHECK(qobject_cast<QPlainTextEdit*>(page.editor(Setting::SessionTypes))->isReadOnly());
    CHECK_FALSE(child<QPushButton>(&page, "saveSettingsButton")->isVisible());
    CHECK_FALSE(page.save());
}

TEST_CASE("The audit page lists events between two dates, its reading is audited, and it exports")
{
    prepareWidgetTest();
    test::TestSession ts;
    ts.addAccount(Worker, UserRole::SupportWorker);
    const int readsBefore = ts.countEvents(AuditAction::AuditRead);

    MainWindow main(*ts.session);
    auto* page = child<AuditPage>(&main, "auditPage");
    // Made but not looked at: nothing read, nothing audited.
    CHECK(page->model()->rowCount() == 0);
    CHECK(ts.countEvents(AuditAction::AuditRead) == readsBefore);

    showActive(&main);
    QTest::keyClick(&main, Qt::Key_7, Qt::ControlModifier);
    REQUIRE(main.currentPageKey() == PageKey::Audit);
    REQUIRE(page->model()->rowCount() > 0);
    CHECK(ts.countEvents(AuditAction::AuditRead) == readsBefore + 1);

    const AuditEventModel* model = page->model();
    QStringList actions;
    for (int r = 0; r < model->rowCount(); ++r)
        actions.append(cell(model, r, AuditEventModel::ActionColumn));
    CHECK(actions.contains(AuditAction::Login));
    CHECK(actions.contains(AuditAction::UserAdmin));
    // The read itself is in the trail it shows.
    CHECK(actions.last() == AuditAction::AuditRead);
    CHECK(cell(model, model->rowCount() - 1, AuditEventModel::ActorColumn) == test::AdminName);
    CHECK(model->index(0, AuditEventModel::SeqColumn).data(AuditEventModel::SeqRole).toLongLong() >= 1);

    // A range before anything happened is empty, and still audited.
    page->fromEdit()->setDate(QDate(2025, 1, 1));
    page->toEdit()->setDate(QDate(2025, 1, 31));
    QTest::mouseClick(child<QPushButton>(page, "auditShowButton"), Qt::LeftButton);
    CHECK(model->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(page, "auditExportButton")->isEnabled());
    CHECK(ts.countEvents(AuditAction::AuditRead) == readsBefore + 2);

    // From after To is refused in words.
    page->fromEdit()->setDate(QDate(2026, 2, 1));
    CHECK_FALSE(page->reload());
    CHECK_FALSE(page->errorMessage().isEmpty());

    page->fromEdit()->setDate(QDate(2025, 12, 1));
    page->toEdit()->setDate(QDate(2026, 1, 1));
    REQUIRE(page->reload());
    const int shown = model->rowCount();
    REQUIRE(shown > 0);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("audit.txt"));
    const int exportsBefore = ts.countEvents(AuditAction::Export);
    REQUIRE(page->exportTo(file));
    const QStringList lines
        = QString::fromUtf8(test::readFile(file)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    CHECK(lines.size() == shown + 2); // two header lines
    CHECK(lines.at(2).startsWith(cell(model, 0, AuditEventModel::SeqColumn) + QLatin1Char('\t')));
    CHECK(ts.countEvents(AuditAction::Export) == exportsBefore + 1);

    // A file that cannot be written is said so.
    CHECK_FALSE(page->exportTo(dir.filePath(QStringLiteral("no/such/folder/audit.txt"))));
    CHECK_FALSE(page->errorMessage().isEmpty());
}

TEST_CASE(
    "The caseload opens a mentee's record, whose viewing is audited, and a check-in made there refreshes it")
{
    prepareWidgetTest();
    test::TestSession ts;
    const qint64 episode = test::addEpisode(ts, QStringLiteral("T1212TT"), QStringLiteral("Record Mentee"));
    MainWindow main(*ts.session);
    showActive(&main);
    REQUIRE(main.currentPageKey() == PageKey::Caseload);
    auto* caseload = qobject_cast<CaseloadPage*>(main.page(PageKey::Caseload));
    REQUIRE(caseload);
    caseload->refresh();
    const int viewsBefore = ts.countEvents(AuditAction::View);
    int entriesBefore = 0;
    MenteeRecordDialog* record
        = openRecordAndCheckIn(main, caseload, episode, [&](MenteeRecordDialog* opened) {
              CHECK(opened->headerText().startsWith(QStringLiteral("Record Mentee · T1212TT · Active")));
              CHECK(ts.countEvents(AuditAction::View) == viewsBefore + 1);
              entriesBefore = opened->timelineCount();
              CHECK(entriesBefore >= 3); // referred, consent, active
          });
    CHECK(record->timelineCount() == entriesBefore + 1);
}

TEST_CASE(
    "A section reads its records when first opened, and again when opened after a change made elsewhere")
{
    prepareWidgetTest();
    test::TestSession ts;
    const qint64 episode = test::addEpisode(ts, QStringLiteral("T1212TT"), QStringLiteral("Record Mentee"));
    MainWindow main(*ts.session);
    showActive(&main);
    auto* caseload = qobject_cast<CaseloadPage*>(main.page(PageKey::Caseload));
    auto* mentees = qobject_cast<MenteesPage*>(main.page(PageKey::Mentees));
    REQUIRE(caseload);
    REQUIRE(mentees);
    CHECK(caseload->proxy()->rowCount() == 1);
    // Nothing behind the first page has been read yet.
    for (const QString& key :
        { PageKey::Mentees, PageKey::Mentors, PageKey::Sessions, PageKey::Concerns, PageKey::Reports }) {
        INFO(key.toStdString());
        CHECK(RefreshWhenShown::isPending(main.page(key)));
    }
    CHECK(mentees->proxy()->rowCount() == 0);

    main.showPage(PageKey::Mentees);
    CHECK_FALSE(RefreshWhenShown::isPending(mentees));
    CHECK(mentees->proxy()->rowCount() == 1);
    main.showPage(PageKey::Caseload);

    // A referral made outside this window is not seen until something is
    // recorded here; then the caseload on screen reloads at once and the
    // hidden Mentees page when it is opened again.
    test::addEpisode(ts, QStringLiteral("T3434TT"), QStringLiteral("Second Mentee"));
    CHECK(caseload->proxy()->rowCount() == 1);
    MenteeRecordDialog* record = openRecordAndCheckIn(main, caseload, episode);
    CHECK(caseload->proxy()->rowCount() == 2);
    CHECK(RefreshWhenShown::isPending(mentees));
    CHECK(mentees->proxy()->rowCount() == 1);
    record->close();

    main.showPage(PageKey::Mentees);
    CHECK_FALSE(RefreshWhenShown::isPending(mentees));
    CHECK(mentees->proxy()->rowCount() == 2);
}

TEST_CASE("After sign-in the caseload has the keyboard, and so has each section chosen by its shortcut")
{
    prepareWidgetTest();
    test::TestSession ts;
    addEpisode(ts, QStringLiteral("B2345CD"), QStringLiteral("Ben Mentee"));
    addEpisode(ts, QStringLiteral("C3456DE"), QStringLiteral("Cal Other"));
    ts.session.reset();

    StartController controller(ts.clock);
    controller.start(ts.path());
    auto* unlock = qobject_cast<UnlockWindow*>(controller.currentWindow());
    REQUIRE(unlock);
    unlockAs(unlock, test::AdminName, test::AdminPassword);
    QPointer<MainWindow> main = qobject_cast<MainWindow*>(controller.currentWindow());
    REQUIRE(main);
    showActive(main);
    auto* caseload = qobject_cast<CaseloadPage*>(main->page(PageKey::Caseload));
    REQUIRE(caseload);
    auto* filter = child<QLineEdit>(caseload, "caseloadFilter");
    // Without a click or a Tab: the filter has the keyboard.
    CHECK(waitUntil([&] { return QApplication::focusWidget() == filter; }, 3000));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ben"));
    CHECK(filter->text() == QStringLiteral("Ben"));
    CHECK(caseload->view()->model()->rowCount() == 1);
    // Enter moves into the table, on the one row left.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(QApplication::focusWidget() == caseload->view());
    // Ctrl+F from the table goes back to the filter.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == filter);

    // A section chosen by its shortcut takes the keyboard too: its filter
    // where it has one, else its first field.
    QTest::keyClick(main, Qt::Key_3, Qt::ControlModifier);
    REQUIRE(main->currentPageKey() == PageKey::Mentors);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(main->page(PageKey::Mentors), "mentorFilter"));
    QTest::keyClick(main, Qt::Key_4, Qt::ControlModifier);
    REQUIRE(main->currentPageKey() == PageKey::Sessions);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(main->page(PageKey::Sessions), "sessionsFilter"));
    QTest::keyClick(main, Qt::Key_9, Qt::ControlModifier);
    REQUIRE(main->currentPageKey() == PageKey::Settings);
    CHECK(main->page(PageKey::Settings)->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(main, Qt::Key_3, Qt::ControlModifier);
    // Walking the list of sections with the arrow keys leaves the keyboard
    // in the list.
    auto* sections = child<QListWidget>(main, "sectionList");
    sections->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(sections, Qt::Key_Down);
    CHECK(main->currentPageKey() == PageKey::Sessions);
    CHECK(QApplication::focusWidget() == sections);
}
