// The Sessions and Concerns sections driven through real widgets on a real
// vault.
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "WidgetTests.h"
#include "concerns/ConcernListModel.h"
#include "concerns/ConcernsPage.h"
#include "concerns/ReviewDialog.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/SessionService.h"
#include "sessions/SessionDialog.h"
#include "sessions/SessionListModel.h"
#include "sessions/SessionsPage.h"
#include "widgets/ErrorPanel.h"
#include "widgets/RecordTables.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch_test_macros.hpp>
#include <optional>

using namespace wingmate;
using namespace wingmate::test;
using namespace wingmate::ui;

namespace {

// Ann and Bob mentor; Adam, Bea and Chris are mentees. Yesterday Ann saw
// Adam 1:1; three days ago Ann and Bob ran a group Adam and Bea came to and
// Chris missed; forty days ago Bob saw Bea. Chris has a concern waiting
// from a risky check-in.
struct Wing {
    TestSession ts;
    qint64 ann = 0, bob = 0, adam = 0, bea = 0, chris = 0;
    qint64 oneToOne = 0, group = 0, old = 0, chrisConcern = 0;

    Wing()
    {
        prepareWidgetTest();
        ts.addStaff();
        UserSession& admin = *ts.session;
        ann = addMentor(admin, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
        bob = addMentor(admin, QStringLiteral("M2000AA"), QStringLiteral("Bob Mentor"));
        const EpisodeStart longAgo { .referred = 60, .consented = 59, .activated = 58 };
        adam = addEpisode(ts, QStringLiteral("A5000AA"), QStringLiteral("Adam Brook"), longAgo);
        bea = addEpisode(ts, QStringLiteral("A4000AA"), QStringLiteral("Bea Cole"), longAgo);
        chris = addEpisode(ts, QStringLiteral("A1000AA"), QStringLiteral("Chris Dale"), longAgo);
        const QDate day = today(ts);
        oneToOne = session(QDateTime(day.addDays(-1), QTime(10, 0)), QStringLiteral("1:1"), { ann },
            { { adam, true, false } });
        group = session(QDateTime(day.addDays(-3), QTime(14, 0)), QStringLiteral("Group"), { ann, bob },
            { { adam, true, false }, { bea, true, false }, { chris, false, false } });
        old = session(QDateTime(day.addDays(-40), QTime(9, 0)), QStringLiteral("1:1"), { bob },
            { { bea, true, false } });
        CheckIn risky;
        risky.episodeId = chris;
        risky.checkedOn = day;
        risky.wellbeingRating = 2;
        risky.suicidal = CheckIn::Suicidal::Plans;
        Result<CheckInService::Recorded> recorded = CheckInService(admin).record(risky);
        requireOk(recorded.status());
        chrisConcern = *recorded->concernId;
    }

    qint64 session(const QDateTime& at, const QString& type, const QList<qint64>& mentors,
        const QList<MenteeSession::Attendee>& attendees)
    {
        MenteeSession s;
        s.heldAt = at;
        s.durationMinutes = 50;
        s.sessionType = type;
        s.isGroup = attendees.size() > 1;
        s.mentorIds = mentors;
        s.attendees = attendees;
        Result<SessionService::Recorded> recorded = SessionService(*ts.session).record(s);
        requireOk(recorded.status());
        return recorded->sessionId;
    }
};

// Answers the next modal dialog (an input or a message box) as given once it
// shows, from inside its own event loop.
void answerNextDialog(const std::function<void(QWidget*)>& answer)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

// Asks the page to delete its current session, giving this reason and, when
// a confirmation follows, pressing this button on it.
void deleteAnswering(
    SessionsPage& page, const QString& reason, std::optional<QMessageBox::StandardButton> confirm)
{
    answerNextDialog([reason, confirm](QWidget* modal) {
        auto* input = qobject_cast<QInputDialog*>(modal);
        REQUIRE(input);
        input->setTextValue(reason);
        if (confirm) {
            answerNextDialog([confirm](QWidget* box) {
                auto* message = qobject_cast<QMessageBox*>(box);
                REQUIRE(message);
                message->button(*confirm)->click();
            });
        }
        input->accept();
    });
    page.deleteCurrent();
}

} // namespace

TEST_CASE("The Sessions section lists a range, filters as you type and opens the mentee")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    SessionsPage page(worker);
    showActive(&page);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy opened(&page, &SessionsPage::menteeRequested);

    // The last 30 days, newest first.
    REQUIRE(page.proxy()->rowCount() == 2);
    CHECK(page.view()->currentIndex().data(SessionListModel::SessionIdRole).toLongLong() == wing.oneToOne);
    CHECK(page.proxy()->index(1, SessionListModel::Mentees).data().toString()
        == QStringLiteral("2 of 3 attended: Adam Brook, Bea Cole"));
    CHECK(page.proxy()->index(1, SessionListModel::Mentors).data().toString()
        == QStringLiteral("Ann Mentor, Bob Mentor"));
    CHECK(page.proxy()->index(1, SessionListModel::Type).data().toString() == QStringLiteral("Group"));
    CHECK(child<QLabel>(&page, "sessionsCount")->text().startsWith(QStringLiteral("2 session")));
    CHECK_FALSE(child<QPushButton>(&page, "deleteSessionButton")->isVisible());
    CHECK(child<QPushButton>(&page, "logSessionButton")->isVisible());

    // Filtering by a mentee's name, accents and case aside, and by prison number.
    QLineEdit* filter = child<QLineEdit>(&page, "sessionsFilter");
    typeInto(filter, QStringLiteral("BEA"));
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, 0).data(SessionListModel::SessionIdRole).toLongLong() == wing.group);
    CHECK(child<QLabel>(&page, "sessionsCount")->text().startsWith(QStringLiteral("1 of 2")));
    typeInto(filter, QStringLiteral("a5000"));
    REQUIRE(page.proxy()->rowCount() == 2);
    typeInto(filter, QStringLiteral("nobody here"));
    CHECK(page.proxy()->rowCount() == 0);
    filter->clear();

    // Widening the range brings the old session in.
    page.fromEdit()->setDate(today(wing.ts).addDays(-45));
    REQUIRE(page.proxy()->rowCount() == 3);
    // The last day cannot come before the first.
    CHECK(page.toEdit()->minimumDate() == page.fromEdit()->date());

    // From the filter, Enter moves into the table; Enter there opens the
    // mentee of a 1:1.
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Return);
    CHECK(page.view()->hasFocus());
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == wing.adam);

    // Ctrl+N opens fast entry.
    QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier);
    auto* dialog = page.findChild<SessionDialog*>();
    REQUIRE(dialog);
    CHECK(waitUntil([dialog] { return dialog->isVisible(); }));
    dialog->reject();
}

TEST_CASE("An administrator deletes a session only with a reason, after confirming")
{
    Wing wing;
    SessionsPage page(*wing.ts.session);
    showActive(&page);
    QPushButton* remove = child<QPushButton>(&page, "deleteSessionButton");
    REQUIRE(remove->isVisible());
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    REQUIRE(page.currentSessionId() == wing.oneToOne);
    const QString before = fingerprint(*wing.ts.session);

    // No reason: nothing deleted, and the page says why.
    deleteAnswering(page, QStringLiteral("   "), std::nullopt);
    CHECK(fingerprint(*wing.ts.session) == before);
    CHECK(child<ErrorPanel>(&page, "errorPanel")->message().contains(QStringLiteral("reason")));

    // A reason, then Cancel at the confirmation: still nothing.
    deleteAnswering(page, QStringLiteral("Entered twice"), QMessageBox::Cancel);
    CHECK(fingerprint(*wing.ts.session) == before);

    // A reason and Yes: gone from the list, the reason in the audit trail.
    QSignalSpy changed(&page, &SessionsPage::sessionsChanged);
    deleteAnswering(page, QStringLiteral("Entered twice"), QMessageBox::Yes);
    CHECK(changed.count() == 1);
    CHECK(page.model()->rowOf(wing.oneToOne) == -1);
    CHECK(page.proxy()->rowCount() == 1);
    CHECK(lastDetails(*wing.ts.session, AuditAction::Delete, QStringLiteral("mentee_session"), wing.oneToOne)
              .contains(QStringLiteral("Entered twice")));
}

TEST_CASE("The session a button acts on is the highlighted one, after sorting and filtering")
{
    Wing wing;
    // A month of Adam's 1:1s, more than the table shows at once.
    for (int day = 2; day <= 29; ++day) {
        wing.session(QDateTime(today(wing.ts).addDays(-day), QTime(11, 0)), QStringLiteral("1:1"),
            { wing.ann }, { { wing.adam, true, false } });
    }
    SessionsPage page(*wing.ts.session);
    page.resize(900, 400);
    showActive(&page);
    page.fromEdit()->setDate(today(wing.ts).addDays(-60));
    QTableView* view = page.view();
    REQUIRE(page.proxy()->rowCount() == 31);
    QPushButton* remove = child<QPushButton>(&page, "deleteSessionButton");
    // What the person sees: the one highlighted row, on screen.
    const auto highlighted = [&]() -> qint64 {
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        if (rows.size() != 1)
            return 0;
        CHECK(view->viewport()->rect().intersects(view->visualRect(rows.constFirst())));
        return rows.constFirst().data(SessionListModel::SessionIdRole).toLongLong();
    };

    // The oldest, last of the newest-first list, chosen with the mouse.
    view->scrollToBottom();
    const QModelIndex oldRow = page.proxy()->index(30, SessionListModel::Type);
    REQUIRE(oldRow.data(SessionListModel::SessionIdRole).toLongLong() == wing.old);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(oldRow).center());
    REQUIRE(highlighted() == wing.old);
    CHECK(page.currentSessionId() == wing.old);
    CHECK(remove->isEnabled());
    CHECK(child<QPushButton>(&page, "openMenteeButton")->isEnabled());

    // Sorted the other way, by a click on the header: still the old one,
    // still highlighted, and scrolled to where it went.
    QHeaderView* header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(SessionListModel::HeldAt) + 5, header->height() / 2));
    REQUIRE(view->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder);
    REQUIRE(page.proxy()->index(0, 0).data(SessionListModel::SessionIdRole).toLongLong() == wing.old);
    CHECK(highlighted() == wing.old);
    CHECK(page.currentSessionId() == wing.old);

    // Filtered so the old one is hidden: the buttons act on what is
    // highlighted now, never on the hidden row.
    QTest::keyClicks(page.filterField(), QStringLiteral("group"));
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(highlighted() == wing.group);
    CHECK(page.currentSessionId() == wing.group);
    CHECK(remove->isEnabled());

    // Nothing matching: nothing to act on.
    QTest::keyClicks(page.filterField(), QStringLiteral("zzz"));
    REQUIRE(page.proxy()->rowCount() == 0);
    CHECK(page.currentSessionId() == 0);
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(child<QPushButton>(&page, "openMenteeButton")->isEnabled());
}

TEST_CASE("The Concerns section shows what waits for the nurse and reviews it from there")
{
    Wing wing;
    UserSession& nurse = wing.ts.signInAs(Nurse);
    ConcernsPage page(nurse);
    showActive(&page);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reviewed(&page, &ConcernsPage::reviewed);

    REQUIRE(page.proxy()->rowCount() == 1);
    const QModelIndex row = page.proxy()->index(0, ConcernListModel::State);
    CHECK(row.data(ConcernListModel::ConcernIdRole).toLongLong() == wing.chrisConcern);
    CHECK(row.data().toString() == QStringLiteral("Waiting since today"));
    CHECK(row.data(Qt::BackgroundRole).value<QBrush>()
        == RecordTables::background(RecordTables::Urgency::Urgent));
    CHECK(page.proxy()->index(0, ConcernListModel::Source).data().toString()
        == Concern::sourceLabel(Concern::Source::CheckIn));
    CHECK(child<QLabel>(&page, "concernsCount")->text() == QStringLiteral("1 waiting for review"));
    CHECK(child<QLabel>(&page, "concernsAdvice")->text().contains(QStringLiteral("ACCT")));

    // Enter on a waiting concern opens the nurse's review of that concern.
    QPushButton* reviewButton = child<QPushButton>(&page, "reviewButton");
    CHECK(reviewButton->isVisible());
    CHECK(reviewButton->isEnabled());
    page.view()->setFocus();
    page.view()->setCurrentIndex(row);
    QTest::keyClick(page.view(), Qt::Key_Return);
    auto* dialog = page.findChild<ReviewDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    CHECK(dialog->concernId() == wing.chrisConcern);
    QComboBox* risk = child<QComboBox>(dialog, "riskCombo");
    risk->setCurrentIndex(risk->findData(int(MenteeEpisode::RiskLevel::Medium)));
    QComboBox* outcome = child<QComboBox>(dialog, "outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(int(Review::Outcome::Monitor)));
    QPlainTextEdit* notes = child<QPlainTextEdit>(dialog, "reviewNotes");
    QTest::keyClicks(notes, QStringLiteral("Seen; plan agreed."));
    QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(reviewed.count() == 1);
    CHECK(reviewed.at(0).at(0).toLongLong() == wing.chris);

    // Nothing waits now; the reviewed concern shows with the longer range.
    CHECK(page.proxy()->rowCount() == 0);
    CHECK(
        child<QLabel>(&page, "concernsCount")->text() == QStringLiteral("No concern is waiting for review"));
    CHECK_FALSE(reviewButton->isEnabled());
    page.setRange(ConcernsPage::Range::LastMonth);
    REQUIRE(page.proxy()->rowCount() == 1);
    CHECK(page.proxy()->index(0, ConcernListModel::Reviewer).data().toString() == Nurse);
    CHECK(page.proxy()->index(0, ConcernListModel::Outcome).data().toString()
        == Review::outcomeLabel(Review::Outcome::Monitor));
    CHECK_FALSE(page.proxy()->index(0, 0).data(Qt::BackgroundRole).isValid());
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    CHECK_FALSE(reviewButton->isEnabled());
}

TEST_CASE("A support worker sees concerns but is not offered the review")
{
    Wing wing;
    UserSession& worker = wing.ts.signInAs(Worker);
    ConcernsPage page(worker);
    showActive(&page);
    QSignalSpy opened(&page, &ConcernsPage::menteeRequested);
    CHECK_FALSE(child<QPushButton>(&page, "reviewButton")->isVisible());
    REQUIRE(page.proxy()->rowCount() == 1);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.proxy()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    CHECK(page.findChild<ReviewDialog*>() == nullptr);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == wing.chris);

    // The filter finds by what was said and by prison number.
    QLineEdit* filter = child<QLineEdit>(&page, "concernsFilter");
    typeInto(filter, QStringLiteral("a1000"));
    CHECK(page.proxy()->rowCount() == 1);
    typeInto(filter, QStringLiteral("adam"));
    CHECK(page.proxy()->rowCount() == 0);
    CHECK(child<QLabel>(&page, "concernsCount")->text().contains(QStringLiteral("0 of 1 shown")));
}
