// Deleting, leaving, correcting and late reviews must not leave records in a
// state the rules forbid: a deleted person still on the caseload, a mentor
// who left still holding mentees, a risk that never reaches the nurse.
#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CaseloadQuery.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/MentorRecordQuery.h"
#include "services/MentorService.h"
#include "services/PrisonerService.h"
#include "services/SessionService.h"
#include "services/TimelineQuery.h"

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

CheckIn checkIn(
    const TestSession& ts, qint64 episodeId, CheckIn::SelfHarm selfHarm, CheckIn::Suicidal suicidal)
{
    CheckIn c;
    c.episodeId = episodeId;
    c.checkedOn = today(ts);
    c.wellbeingRating = 3;
    c.selfHarm = selfHarm;
    c.suicidal = suicidal;
    return c;
}

int openConcerns(UserSession& s, qint64 episodeId)
{
    return scalar(s,
        QStringLiteral("SELECT count(*) FROM concerns WHERE status = 'open' AND episode_id = %1")
            .arg(episodeId));
}

} // namespace

TEST_CASE("A prisoner with an open episode or a current mentoring role cannot be deleted")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 episode = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Mentee Person"));
    const qint64 mentor = addMentor(s, QStringLiteral("B2222BB"), QStringLiteral("Mentor Person"));
    const qint64 menteePrisoner = MenteeService(s).get(episode)->prisonerId;
    const qint64 mentorPrisoner = MentorService(s).get(mentor)->prisonerId;
    const QString before = fingerprint(s);
    checkRefused(PrisonerService(s).remove(menteePrisoner, QStringLiteral("Mistake")),
        ErrorCode::InvalidInput, QStringLiteral("open mentee episode"));
    checkRefused(PrisonerService(s).remove(mentorPrisoner, QStringLiteral("Mistake")),
        ErrorCode::InvalidInput, QStringLiteral("mentoring role"));
    CHECK(fingerprint(s) == before);
    CHECK(CaseloadQuery(s).run()->size() == 1);
}

TEST_CASE("A mentor who leaves hands their mentees back, and a mentor with mentees is not deleted")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 mentor = addMentor(s, QStringLiteral("C3333CC"), QStringLiteral("Ann Mentor"));
    const qint64 episode = addEpisode(ts, QStringLiteral("D4444DD"), QStringLiteral("Dan Mentee"));
    requireOk(MenteeService(s).allocate(episode, mentor, today(ts)).status());

    checkRefused(MentorService(s).remove(mentor, QStringLiteral("Mistake")), ErrorCode::InvalidInput,
        QStringLiteral("still has mentees"));

    requireOk(
        MentorService(s).changeStatus(mentor, MentorStatus::Left, today(ts), {}, LeavingReason::Released));
    CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentor_allocations WHERE ended_on IS NULL")) == 0);
    CHECK(lastDetailsObject(s, AuditAction::Change, QStringLiteral("mentor"), mentor)
              .value(QStringLiteral("allocations_ended"))
              .toInt()
        == 1);
    const Result<QList<CaseloadQuery::Row>> caseload = CaseloadQuery(s).run();
    REQUIRE(caseload.ok());
    REQUIRE(caseload->size() == 1);
    CHECK(caseload->constFirst().mentorNames.isEmpty());
    requireOk(MentorService(s).remove(mentor, QStringLiteral("Entered twice")));
}

TEST_CASE("Deleting an episode frees its mentor's place")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 mentor
        = addMentor(s, QStringLiteral("E5555EE"), QStringLiteral("Ann Mentor"), MentorStatus::Active, 1);
    const qint64 first = addEpisode(ts, QStringLiteral("F6666FF"), QStringLiteral("First Mentee"));
    const qint64 second = addEpisode(ts, QStringLiteral("G7777GG"), QStringLiteral("Second Mentee"));
    requireOk(MenteeService(s).allocate(first, mentor, today(ts)).status());
    checkRefused(MenteeService(s).allocate(second, mentor, today(ts)).status(), ErrorCode::InvalidInput,
        QStringLiteral("capacity"));
    requireOk(MenteeService(s).remove(first, QStringLiteral("Wrong prisoner")));
    CHECK(lastDetails(s, AuditAction::Delete, QStringLiteral("mentee_episode"), first)
        == QStringLiteral(R"({"allocations_ended":1,"reason":"Wrong prisoner"})"));
    requireOk(MenteeService(s).allocate(second, mentor, today(ts)).status());
}

TEST_CASE("A correction that shows more risk raises a new concern even after the first was reviewed")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const qint64 episode = addEpisode(ts, QStringLiteral("H8888HH"), QStringLiteral("Harry Mentee"));
    Result<CheckInService::Recorded> recorded
        = CheckInService(*ts.session)
              .record(checkIn(ts, episode, CheckIn::SelfHarm::Act, CheckIn::Suicidal::None));
    REQUIRE(recorded.ok());
    REQUIRE(recorded->concernId);

    UserSession& nurse = ts.signInAs(QStringLiteral("nurse"));
    Review review;
    review.episodeId = episode;
    review.concernId = *recorded->concernId;
    review.reviewedOn = today(ts);
    review.outcome = Review::Outcome::Monitor;
    review.riskLevel = MenteeEpisode::RiskLevel::Medium;
    review.nextReviewOn = today(ts).addDays(7);
    requireOk(ConcernService(nurse).review(review).status());
    CHECK(openConcerns(nurse, episode) == 0);

    ts.signInAs(AdminName);
    CheckIn corrected = *CheckInService(*ts.session).get(recorded->checkInId);
    corrected.suicidal = CheckIn::Suicidal::Attempt;
    Result<CheckInService::Recorded> again = CheckInService(*ts.session).update(corrected);
    REQUIRE(again.ok());
    CHECK(again->concernId.has_value());
    CHECK(openConcerns(*ts.session, episode) == 1);

    // A correction that lowers the risk raises nothing new.
    corrected.suicidal = CheckIn::Suicidal::Thoughts;
    Result<CheckInService::Recorded> lower = CheckInService(*ts.session).update(corrected);
    REQUIRE(lower.ok());
    CHECK_FALSE(lower->concernId.has_value());
    CHECK(openConcerns(*ts.session, episode) == 1);
}

TEST_CASE("A concern ticked when a session is corrected reaches the nurse, and only for those present")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 mentor = addMentor(s, QStringLiteral("J9999JJ"), QStringLiteral("Ann Mentor"));
    const qint64 present = addEpisode(ts, QStringLiteral("K1212KK"), QStringLiteral("Present Mentee"));
    const qint64 absent = addEpisode(ts, QStringLiteral("L2323LL"), QStringLiteral("Absent Mentee"));
    MenteeSession group;
    group.heldAt = QDateTime(today(ts).addDays(-1), QTime(14, 0));
    group.durationMinutes = 60;
    group.sessionType = QStringLiteral("Group");
    group.isGroup = true;
    group.mentorIds = { mentor };
    group.attendees = { { present, true, false }, { absent, false, false } };
    Result<SessionService::Recorded> recorded = SessionService(s).record(group);
    REQUIRE(recorded.ok());
    group.id = recorded->sessionId;

    MenteeSession absentConcern = group;
    absentConcern.attendees[1].concernRaised = true;
    checkRefused(
        SessionService(s).update(absentConcern), ErrorCode::InvalidInput, QStringLiteral("who was there"));

    group.attendees[0].concernRaised = true;
    group.concernDescription = QStringLiteral("Said he could not see the point any more.");
    requireOk(SessionService(s).update(group));
    CHECK(openConcerns(s, present) == 1);
    // Saving the same correction again does not raise a second one.
    group.notes = QStringLiteral("Added later.");
    requireOk(SessionService(s).update(group));
    CHECK(openConcerns(s, present) == 1);
    CHECK(openConcerns(s, absent) == 0);
}

TEST_CASE(
    "A concern on a closed episode can still be reviewed, and a late review does not overwrite a newer one")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const qint64 episode = addEpisode(ts, QStringLiteral("M3434MM"), QStringLiteral("Closed Mentee"));
    MenteeService::Closure closure;
    closure.closedOn = today(ts).addDays(-1);
    requireOk(MenteeService(*ts.session).close(episode, closure));
    // The administrator records a late concern on the closed episode.
    Result<qint64> concern = ConcernService(*ts.session)
                                 .raise(episode, QStringLiteral("Heard he is struggling"),
                                     QStringLiteral("Reported after the episode closed"));
    REQUIRE(concern.ok());

    UserSession& nurse = ts.signInAs(QStringLiteral("nurse"));
    Review review;
    review.episodeId = episode;
    review.concernId = *concern;
    review.reviewedOn = today(ts);
    review.outcome = Review::Outcome::ReferredMentalHealth;
    review.riskLevel = MenteeEpisode::RiskLevel::High;
    review.nextReviewOn = today(ts).addDays(3);
    requireOk(ConcernService(nurse).review(review).status());
    CHECK(openConcerns(nurse, episode) == 0);
    const Result<MenteeEpisode> closed = MenteeService(nurse).get(episode);
    REQUIRE(closed.ok());
    CHECK(closed->status == MenteeEpisode::Stage::Closed);
    CHECK_FALSE(closed->riskLevel.has_value()); // the closed episode itself is untouched

    SECTION("a back-dated review leaves the newer risk in place")
    {
        ts.signInAs(AdminName);
        const qint64 open = addEpisode(ts, QStringLiteral("N4545NN"), QStringLiteral("Open Mentee"));
        UserSession& n = ts.signInAs(QStringLiteral("nurse"));
        Review newer;
        newer.episodeId = open;
        newer.reviewedOn = today(ts);
        newer.outcome = Review::Outcome::Monitor;
        newer.riskLevel = MenteeEpisode::RiskLevel::High;
        newer.nextReviewOn = today(ts).addDays(2);
        requireOk(ConcernService(n).review(newer).status());
        Review older = newer;
        older.reviewedOn = today(ts).addDays(-5);
        older.riskLevel = MenteeEpisode::RiskLevel::Low;
        older.nextReviewOn = today(ts).addDays(30);
        requireOk(ConcernService(n).review(older).status());
        const Result<MenteeEpisode> current = MenteeService(n).get(open);
        REQUIRE(current.ok());
        CHECK(current->riskLevel == MenteeEpisode::RiskLevel::High);
        CHECK(current->nextReviewOn == today(ts).addDays(2));
    }
}

TEST_CASE("The timeline orders a day's records by their time, not by their kind")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 mentor = addMentor(s, QStringLiteral("P5656PP"), QStringLiteral("Ann Mentor"));
    const qint64 episode = addEpisode(ts, QStringLiteral("Q6767QQ"), QStringLiteral("Timed Mentee"));
    const QTime raisedAt = ts.clock.now().toLocalTime().time();
    REQUIRE(ConcernService(s).raise(episode, QStringLiteral("Seen crying in his cell")).ok());
    ts.clock.advance(6 * 3600);
    MenteeSession later;
    later.heldAt = QDateTime(today(ts), raisedAt.addSecs(3 * 3600));
    later.durationMinutes = 30;
    later.sessionType = QStringLiteral("1:1");
    later.mentorIds = { mentor };
    later.attendees = { { episode, true, false } };
    REQUIRE(SessionService(s).record(later).ok());

    const Result<QList<TimelineQuery::Entry>> timeline = TimelineQuery(s).forEpisode(episode);
    REQUIRE(timeline.ok());
    QList<TimelineQuery::Entry::Kind> kinds;
    for (const TimelineQuery::Entry& e : *timeline) {
        if (e.date == today(ts))
            kinds.append(e.kind);
    }
    CHECK(kinds
        == QList<TimelineQuery::Entry::Kind> {
            TimelineQuery::Entry::Kind::Concern, TimelineQuery::Entry::Kind::Session });
}

TEST_CASE("Sessions later today are refused, and an episode cannot close before its last recorded work")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 mentor = addMentor(s, QStringLiteral("R7878RR"), QStringLiteral("Ann Mentor"));
    const qint64 episode = addEpisode(ts, QStringLiteral("S8989SS"), QStringLiteral("Closing Mentee"));
    MenteeSession session;
    session.heldAt = ts.clock.now().toLocalTime().addSecs(2 * 3600);
    session.heldAt.setTimeSpec(Qt::LocalTime);
    session.durationMinutes = 30;
    session.sessionType = QStringLiteral("1:1");
    session.mentorIds = { mentor };
    session.attendees = { { episode, true, false } };
    const QString before = fingerprint(s);
    checkRefused(SessionService(s).record(session).status(), ErrorCode::InvalidInput,
        QStringLiteral("cannot be in the future"));
    CHECK(fingerprint(s) == before);
    session.heldAt = QDateTime(today(ts).addDays(-2), QTime(10, 0));
    REQUIRE(SessionService(s).record(session).ok());

    MenteeService::Closure closure;
    closure.closedOn = today(ts).addDays(-3);
    checkRefused(MenteeService(s).close(episode, closure), ErrorCode::InvalidInput,
        QStringLiteral("last session or check-in"));
    closure.closedOn = today(ts).addDays(-2);
    requireOk(MenteeService(s).close(episode, closure));
}
