// One wing's first days, end to end through the windows only: a vault made
// on the first-run window, staff added, a mentor taken from application to
// active, a mentee referred, allocated, seen and checked in with risk, and
// the nurse reviewing the concern that raised, locking and coming back.
// Real widgets, a real vault, a manual clock; the records are read back
// through core only to check what the windows did.
#include "TestVault.h" // prints QStrings in failures
#include "WidgetTests.h"
#include "accounts/AddUserDialog.h"
#include "accounts/ChangePasswordDialog.h"
#include "accounts/OneTimePasswordDialog.h"
#include "accounts/UsersPage.h"
#include "audit/AuditEvent.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPage.h"
#include "concerns/ConcernListModel.h"
#include "concerns/ConcernsPage.h"
#include "concerns/ReviewDialog.h"
#include "firstrun/FirstRunWizard.h"
#include "mentees/AllocateMentorDialog.h"
#include "mentees/MenteeRecordDialog.h"
#include "mentees/MenteesPage.h"
#include "mentees/ReferralDialog.h"
#include "mentors/ClearanceDialog.h"
#include "mentors/MentorApplicationDialog.h"
#include "mentors/MentorRecordDialog.h"
#include "mentors/MentorsPage.h"
#include "mentors/ShadowingDialogs.h"
#include "mentors/TrainingDialog.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/MentorService.h"
#include "services/UserSession.h"
#include "sessions/CheckInDialog.h"
#include "sessions/SessionDialog.h"
#include "shell/MainWindow.h"
#include "start/StartController.h"
#include "start/UnlockWindow.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

const QString Admin = QStringLiteral("sam.patel");
const QString AdminSecret = QStringLiteral("lantern orchard velvet 42");
const QString Worker = QStringLiteral("wes.hale");
const QString Nurse = QStringLiteral("nadia.okafor");
const QString NurseName = QStringLiteral("Nadia Okafor");
const QString NursePassword = QStringLiteral("Quiet harbour lamps 42");
const QString MentorName = QStringLiteral("Jordan Reeve");
const QString MenteeName = QStringLiteral("Casey Lowe");

// Makes window the one keys go to. qWaitForWindowActive can answer before
// the activation has reached the widgets (a parent may still hold the
// focus), so this waits for QApplication to say so.
void activate(QWidget* window)
{
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window));
    const bool active = waitUntil([&] { return QApplication::activeWindow() == window; }, 5000);
    INFO("active instead: " << (QApplication::activeWindow()
                 ? QApplication::activeWindow()->objectName().toStdString()
                 : std::string("none")));
    REQUIRE(active);
}

// The one visible dialog of type T under owner (dialogs are opened, not
// exec()'d, so they are children of what opened them), made active so keys
// reach it. Closed ones wait for their deferred delete, so the newest
// visible one is taken.
template<typename T> T* openedDialog(const QObject* owner)
{
    T* found = nullptr;
    const bool shown = waitUntil(
        [&] {
            found = nullptr;
            for (T* candidate : owner->findChildren<T*>()) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        },
        5000);
    INFO("no visible " << T::staticMetaObject.className());
    REQUIRE(shown);
    activate(found);
    return found;
}

// The window the controller shows now, once it is a T, made active.
template<typename T> T* currentWindow(const StartController& controller)
{
    T* window = nullptr;
    REQUIRE(
        waitUntil([&] { return (window = qobject_cast<T*>(controller.currentWindow())) != nullptr; }, 5000));
    REQUIRE(QTest::qWaitForWindowExposed(window));
    activate(window);
    return window;
}

// Ctrl+<digit> on the main window goes to a section; its page.
template<typename T> T* goToPage(MainWindow* main, const QString& key, Qt::Key digit)
{
    activate(main);
    QTest::keyClick(main, digit, Qt::ControlModifier);
    REQUIRE(main->currentPageKey() == key);
    auto* page = qobject_cast<T*>(main->page(key));
    REQUIRE(page);
    return page;
}

void clickButton(QAbstractButton* button)
{
    INFO(button->objectName().toStdString() << " is disabled or hidden");
    // Buttons added to a shown window are shown once events run.
    REQUIRE(waitUntil([&] { return button->isVisible() && button->isEnabled(); }, 5000));
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickButton(const QObject* parent, const char* name)
{
    clickButton(child<QAbstractButton>(parent, name));
}

// Closed dialogs go with their deferred delete; waits until it has run.
void waitClosed(QWidget* dialog)
{
    QPointer<QWidget> guard = dialog;
    REQUIRE(waitUntil([&] { return !guard || !guard->isVisible(); }, 5000));
    flushDeletes();
}

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

// A readiness line on the mentor record: met or not. The checklist is made
// again on each reload, so it is looked up each time.
bool met(const MentorRecordDialog* record, const char* name)
{
    return child<QLabel>(record, name)->property("met").toBool();
}

void showTab(MentorRecordDialog* record, int index)
{
    auto* tabs = child<QTabWidget>(record, "mentorTabs");
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(tabs->currentIndex() == index);
}

// The transition buttons are on the Status tab.
void clickTransition(MentorRecordDialog* record, const char* status)
{
    showTab(record, 0);
    // Why a move is not offered, when it is not.
    INFO(child<QLabel>(record, "notYetPossible")->text().toStdString());
    clickButton(record, (QByteArray("transition_") + status).constData());
}

// Answers the one-time password window and returns the password it showed.
QString addUser(UsersPage* page, const QString& username, const QString& displayName, UserRole role)
{
    clickButton(page, "addUserButton");
    auto* dialog = openedDialog<AddUserDialog>(page);
    typeInto(child<QLineEdit>(dialog, "newUsernameEdit"), username);
    typeInto(child<QLineEdit>(dialog, "newDisplayNameEdit"), displayName);
    auto* roles = child<QComboBox>(dialog, "newRoleCombo");
    roles->setCurrentIndex(roles->findData(int(role)));
    REQUIRE(roles->currentData().toInt() == int(role));
    clickButton(dialog, "confirmAddUserButton");
    waitClosed(dialog);
    auto* shown = openedDialog<OneTimePasswordDialog>(page);
    const QString password = shown->password();
    CHECK(password.size() >= 16);
    clickButton(shown, "donePasswordButton");
    waitClosed(shown);
    return password;
}

void signIn(UnlockWindow* window, const QString& username, const QString& password)
{
    typeInto(child<QLineEdit>(window, "usernameEdit"), username);
    typeInto(child<QLineEdit>(window, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(window, "passwordEdit"), Qt::Key_Return);
}

// What a visible widget shows in words: labels, fields, window titles,
// combo entries and every cell of item views.
QStringList shownTexts(QWidget* widget)
{
    QStringList texts { widget->windowTitle(), widget->toolTip() };
    if (auto* label = qobject_cast<QLabel*>(widget))
        texts << label->text();
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        texts << edit->text();
    if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
        texts << edit->toPlainText();
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        texts << button->text();
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    }
    if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
        for (int c = 0; c < view->model()->columnCount(); ++c)
            texts << column(view->model(), c);
    }
    return texts;
}

// The object names of visible widgets showing text.
QStringList visibleWidgetsShowing(const QString& text)
{
    QStringList found;
    for (QWidget* widget : QApplication::allWidgets()) {
        if (!widget->isVisible())
            continue;
        for (const QString& shown : shownTexts(widget)) {
            if (shown.contains(text, Qt::CaseInsensitive)) {
                found << QStringLiteral("%1 (%2)").arg(
                    widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
                break;
            }
        }
    }
    return found;
}

int countEvents(UserSession& session, const QString& action)
{
    QSqlQuery query(session.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"));
    query.addBindValue(action);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("A wing's journey through the windows: first run, a mentor made active, a risky check-in reviewed "
          "by the nurse")
{
    prepareWidgetTest();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.path();
    // Mid-June, so "five months ago" and the shadowing months are plain dates.
    ManualClock clock(QDateTime(QDate(2026, 6, 15), QTime(10, 0), Qt::UTC));
    const QDate today = clock.now().toLocalTime().date();
    const QDate appliedOn = today.addMonths(-5);
    const QDate shadowingFrom = today.addMonths(-4);

    QString workerPassword;
    QString nurseOneTimePassword;
    qint64 mentorId = 0;
    qint64 episodeId = 0;
    qint64 concernId = 0;
    {
        StartController controller(clock);

        // --- 1. The first-run window makes the vault in an empty folder.
        INFO("step 1: first-run window");
        controller.start(folder);
        auto* wizard = currentWindow<FirstRunWizard>(controller);
        REQUIRE(wizard->currentId() == FirstRunWizard::FolderPageId);
        clickButton(wizard->button(QWizard::NextButton));
        REQUIRE(wizard->currentId() == FirstRunWizard::AdministratorPageId);
        typeInto(child<QLineEdit>(wizard, "usernameEdit"), Admin);
        typeInto(child<QLineEdit>(wizard, "displayNameEdit"), QStringLiteral("Sam Patel"));
        typeInto(child<QLineEdit>(wizard, "passwordEdit"), AdminSecret);
        typeInto(child<QLineEdit>(wizard, "confirmEdit"), AdminSecret);
        clickButton(wizard->button(QWizard::CommitButton));
        REQUIRE(waitUntil([&] { return wizard->currentId() == FirstRunWizard::RecoveryCodePageId; }));
        CHECK_FALSE(child<QLabel>(wizard, "recoveryCodeLabel")->text().isEmpty());
        QAbstractButton* finish = wizard->button(QWizard::FinishButton);
        CHECK_FALSE(finish->isEnabled()); // not before the code is kept
        QCheckBox* kept = child<QCheckBox>(wizard, "keptCheck");
        kept->setFocus();
        QTest::keyClick(kept, Qt::Key_Space);
        clickButton(finish);

        // --- 2. The main window opens, signed in as the administrator.
        INFO("step 2: main window after the first run");
        auto* main = currentWindow<MainWindow>(controller);
        REQUIRE(controller.session());
        CHECK(controller.session()->user().username == Admin);
        CHECK(main->signedInText() == QStringLiteral("Signed in as Sam Patel (Administrator)"));
        flushDeletes();

        // --- 3. Users page: a support worker and a mental health nurse.
        INFO("step 3: Users page");
        auto* users = goToPage<UsersPage>(main, PageKey::Users, Qt::Key_8);
        workerPassword = addUser(users, Worker, QStringLiteral("Wes Hale"), UserRole::SupportWorker);
        nurseOneTimePassword = addUser(users, Nurse, NurseName, UserRole::MentalHealthNurse);
        CHECK(workerPassword != nurseOneTimePassword);

        // --- 4. Mentors page: a new application, five months ago.
        INFO("step 4: mentor application");
        auto* mentors = goToPage<MentorsPage>(main, PageKey::Mentors, Qt::Key_3);
        clickButton(mentors, "newApplicationButton");
        auto* application = openedDialog<MentorApplicationDialog>(mentors);
        auto* isNew = child<QRadioButton>(application, "newPrisoner");
        QTest::mouseClick(isNew, Qt::LeftButton, {}, QPoint(6, isNew->height() / 2));
        REQUIRE(isNew->isChecked());
        QTest::keyClicks(child<QLineEdit>(application, "newPrisonNumber"), QStringLiteral("A1234BC"));
        QTest::keyClicks(child<QLineEdit>(application, "newFullName"), MentorName);
        child<QDateEdit>(application, "appliedOn")->setDate(appliedOn);
        clickButton(application, "applyButton");
        waitClosed(application);
        REQUIRE(mentors->proxy()->rowCount() == 1);
        mentorId = mentors->currentMentorId();
        REQUIRE(mentorId > 0);

        // --- 5. The mentor record: Enter on the new row opens it.
        INFO("step 5: mentor record opens with nothing met");
        mentors->view()->setFocus();
        QTest::keyClick(mentors->view(), Qt::Key_Return);
        auto* record = openedDialog<MentorRecordDialog>(mentors);
        REQUIRE(record->mentorId() == mentorId);
        CHECK(child<QLabel>(record, "mentorTitle")->text() == QStringLiteral("Jordan Reeve (A1234BC)"));
        CHECK_FALSE(met(record, "checkGovernor"));
        CHECK_FALSE(met(record, "checkSecurity"));
        CHECK_FALSE(met(record, "checkShadowing"));
        CHECK_FALSE(met(record, "checkModule0"));
        CHECK_FALSE(record->findChild<QPushButton*>(QStringLiteral("transition_cleared")));

        // --- 6. Governor approval and security clearance.
        INFO("step 6: clearance, by the buttons' Alt keys");
        CHECK(child<QPushButton>(record, "governorApprovalButton")
                  ->text()
                  .contains(QStringLiteral("&governor")));
        QTest::keyClick(record, Qt::Key_G, Qt::AltModifier);
        auto* clearance = openedDialog<ClearanceDialog>(record);
        CHECK(clearance->windowTitle() == QStringLiteral("Record governor approval"));
        QTest::keyClicks(child<QLineEdit>(clearance, "clearanceBy"), QStringLiteral("Governor Hale"));
        QTest::keyClick(child<QLineEdit>(clearance, "clearanceBy"), Qt::Key_Return);
        waitClosed(clearance);
        CHECK(met(record, "checkGovernor"));
        CHECK(child<QLabel>(record, "checkGovernor")->text().contains(QStringLiteral("Governor Hale")));
        CHECK_FALSE(met(record, "checkSecurity"));

        activate(record);
        QTest::keyClick(record, Qt::Key_Y, Qt::AltModifier);
        clearance = openedDialog<ClearanceDialog>(record);
        CHECK(clearance->windowTitle() == QStringLiteral("Record security clearance"));
        QTest::keyClicks(child<QLineEdit>(clearance, "clearanceBy"), QStringLiteral("Security Officer Ray"));
        QTest::keyClick(child<QLineEdit>(clearance, "clearanceBy"), Qt::Key_Return);
        waitClosed(clearance);
        CHECK(met(record, "checkSecurity"));

        // --- 7. Cleared, then shadowing.
        INFO("step 7: cleared and shadowing transitions");
        clickTransition(record, "cleared");
        CHECK(
            child<QLabel>(record, "mentorStatus")->text().contains(mentorStatusLabel(MentorStatus::Cleared)));
        clickTransition(record, "shadowing");
        CHECK(child<QLabel>(record, "mentorStatus")
                  ->text()
                  .contains(mentorStatusLabel(MentorStatus::Shadowing)));
        CHECK_FALSE(record->findChild<QPushButton*>(QStringLiteral("transition_trained")));

        // --- 8. A shadowing period from four months ago, then signed off.
        INFO("step 8: shadowing period");
        activate(record);
        QTest::keyClick(record, Qt::Key_W, Qt::AltModifier); // the Shadowing tab
        REQUIRE(child<QTabWidget>(record, "mentorTabs")->currentIndex() == 1);
        REQUIRE(
            waitUntil([&] { return child<QPushButton>(record, "addShadowingButton")->isVisible(); }, 5000));
        QTest::keyClick(record, Qt::Key_N, Qt::AltModifier); // New shadowing period…
        auto* shadowing = openedDialog<AddShadowingDialog>(record);
        child<QDateEdit>(shadowing, "shadowingStartedOn")->setDate(shadowingFrom);
        QSpinBox* observed = child<QSpinBox>(shadowing, "shadowingObserved");
        observed->setFocus();
        observed->selectAll();
        QTest::keyClicks(observed, QStringLiteral("6"));
        QTest::keyClick(observed, Qt::Key_Return);
        waitClosed(shadowing);
        CHECK(child<QTableWidget>(record, "shadowingTable")->rowCount() == 1);
        CHECK_FALSE(met(record, "checkShadowing"));
        CHECK(child<QLabel>(record, "checkShadowing")->text().contains(QStringLiteral("not signed off")));

        activate(record);
        REQUIRE(child<QPushButton>(record, "signOffShadowingButton")->isEnabled());
        QTest::keyClick(record, Qt::Key_O, Qt::AltModifier); // Sign off shadowing…
        auto* signOff = openedDialog<SignOffShadowingDialog>(record);
        CHECK(child<QLineEdit>(signOff, "signOffBy")->text() == QStringLiteral("Sam Patel"));
        QTest::keyClick(child<QLineEdit>(signOff, "signOffBy"), Qt::Key_Return);
        waitClosed(signOff);
        CHECK(met(record, "checkShadowing"));
        CHECK(child<QLabel>(record, "checkShadowing")->text().contains(QStringLiteral("signed off")));

        // --- 9. Trained, then every mandatory module completed.
        INFO("step 9: trained and the mandatory modules");
        clickTransition(record, "trained");
        CHECK(
            child<QLabel>(record, "mentorStatus")->text().contains(mentorStatusLabel(MentorStatus::Trained)));
        const QStringList modules = controller.session()->settings().list(Setting::MandatoryModules);
        REQUIRE_FALSE(modules.isEmpty());
        activate(record);
        QTest::keyClick(record, Qt::Key_R, Qt::AltModifier); // the Training tab
        REQUIRE(child<QTabWidget>(record, "mentorTabs")->currentIndex() == 2);
        REQUIRE(
            waitUntil([&] { return child<QPushButton>(record, "addTrainingButton")->isVisible(); }, 5000));
        for (int i = 0; i < modules.size(); ++i) {
            INFO("module " << modules.at(i).toStdString());
            const QByteArray check = QByteArray("checkModule") + QByteArray::number(i);
            CHECK_FALSE(met(record, check.constData()));
            CHECK_FALSE(record->findChild<QPushButton*>(QStringLiteral("transition_active")));
            activate(record);
            QTest::keyClick(record, Qt::Key_T, Qt::AltModifier); // Add training…
            auto* training = openedDialog<TrainingDialog>(record);
            auto* module = child<QComboBox>(training, "trainingModule");
            module->setCurrentIndex(module->findText(modules.at(i)));
            REQUIRE(module->currentText() == modules.at(i));
            CHECK(child<QCheckBox>(training, "trainingCompleted")->isChecked());
            QLineEdit* provider = child<QLineEdit>(training, "trainingProvider");
            QTest::keyClicks(provider, QStringLiteral("Wing healthcare team"));
            QTest::keyClick(provider, Qt::Key_Return);
            waitClosed(training);
            CHECK(met(record, check.constData()));
        }
        CHECK(child<QTableWidget>(record, "trainingTable")->rowCount() == modules.size());

        // --- 10. Ready: made active.
        INFO("step 10: made active");
        clickTransition(record, "active");
        CHECK(
            child<QLabel>(record, "mentorStatus")->text().contains(mentorStatusLabel(MentorStatus::Active)));
        {
            const Result<Mentor> stored = MentorService(*controller.session()).get(mentorId);
            REQUIRE(stored.ok());
            CHECK(stored->status == MentorStatus::Active);
            CHECK(stored->appliedOn == appliedOn);
            const Result<QList<ShadowingPeriod>> periods
                = MentorService(*controller.session()).shadowingPeriods(mentorId);
            REQUIRE(periods.ok());
            REQUIRE(periods->size() == 1);
            CHECK(periods->constFirst().startedOn == shadowingFrom);
            CHECK(periods->constFirst().sessionsObserved == 6);
            CHECK(periods->constFirst().signedOffOn == today);
        }
        QTest::keyClick(record, Qt::Key_Escape);
        waitClosed(record);

        // --- 11. Mentees page: a referral for a new prisoner.
        INFO("step 11: referral");
        auto* mentees = goToPage<MenteesPage>(main, PageKey::Mentees, Qt::Key_2);
        clickButton(mentees, "newReferralButton");
        auto* referral = openedDialog<ReferralDialog>(mentees);
        QTest::mouseClick(child<QRadioButton>(referral, "newPrisoner"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(referral, "prisonNumber"), QStringLiteral("B2345CD"));
        QTest::keyClicks(child<QLineEdit>(referral, "fullName"), MenteeName);
        child<QCheckBox>(referral, "consentGiven")->setChecked(true);
        QLineEdit* reason = child<QLineEdit>(referral, "referralReason");
        QTest::keyClicks(reason, QStringLiteral("Low mood since sentencing"));
        QTest::keyClick(referral, Qt::Key_S, Qt::AltModifier); // Save referral
        INFO(referral->errorMessage().toStdString());
        waitClosed(referral);
        episodeId = mentees->currentEpisodeId();
        REQUIRE(episodeId > 0);

        // --- 12. The mentee record: the mentor allocated.
        INFO("step 12: mentee record and allocation");
        mentees->view()->setFocus();
        QTest::keyClick(mentees->view(), Qt::Key_Return);
        auto* mentee = openedDialog<MenteeRecordDialog>(main);
        CHECK(mentee->headerText().startsWith(MenteeName));
        CHECK(mentee->mentorsText().contains(QStringLiteral("none")));
        clickButton(mentee, "allocateMentorButton");
        auto* allocate = openedDialog<AllocateMentorDialog>(mentee);
        auto* mentorList = child<QListWidget>(allocate, "mentorList");
        REQUIRE(mentorList->count() == 1);
        CHECK(mentorList->item(0)->text().contains(MentorName));
        REQUIRE(allocate->chooseMentor(mentorId));
        QTest::keyClick(mentorList, Qt::Key_Return);
        INFO(allocate->errorMessage().toStdString());
        waitClosed(allocate);
        CHECK(mentee->mentorsText().contains(MentorName));

        // --- 13. A 1:1 session, with the keyboard only: the mentor's name, Enter.
        INFO("step 13: a 1:1 session by keyboard");
        int entries = mentee->timelineCount();
        clickButton(mentee, "logSessionButton");
        auto* session = openedDialog<SessionDialog>(mentee);
        CHECK(child<QComboBox>(session, "typeCombo")->currentText() == QStringLiteral("1:1"));
        CHECK(child<QComboBox>(session, "menteeCombo")->currentData().toLongLong() == episodeId);
        REQUIRE(focused() == child<QComboBox>(session, "mentorCombo"));
        QTest::keyClicks(focused(), QStringLiteral("Jordan"));
        CHECK(child<QComboBox>(session, "mentorCombo")->currentData().toLongLong() == mentorId);
        CHECK(child<QComboBox>(session, "menteeCombo")->currentData().toLongLong() == episodeId);
        // The duration is on Alt+I, its own key.
        QTest::keyClick(session, Qt::Key_I, Qt::AltModifier);
        REQUIRE(focused() == child<QSpinBox>(session, "duration"));
        QTest::keyClick(focused(), Qt::Key_Return);
        waitClosed(session);
        CHECK(mentee->timelineCount() == entries + 1);

        // --- 14. A check-in with a self-harm act: the ACCT message, then the
        // concern raised for the mental health team.
        INFO("step 14: a risky check-in");
        entries = mentee->timelineCount();
        clickButton(mentee, "recordCheckInButton");
        auto* checkIn = openedDialog<CheckInDialog>(mentee);
        CHECK_FALSE(checkIn->riskShown());
        QComboBox* selfHarm = child<QComboBox>(checkIn, "selfHarmCombo");
        selfHarm->setFocus();
        QTest::keyClick(selfHarm, Qt::Key_Down); // thoughts
        QTest::keyClick(selfHarm, Qt::Key_Down); // an act
        REQUIRE(checkIn->riskShown());
        CHECK(child<QFrame>(checkIn, "riskBanner")->isVisible());
        CHECK(checkIn->bannerText().contains(QStringLiteral("emergency and ACCT procedures now")));
        QTest::keyClick(focused(), Qt::Key_Return);
        REQUIRE(waitUntil([&] { return checkIn->concernId() != 0; }, 5000));
        concernId = checkIn->concernId();
        CHECK(checkIn->isVisible()); // stays to be read
        CHECK(checkIn->bannerText().contains(ConcernService::emergencyAdvice()));
        CHECK(checkIn->bannerText().contains(
            QStringLiteral("Concern number %1 is now on the mental health team's caseload").arg(concernId)));
        QTest::keyClick(focused(), Qt::Key_Return);
        waitClosed(checkIn);
        CHECK(mentee->timelineCount() > entries);
        QTest::keyClick(mentee, Qt::Key_Escape);
        waitClosed(mentee);

        // --- 15. File → Sign out, from the menu by keyboard, on the caseload
        // (whose own Alt keys must not take Alt+F from the menu).
        INFO("step 15: sign out");
        goToPage<CaseloadPage>(main, PageKey::Caseload, Qt::Key_1);
        QTest::keyClick(main, Qt::Key_F, Qt::AltModifier);
        QMenu* fileMenu = nullptr;
        REQUIRE(waitUntil(
            [&] {
                fileMenu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                return fileMenu != nullptr;
            },
            5000));
        REQUIRE(fileMenu->actions().contains(child<QAction>(main, "signOutAction")));
        QTest::keyClick(fileMenu, Qt::Key_S);
        auto* unlock = currentWindow<UnlockWindow>(controller);
        CHECK_FALSE(controller.session());
        CHECK(child<QLineEdit>(unlock, "usernameEdit")->text().isEmpty());
        flushDeletes();

        // --- 16. The nurse signs in with the one-time password and replaces it.
        INFO("step 16: the nurse's first sign-in");
        signIn(unlock, Nurse, nurseOneTimePassword);
        auto* change = currentWindow<ChangePasswordDialog>(controller);
        REQUIRE(controller.session());
        CHECK(controller.session()->mustChangePassword());
        typeInto(child<QLineEdit>(change, "currentPasswordEdit"), nurseOneTimePassword);
        typeInto(child<QLineEdit>(change, "newPasswordEdit"), NursePassword);
        typeInto(child<QLineEdit>(change, "confirmPasswordEdit"), NursePassword);
        clickButton(change, "changePasswordButton");
        main = currentWindow<MainWindow>(controller);
        CHECK(main->signedInText() == QStringLiteral("Signed in as Nadia Okafor (Mental health nurse)"));
        CHECK_FALSE(controller.session()->mustChangePassword());
        flushDeletes();

        // --- 17. The caseload puts the mentee first, marked for review.
        INFO("step 17: the nurse's caseload");
        REQUIRE(main->currentPageKey() == PageKey::Caseload);
        auto* caseload = qobject_cast<CaseloadPage*>(main->page(PageKey::Caseload));
        REQUIRE(caseload);
        const QAbstractItemModel* rows = caseload->proxy();
        REQUIRE(rows->rowCount() >= 1);
        CHECK(rows->index(0, CaseloadModel::Name).data().toString() == MenteeName);
        CHECK(
            rows->index(0, CaseloadModel::Name).data(CaseloadModel::EpisodeIdRole).toLongLong() == episodeId);
        CHECK(rows->index(0, CaseloadModel::Flags)
                  .data()
                  .toString()
                  .contains(QStringLiteral("Concern to review")));
        CHECK(rows->index(0, CaseloadModel::Name).data(Qt::BackgroundRole).isValid());
        CHECK(rows->index(0, CaseloadModel::OpenConcerns).data().toInt() == 1);

        // --- 18. Enter on the row opens the review; Enter saves it.
        INFO("step 18: the review");
        caseload->view()->setFocus();
        caseload->view()->setCurrentIndex(rows->index(0, CaseloadModel::Name));
        QTest::keyClick(caseload->view(), Qt::Key_Return);
        auto* review = openedDialog<ReviewDialog>(caseload);
        CHECK(review->concernId() == concernId);
        CHECK(child<QLabel>(review, "concernText")
                  ->text()
                  .contains(QStringLiteral("self-harm"), Qt::CaseInsensitive));
        QTest::keyClick(child<QComboBox>(review, "outcomeCombo"), Qt::Key_Return);
        INFO(child<ErrorPanel>(review, "errorPanel")->message().toStdString());
        waitClosed(review);
        {
            const Result<Concern> stored = ConcernService(*controller.session()).get(concernId);
            REQUIRE(stored.ok());
            CHECK(stored->status == Concern::ReviewState::Reviewed);
        }
        const int row = caseload->model()->rowOf(episodeId);
        REQUIRE(row >= 0);
        const QAbstractItemModel* source = caseload->model();
        CHECK(source->index(row, CaseloadModel::OpenConcerns).data().toInt() == 0);
        CHECK_FALSE(
            source->index(row, CaseloadModel::Flags).data().toString().contains(QStringLiteral("Concern")));
        CHECK_FALSE(source->index(row, CaseloadModel::Name).data(Qt::BackgroundRole).isValid());

        // The Concerns page has nothing waiting.
        auto* concerns = goToPage<ConcernsPage>(main, PageKey::Concerns, Qt::Key_5);
        CHECK(concerns->proxy()->rowCount() == 0);
        CHECK(child<QLabel>(concerns, "concernsCount")->text()
            == QStringLiteral("No concern is waiting for review"));

        // Widening the range to the last 30 days lists it, reviewed, so the
        // page shows the mentee's name when it is locked.
        QComboBox* range = child<QComboBox>(concerns, "concernsRange");
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Down);
        REQUIRE(concerns->proxy()->rowCount() == 1);
        CHECK(column(concerns->proxy(), ConcernListModel::Mentee) == QStringList { MenteeName });
        REQUIRE_FALSE(visibleWidgetsShowing(MenteeName).isEmpty()); // the check below can see it

        // --- 19. Ctrl+L locks: nothing on screen names the mentee.
        INFO("step 19: lock");
        QTest::keyClick(main, Qt::Key_L, Qt::ControlModifier);
        unlock = currentWindow<UnlockWindow>(controller);
        REQUIRE(controller.session());
        CHECK(controller.session()->isLocked());
        flushDeletes();
        CHECK(visibleWidgetsShowing(MenteeName) == QStringList {});
        CHECK(visibleWidgetsShowing(MentorName) == QStringList {});
        CHECK(child<QLineEdit>(unlock, "usernameEdit")->text() == Nurse);

        // --- 20. The nurse unlocks and is back on the Concerns page.
        INFO("step 20: unlock");
        signIn(unlock, Nurse, NursePassword);
        main = currentWindow<MainWindow>(controller);
        CHECK_FALSE(controller.session()->isLocked());
        CHECK(controller.session()->user().username == Nurse);
        CHECK(main->currentPageKey() == PageKey::Concerns);
        flushDeletes();
    } // the controller signs the nurse out
    flushDeletes();

    // --- 21. The trail, read back through core.
    INFO("step 21: audit trail");
    Result<std::unique_ptr<UserSession>> admin = UserSession::signIn(folder, Admin, AdminSecret, clock);
    INFO(admin.status().message().toStdString());
    REQUIRE(admin.ok());
    UserSession& session = **admin;
    // Sign-ins: the administrator after the first run, the nurse, and now.
    CHECK(countEvents(session, AuditAction::Login) >= 3);
    CHECK(countEvents(session, AuditAction::Lock) == 1);
    CHECK(countEvents(session, AuditAction::Unlock) == 1);
    CHECK(countEvents(session, AuditAction::Logout) >= 2);
    CHECK(countEvents(session, AuditAction::UserAdmin) >= 2);
    // Two prisoners, the mentor, shadowing, the modules, the episode, the
    // allocation, the session, the check-in, its concern and the review.
    const int modules = session.settings().list(Setting::MandatoryModules).size();
    CHECK(countEvents(session, AuditAction::Create) >= 10 + modules);
    {
        QSqlQuery query(session.database());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'create' AND "
                                          "entity_type = 'concern'")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
    }
    const Status verified = session.verify();
    INFO(verified.message().toStdString());
    CHECK(verified.ok());
}
