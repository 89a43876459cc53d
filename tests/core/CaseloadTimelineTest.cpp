#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CaseloadQuery.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/PrisonerService.h"
#include "services/RetentionService.h"
#include "services/SessionService.h"
#include "services/TimelineQuery.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"
#include "transfer/TransferService.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <array>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

// Referred, with consent, 30 days ago; active from 29 days ago.
constexpr EpisodeStart MonthAgo { .referred = 30, .consented = 30, .activated = 29 };

MenteeSession sessionFor(
    qint64 mentorId, const QDateTime& heldAt, const QList<MenteeSession::Attendee>& attendees)
{
    MenteeSession s;
    s.heldAt = heldAt;
    s.durationMinutes = 50;
    s.isGroup = attendees.size() > 1;
    s.sessionType = s.isGroup ? QStringLiteral("Group") : QStringLiteral("1:1");
    s.mentorIds = { mentorId };
    s.attendees = attendees;
    return s;
}

CheckIn checkIn(qint64 episodeId, const QDate& on, CheckIn::SelfHarm selfHarm = CheckIn::SelfHarm::None,
    CheckIn::Suicidal suicidal = CheckIn::Suicidal::None)
{
    CheckIn c;
    c.episodeId = episodeId;
    c.checkedOn = on;
    c.selfHarm = selfHarm;
    c.suicidal = suicidal;
    return c;
}

const CaseloadQuery::Row& rowFor(const QList<CaseloadQuery::Row>& rows, const QString& name)
{
    for (const CaseloadQuery::Row& r : rows) {
        if (r.prisonerName == name)
            return r;
    }
    FAIL("no caseload row for " << name.toStdString());
    return rows.constFirst();
}

int viewEvents(UserSession& session, qint64 episodeId)
{
    QSqlQuery q(session.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'view' AND entity_type = "
                             "'mentee_episode' AND entity_id = ?"));
    q.addBindValue(QString::number(episodeId));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

// The caseload's figures by their definitions, straight from the records:
// what the episode row's kept columns must always equal.
const char* const RecomputedFigures = R"SQL(
SELECT e.id, e.last_contact_at, e.last_check_in_id, e.open_concerns,
       (SELECT a.held_at FROM session_attendance a JOIN mentee_sessions s ON s.id = a.session_id
         WHERE a.episode_id = e.id AND a.attended = 1 AND s.deleted_at IS NULL
         ORDER BY a.held_at DESC LIMIT 1),
       (SELECT c.id FROM check_ins c WHERE c.episode_id = e.id AND c.deleted_at IS NULL
         ORDER BY c.checked_on DESC, c.id DESC LIMIT 1),
       (SELECT count(*) FROM concerns k WHERE k.episode_id = e.id AND k.status = 'open')
  FROM mentee_episodes e ORDER BY e.id
)SQL";

// One line per episode whose kept figures differ from its records; empty
// when every episode is right.
QStringList staleFigures(QSqlDatabase db)
{
    QSqlQuery q(db);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec(QString::fromUtf8(RecomputedFigures)));
    QStringList stale;
    while (q.next()) {
        for (int i = 1; i <= 3; ++i) {
            if (q.value(i) != q.value(i + 3)) {
                stale.append(
                    QStringLiteral("episode %1: %2 kept, %3 from the records")
                        .arg(q.value(0).toString(), q.value(i).toString(), q.value(i + 3).toString()));
            }
        }
    }
    return stale;
}

CaseloadQuery::Row caseloadRow(UserSession& session, qint64 episodeId)
{
    const Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(session).run();
    requireOk(rows.status());
    for (const CaseloadQuery::Row& row : *rows) {
        if (row.episodeId == episodeId)
            return row;
    }
    FAIL("episode " << episodeId << " is not on the caseload");
    return {};
}

Review reviewOf(qint64 episodeId, qint64 concernId, const QDate& on)
{
    Review r;
    r.episodeId = episodeId;
    r.concernId = concernId;
    r.reviewedOn = on;
    r.outcome = Review::Outcome::Monitor;
    r.riskLevel = MenteeEpisode::RiskLevel::Medium;
    r.nextReviewOn = on.addDays(14);
    return r;
}

void execSql(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

} // namespace

TEST_CASE("The caseload lists open episodes with their figures, urgent rows first")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const QDate start = today(ts);
    const qint64 ann = addMentor(
        *ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"), MentorStatus::Active, 5);
    const qint64 bob = addMentor(
        *ts.session, QStringLiteral("M1001AA"), QStringLiteral("Bob Mentor"), MentorStatus::Active, 5);
    // Named so that alphabetical order alone would be wrong.
    const qint64 adams = addEpisode(ts, QStringLiteral("A1000AA"), QStringLiteral("Adams Quiet"), MonthAgo);
    const qint64 baker = addEpisode(ts, QStringLiteral("A2000AA"), QStringLiteral("Baker Overdue"), MonthAgo);
    const qint64 carter = addEpisode(ts, QStringLiteral("A3000AA"), QStringLiteral("Carter Concern"),
        { .referred = 30, .activate = false });
    const qint64 davies
        = addEpisode(ts, QStringLiteral("A4000AA"), QStringLiteral("Davies Closed"), MonthAgo);
    const qint64 evans = addEpisode(ts, QStringLiteral("A5000AA"), QStringLiteral("Evans Deleted"), MonthAgo);
    const qint64 fox = addEpisode(ts, QStringLiteral("A6000AA"), QStringLiteral("Fox Actions"), MonthAgo);

    MenteeService mentees(*ts.session);
    SessionService sessions(*ts.session);
    CheckInService checkIns(*ts.session);
    REQUIRE(mentees.allocate(adams, bob, start.addDays(-20)).ok());
    REQUIRE(mentees.allocate(adams, ann, start.addDays(-20)).ok());
    const qint64 ended = *mentees.allocate(fox, ann, start.addDays(-20));
    REQUIRE(mentees.endAllocation(ended, start.addDays(-10)).ok());
    REQUIRE(mentees.close(davies, { start, MenteeEpisode::ClosureReason::GoalsMet, false, false, {} }).ok());
    REQUIRE(mentees.remove(evans, QStringLiteral("Test entry")).ok());

    // Adams: attended a 1:1 on day -3; missed a group on day -1 that Fox
    // attended. The group left one follow-up to do, due tomorrow, and one done.
    REQUIRE(
        sessions
            .record(sessionFor(ann, QDateTime(start.addDays(-3), QTime(10, 15)), { { adams, true, false } }))
            .ok());
    REQUIRE(
        sessions.record(sessionFor(bob, QDateTime(start.addDays(-2), QTime(9, 0)), { { fox, true, false } }))
            .ok());
    MenteeSession group = sessionFor(
        ann, QDateTime(start.addDays(-1), QTime(15, 0)), { { adams, false, false }, { fox, true, false } });
    group.followUps = { { 0, QStringLiteral("Book the library induction"), start.addDays(1), {} },
        { 0, QStringLiteral("Ask about gym"), start.addDays(1), start } };
    REQUIRE(sessions.record(group).ok());
    // Adams: the latest kept check-in is day -2 with thoughts; a later one was deleted.
    REQUIRE(checkIns.record(checkIn(adams, start.addDays(-5), CheckIn::SelfHarm::None)).ok());
    REQUIRE(checkIns
                .record(checkIn(
                    adams, start.addDays(-2), CheckIn::SelfHarm::Thoughts, CheckIn::Suicidal::Thoughts))
                .ok());
    const qint64 wrong
        = checkIns.record(checkIn(adams, start.addDays(-1), CheckIn::SelfHarm::None))->checkInId;
    REQUIRE(checkIns.remove(wrong, QStringLiteral("Entered for the wrong mentee")).ok());
    // Carter: a self-harm act waits for review. Baker: reviewed, next review in 3 days.
    REQUIRE(checkIns.record(checkIn(carter, start, CheckIn::SelfHarm::Act))->concernId);
    Result<CheckInService::Recorded> bakerRisk
        = checkIns.record(checkIn(baker, start, CheckIn::SelfHarm::None, CheckIn::Suicidal::Plans));
    REQUIRE(bakerRisk->concernId);
    ts.signInAs(QStringLiteral("nurse"));
    Review review;
    review.episodeId = baker;
    review.concernId = bakerRisk->concernId;
    review.reviewedOn = start;
    review.outcome = Review::Outcome::AcctOpened;
    review.riskLevel = MenteeEpisode::RiskLevel::High;
    review.nextReviewOn = start.addDays(3);
    review.acctReference = QStringLiteral("ACCT-88");
    REQUIRE(ConcernService(*ts.session).review(review).ok());

    SECTION("on the day: only the open concern is urgent")
    {
        const QList<CaseloadQuery::Row> rows = *CaseloadQuery(*ts.session).run();
        QStringList names;
        for (const CaseloadQuery::Row& r : rows)
            names.append(r.prisonerName);
        CHECK(names
            == QStringList { QStringLiteral("Carter Concern"), QStringLiteral("Adams Quiet"),
                QStringLiteral("Baker Overdue"), QStringLiteral("Fox Actions") });
        const CaseloadQuery::Row& carterRow = rowFor(rows, QStringLiteral("Carter Concern"));
        CHECK(carterRow.openConcerns == 1);
        CHECK(carterRow.status == MenteeEpisode::Stage::Referred);
        CHECK(carterRow.prisonNumber == QStringLiteral("A3000AA"));
        CHECK(carterRow.lastSelfHarm == CheckIn::SelfHarm::Act);
        CHECK(!carterRow.lastContact.isValid());
        const CaseloadQuery::Row& adamsRow = rowFor(rows, QStringLiteral("Adams Quiet"));
        CHECK(adamsRow.mentorNames
            == QStringList { QStringLiteral("Ann Mentor"), QStringLiteral("Bob Mentor") });
        CHECK(adamsRow.lastContact == QDateTime(start.addDays(-3), QTime(10, 15)));
        CHECK(adamsRow.lastCheckIn == start.addDays(-2));
        CHECK(adamsRow.lastSelfHarm == CheckIn::SelfHarm::Thoughts);
        CHECK(adamsRow.lastSuicidal == CheckIn::Suicidal::Thoughts);
        CHECK(adamsRow.openConcerns == 0);
        CHECK(!adamsRow.acctOpen);
        CHECK(!adamsRow.reviewOverdue);
        CHECK(adamsRow.overdueFollowUps == 0);
        const CaseloadQuery::Row& bakerRow = rowFor(rows, QStringLiteral("Baker Overdue"));
        CHECK(bakerRow.acctOpen);
        CHECK(bakerRow.acctReference == QStringLiteral("ACCT-88"));
        CHECK(bakerRow.riskLevel == MenteeEpisode::RiskLevel::High);
        CHECK(bakerRow.nextReviewOn == start.addDays(3));
        CHECK(bakerRow.openConcerns == 0);
        CHECK(!bakerRow.reviewOverdue);
        const CaseloadQuery::Row& foxRow = rowFor(rows, QStringLiteral("Fox Actions"));
        CHECK(foxRow.mentorNames.isEmpty()); // the allocation ended
        CHECK(foxRow.lastContact == QDateTime(start.addDays(-1), QTime(15, 0)));
        CHECK(foxRow.overdueFollowUps == 0); // not due yet
        CHECK(!foxRow.lastCheckIn.isValid());
        CHECK(!foxRow.lastSelfHarm);
    }
    SECTION("days later: overdue reviews follow open concerns, and overdue actions are flagged")
    {
        ts.clock.advance(5 * 24 * 3600);
        const QList<CaseloadQuery::Row> rows = *CaseloadQuery(*ts.session).run();
        QStringList names;
        for (const CaseloadQuery::Row& r : rows)
            names.append(r.prisonerName);
        CHECK(names
            == QStringList { QStringLiteral("Carter Concern"), QStringLiteral("Baker Overdue"),
                QStringLiteral("Adams Quiet"), QStringLiteral("Fox Actions") });
        CHECK(rowFor(rows, QStringLiteral("Baker Overdue")).reviewOverdue);
        CHECK(rowFor(rows, QStringLiteral("Fox Actions")).overdueFollowUps == 1);
        CHECK(rowFor(rows, QStringLiteral("Adams Quiet")).overdueFollowUps
            == 0); // missed the group: its actions are not his
        CHECK(!rowFor(rows, QStringLiteral("Carter Concern")).reviewOverdue);
    }
}

TEST_CASE("A mentee's timeline is in date order, and viewing it is audited")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const qint64 ann = addMentor(
        *ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"), MentorStatus::Active, 5);
    const QDate day0 = today(ts);
    const auto moveTo = [&](int day) { ts.clock.set(QDateTime(day0.addDays(day), QTime(12, 0)).toUTC()); };

    MenteeEpisode referral;
    referral.prisonerId
        = addPrisoner(*ts.session, QStringLiteral("A1234BC"), QStringLiteral("Timeline Mentee"));
    referral.referredOn = day0;
    referral.referralSource = MenteeEpisode::ReferralSource::Healthcare;
    const qint64 episode = MenteeService(*ts.session).refer(referral)->id;
    moveTo(1);
    REQUIRE(MenteeService(*ts.session).recordConsent(episode, day0.addDays(1)).ok());
    REQUIRE(MenteeService(*ts.session).activate(episode, day0.addDays(1)).ok());
    moveTo(2);
    const qint64 afternoon
        = SessionService(*ts.session)
              .record(sessionFor(ann, QDateTime(day0.addDays(2), QTime(10, 0)), { { episode, true, false } }))
              ->sessionId;
    // Recorded later, held earlier the same day.
    const qint64 morning
        = SessionService(*ts.session)
              .record(sessionFor(ann, QDateTime(day0.addDays(2), QTime(8, 0)), { { episode, true, false } }))
              ->sessionId;
    moveTo(3);
    const CheckInService::Recorded risky
        = *CheckInService(*ts.session).record(checkIn(episode, day0.addDays(3), CheckIn::SelfHarm::Act));
    REQUIRE(risky.concernId);
    moveTo(4);
    ts.signInAs(QStringLiteral("nurse"));
    Review review;
    review.episodeId = episode;
    review.concernId = risky.concernId;
    review.reviewedOn = day0.addDays(4);
    review.outcome = Review::Outcome::Monitor;
    review.riskLevel = MenteeEpisode::RiskLevel::Medium;
    review.nextReviewOn = day0.addDays(11);
    const qint64 reviewId = *ConcernService(*ts.session).review(review);
    moveTo(6);
    // Recorded on day 6 about day 5, so its id is after the closure's day is known.
    const qint64 calm = CheckInService(*ts.session)
                            .record(checkIn(episode, day0.addDays(5), CheckIn::SelfHarm::None))
                            ->checkInId;
    REQUIRE(MenteeService(*ts.session)
                .close(episode, { day0.addDays(6), MenteeEpisode::ClosureReason::GoalsMet, true, false, {} })
                .ok());

    const int viewsBefore = viewEvents(*ts.session, episode);
    const Result<QList<TimelineQuery::Entry>> timeline = TimelineQuery(*ts.session).forEpisode(episode);
    REQUIRE(timeline.ok());
    using Kind = TimelineQuery::Entry::Kind;
    QList<std::tuple<Kind, QDate, qint64>> got;
    for (const TimelineQuery::Entry& e : *timeline)
        got.append({ e.kind, e.date, e.recordId });
    const QList<std::tuple<Kind, QDate, qint64>> expected {
        { Kind::Referred, day0, episode },
        { Kind::ConsentRecorded, day0.addDays(1), episode },
        { Kind::Activated, day0.addDays(1), episode },
        { Kind::Session, day0.addDays(2), morning },
        { Kind::Session, day0.addDays(2), afternoon },
        { Kind::CheckIn, day0.addDays(3), risky.checkInId },
        { Kind::Concern, day0.addDays(3), *risky.concernId },
        { Kind::Review, day0.addDays(4), reviewId },
        { Kind::CheckIn, day0.addDays(5), calm },
        { Kind::Closed, day0.addDays(6), episode },
    };
    CHECK(got == expected);
    CHECK(timeline->at(3).time == QTime(8, 0));
    CHECK(timeline->at(0).summary.contains(QStringLiteral("healthcare")));
    CHECK(timeline->at(6).summary.contains(QStringLiteral("(reviewed)")));
    CHECK(timeline->at(9).summary.contains(QStringLiteral("Goals met")));

    // The view is on the audit trail, by the nurse, naming the episode.
    CHECK(viewEvents(*ts.session, episode) == viewsBefore + 1);
    QSqlQuery q(ts.session->database());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, details FROM audit_events ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("nurse"));
    CHECK(q.value(1).toString()
        == QStringLiteral(R"({"prisoner_id":%1,"record":"timeline"})").arg(referral.prisonerId));

    // Nothing shown, nothing audited, for an episode that is not recorded.
    const int allViews = ts.countEvents(AuditAction::View);
    CHECK(TimelineQuery(*ts.session).forEpisode(9999).status().code() == ErrorCode::InvalidInput);
    CHECK(ts.countEvents(AuditAction::View) == allViews);
}

TEST_CASE("The timeline reads in plain sentences, causes before effects, colour only for what waits")
{
    TestSession ts;
    ts.addStaff();
    UserSession& admin = *ts.session;
    const qint64 ann = addMentor(admin, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    const qint64 adam = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Adam Brook"));
    const qint64 bea = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Bea Cole"));
    const QDate day = today(ts);
    ts.clock.set(QDateTime(day, QTime(9, 0)).toUTC());

    // An art therapy group, and a check-in that raises a concern at noon.
    MenteeSession art
        = sessionFor(ann, QDateTime(day, QTime(8, 0)), { { adam, true, false }, { bea, true, false } });
    art.sessionType = QStringLiteral("Art therapy");
    requireOk(SessionService(admin).record(art).status());
    ts.clock.set(QDateTime(day, QTime(12, 0)).toUTC());
    const CheckInService::Recorded risky = *CheckInService(admin).record(
        checkIn(adam, day, CheckIn::SelfHarm::Act, CheckIn::Suicidal::Thoughts));
    REQUIRE(risky.concernId);
    requireOk(CheckInService(admin).record(checkIn(bea, day)).status());

    const auto timeline = [&](qint64 episode) {
        const Result<QList<TimelineQuery::Entry>> read = TimelineQuery(*ts.session).forEpisode(episode);
        REQUIRE(read.ok());
        QList<TimelineQuery::Entry> today;
        for (const TimelineQuery::Entry& e : *read) {
            if (e.kind != TimelineQuery::Entry::Kind::Referred
                && e.kind != TimelineQuery::Entry::Kind::Activated
                && e.kind != TimelineQuery::Entry::Kind::ConsentRecorded)
                today << e;
        }
        return today;
    };
    QList<TimelineQuery::Entry> waiting = timeline(adam);
    REQUIRE(waiting.size() == 3);
    // A check-in has a day and no time: it opens the day.
    CHECK(waiting.at(0).summary == QStringLiteral("Check-in: self-harmed, suicidal thoughts"));
    CHECK(waiting.at(1).summary == QStringLiteral("Art therapy session (group), 50 minutes"));
    CHECK(waiting.at(2).kind == TimelineQuery::Entry::Kind::Concern);
    CHECK(waiting.at(2).needsAction);
    CHECK_FALSE(waiting.at(0).needsAction);
    const QList<TimelineQuery::Entry> calm = timeline(bea);
    REQUIRE(calm.size() == 2);
    CHECK(calm.at(0).summary == QStringLiteral("Check-in: no self-harm, no suicidal thoughts"));

    // Reviewed the same afternoon: the review follows its concern, which
    // no longer asks for anyone.
    ts.clock.set(QDateTime(day, QTime(15, 0)).toUTC());
    ts.signInAs(Nurse);
    Review review;
    review.episodeId = adam;
    review.concernId = risky.concernId;
    review.reviewedOn = day;
    review.outcome = Review::Outcome::Monitor;
    review.riskLevel = MenteeEpisode::RiskLevel::Medium;
    review.nextReviewOn = day.addDays(7);
    requireOk(ConcernService(*ts.session).review(review).status());
    const QList<TimelineQuery::Entry> reviewed = timeline(adam);
    REQUIRE(reviewed.size() == 4);
    CHECK(reviewed.at(0).kind == TimelineQuery::Entry::Kind::CheckIn);
    CHECK(reviewed.at(2).kind == TimelineQuery::Entry::Kind::Concern);
    CHECK(reviewed.at(3).kind == TimelineQuery::Entry::Kind::Review);
    for (const TimelineQuery::Entry& e : reviewed)
        CHECK_FALSE(e.needsAction);
}

TEST_CASE("An episode's last contact, latest check-in and open concerns follow every change to the records")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const QDate day = today(ts);
    const auto at = [&](int daysAgo, int hour) { return QDateTime(day.addDays(-daysAgo), QTime(hour, 0)); };
    const auto S = [&]() -> UserSession& { return *ts.session; };
    const qint64 mentor = addMentor(S(), QStringLiteral("M1000AA"), QStringLiteral("Max Mentor"));
    const qint64 adams = addEpisode(ts, QStringLiteral("A1000AA"), QStringLiteral("Adams Tracked"));
    const qint64 brown = addEpisode(ts, QStringLiteral("A2000AA"), QStringLiteral("Brown Other"));
    const auto row = [&](qint64 episode) {
        CHECK(staleFigures(S().database()).isEmpty());
        return caseloadRow(S(), episode);
    };
    CHECK(!row(adams).lastContact.isValid());
    CHECK(!row(adams).lastCheckIn.isValid());
    CHECK(row(adams).openConcerns == 0);

    // Sessions: recorded, moved in time, registers edited, deleted.
    const qint64 first
        = SessionService(S()).record(sessionFor(mentor, at(10, 10), { { adams, true, false } }))->sessionId;
    CHECK(row(adams).lastContact == at(10, 10));
    const qint64 group
        = SessionService(S())
              .record(sessionFor(mentor, at(6, 14), { { adams, true, false }, { brown, false, false } }))
              ->sessionId;
    CHECK(row(adams).lastContact == at(6, 14));
    CHECK(!row(brown).lastContact.isValid()); // on the register, absent
    const qint64 latest
        = SessionService(S())
              .record(sessionFor(mentor, at(1, 9), { { adams, true, false }, { brown, true, false } }))
              ->sessionId;
    CHECK(row(adams).lastContact == at(1, 9));
    CHECK(row(brown).lastContact == at(1, 9));

    MenteeSession moved = *SessionService(S()).get(latest);
    moved.heldAt = at(4, 11);
    requireOk(SessionService(S()).update(moved));
    CHECK(row(adams).lastContact == at(4, 11));
    CHECK(row(brown).lastContact == at(4, 11));
    moved.attendees = { { adams, false, false }, { brown, true, false } }; // he did not come after all
    requireOk(SessionService(S()).update(moved));
    CHECK(row(adams).lastContact == at(6, 14));
    CHECK(row(brown).lastContact == at(4, 11));
    moved.attendees = { { adams, true, false }, { brown, true, false } };
    requireOk(SessionService(S()).update(moved));
    CHECK(row(adams).lastContact == at(4, 11));

    // Brown was at the earlier group after all.
    MenteeSession register_ = *SessionService(S()).get(group);
    register_.attendees = { { adams, true, false }, { brown, true, false } };
    requireOk(SessionService(S()).update(register_));
    CHECK(row(brown).lastContact == at(4, 11));

    // Deleting the latest session falls back to the one before.
    requireOk(SessionService(S()).remove(latest, QStringLiteral("Entered twice")));
    CHECK(row(adams).lastContact == at(6, 14));
    CHECK(row(brown).lastContact == at(6, 14));
    requireOk(SessionService(S()).remove(group, QStringLiteral("Entered for the wrong day")));
    CHECK(row(adams).lastContact == at(10, 10));
    CHECK(!row(brown).lastContact.isValid());

    MenteeSession earlier = *SessionService(S()).get(first);
    earlier.heldAt = at(12, 16);
    requireOk(SessionService(S()).update(earlier));
    CHECK(row(adams).lastContact == at(12, 16));

    // Check-ins: the newest by date, then the later recorded on the same day.
    const qint64 older = CheckInService(S()).record(checkIn(adams, day.addDays(-8)))->checkInId;
    CHECK(row(adams).lastCheckIn == day.addDays(-8));
    const qint64 thoughts
        = CheckInService(S()).record(checkIn(adams, day.addDays(-3), CheckIn::SelfHarm::Thoughts))->checkInId;
    CHECK(row(adams).lastCheckIn == day.addDays(-3));
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::Thoughts);
    const qint64 sameDay = CheckInService(S()).record(checkIn(adams, day.addDays(-3)))->checkInId;
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::None);
    requireOk(CheckInService(S()).remove(sameDay, QStringLiteral("Recorded twice")));
    CHECK(row(adams).lastCheckIn == day.addDays(-3));
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::Thoughts);
    CheckIn redated = *CheckInService(S()).get(thoughts);
    redated.checkedOn = day.addDays(-9);
    requireOk(CheckInService(S()).update(redated).status());
    CHECK(row(adams).lastCheckIn == day.addDays(-8));
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::None);
    requireOk(CheckInService(S()).remove(older, QStringLiteral("Wrong mentee")));
    CHECK(row(adams).lastCheckIn == day.addDays(-9));
    CHECK(!row(brown).lastCheckIn.isValid());

    // Concerns: raised by a check-in, by a session and by staff; reviewed.
    const Result<CheckInService::Recorded> act
        = CheckInService(S()).record(checkIn(adams, day, CheckIn::SelfHarm::Act));
    REQUIRE(act->concernId);
    CHECK(row(adams).openConcerns == 1);
    CHECK(row(adams).lastSelfHarm == CheckIn::SelfHarm::Act);
    const Result<SessionService::Recorded> worrying
        = SessionService(S()).record(sessionFor(mentor, at(0, 8), { { adams, true, true } }));
    REQUIRE(worrying->concernIds.size() == 1);
    CHECK(row(adams).openConcerns == 2);
    CHECK(row(adams).lastContact == at(0, 8));
    const qint64 staffConcern = *ConcernService(S()).raise(brown, QStringLiteral("Withdrawn at work"));
    CHECK(row(brown).openConcerns == 1);
    CHECK(row(adams).openConcerns == 2);
    ts.signInAs(QStringLiteral("nurse"));
    requireOk(ConcernService(S()).review(reviewOf(adams, *act->concernId, day)).status());
    CHECK(row(adams).openConcerns == 1);
    requireOk(ConcernService(S()).review(reviewOf(adams, worrying->concernIds.constFirst(), day)).status());
    CHECK(row(adams).openConcerns == 0);
    requireOk(ConcernService(S()).review(reviewOf(brown, staffConcern, day)).status());
    CHECK(row(brown).openConcerns == 0);
    ts.signInAs(AdminName);

    SECTION("written by hand, outside the services, the figures still follow")
    {
        QSqlDatabase db = S().database();
        REQUIRE(db.transaction());
        // A register row and a check-in moved to the other mentee, a concern reopened.
        execSql(db,
            QStringLiteral("UPDATE session_attendance SET episode_id = %1 WHERE session_id = %2")
                .arg(brown)
                .arg(first));
        execSql(db,
            QStringLiteral("UPDATE check_ins SET episode_id = %1 WHERE id = %2").arg(brown).arg(thoughts));
        execSql(db, QStringLiteral("UPDATE concerns SET status = 'open' WHERE id = %1").arg(staffConcern));
        CHECK(staleFigures(db).isEmpty());
        execSql(db,
            QStringLiteral("UPDATE mentee_sessions SET held_at = '2020-01-01T10:00' WHERE id = %1")
                .arg(first));
        execSql(db,
            QStringLiteral(
                "UPDATE mentee_sessions SET deleted_at = NULL, deleted_reason = NULL WHERE id = %1")
                .arg(latest));
        execSql(db, QStringLiteral("DELETE FROM reviews WHERE concern_id = %1").arg(staffConcern));
        execSql(db, QStringLiteral("DELETE FROM concerns WHERE id = %1").arg(staffConcern));
        CHECK(staleFigures(db).isEmpty());
        REQUIRE(db.commit());
        // The register moved with its session; the undeleted session is Brown's latest again.
        CHECK(scalar(S(),
                  QStringLiteral("SELECT count(*) FROM session_attendance WHERE session_id = %1 AND "
                                 "held_at = '2020-01-01T10:00'")
                      .arg(first))
            == 1);
        CHECK(caseloadRow(S(), brown).lastContact == at(4, 11));
        CHECK(caseloadRow(S(), brown).lastCheckIn == day.addDays(-9));
        CHECK(caseloadRow(S(), brown).openConcerns == 0);
        CHECK(caseloadRow(S(), adams).lastContact == at(0, 8));
    }
    SECTION("a transfer brings the figures with the records")
    {
        const CaseloadQuery::Row sent = caseloadRow(S(), adams);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("adams.wmtransfer"));
        requireOk(S().changeSetting(Setting::EstablishmentName, QStringLiteral("HMP Sender")));
        // A package is made only for a prisoner recorded as transferred.
        Result<Prisoner> moving = PrisonerService(S()).findByPrisonNumber(QStringLiteral("A1000AA"));
        requireOk(moving.status());
        moving->status = Prisoner::CustodyStatus::Transferred;
        moving->statusDate = day;
        requireOk(PrisonerService(S()).update(*moving));
        const Result<TransferService::Exported> exported = TransferService(S()).exportPackage(
            QStringLiteral("A1000AA"), QStringLiteral("HMP Receiver"), path);
        requireOk(exported.status());
        TestSession receiver;
        const Result<TransferService::Preview> imported
            = TransferService(*receiver.session).importPackage(path, exported->code);
        requireOk(imported.status());
        CHECK(staleFigures(receiver.session->database()).isEmpty());
        const Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(*receiver.session).run();
        requireOk(rows.status());
        REQUIRE(rows->size() == 1);
        const CaseloadQuery::Row& arrived = rows->constFirst();
        CHECK(arrived.prisonerName == QStringLiteral("Adams Tracked"));
        CHECK(arrived.lastContact == sent.lastContact);
        CHECK(arrived.lastCheckIn == sent.lastCheckIn);
        CHECK(arrived.lastSelfHarm == sent.lastSelfHarm);
        CHECK(arrived.openConcerns == sent.openConcerns);
    }
    SECTION("the retention purge leaves the figures right")
    {
        requireOk(MenteeService(S()).close(
            brown, { day, MenteeEpisode::ClosureReason::Released, false, false, {} }));
        requireOk(S().changeSetting(Setting::RetentionYears, 2));
        const CaseloadQuery::Row before = caseloadRow(S(), adams);
        ts.clock.advance(3LL * 366 * 24 * 3600);
        ts.signInAs(AdminName);
        const Result<RetentionService::Plan> purged = RetentionService(S()).purge();
        requireOk(purged.status());
        CHECK(purged->counts.episodes == 1); // Brown's
        CHECK(purged->counts.sessions >= 2); // those deleted long ago
        CHECK(staleFigures(S().database()).isEmpty());
        const CaseloadQuery::Row after = caseloadRow(S(), adams);
        CHECK(after.lastContact == before.lastContact);
        CHECK(after.lastCheckIn == before.lastCheckIn);
        CHECK(after.openConcerns == before.openConcerns);
    }
}

TEST_CASE("The caseload orders names as SQLite's NOCASE does, then by episode")
{
    TestSession ts;
    // Case, accents and a shared name: only A-Z fold, bytes decide the rest.
    const QStringList names { QStringLiteral("zoe Able"), QStringLiteral("Zoe able"),
        QStringLiteral("Zoë Able"), QStringLiteral("Émile Brun"), QStringLiteral("emile Brun"),
        QStringLiteral("Emile brun"), QStringLiteral("_Under Score"), QStringLiteral("Same Name"),
        QStringLiteral("Same Name"), QStringLiteral("same name"), QStringLiteral("Ångström Ann"),
        QStringLiteral("Adam Zed") };
    int number = 1000;
    for (const QString& name : names)
        addEpisode(ts, QStringLiteral("B%1AA").arg(++number), name);
    QSqlQuery q(ts.session->database());
    REQUIRE(
        q.exec(QStringLiteral("SELECT e.id FROM mentee_episodes e JOIN prisoners p ON p.id = e.prisoner_id "
                              "WHERE e.status IN ('referred', 'active') AND e.deleted_at IS NULL "
                              "ORDER BY p.full_name COLLATE NOCASE, e.id")));
    QList<qint64> bySqlite;
    while (q.next())
        bySqlite.append(q.value(0).toLongLong());
    const Result<QList<CaseloadQuery::Row>> rows = CaseloadQuery(*ts.session).run();
    requireOk(rows.status());
    QList<qint64> shown;
    for (const CaseloadQuery::Row& row : *rows)
        shown.append(row.episodeId);
    REQUIRE(bySqlite.size() == names.size());
    CHECK(shown == bySqlite);
}

TEST_CASE("A stored date read from its fixed positions is the date Qt's ISO parser reads")
{
    for (const char* text : { "2025-03-01", "2024-02-29", "2023-02-29", "2025-13-01", "2025-00-10",
             "2025-04-31", "0000-01-01", "0001-01-01", "9999-12-31", "2025-3-01", "2025/03/01", "2025-03-01x",
             "2025-03-0a", "20250301", "", " 2025-03-01", "2025-03-01T10:00" }) {
        const QString stored = QString::fromLatin1(text);
        INFO(text);
        CHECK(StoredValue::toDate(stored) == QDate::fromString(stored, Qt::ISODate));
    }
    // Digits from other scripts are not ASCII digits: the general parser decides.
    const QString arabic = QString::fromUtf8("\u0662\u0660\u0662\u0665-03-01");
    CHECK(StoredValue::toDate(arabic) == QDate::fromString(arabic, Qt::ISODate));
    CHECK(!StoredValue::toDate(QVariant()).isValid());
}

TEST_CASE("A vault at schema version 5 gets its episodes' figures from its records when updated to version 6")
{
    QTemporaryDir dir;
    const QString connection = QStringLiteral("caseload-figures-migration");
    {
        auto* driver = new SqlCipherDriver;
        std::array<unsigned char, 32> key {};
        for (size_t i = 0; i < key.size(); ++i)
            key[i] = static_cast<unsigned char>(0x5a ^ i);
        driver->setRawKey(key);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connection);
        db.setDatabaseName(dir.filePath(QStringLiteral("wingmate.db")));
        REQUIRE(db.open());
        execSql(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        const QStringList files = SchemaMigrator::migrationFiles();
        REQUIRE(files.size() >= 6);
        requireOk(SchemaMigrator(db, files.mid(0, 5)).migrate());
        REQUIRE(*SchemaMigrator(db).currentVersion() == 5);

        // Three mentees recorded before the update.
        const QString stamp = QStringLiteral("'2025-03-01T09:00:00.000Z'");
        REQUIRE(db.transaction());
        for (int p = 1; p <= 3; ++p) {
            execSql(db,
                QStringLiteral("INSERT INTO prisoners (id, prison_number, full_name, search_key, created_at, "
                               "updated_at) VALUES (%1, '%2', 'Mentee %1', 'mentee %1', %3, %3)")
                    .arg(p)
                    .arg(QStringLiteral("A%1BC").arg(1000 + p), stamp));
            execSql(db,
                QStringLiteral("INSERT INTO mentee_episodes (id, prisoner_id, status, referred_on, "
                               "referral_source, created_at, updated_at) VALUES (%1, %1, '%2', '2025-01-01', "
                               "'self', %3, %3)")
                    .arg(p)
                    .arg(p == 3 ? QStringLiteral("closed") : QStringLiteral("active"))
                    .arg(stamp));
        }
        // Sessions 1-4: the latest attended one (2) was deleted; 4 was missed.
        for (const auto& [id, heldAt, deleted] : std::array<std::array<QString, 3>, 4> { {
                 { QStringLiteral("1"), QStringLiteral("2025-03-01T10:00"), QStringLiteral("NULL") },
                 { QStringLiteral("2"), QStringLiteral("2025-03-05T14:00"), stamp },
                 { QStringLiteral("3"), QStringLiteral("2025-03-04T09:00"), QStringLiteral("NULL") },
                 { QStringLiteral("4"), QStringLiteral("2025-03-06T09:00"), QStringLiteral("NULL") },
             } }) {
            execSql(db,
                QStringLiteral(
                    "INSERT INTO mentee_sessions (id, held_at, duration_minutes, session_type, "
                    "recorded_by, created_at, updated_at, deleted_at) VALUES (%1, '%2', 45, '1:1', "
                    "'admin', %3, %3, %4)")
                    .arg(id, heldAt, stamp, deleted));
        }
        for (const QString& row :
            { QStringLiteral("1, 1, 1, '2025-03-01T10:00'"), QStringLiteral("2, 1, 1, '2025-03-05T14:00'"),
                QStringLiteral("3, 1, 1, '2025-03-04T09:00'"), QStringLiteral("3, 2, 0, '2025-03-04T09:00'"),
                QStringLiteral("4, 1, 0, '2025-03-06T09:00'") }) {
            execSql(db,
                QStringLiteral(
                    "INSERT INTO session_attendance (session_id, episode_id, attended, held_at) VALUES (%1)")
                    .arg(row));
        }
        // Check-ins 1-5: two on the same day (the later id wins), the newest deleted.
        for (const QString& row : { QStringLiteral("1, 1, '2025-03-02', NULL"),
                 QStringLiteral("2, 1, '2025-03-03', NULL"), QStringLiteral("3, 1, '2025-03-03', NULL"),
                 QStringLiteral("4, 1, '2025-03-07', %1").arg(stamp),
                 QStringLiteral("5, 3, '2025-02-01', NULL") }) {
            execSql(db,
                QStringLiteral("INSERT INTO check_ins (id, episode_id, checked_on, deleted_at, recorded_by, "
                               "created_at, updated_at) VALUES (%1, 'admin', %2, %2)")
                    .arg(row, stamp));
        }
        for (const QString& row :
            { QStringLiteral("1, 'open'"), QStringLiteral("1, 'open'"), QStringLiteral("1, 'reviewed'"),
                QStringLiteral("2, 'reviewed'"), QStringLiteral("3, 'open'") }) {
            execSql(db,
                QStringLiteral("INSERT INTO concerns (episode_id, status, raised_at, source, raised_by, "
                               "created_at, updated_at) VALUES (%1, %2, 'staff', 'admin', %2, %2)")
                    .arg(row, stamp));
        }
        REQUIRE(db.commit());

        requireOk(SchemaMigrator(db).migrate());
        CHECK(*SchemaMigrator(db).currentVersion() == SchemaMigrator::latestVersion());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, last_contact_at, last_check_in_id, open_concerns FROM mentee_episodes ORDER BY id")));
        QStringList figures;
        while (q.next()) {
            figures.append(QStringLiteral("%1 %2 %3 %4")
                               .arg(q.value(0).toString(),
                                   q.value(1).isNull() ? QStringLiteral("-") : q.value(1).toString(),
                                   q.value(2).isNull() ? QStringLiteral("-") : q.value(2).toString(),
                                   q.value(3).toString()));
        }
        q.finish();
        CHECK(figures
            == QStringList { QStringLiteral("1 2025-03-04T09:00 3 2"), QStringLiteral("2 - - 0"),
                QStringLiteral("3 - 5 1") });
        CHECK(staleFigures(db).isEmpty());

        // From now on the triggers keep them.
        execSql(db, QStringLiteral("UPDATE mentee_sessions SET deleted_at = %1 WHERE id = 3").arg(stamp));
        execSql(db, QStringLiteral("UPDATE check_ins SET deleted_at = %1 WHERE id = 3").arg(stamp));
        execSql(db, QStringLiteral("UPDATE concerns SET status = 'reviewed' WHERE episode_id = 3"));
        CHECK(staleFigures(db).isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Run by hand: test_caseload_timeline "[.benchmark]". The decade workload's
// size (2,500 mentees, 250,000 sessions, 150,000 check-ins) written straight
// in SQL, then the caseload timed; the real benchmark lives elsewhere.
TEST_CASE("Caseload on a decade of data", "[.benchmark]")
{
    TestSession ts;
    QSqlDatabase db = ts.session->database();
    REQUIRE(db.transaction());
    QSqlQuery q(db);
    const QString stamp = QStringLiteral("2025-01-01T00:00:00.000Z");
    const auto exec = [&](const QString& sql, const QVariantList& values) {
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        return q.lastInsertId().toLongLong();
    };
    QList<qint64> mentors;
    for (int m = 0; m < 60; ++m) {
        const qint64 p = exec(QStringLiteral("INSERT INTO prisoners (prison_number, full_name, search_key, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
            { QStringLiteral("M%1AA").arg(m, 4, 10, QLatin1Char('0')), QStringLiteral("Mentor %1").arg(m),
                QStringLiteral("mentor %1").arg(m), stamp, stamp });
        mentors.append(
            exec(QStringLiteral("INSERT INTO mentors (prisoner_id, status, applied_on, capacity, created_at, "
                                "updated_at) VALUES (?, 'active', '2016-01-01', 5, ?, ?)"),
                { p, stamp, stamp }));
    }
    const QDate first(2016, 1, 1);
    qint64 sessionCount = 0;
    for (int i = 0; i < 2500; ++i) {
        const qint64 p = exec(QStringLiteral("INSERT INTO prisoners (prison_number, full_name, search_key, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
            { QStringLiteral("A%1BC").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Mentee %1").arg(i),
                QStringLiteral("mentee %1").arg(i), stamp, stamp });
        const QDate referred = first.addDays(i * 3650 / 2500);
        const bool open = i >= 2250; // about 250 on the caseload
        const qint64 e = exec(
            QStringLiteral("INSERT INTO mentee_episodes (prisoner_id, status, referred_on, referral_source, "
                           "consent_on, activated_on, closed_on, closure_reason, next_review_on, created_at, "
                           "updated_at) VALUES (?, ?, ?, 'self', ?, ?, ?, ?, ?, ?, ?)"),
            { p, open ? QStringLiteral("active") : QStringLiteral("closed"), referred.toString(Qt::ISODate),
                referred.toString(Qt::ISODate), referred.toString(Qt::ISODate),
                open ? QVariant() : QVariant(referred.addDays(100).toString(Qt::ISODate)),
                open ? QVariant() : QVariant(QStringLiteral("goals_met")),
                referred.addDays(30).toString(Qt::ISODate), stamp, stamp });
        exec(QStringLiteral("INSERT INTO mentor_allocations (episode_id, mentor_id, allocated_on, ended_on, "
                            "created_at) VALUES (?, ?, ?, ?, ?)"),
            { e, mentors.at(i % 60), referred.toString(Qt::ISODate),
                open ? QVariant() : QVariant(referred.addDays(100).toString(Qt::ISODate)), stamp });
        for (int s = 0; s < 100; ++s, ++sessionCount) {
            const qint64 sid = exec(
                QStringLiteral("INSERT INTO mentee_sessions (held_at, duration_minutes, session_type, "
                               "recorded_by, created_at, updated_at) VALUES (?, 45, '1:1', 'admin', ?, ?)"),
                { referred.addDays(s).toString(Qt::ISODate) + QStringLiteral("T10:00"), stamp, stamp });
            exec(QStringLiteral("INSERT INTO session_attendance (session_id, episode_id, attended, held_at) "
                                "VALUES (?, ?, 1, ?)"),
                { sid, e, referred.addDays(s).toString(Qt::ISODate) + QStringLiteral("T10:00") });
            exec(QStringLiteral("INSERT INTO session_mentors (session_id, mentor_id) VALUES (?, ?)"),
                { sid, mentors.at(i % 60) });
            if (s % 10 == 0) {
                exec(QStringLiteral("INSERT INTO follow_up_actions (session_id, description, due_on, "
                                    "done_on, created_at, updated_at) VALUES (?, 'x', ?, ?, ?, ?)"),
                    { sid, referred.addDays(s + 7).toString(Qt::ISODate),
                        (open && s == 90) ? QVariant()
                                          : QVariant(referred.addDays(s + 3).toString(Qt::ISODate)),
                        stamp, stamp });
            }
        }
        for (int c = 0; c < 60; ++c) {
            const qint64 cid
                = exec(QStringLiteral("INSERT INTO check_ins (episode_id, checked_on, recorded_by, "
                                      "self_harm, created_at, updated_at) VALUES (?, ?, 'admin', ?, ?, ?)"),
                    { e, referred.addDays(c).toString(Qt::ISODate),
                        c % 20 == 0 ? QStringLiteral("act") : QStringLiteral("none"), stamp, stamp });
            if (c % 20 == 0) {
                exec(QStringLiteral(
                         "INSERT INTO concerns (episode_id, raised_at, source, check_in_id, status, "
                         "raised_by, created_at, updated_at) VALUES (?, ?, 'check_in', ?, ?, 'admin', ?, ?)"),
                    { e, stamp, cid, (open && c == 40) ? QStringLiteral("open") : QStringLiteral("reviewed"),
                        stamp, stamp });
            }
        }
    }
    REQUIRE(db.commit());
    REQUIRE(q.exec(QStringLiteral("ANALYZE")));
    QStringList plan;
    for (const CaseloadQuery::Statement& statement : CaseloadQuery::statements()) {
        q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql);
        for (int i = 0; i < statement.todayParameters; ++i)
            q.addBindValue(QStringLiteral("2026-01-01"));
        REQUIRE(q.exec());
        while (q.next())
            plan.append(statement.name + QStringLiteral(": ") + q.value(3).toString());
    }
    WARN(plan.join(QLatin1Char('\n')).toStdString());
    CaseloadQuery caseload(*ts.session);
    REQUIRE(caseload.run().ok()); // warm the cache
    QElapsedTimer timer;
    timer.start();
    const int runs = 20;
    int rows = 0;
    for (int i = 0; i < runs; ++i)
        rows = caseload.run()->size();
    WARN("caseload: " << rows << " rows of " << sessionCount << " sessions, "
                      << double(timer.nsecsElapsed()) / runs / 1e6 << " ms a run");
    CHECK(rows == 250);
}
