// The Mentors page and the mentor record, driven through real widgets on a
// real vault: the list with load and capacity, filtering, the readiness
// checklist, the transition buttons and the reasons core asks for.
#include "mentors/MentorsPage.h"

#include "RecordsFixture.h"
#include "TestSession.h"
#include "WidgetTests.h"
#include "mentors/MentorApplicationDialog.h"
#include "mentors/MentorListModel.h"
#include "mentors/MentorRecordDialog.h"
#include "mentors/StatusChangeDialog.h"
#include "services/MenteeService.h"
#include "services/MentorService.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

// Ann is active with two mentees of three, Bob active with none of two,
// Cat trained but with one mandatory module only, Dan applied, Eve left.
// Prison numbers run in another order from the names.
struct Wing {
    TestSession ts;
    qint64 ann = 0;
    qint64 bob = 0;
    qint64 cat = 0;
    qint64 dan = 0;
    qint64 eve = 0;

    Wing()
    {
        isolateMachineSettings();
        ts.addStaff();
        UserSession& admin = *ts.session;
        ann = addMentor(
            admin, QStringLiteral("M5000AA"), QStringLiteral("Ann Archer"), MentorStatus::Active, 3);
        bob = addMentor(
            admin, QStringLiteral("M4000AA"), QStringLiteral("Bob Baker"), MentorStatus::Active, 2);
        cat = addMentor(admin, QStringLiteral("M3000AA"), QStringLiteral("Cat Cole"), MentorStatus::Trained);
        dan = addMentor(admin, QStringLiteral("M2000AA"), QStringLiteral("Dan Dale"), MentorStatus::Applied);
        eve = addMentor(admin, QStringLiteral("M1000AA"), QStringLiteral("Eve Egan"), MentorStatus::Left);
        const QString firstModule = admin.settings().list(Setting::MandatoryModules).constFirst();
        requireOk(MentorService(admin)
                      .addTraining(trainingModule(cat, firstModule, today(ts).addDays(-5)))
                      .status());
        MenteeService mentees(admin);
        for (const auto& [number, name] :
            { std::pair { "A1000AA", "Adam Brook" }, std::pair { "A2000AA", "Bea Lane" } }) {
            const qint64 episode = addEpisode(ts, QString::fromLatin1(number), QString::fromLatin1(name));
            requireOk(mentees.allocate(episode, ann, today(ts).addDays(-10)).status());
        }
    }
};

QString rowText(const QAbstractItemModel* model, const QString& name, int col)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, MentorListModel::Name).data().toString() == name)
            return model->index(row, col).data().toString();
    }
    FAIL("no row for " << name.toStdString());
    return {};
}

QStringList transitionKeys(const MentorRecordDialog& record)
{
    QStringList keys;
    for (QPushButton* button : record.transitionButtons())
        keys << button->property("targetStatus").toString();
    // Nothing but what the list says is on screen.
    int shown = 0;
    for (QPushButton* button : record.findChildren<QPushButton*>()) {
        if (button->objectName().startsWith(QStringLiteral("transition_")))
            ++shown;
    }
    CHECK(shown == keys.size());
    return keys;
}

MentorStatus statusOf(UserSession& session, qint64 mentorId)
{
    const Result<Mentor> mentor = MentorService(session).get(mentorId);
    REQUIRE(mentor.ok());
    return mentor->status;
}

} // namespace

TEST_CASE("The Mentors page lists mentors with their load against capacity, those who left only when asked")
{
    Wing wing;
    MentorsPage page(wing.ts.signInAs(Worker));
    showActive(&page);
    const QAbstractItemModel* rows = page.proxy();

    CHECK(column(rows, MentorListModel::Name)
        == QStringList { QStringLiteral("Ann Archer"), QStringLiteral("Bob Baker"),
            QStringLiteral("Cat Cole"), QStringLiteral("Dan Dale") });
    CHECK(rowText(rows, QStringLiteral("Ann Archer"), MentorListModel::Load) == QStringLiteral("2 / 3"));
    CHECK(rowText(rows, QStringLiteral("Bob Baker"), MentorListModel::Load) == QStringLiteral("0 / 2"));
    CHECK(rowText(rows, QStringLiteral("Ann Archer"), MentorListModel::PrisonNumber)
        == QStringLiteral("M5000AA"));
    CHECK(rowText(rows, QStringLiteral("Cat Cole"), MentorListModel::Status)
        == mentorStatusLabel(MentorStatus::Trained));
    CHECK(rowText(rows, QStringLiteral("Dan Dale"), MentorListModel::Status)
        == mentorStatusLabel(MentorStatus::Applied));
    CHECK(rowText(rows, QStringLiteral("Bob Baker"), MentorListModel::Tier)
        == Mentor::tierLabel(Mentor::PathwayTier::PeerMentor));
    CHECK(child<QLabel>(&page, QStringLiteral("mentorCount"))->text().startsWith(QStringLiteral("4 mentor")));

    QTest::mouseClick(child<QCheckBox>(&page, QStringLiteral("showLeft")), Qt::LeftButton);
    CHECK(rows->rowCount() == 5);
    CHECK(rowText(rows, QStringLiteral("Eve Egan"), MentorListModel::Status)
        == mentorStatusLabel(MentorStatus::Left));
    QTest::mouseClick(child<QCheckBox>(&page, QStringLiteral("showLeft")), Qt::LeftButton);
    CHECK_FALSE(column(rows, MentorListModel::Name).contains(QStringLiteral("Eve Egan")));
}

TEST_CASE("Typing in the Mentors filter narrows the rows by name or prison number")
{
    Wing wing;
    MentorsPage page(wing.ts.signInAs(Worker));
    showActive(&page);
    QLineEdit* filter = child<QLineEdit>(&page, QStringLiteral("mentorFilter"));
    const QAbstractItemModel* rows = page.proxy();
    REQUIRE(rows->rowCount() == 4);

    QTest::keyClicks(filter, QStringLiteral("BOB"));
    CHECK(column(rows, MentorListModel::Name) == QStringList { QStringLiteral("Bob Baker") });
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("m300"));
    CHECK(column(rows, MentorListModel::Name) == QStringList { QStringLiteral("Cat Cole") });
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("a"));
    CHECK(rows->rowCount() == 4);
    QTest::keyClicks(filter, QStringLiteral(" dal"));
    CHECK(column(rows, MentorListModel::Name) == QStringList { QStringLiteral("Dan Dale") });
    CHECK(child<QLabel>(&page, QStringLiteral("mentorCount"))
              ->text()
              .startsWith(QStringLiteral("1 of 4 mentor")));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("nobody"));
    CHECK(rows->rowCount() == 0);
    filter->clear();
    CHECK(rows->rowCount() == 4);
}

TEST_CASE("Enter on a mentor opens the record and Esc closes it")
{
    Wing wing;
    MentorsPage page(wing.ts.signInAs(Worker));
    showActive(&page);
    QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("mentorFilter")), QStringLiteral("bob"));
    QTest::keyClick(child<QLineEdit>(&page, QStringLiteral("mentorFilter")), Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == page.view());
    QTest::keyClick(page.view(), Qt::Key_Return);
    QPointer<MentorRecordDialog> record = page.findChild<MentorRecordDialog*>();
    REQUIRE(record);
    CHECK(record->mentorId() == wing.bob);
    CHECK(record->isVisible());
    CHECK(child<QLabel>(record, QStringLiteral("mentorTitle"))->text()
        == QStringLiteral("Bob Baker (M4000AA)"));
    QTest::keyClick(record, Qt::Key_Escape);
    CHECK((!record || !record->isVisible()));
}

TEST_CASE("Opening a mentor's record from the Mentors page is audited as a view; listing the mentors is not")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    const auto views = [&] {
        return scalar(worker,
            QStringLiteral(
                "SELECT count(*) FROM audit_events WHERE action = 'view' AND entity_type = 'mentor' "
                "AND entity_id = '%1' AND actor = '%2'")
                .arg(wing.bob)
                .arg(Worker));
    };
    MentorsPage page(worker);
    showActive(&page);
    REQUIRE(page.proxy()->rowCount() == 4);
    CHECK(scalar(worker,
              QStringLiteral(
                  "SELECT count(*) FROM audit_events WHERE entity_type = 'mentor' AND action = 'view'"))
        == 0);

    QTest::keyClicks(child<QLineEdit>(&page, QStringLiteral("mentorFilter")), QStringLiteral("bob"));
    QTest::keyClick(child<QLineEdit>(&page, QStringLiteral("mentorFilter")), Qt::Key_Return);
    QTest::keyClick(page.view(), Qt::Key_Return);
    QPointer<MentorRecordDialog> record = page.findChild<MentorRecordDialog*>();
    REQUIRE(record);
    CHECK(child<QLabel>(record, QStringLiteral("mentorTitle"))->text()
        == QStringLiteral("Bob Baker (M4000AA)"));
    CHECK(views() == 1);
    QTest::keyClick(record, Qt::Key_Escape);
    CHECK(views() == 1);
}

TEST_CASE("The record of a mentor in training shows what is missing, and only the moves allowed now")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MentorRecordDialog record(worker, wing.cat);
    const QStringList modules = worker.settings().list(Setting::MandatoryModules);
    REQUIRE(modules.size() >= 2);

    auto met = [&](const QString& name) { return child<QLabel>(&record, name)->property("met").toBool(); };
    auto text = [&](const QString& name) { return child<QLabel>(&record, name)->text(); };
    CHECK(met(QStringLiteral("checkGovernor")));
    CHECK(text(QStringLiteral("checkGovernor")).startsWith(QStringLiteral("✓")));
    CHECK(text(QStringLiteral("checkGovernor")).contains(QStringLiteral("Governor Hale")));
    CHECK(met(QStringLiteral("checkSecurity")));
    CHECK(text(QStringLiteral("checkSecurity")).contains(QStringLiteral("Security Officer Ray")));
    CHECK(met(QStringLiteral("checkShadowing")));
    CHECK(text(QStringLiteral("checkShadowing")).contains(QStringLiteral("signed off")));
    CHECK(text(QStringLiteral("checkShadowing")).contains(QStringLiteral("Nurse Patel")));
    CHECK(met(QStringLiteral("checkModule0")));
    for (int i = 1; i < modules.size(); ++i) {
        const QString name = QStringLiteral("checkModule%1").arg(i);
        CHECK_FALSE(met(name));
        CHECK(text(name).startsWith(QStringLiteral("✗")));
        CHECK(text(name).contains(modules.at(i)));
    }
    CHECK(child<QLabel>(&record, QStringLiteral("notYetPossible"))->text().contains(modules.at(1)));
    // Trained goes on to active or left; active waits for the training.
    CHECK(transitionKeys(record) == QStringList { QStringLiteral("left") });

    // Once the training is done, becoming active is offered.
    for (int i = 1; i < modules.size(); ++i)
        requireOk(MentorService(worker)
                      .addTraining(trainingModule(wing.cat, modules.at(i), today(wing.ts)))
                      .status());
    record.reload();
    CHECK(met(QStringLiteral("checkModule1")));
    CHECK(transitionKeys(record) == QStringList { QStringLiteral("active"), QStringLiteral("left") });
}

TEST_CASE("A shadowing mentor's checklist counts the days and says it is not signed off")
{
    TestSession ts;
    isolateMachineSettings();
    const qint64 mentor = addMentor(
        *ts.session, QStringLiteral("M6000AA"), QStringLiteral("Fay Ford"), MentorStatus::Shadowing);
    MentorRecordDialog record(*ts.session, mentor);
    const QLabel* shadowing = child<QLabel>(&record, QStringLiteral("checkShadowing"));
    const Result<MentorService::Readiness> readiness = MentorService(*ts.session).readiness(mentor);
    REQUIRE(readiness.ok());
    CHECK_FALSE(shadowing->property("met").toBool());
    CHECK(shadowing->text().contains(QStringLiteral("%1 of %2 days")
                                         .arg(readiness->shadowingDaysDone)
                                         .arg(readiness->shadowingDaysRequired)));
    CHECK(shadowing->text().contains(QStringLiteral("not signed off")));
    CHECK(child<QLabel>(&record, QStringLiteral("notYetPossible"))
              ->text()
              .contains(QStringLiteral("until a shadowing period of at least 3 months is signed off")));
    CHECK(transitionKeys(record) == QStringList { QStringLiteral("left") });
}

TEST_CASE("Clicking a transition changes the status and refreshes the record and the list")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MentorsPage page(worker);
    showActive(&page);
    MentorRecordDialog* record = page.openMentor(wing.ann);
    REQUIRE(record);
    CHECK(transitionKeys(*record)
        == QStringList { QStringLiteral("paused"), QStringLiteral("suspended"), QStringLiteral("left") });

    QTest::mouseClick(child<QPushButton>(record, QStringLiteral("transition_paused")), Qt::LeftButton);
    CHECK(statusOf(worker, wing.ann) == MentorStatus::Paused);
    CHECK(child<QLabel>(record, QStringLiteral("mentorStatus"))
              ->text()
              .contains(mentorStatusLabel(MentorStatus::Paused)));
    CHECK(transitionKeys(*record)
        == QStringList { QStringLiteral("active"), QStringLiteral("suspended"), QStringLiteral("left") });
    CHECK(rowText(page.proxy(), QStringLiteral("Ann Archer"), MentorListModel::Status)
        == mentorStatusLabel(MentorStatus::Paused));

    QTest::mouseClick(child<QPushButton>(record, QStringLiteral("transition_active")), Qt::LeftButton);
    CHECK(statusOf(worker, wing.ann) == MentorStatus::Active);
    CHECK(rowText(page.proxy(), QStringLiteral("Ann Archer"), MentorListModel::Status)
        == mentorStatusLabel(MentorStatus::Active));
}

TEST_CASE("Suspending asks for a reason, an empty one is refused in core's words")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MentorRecordDialog record(worker, wing.bob);
    showActive(&record);
    // What core says when no reason is given (it changes nothing).
    const Status refusal
        = MentorService(worker).changeStatus(wing.bob, MentorStatus::Suspended, {}, QString());
    REQUIRE_FALSE(refusal.ok());
    REQUIRE_FALSE(refusal.message().isEmpty());

    QTest::mouseClick(child<QPushButton>(&record, QStringLiteral("transition_suspended")), Qt::LeftButton);
    auto* ask = record.findChild<StatusChangeDialog*>();
    REQUIRE(ask);
    CHECK(ask->isVisible());
    CHECK(ask->target() == MentorStatus::Suspended);
    CHECK(statusOf(worker, wing.bob) == MentorStatus::Active);

    QTest::mouseClick(child<QPushButton>(ask, QStringLiteral("statusChangeOk")), Qt::LeftButton);
    CHECK(ask->isVisible());
    CHECK(child<ErrorPanel>(ask, QString())->message() == refusal.message());
    CHECK(statusOf(worker, wing.bob) == MentorStatus::Active);

    QTest::keyClicks(
        child<QPlainTextEdit>(ask, QStringLiteral("statusChangeReason")), QStringLiteral("Adjudication"));
    QTest::mouseClick(child<QPushButton>(ask, QStringLiteral("statusChangeOk")), Qt::LeftButton);
    CHECK(statusOf(worker, wing.bob) == MentorStatus::Suspended);
    const Result<QList<Mentor::StatusChange>> history = MentorService(worker).history(wing.bob);
    REQUIRE(history.ok());
    CHECK(history->constLast().reason == QStringLiteral("Adjudication"));
    CHECK(child<QLabel>(&record, QStringLiteral("mentorStatus"))
              ->text()
              .contains(mentorStatusLabel(MentorStatus::Suspended)));
}

TEST_CASE("Leaving asks why, without a leaving reason core refuses")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MentorRecordDialog record(worker, wing.dan);
    QTest::mouseClick(child<QPushButton>(&record, QStringLiteral("transition_left")), Qt::LeftButton);
    auto* ask = record.findChild<StatusChangeDialog*>();
    REQUIRE(ask);
    QTest::mouseClick(child<QPushButton>(ask, QStringLiteral("statusChangeOk")), Qt::LeftButton);
    CHECK(child<ErrorPanel>(ask, QString())->message().contains(QStringLiteral("Say why the mentor left")));
    CHECK(statusOf(worker, wing.dan) == MentorStatus::Applied);
    auto* why = child<QComboBox>(ask, QStringLiteral("leavingReason"));
    why->setCurrentIndex(why->findData(int(LeavingReason::Transferred)));
    QTest::mouseClick(child<QPushButton>(ask, QStringLiteral("statusChangeOk")), Qt::LeftButton);
    CHECK(statusOf(worker, wing.dan) == MentorStatus::Left);
    CHECK(transitionKeys(record).isEmpty());
}

TEST_CASE("Clearance is offered to a support worker but not to a nurse")
{
    Wing wing;
    {
        MentorRecordDialog record(wing.ts.signInAs(Worker), wing.dan);
        CHECK_FALSE(child<QPushButton>(&record, QStringLiteral("governorApprovalButton"))->isHidden());
        CHECK_FALSE(child<QPushButton>(&record, QStringLiteral("securityClearanceButton"))->isHidden());
    }
    MentorRecordDialog record(wing.ts.signInAs(Nurse), wing.dan);
    CHECK(child<QPushButton>(&record, QStringLiteral("governorApprovalButton"))->isHidden());
    CHECK(child<QPushButton>(&record, QStringLiteral("securityClearanceButton"))->isHidden());
    // The nurse still manages mentors otherwise.
    CHECK_FALSE(child<QPushButton>(&record, QStringLiteral("addTrainingButton"))->isHidden());
    CHECK(child<QLabel>(&record, QStringLiteral("checkGovernor"))
              ->text()
              .contains(QStringLiteral("not recorded")));
}

TEST_CASE("A new application for a new prisoner appears in the list as applied")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    MentorsPage page(worker);
    QTest::mouseClick(child<QPushButton>(&page, QStringLiteral("newApplicationButton")), Qt::LeftButton);
    auto* dialog = page.findChild<MentorApplicationDialog*>();
    REQUIRE(dialog);
    auto* isNew = child<QRadioButton>(dialog, QStringLiteral("newPrisoner"));
    // On the indicator: a radio button answers clicks on itself and its text only.
    QTest::mouseClick(isNew, Qt::LeftButton, {}, QPoint(6, isNew->height() / 2));
    REQUIRE(isNew->isChecked());
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("newPrisonNumber")), QStringLiteral("G7000GG"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("newFullName")), QStringLiteral("Gil Grant"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("applyButton")), Qt::LeftButton);
    INFO(child<ErrorPanel>(dialog, QString())->message().toStdString());
    CHECK(rowText(page.proxy(), QStringLiteral("Gil Grant"), MentorListModel::Status)
        == mentorStatusLabel(MentorStatus::Applied));
    CHECK(page.proxy()->rowCount() == 5);
}

// Not run by default: pictures of the page and a record on a demo vault
// (WINGMATE_SHOT_VAULT; shots into WINGMATE_SHOT_DIR), for looking at.
TEST_CASE("Screenshots of the Mentors page and a mentor record", "[.shots]")
{
    const QString vault = qEnvironmentVariable("WINGMATE_SHOT_VAULT");
    const QString out = qEnvironmentVariable("WINGMATE_SHOT_DIR", QDir::tempPath());
    REQUIRE_FALSE(vault.isEmpty());
    Result<std::unique_ptr<UserSession>> signedIn
        = UserSession::signIn(vault, QStringLiteral("demo.worker"), QStringLiteral("Wingmate demo wing"));
    INFO(signedIn.status().message().toStdString());
    REQUIRE(signedIn.ok());
    UserSession& worker = **signedIn;
    MentorsPage page(worker);
    page.resize(1000, 560);
    showActive(&page);
    QTest::qWait(200);
    CHECK(page.grab().save(out + QStringLiteral("/mentors-page.png")));
    // The first mentor not yet active, to show the checklist with gaps.
    qint64 chosen = page.currentMentorId();
    for (int row = 0; row < page.proxy()->rowCount(); ++row) {
        const QString status = page.proxy()->index(row, MentorListModel::Status).data().toString();
        if (status == mentorStatusLabel(MentorStatus::Shadowing)) {
            chosen = page.proxy()->index(row, 0).data(MentorListModel::MentorIdRole).toLongLong();
            break;
        }
    }
    MentorRecordDialog* record = page.openMentor(chosen);
    REQUIRE(QTest::qWaitForWindowExposed(record));
    QTest::qWait(200);
    CHECK(record->grab().save(out + QStringLiteral("/mentor-record.png")));
    MentorRecordDialog* active
        = page.openMentor(page.proxy()->index(0, 0).data(MentorListModel::MentorIdRole).toLongLong());
    REQUIRE(QTest::qWaitForWindowExposed(active));
    child<QTabWidget>(active, QStringLiteral("mentorTabs"))->setCurrentIndex(3);
    QTest::qWait(200);
    CHECK(active->grab().save(out + QStringLiteral("/mentor-record-mentees.png")));
}
