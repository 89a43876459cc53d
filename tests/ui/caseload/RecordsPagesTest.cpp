// The records pages driven through real widgets on a real vault: the
// caseload with its review dialog, the check-in dialog and fast session
// entry.
#include "Bootstrap.h"
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPage.h"
#include "concerns/ReviewDialog.h"
#include "reports/MonthlyReturn.h"
#include "reports/ReportService.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/SessionService.h"
#include "sessions/CheckInDialog.h"
#include "sessions/SessionDialog.h"
#include "widgets/ErrorPanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>
#include <memory>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

// A wing with two active mentors and five mentees: Eve has a concern
// waiting (a risky check-in), Bea's scheduled review is overdue, Ann mentors
// Adam, Chris and Eve, Bob mentors Bea, and Zoë has no mentor yet. Prison
// numbers run in a different order from the names, so sorting by either
// is told apart.
struct Wing {
    TestSession ts;
    qint64 ann = 0;
    qint64 bob = 0;
    qint64 adam = 0;
    qint64 bea = 0;
    qint64 chris = 0;
    qint64 eve = 0;
    qint64 zoe = 0;
    qint64 eveConcern = 0;

    Wing()
    {
        isolateMachineSettings();
        ts.addStaff();
        UserSession& admin = *ts.session;
        ann = addMentor(admin, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
        bob = addMentor(admin, QStringLiteral("M2000AA"), QStringLiteral("Bob Mentor"));
        adam = addEpisode(ts, QStringLiteral("A5000AA"), QStringLiteral("Adam Brook"));
        bea = addEpisode(ts, QStringLiteral("A4000AA"), QStringLiteral("Bea Cole"));
        chris = addEpisode(ts, QStringLiteral("A1000AA"), QStringLiteral("Chris Dale"));
        eve = addEpisode(ts, QStringLiteral("A3000AA"), QStringLiteral("Eve Fox"));
        zoe = addEpisode(ts, QStringLiteral("A2000AA"), QString::fromUtf8("Zoë Ward"));
        MenteeService mentees(admin);
        const QDate allocated = today(ts).addDays(-17);
        for (qint64 episode : { adam, chris, eve })
            REQUIRE(mentees.allocate(episode, ann, allocated).ok());
        REQUIRE(mentees.allocate(bea, bob, allocated).ok());

        CheckIn risky;
        risky.episodeId = eve;
        risky.checkedOn = today(ts).addDays(-1);
        risky.selfHarm = CheckIn::SelfHarm::Act;
        Result<CheckInService::Recorded> recorded = CheckInService(admin).record(risky);
        REQUIRE(recorded.ok());
        REQUIRE(recorded->concernId);
        eveConcern = *recorded->concernId;

        UserSession& nurse = ts.signInAs(Nurse);
        Review scheduled;
        scheduled.episodeId = bea;
        scheduled.reviewedOn = today(ts).addDays(-10);
        scheduled.outcome = Review::Outcome::Monitor;
        scheduled.riskLevel = MenteeEpisode::RiskLevel::Medium;
        scheduled.nextReviewOn = today(ts).addDays(-2);
        Result<qint64> scheduledReview = ConcernService(nurse).review(scheduled);
        INFO(scheduledReview.status().message().toStdString());
        REQUIRE(scheduledReview.ok());
    }
};

void clickHeader(QTableView* view, int section)
{
    QHeaderView* header = view->horizontalHeader();
    const QPoint at(
        header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

int count(UserSession& session, const QString& table)
{
    return scalar(session, QStringLiteral("SELECT count(*) FROM ") + table);
}

} // namespace

TEST_CASE("The caseload puts unreviewed concerns and overdue reviews first, marked in words and colour")
{
    Wing wing;
    CaseloadPage page(wing.ts.signInAs(Worker));
    showActive(&page);
    const QAbstractItemModel* rows = page.proxy();

    CHECK(column(rows, CaseloadModel::Name)
        == QStringList { QStringLiteral("Eve Fox"), QStringLiteral("Bea Cole"), QStringLiteral("Adam Brook"),
            QStringLiteral("Chris Dale"), QString::fromUtf8("Zoë Ward") });
    CHECK(
        rows->index(0, CaseloadModel::Flags).data().toString().contains(QStringLiteral("Concern to review")));
    CHECK(rows->index(1, CaseloadModel::Flags).data().toString().contains(QStringLiteral("Review overdue")));
    CHECK(rows->index(2, CaseloadModel::Flags).data().toString().isEmpty());
    CHECK(rows->index(0, CaseloadModel::OpenConcerns).data().toInt() == 1);
    CHECK(rows->index(0, CaseloadModel::CheckInRisk).data().toString()
        == CheckIn::selfHarmLabel(CheckIn::SelfHarm::Act));
    CHECK(rows->index(0, CaseloadModel::Mentors).data().toString() == QStringLiteral("Ann Mentor"));
    CHECK(rows->index(4, CaseloadModel::Mentors).data().toString() == QStringLiteral("None allocated"));

    // Marked by more than colour: an icon beside the name, as well as a
    // background of its own for each kind.
    const QVariant concernBackground = rows->index(0, CaseloadModel::PrisonNumber).data(Qt::BackgroundRole);
    const QVariant overdueBackground = rows->index(1, CaseloadModel::PrisonNumber).data(Qt::BackgroundRole);
    CHECK(concernBackground.isValid());
    CHECK(overdueBackground.isValid());
    CHECK(concernBackground != overdueBackground);
    CHECK_FALSE(rows->index(2, CaseloadModel::PrisonNumber).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(rows->index(0, CaseloadModel::Name).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(rows->index(2, CaseloadModel::Name).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(child<QLabel>(&page, "caseloadCount")->text().contains(QStringLiteral("— 2 need")));
}

TEST_CASE("Typing in the caseload filter narrows the rows, ignoring case and accents")
{
    Wing wing;
    CaseloadPage page(wing.ts.signInAs(Worker));
    showActive(&page);
    QLineEdit* filter = child<QLineEdit>(&page, "caseloadFilter");
    const QAbstractItemModel* rows = page.proxy();
    REQUIRE(rows->rowCount() == 5);

    QTest::keyClicks(filter, QStringLiteral("ZOE"));
    CHECK(column(rows, CaseloadModel::Name) == QStringList { QString::fromUtf8("Zoë Ward") });

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("ann"));
    CHECK(column(rows, CaseloadModel::Name)
        == QStringList {
            QStringLiteral("Eve Fox"), QStringLiteral("Adam Brook"), QStringLiteral("Chris Dale") });
    // Each word narrows further.
    QTest::keyClicks(filter, QStringLiteral(" dal"));
    CHECK(column(rows, CaseloadModel::Name) == QStringList { QStringLiteral("Chris Dale") });

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("a4000"));
    CHECK(column(rows, CaseloadModel::Name) == QStringList { QStringLiteral("Bea Cole") });

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("nobody"));
    CHECK(rows->rowCount() == 0);
    filter->clear();
    CHECK(rows->rowCount() == 5);
}

TEST_CASE("Sorting the caseload by a column, with or without the urgent rows pinned on top")
{
    Wing wing;
    CaseloadPage page(wing.ts.signInAs(Worker));
    page.resize(1200, 500);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QAbstractItemModel* rows = page.proxy();
    QTableView* view = page.view();

    child<QCheckBox>(&page, "attentionFirst")->setChecked(false);
    CHECK(column(rows, CaseloadModel::Name)
        == QStringList { QStringLiteral("Adam Brook"), QStringLiteral("Bea Cole"),
            QStringLiteral("Chris Dale"), QStringLiteral("Eve Fox"), QString::fromUtf8("Zoë Ward") });

    clickHeader(view, CaseloadModel::PrisonNumber);
    CHECK(column(rows, CaseloadModel::PrisonNumber)
        == QStringList { QStringLiteral("A1000AA"), QStringLiteral("A2000AA"), QStringLiteral("A3000AA"),
            QStringLiteral("A4000AA"), QStringLiteral("A5000AA") });
    clickHeader(view, CaseloadModel::PrisonNumber);
    CHECK(column(rows, CaseloadModel::PrisonNumber)
        == QStringList { QStringLiteral("A5000AA"), QStringLiteral("A4000AA"), QStringLiteral("A3000AA"),
            QStringLiteral("A2000AA"), QStringLiteral("A1000AA") });

    // Pinned, the concern and the overdue review stay on top in either
    // direction.
    child<QCheckBox>(&page, "attentionFirst")->setChecked(true);
    CHECK(column(rows, CaseloadModel::PrisonNumber)
        == QStringList { QStringLiteral("A3000AA"), QStringLiteral("A4000AA"), QStringLiteral("A5000AA"),
            QStringLiteral("A2000AA"), QStringLiteral("A1000AA") });
    clickHeader(view, CaseloadModel::PrisonNumber);
    CHECK(column(rows, CaseloadModel::PrisonNumber)
        == QStringList { QStringLiteral("A3000AA"), QStringLiteral("A4000AA"), QStringLiteral("A1000AA"),
            QStringLiteral("A2000AA"), QStringLiteral("A5000AA") });
}

TEST_CASE("A nurse reviews a concern from the caseload and the row's flag clears")
{
    Wing wing;
    UserSession& nurse = wing.ts.signInAs(Nurse);
    CaseloadPage page(nurse);
    showActive(&page);
    QPushButton* reviewButton = child<QPushButton>(&page, "reviewButton");
    QSignalSpy opened(&page, &CaseloadPage::menteeRequested);
    QSignalSpy reviewed(&page, &CaseloadPage::reviewed);

    // Chris has nothing to review: Enter opens the record instead.
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.proxy()->index(3, CaseloadModel::Name));
    CHECK_FALSE(reviewButton->isEnabled());
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == wing.chris);
    CHECK(page.findChild<ReviewDialog*>() == nullptr);

    // Eve's concern: Enter opens the review.
    page.view()->setCurrentIndex(page.proxy()->index(0, CaseloadModel::Name));
    CHECK(reviewButton->isVisible());
    CHECK(reviewButton->isEnabled());
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(opened.count() == 1);
    ReviewDialog* dialog = page.findChild<ReviewDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(dialog->concernId() == wing.eveConcern);
    CHECK(child<QLabel>(dialog, "concernText")
              ->text()
              .contains(QStringLiteral("self-harm"), Qt::CaseInsensitive));

    QComboBox* outcome = child<QComboBox>(dialog, "outcomeCombo");
    QLineEdit* acct = child<QLineEdit>(dialog, "acctReference");
    CHECK_FALSE(acct->isVisible());
    outcome->setCurrentIndex(outcome->findData(int(Review::Outcome::AcctOpened)));
    CHECK(acct->isVisible());
    QTest::keyClicks(acct, QStringLiteral("ACCT-77"));
    QComboBox* risk = child<QComboBox>(dialog, "riskCombo");
    risk->setCurrentIndex(risk->findData(int(MenteeEpisode::RiskLevel::High)));
    QPlainTextEdit* notes = child<QPlainTextEdit>(dialog, "reviewNotes");
    QTest::keyClicks(notes, QStringLiteral("Seen on the wing."));
    // Ctrl+Enter saves from the notes.
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);

    REQUIRE(reviewed.count() == 1);
    CHECK(reviewed.at(0).at(0).toLongLong() == wing.eve);
    Result<Concern> concern = ConcernService(nurse).get(wing.eveConcern);
    REQUIRE(concern.ok());
    CHECK(concern->status == Concern::ReviewState::Reviewed);
    Result<QList<Review>> reviews = ConcernService(nurse).reviews(wing.eve);
    REQUIRE(reviews.ok());
    REQUIRE(reviews->size() == 1);
    CHECK(reviews->constFirst().notes == QStringLiteral("Seen on the wing."));
    CHECK(reviews->constFirst().nextReviewOn == today(wing.ts).addDays(7));

    const int row = page.model()->rowOf(wing.eve);
    REQUIRE(row >= 0);
    const QAbstractItemModel* model = page.model();
    CHECK(model->index(row, CaseloadModel::OpenConcerns).data().toInt() == 0);
    CHECK_FALSE(
        model->index(row, CaseloadModel::Flags).data().toString().contains(QStringLiteral("Concern")));
    CHECK_FALSE(model->index(row, CaseloadModel::Name).data(Qt::BackgroundRole).isValid());
    CHECK(model->index(row, CaseloadModel::Acct).data().toString() == QStringLiteral("Open: ACCT-77"));
    CHECK(model->index(row, CaseloadModel::RiskLevel).data().toString() == QStringLiteral("High"));
    // Only Bea's overdue review is left on top.
    CHECK(page.proxy()->index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Bea Cole"));
}

TEST_CASE("A refused review keeps the dialog open with what the nurse typed")
{
    Wing wing;
    UserSession& nurse = wing.ts.signInAs(Nurse);
    ReviewDialog dialog(nurse, wing.eve, QStringLiteral("Eve Fox"));
    showActive(&dialog);
    // Before the concern was raised yesterday.
    child<QDateEdit>(&dialog, "reviewedOn")->setDate(today(wing.ts).addDays(-5));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "reviewNotes"), QStringLiteral("Draft"));
    QTest::keyClick(child<QComboBox>(&dialog, "outcomeCombo"), Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(dialog.reviewId() == 0);
    CHECK(child<ErrorPanel>(&dialog, "errorPanel")->message().contains(QStringLiteral("before the concern")));
    CHECK(child<QPlainTextEdit>(&dialog, "reviewNotes")->toPlainText() == QStringLiteral("Draft"));
    CHECK(ConcernService(nurse).get(wing.eveConcern)->status == Concern::ReviewState::Open);
}

TEST_CASE("A support worker is offered no review")
{
    Wing wing;
    CaseloadPage page(wing.ts.signInAs(Worker));
    showActive(&page);
    QSignalSpy opened(&page, &CaseloadPage::menteeRequested);
    CHECK_FALSE(child<QPushButton>(&page, "reviewButton")->isVisible());

    page.view()->setFocus();
    page.view()->setCurrentIndex(page.proxy()->index(0, CaseloadModel::Name));
    REQUIRE(page.currentEpisodeId() == wing.eve);
    page.reviewCurrent();
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(page.findChild<ReviewDialog*>() == nullptr);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == wing.eve);

    // Double-click asks for the record too.
    const QModelIndex bea = page.proxy()->index(1, CaseloadModel::PrisonNumber);
    const QPoint at = page.view()->visualRect(bea).center();
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(page.view()->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(opened.count() >= 2);
    CHECK(opened.last().at(0).toLongLong() == wing.bea);
}

TEST_CASE("A check-in showing a self-harm act warns before saving and confirms the raised concern after")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    const int concernsBefore = count(worker, QStringLiteral("concerns"));
    CheckInDialog dialog(worker, wing.adam, QStringLiteral("Adam Brook"));
    showActive(&dialog);
    CHECK_FALSE(dialog.riskShown());

    QComboBox* selfHarm = child<QComboBox>(&dialog, "selfHarmCombo");
    selfHarm->setFocus();
    QTest::keyClick(selfHarm, Qt::Key_Down); // thoughts: no banner yet
    CHECK_FALSE(dialog.riskShown());
    QTest::keyClick(selfHarm, Qt::Key_Down); // an act
    REQUIRE(dialog.riskShown());
    CHECK(child<QFrame>(&dialog, "riskBanner")->isVisible());
    CHECK(dialog.bannerText().contains(QStringLiteral("emergency and ACCT procedures now")));
    CHECK(count(worker, QStringLiteral("concerns")) == concernsBefore);

    QTest::keyClicks(child<QLineEdit>(&dialog, "coping"), QStringLiteral("Not well"));
    QSignalSpy recorded(&dialog, &CheckInDialog::recorded);
    QTest::keyClick(focused(), Qt::Key_Return);

    REQUIRE(recorded.count() == 1);
    CHECK(dialog.isVisible()); // stays to be read
    REQUIRE(dialog.concernId() != 0);
    CHECK(recorded.at(0).at(1).toLongLong() == dialog.concernId());
    CHECK(dialog.bannerText().contains(ConcernService::emergencyAdvice()));
    CHECK(dialog.bannerText().contains(
        QStringLiteral("Concern number %1 is now on the mental health team's caseload")
            .arg(dialog.concernId())));
    CHECK(count(worker, QStringLiteral("concerns")) == concernsBefore + 1);
    Result<Concern> concern = ConcernService(worker).get(dialog.concernId());
    REQUIRE(concern.ok());
    CHECK(concern->episodeId == wing.adam);
    CHECK(concern->checkInId == dialog.checkInId());
    Result<CheckIn> stored = CheckInService(worker).get(dialog.checkInId());
    REQUIRE(stored.ok());
    CHECK(stored->selfHarm == CheckIn::SelfHarm::Act);
    CHECK(stored->coping == QStringLiteral("Not well"));
    CHECK(stored->checkedOn == today(wing.ts));

    // Enter now closes it; it is not saved twice.
    QTest::keyClick(focused(), Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(recorded.count() == 1);
}

TEST_CASE("A check-in with only thoughts shows no banner and raises no concern")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    const int concernsBefore = count(worker, QStringLiteral("concerns"));
    const int checkInsBefore = count(worker, QStringLiteral("check_ins"));
    CheckInDialog dialog(worker, wing.adam, QStringLiteral("Adam Brook"));
    showActive(&dialog);
    QComboBox* selfHarm = child<QComboBox>(&dialog, "selfHarmCombo");
    QComboBox* suicidal = child<QComboBox>(&dialog, "suicidalCombo");
    selfHarm->setCurrentIndex(selfHarm->findData(int(CheckIn::SelfHarm::Thoughts)));
    suicidal->setCurrentIndex(suicidal->findData(int(CheckIn::Suicidal::Thoughts)));
    CHECK_FALSE(dialog.riskShown());
    // Plans would show it, and going back hides it again.
    suicidal->setCurrentIndex(suicidal->findData(int(CheckIn::Suicidal::Plans)));
    CHECK(dialog.riskShown());
    suicidal->setCurrentIndex(suicidal->findData(int(CheckIn::Suicidal::Thoughts)));
    CHECK_FALSE(dialog.riskShown());

    QSpinBox* wellbeing = child<QSpinBox>(&dialog, "wellbeingRating");
    wellbeing->setFocus();
    QTest::keyClicks(wellbeing, QStringLiteral("6"));
    QTest::keyClick(wellbeing, Qt::Key_Return);

    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.concernId() == 0);
    CHECK_FALSE(dialog.riskShown());
    CHECK(count(worker, QStringLiteral("check_ins")) == checkInsBefore + 1);
    CHECK(count(worker, QStringLiteral("concerns")) == concernsBefore);
    Result<CheckIn> stored = CheckInService(worker).get(dialog.checkInId());
    REQUIRE(stored.ok());
    CHECK(stored->wellbeingRating == 6);
    CHECK(stored->suicidal == CheckIn::Suicidal::Thoughts);
}

TEST_CASE("A 1:1 session is logged with the keyboard alone")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    SessionDialog dialog(worker);
    showActive(&dialog);
    CHECK(child<QComboBox>(&dialog, "typeCombo")->currentText() == QStringLiteral("1:1"));
    CHECK_FALSE(dialog.isGroup());

    // Focus starts on the mentor; the mentor's own mentees come first.
    REQUIRE(focused() == child<QComboBox>(&dialog, "mentorCombo"));
    QTest::keyClicks(focused(), QStringLiteral("Ann"));
    QComboBox* mentee = child<QComboBox>(&dialog, "menteeCombo");
    CHECK(mentee->itemData(1).toLongLong() == wing.adam);
    CHECK(mentee->itemData(3).toLongLong() == wing.eve);
    QTest::keyClick(focused(), Qt::Key_Tab);
    REQUIRE(focused() == mentee);
    QTest::keyClicks(focused(), QStringLiteral("Chris"));
    QTest::keyClick(focused(), Qt::Key_Tab); // also delivered by: no one
    QTest::keyClick(focused(), Qt::Key_Tab);
    REQUIRE(focused() == child<QPlainTextEdit>(&dialog, "sessionNotes"));
    QTest::keyClicks(focused(), QStringLiteral("Talked about sleep."));
    QTest::keyClick(focused(), Qt::Key_Tab);
    QTest::keyClicks(focused(), QStringLiteral("Ask healthcare about a GP appointment"));
    QTest::keyClick(focused(), Qt::Key_Return);

    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.sessionId() != 0);
    Result<MenteeSession> stored = SessionService(worker).get(dialog.sessionId());
    REQUIRE(stored.ok());
    CHECK(stored->sessionType == QStringLiteral("1:1"));
    CHECK_FALSE(stored->isGroup);
    CHECK(stored->mentorIds == QList<qint64> { wing.ann });
    REQUIRE(stored->attendees.size() == 1);
    CHECK(stored->attendees.constFirst().episodeId == wing.chris);
    CHECK(stored->attendees.constFirst().attended);
    CHECK(stored->notes == QStringLiteral("Talked about sleep."));
    CHECK(stored->durationMinutes == 60);
    const QDateTime now = wing.ts.clock.now().toLocalTime();
    CHECK(stored->heldAt == QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
    REQUIRE(stored->followUps.size() == 1);
    CHECK(stored->followUps.constFirst().dueOn == today(wing.ts).addDays(7));
    CHECK(stored->recordedBy == Worker);
}

TEST_CASE("The session type defaults to the last one used on this PC")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    {
        SessionDialog first(worker);
        child<QComboBox>(&first, "typeCombo")->setCurrentText(QStringLiteral("CBT-based"));
        first.setMentor(wing.ann);
        first.setMentee(wing.adam);
        first.accept();
        REQUIRE(first.sessionId() != 0);
    }
    SessionDialog second(worker);
    CHECK(child<QComboBox>(&second, "typeCombo")->currentText() == QStringLiteral("CBT-based"));
}

TEST_CASE("A group session's register stores who attended and who did not")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    SessionDialog dialog(worker);
    showActive(&dialog);
    QComboBox* type = child<QComboBox>(&dialog, "typeCombo");
    type->setCurrentText(QStringLiteral("Group"));
    REQUIRE(dialog.isGroup());
    QTableWidget* reg = child<QTableWidget>(&dialog, "register");
    CHECK(reg->isVisible());
    CHECK_FALSE(child<QComboBox>(&dialog, "menteeCombo")->isVisible());

    // Choosing the mentor fills the register with their mentees.
    dialog.setMentor(wing.ann);
    REQUIRE(reg->rowCount() == 3);
    CHECK(reg->item(0, 0)->text().startsWith(QStringLiteral("Adam Brook")));
    // Chris did not come: Space on his Attended tick.
    reg->setFocus();
    reg->setCurrentCell(1, 1);
    QTest::keyClick(reg, Qt::Key_Space);
    CHECK(reg->item(1, 1)->checkState() == Qt::Unchecked);
    // Zoë, not Ann's mentee, joined.
    QComboBox* add = child<QComboBox>(&dialog, "addMenteeCombo");
    add->setCurrentIndex(add->findData(wing.zoe));
    child<QPushButton>(&dialog, "addToRegister")->click();
    REQUIRE(reg->rowCount() == 4);
    QTest::keyClick(child<QLineEdit>(&dialog, "location"), Qt::Key_Return);

    REQUIRE(dialog.sessionId() != 0);
    Result<MenteeSession> stored = SessionService(worker).get(dialog.sessionId());
    REQUIRE(stored.ok());
    CHECK(stored->isGroup);
    CHECK(stored->sessionType == QStringLiteral("Group"));
    QMap<qint64, bool> attended;
    for (const MenteeSession::Attendee& a : stored->attendees)
        attended.insert(a.episodeId, a.attended);
    CHECK(attended
        == QMap<qint64, bool> {
            { wing.adam, true }, { wing.chris, false }, { wing.eve, true }, { wing.zoe, true } });
}

TEST_CASE("Ticking Group session makes the type a group's, and the register is counted as a group")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    SessionDialog dialog(worker);
    showActive(&dialog);
    QComboBox* type = child<QComboBox>(&dialog, "typeCombo");
    auto* group = child<QCheckBox>(&dialog, "groupCheck");
    REQUIRE(type->currentText() == QStringLiteral("1:1"));
    REQUIRE_FALSE(group->isChecked());

    // Space on the tick, as a worker with the keyboard would.
    group->setFocus();
    QTest::keyClick(group, Qt::Key_Space);
    CHECK(group->isChecked());
    CHECK(type->currentText() == QStringLiteral("Group"));
    // Back to 1:1 from the type clears the tick; unticking a group's type
    // goes back to 1:1.
    type->setCurrentText(QStringLiteral("1:1"));
    CHECK_FALSE(group->isChecked());
    QTest::keyClick(group, Qt::Key_Space);
    REQUIRE(type->currentText() == QStringLiteral("Group"));
    QTest::keyClick(group, Qt::Key_Space);
    CHECK(type->currentText() == QStringLiteral("1:1"));
    // A type that says nothing of groups may be either.
    type->setCurrentText(QStringLiteral("Art therapy"));
    QTest::keyClick(group, Qt::Key_Space);
    CHECK(group->isChecked());
    CHECK(type->currentText() == QStringLiteral("Art therapy"));
    QTest::keyClick(group, Qt::Key_Space);
    type->setCurrentText(QStringLiteral("1:1"));

    // The register of five saved from the tick alone is a group in the month's figures.
    QTest::keyClick(group, Qt::Key_Space);
    dialog.setMentor(wing.ann);
    QComboBox* add = child<QComboBox>(&dialog, "addMenteeCombo");
    for (qint64 episode : { wing.bea, wing.zoe }) {
        add->setCurrentIndex(add->findData(episode));
        child<QPushButton>(&dialog, "addToRegister")->click();
    }
    REQUIRE(child<QTableWidget>(&dialog, "register")->rowCount() == 5);
    QTest::keyClick(child<QLineEdit>(&dialog, "location"), Qt::Key_Return);
    REQUIRE(dialog.sessionId() != 0);
    const Result<MonthlyReturn> month
        = ReportService(wing.ts.signInAs(AdminName)).monthlyReturn(today(wing.ts));
    REQUIRE(month.ok());
    CHECK(month->groupSessions == 1);
    for (const MonthlyReturn::SessionType& t : month->sessionTypes) {
        INFO(t.name.toStdString());
        CHECK(t.sessions == (t.name == QStringLiteral("Group") ? 1 : 0));
    }
}

TEST_CASE("Esc in the session and check-in dialogs asks before throwing typed notes away")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    // Presses Esc and answers the question it asks (Esc on it keeps
    // editing); false when no question came.
    const auto answer = [](QDialog* dialog, const char* button) {
        QTest::keyClick(dialog, Qt::Key_Escape);
        QPointer<QMessageBox> question = dialog->findChild<QMessageBox*>(QStringLiteral("discardQuestion"));
        if (!question)
            return std::make_shared<bool>(false);
        CHECK(question->isVisible());
        CHECK(question->text().contains(QStringLiteral("not been saved")));
        if (QString::fromLatin1(button) == QStringLiteral("keep"))
            QTest::keyClick(question, Qt::Key_Escape);
        else
            QTest::mouseClick(child<QPushButton>(question, "discardButton"), Qt::LeftButton);
        // The question goes away once answered.
        REQUIRE(QTest::qWaitFor([&] { return question.isNull(); }));
        return std::make_shared<bool>(true);
    };

    SECTION("nothing typed: Esc closes at once")
    {
        SessionDialog dialog(worker);
        showActive(&dialog);
        const auto asked = answer(&dialog, "discard");
        CHECK_FALSE(*asked);
        CHECK_FALSE(dialog.isVisible());
    }
    SECTION("a session's notes: kept until the worker says discard")
    {
        SessionDialog dialog(worker);
        showActive(&dialog);
        QTest::keyClicks(
            child<QPlainTextEdit>(&dialog, "sessionNotes"), QStringLiteral("Talked about his family"));
        // Esc on the question is Keep editing.
        auto asked = answer(&dialog, "keep");
        CHECK(*asked);
        CHECK(dialog.isVisible());
        CHECK(child<QPlainTextEdit>(&dialog, "sessionNotes")->toPlainText()
            == QStringLiteral("Talked about his family"));
        asked = answer(&dialog, "discard");
        CHECK(*asked);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Rejected);
    }
    SECTION("a check-in's answers")
    {
        CheckInDialog dialog(worker, wing.adam, QStringLiteral("Adam Brook"));
        showActive(&dialog);
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "checkInNotes"), QStringLiteral("Low today"));
        auto asked = answer(&dialog, "keep");
        CHECK(*asked);
        CHECK(dialog.isVisible());
        asked = answer(&dialog, "discard");
        CHECK(*asked);
        CHECK_FALSE(dialog.isVisible());
    }
}

TEST_CASE("A refused session keeps the dialog open with a plain message and the input")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    const int sessionsBefore = count(worker, QStringLiteral("mentee_sessions"));
    SessionDialog dialog(worker);
    showActive(&dialog);
    dialog.setMentor(wing.ann);
    QTest::keyClicks(child<QLineEdit>(&dialog, "location"), QStringLiteral("Library"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "sessionNotes"), QStringLiteral("Long notes"));
    QTest::keyClick(child<QLineEdit>(&dialog, "location"), Qt::Key_Return);

    CHECK(dialog.isVisible());
    CHECK(dialog.sessionId() == 0);
    ErrorPanel* error = child<ErrorPanel>(&dialog, "errorPanel");
    CHECK(error->isVisible());
    CHECK(error->message() == QStringLiteral("Add the mentee the session was for."));
    CHECK(child<QLineEdit>(&dialog, "location")->text() == QStringLiteral("Library"));
    CHECK(child<QPlainTextEdit>(&dialog, "sessionNotes")->toPlainText() == QStringLiteral("Long notes"));
    CHECK(count(worker, QStringLiteral("mentee_sessions")) == sessionsBefore);

    // Mended, the same dialog saves.
    dialog.setMentee(wing.adam);
    QTest::keyClick(child<QLineEdit>(&dialog, "location"), Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(count(worker, QStringLiteral("mentee_sessions")) == sessionsBefore + 1);
}

// Not run by default: pictures of each widget on the demonstration wing, for
// a person to look at. WINGMATE_SHOTS_VAULT names the vault made by
// `wingmate-cli demo`, WINGMATE_SHOTS_DIR where the PNGs go.
TEST_CASE("Screenshots of the records pages on the demonstration wing", "[.shots]")
{
    const QString vault = qEnvironmentVariable("WINGMATE_SHOTS_VAULT");
    const QString out
        = qEnvironmentVariable("WINGMATE_SHOTS_DIR", QDir::tempPath() + QStringLiteral("/shots"));
    REQUIRE_FALSE(vault.isEmpty());
    REQUIRE(bootstrap().ok());
    isolateMachineSettings();
    const QString password = QStringLiteral("Wingmate demo wing");
    auto save = [&](QWidget* widget, const char* name) {
        QTest::qWait(200);
        CHECK(widget->grab().save(out + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
    };
    {
        Result<std::unique_ptr<UserSession>> nurse
            = UserSession::signIn(vault, QStringLiteral("demo.nurse"), password);
        REQUIRE(nurse.ok());
        CaseloadPage page(**nurse);
        page.resize(1260, 700);
        showActive(&page);
        save(&page, "caseload-nurse");
        QTest::keyClicks(child<QLineEdit>(&page, "caseloadFilter"), QStringLiteral("a"));
        save(&page, "caseload-filtered");
        page.view()->setFocus();
        page.view()->setCurrentIndex(page.proxy()->index(0, CaseloadModel::Name));
        page.reviewCurrent();
        ReviewDialog* review = page.findChild<ReviewDialog*>();
        REQUIRE(review);
        save(review, "review");
        QComboBox* outcome = child<QComboBox>(review, "outcomeCombo");
        outcome->setCurrentIndex(outcome->findData(int(Review::Outcome::AcctOpened)));
        save(review, "review-acct");
        review->reject();
    }
    Result<std::unique_ptr<UserSession>> worker
        = UserSession::signIn(vault, QStringLiteral("demo.worker"), password);
    REQUIRE(worker.ok());
    {
        CaseloadPage page(**worker);
        page.resize(1260, 700);
        showActive(&page);
        save(&page, "caseload-worker");
        const qint64 episode = page.model()->record(0).episodeId;
        CheckInDialog checkIn(**worker, episode, page.model()->record(0).prisonerName);
        showActive(&checkIn);
        save(&checkIn, "checkin-empty");
        QComboBox* suicidal = child<QComboBox>(&checkIn, "suicidalCombo");
        suicidal->setCurrentIndex(suicidal->findData(int(CheckIn::Suicidal::Plans)));
        save(&checkIn, "checkin-risk");
        checkIn.accept();
        save(&checkIn, "checkin-saved");
        checkIn.accept();
    }
    {
        SessionDialog session(**worker);
        showActive(&session);
        save(&session, "session-empty");
        QTest::keyClicks(focused(), QStringLiteral("a"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClicks(focused(), QStringLiteral("b"));
        save(&session, "session-1to1");
        child<QComboBox>(&session, "typeCombo")->setCurrentText(QStringLiteral("Group"));
        save(&session, "session-group");
        child<QComboBox>(&session, "typeCombo")->setCurrentText(QStringLiteral("1:1"));
        child<QComboBox>(&session, "menteeCombo")->setCurrentIndex(0);
        session.accept();
        save(&session, "session-refused");
        session.reject();
    }
}
