#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CheckInService.h"
#include "services/ConcernListQuery.h"
#include "services/ConcernService.h"
#include "services/SessionListQuery.h"
#include "services/SessionService.h"

#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

qint64 recordSession(TestSession& ts, const QDateTime& heldAt, const QString& type,
    const QList<qint64>& mentors, const QList<MenteeSession::Attendee>& attendees)
{
    MenteeSession s;
    s.heldAt = heldAt;
    s.durationMinutes = 60;
    s.sessionType = type;
    s.isGroup = attendees.size() > 1;
    s.location = QStringLiteral("Association room");
    s.mentorIds = mentors;
    s.attendees = attendees;
    Result<SessionService::Recorded> recorded = SessionService(*ts.session).record(s);
    requireOk(recorded.status());
    return recorded->sessionId;
}

} // namespace

TEST_CASE("The Sessions list shows a date range newest first with mentors and register")
{
    TestSession ts;
    const qint64 ann = addMentor(*ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    const qint64 bob = addMentor(*ts.session, QStringLiteral("M1001AA"), QStringLiteral("Bob Mentor"));
    const qint64 zed = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Zed Mentee"),
        { .referred = 60, .consented = 59, .activated = 58 });
    const qint64 amy = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Amy Mentee"),
        { .referred = 60, .consented = 59, .activated = 58 });
    const qint64 cal = addEpisode(ts, QStringLiteral("A3333AA"), QStringLiteral("Cal Mentee"),
        { .referred = 60, .consented = 59, .activated = 58 });
    const QDate day = today(ts);

    const qint64 oneToOne = recordSession(ts, QDateTime(day.addDays(-1), QTime(10, 0)), QStringLiteral("1:1"),
        { ann }, { { zed, true, false } });
    const qint64 group = recordSession(ts, QDateTime(day.addDays(-3), QTime(14, 0)), QStringLiteral("Group"),
        { bob, ann }, { { zed, true, false }, { amy, true, false }, { cal, false, false } });
    const qint64 old = recordSession(ts, QDateTime(day.addDays(-40), QTime(9, 30)), QStringLiteral("1:1"),
        { bob }, { { amy, true, false } });
    const qint64 removed = recordSession(ts, QDateTime(day.addDays(-2), QTime(11, 0)), QStringLiteral("1:1"),
        { bob }, { { cal, true, false } });
    requireOk(SessionService(*ts.session).remove(removed, QStringLiteral("entered twice")));

    SessionListQuery query(*ts.session);
    Result<QList<SessionListQuery::Row>> week = query.run(day.addDays(-7), day);
    requireOk(week.status());
    REQUIRE(week->size() == 2);
    CHECK_FALSE(query.truncated());
    const SessionListQuery::Row& first = week->at(0);
    CHECK(first.sessionId == oneToOne);
    CHECK(first.heldAt == QDateTime(day.addDays(-1), QTime(10, 0)));
    CHECK(first.mentorNames == QStringList { QStringLiteral("Ann Mentor") });
    CHECK(first.attendedNames() == QStringList { QStringLiteral("Zed Mentee") });
    CHECK_FALSE(first.group);

    const SessionListQuery::Row& second = week->at(1);
    CHECK(second.sessionId == group);
    CHECK(second.group);
    CHECK(second.sessionType == QStringLiteral("Group"));
    CHECK(second.durationMinutes == 60);
    CHECK(second.mentorNames == (QStringList { QStringLiteral("Ann Mentor"), QStringLiteral("Bob Mentor") }));
    REQUIRE(second.attendees.size() == 3);
    CHECK(second.attendees.at(0).name == QStringLiteral("Amy Mentee"));
    CHECK(second.attendees.at(1).name == QStringLiteral("Cal Mentee"));
    CHECK_FALSE(second.attendees.at(1).attended);
    CHECK(second.attendedCount() == 2);
    CHECK(second.attendedNames()
        == (QStringList { QStringLiteral("Amy Mentee"), QStringLiteral("Zed Mentee") }));
    CHECK(second.recordedBy == AdminName);

    // Both ends are whole days.
    Result<QList<SessionListQuery::Row>> oneDay = query.run(day.addDays(-40), day.addDays(-40));
    REQUIRE(oneDay->size() == 1);
    CHECK(oneDay->constFirst().sessionId == old);
    CHECK(query.run(day.addDays(-39), day.addDays(-4))->isEmpty());

    // A range the wrong way round is refused in words.
    checkRefused(
        query.run(day, day.addDays(-1)).status(), ErrorCode::InvalidInput, QStringLiteral("last day"));
    checkRefused(query.run(QDate(), day).status(), ErrorCode::InvalidInput, QStringLiteral("last day"));

    // Every role may read it; a locked vault may not be read at all.
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    ts.signInAs(QStringLiteral("worker"));
    CHECK(SessionListQuery(*ts.session).run(day.addDays(-7), day)->size() == 2);
    ts.session->lock();
    CHECK_FALSE(SessionListQuery(*ts.session).run(day.addDays(-7), day).ok());
}

TEST_CASE("The Concerns list puts waiting concerns first and shows who reviewed the rest")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const qint64 zed = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Zed Mentee"));
    const qint64 amy = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Amy Mentee"));
    const qint64 cal = addEpisode(ts, QStringLiteral("A3333AA"), QStringLiteral("Cal Mentee"));

    CheckIn risky;
    risky.episodeId = zed;
    risky.checkedOn = today(ts);
    risky.wellbeingRating = 2;
    risky.selfHarm = CheckIn::SelfHarm::Act;
    Result<CheckInService::Recorded> checkIn = CheckInService(*ts.session).record(risky);
    requireOk(checkIn.status());
    ts.clock.advance(60);
    Result<qint64> staff = ConcernService(*ts.session).raise(amy, QStringLiteral("Gave away his radio"));
    requireOk(staff.status());
    ts.clock.advance(60);
    Result<qint64> later = ConcernService(*ts.session).raise(cal, QStringLiteral("Not eating"));
    requireOk(later.status());

    ts.signInAs(QStringLiteral("nurse"));
    Review review;
    review.episodeId = amy;
    review.concernId = *staff;
    review.reviewedOn = today(ts);
    review.outcome = Review::Outcome::Monitor;
    review.riskLevel = MenteeEpisode::RiskLevel::Medium;
    review.nextReviewOn = today(ts).addDays(7);
    requireOk(ConcernService(*ts.session).review(review).status());

    ConcernListQuery query(*ts.session);
    Result<QList<ConcernListQuery::Row>> open = query.run({});
    requireOk(open.status());
    REQUIRE(open->size() == 2);
    // Longest waiting first.
    CHECK(open->at(0).concernId == *checkIn->concernId);
    CHECK(open->at(0).source == Concern::Source::CheckIn);
    CHECK(open->at(0).prisonerName == QStringLiteral("Zed Mentee"));
    CHECK(open->at(1).concernId == *later);
    CHECK(open->at(1).description == QStringLiteral("Not eating"));
    CHECK(open->at(1).raisedBy == AdminName);
    CHECK_FALSE(open->at(1).reviewedOn.isValid());

    Result<QList<ConcernListQuery::Row>> month = query.run({ false, today(ts).addDays(-30) });
    requireOk(month.status());
    REQUIRE(month->size() == 3);
    const ConcernListQuery::Row& reviewed = month->at(2);
    CHECK(reviewed.concernId == *staff);
    CHECK(reviewed.status == Concern::ReviewState::Reviewed);
    CHECK(reviewed.reviewer == QStringLiteral("nurse"));
    CHECK(reviewed.reviewedOn == today(ts));
    CHECK(reviewed.outcome == Review::Outcome::Monitor);
    CHECK(reviewed.riskLevel == MenteeEpisode::RiskLevel::Medium);

    // Reviewed concerns raised before the day asked for are left out.
    CHECK(query.run({ false, today(ts).addDays(1) })->size() == 2);
    checkRefused(
        query.run({ false, QDate() }).status(), ErrorCode::InvalidInput, QStringLiteral("which day"));
}
