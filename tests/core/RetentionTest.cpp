#include "RecordsFixture.h"
#include "TestVault.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/RetentionService.h"
#include "services/SessionService.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

// A wing whose records end at different times: Dan's episode closed, Len
// left mentoring, Fred never had a role; Olly's episode and Max's
// mentoring go on. Olly shares a group session with Dan, and one of Olly's
// check-ins was deleted.
struct Wing {
    TestSession ts;
    qint64 max = 0;
    qint64 dan = 0;
    qint64 olly = 0;
    qint64 groupSession = 0;

    Wing()
    {
        UserSession& s = *ts.session;
        max = addMentor(s, QStringLiteral("M1000AA"), QStringLiteral("Max Mentor"));
        dan = addEpisode(ts, QStringLiteral("A1234BC"), QStringLiteral("Dan Mover"));
        olly = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Olly Other"));
        mentorAt(
            s, addPrisoner(s, QStringLiteral("L1000AA"), QStringLiteral("Len Left")), MentorStatus::Left);
        addPrisoner(s, QStringLiteral("F1000AA"), QStringLiteral("Fred Nobody"));

        MenteeSession one;
        one.heldAt = QDateTime(today(ts).addDays(-3), QTime(10, 0));
        one.durationMinutes = 30;
        one.sessionType = QStringLiteral("1:1");
        one.mentorIds = { max };
        one.attendees = { { dan, true, false } };
        one.followUps = { { 0, QStringLiteral("Ask about education"), today(ts).addDays(-1), {} } };
        requireOk(SessionService(s).record(one).status());
        MenteeSession group = one;
        group.heldAt = QDateTime(today(ts).addDays(-2), QTime(15, 0));
        group.sessionType = QStringLiteral("Group");
        group.isGroup = true;
        group.followUps.clear();
        group.attendees = { { dan, true, false }, { olly, true, false } };
        const Result<SessionService::Recorded> recorded = SessionService(s).record(group);
        requireOk(recorded.status());
        groupSession = scalar(s, QStringLiteral("SELECT max(id) FROM mentee_sessions"));

        CheckIn checkIn;
        checkIn.episodeId = dan;
        checkIn.checkedOn = today(ts).addDays(-1);
        checkIn.wellbeingRating = 6;
        requireOk(CheckInService(s).record(checkIn).status());
        checkIn.episodeId = olly;
        const Result<CheckInService::Recorded> mistaken = CheckInService(s).record(checkIn);
        requireOk(mistaken.status());
        requireOk(CheckInService(s).remove(
            mistaken->checkInId, QStringLiteral("Recorded against the wrong person")));
        const Result<qint64> concern = ConcernService(s).raise(dan, QStringLiteral("Worried about the move"));
        requireOk(concern.status());
        ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
        ts.signInAs(QStringLiteral("nurse"));
        Review review;
        review.episodeId = dan;
        review.concernId = *concern;
        review.reviewedOn = today(ts);
        review.outcome = Review::Outcome::NoFurtherAction;
        review.riskLevel = MenteeEpisode::RiskLevel::Low;
        requireOk(ConcernService(*ts.session).review(review).status());
        ts.signInAs(AdminName);

        requireOk(
            MenteeService(*ts.session)
                .close(dan, { today(ts), MenteeEpisode::ClosureReason::Transferred, false, false, {} }));
        requireOk(ts.session->changeSetting(Setting::RetentionYears, 2));
    }
};

} // namespace

TEST_CASE("Nothing is purged while retention is off or before the period has passed")
{
    Wing wing;
    UserSession& s = *wing.ts.session;
    requireOk(s.changeSetting(Setting::RetentionYears, 0));
    checkRefused(
        RetentionService(s).preview().status(), ErrorCode::InvalidInput, QStringLiteral("Retention is off"));
    checkRefused(
        RetentionService(s).purge().status(), ErrorCode::InvalidInput, QStringLiteral("Retention is off"));

    requireOk(s.changeSetting(Setting::RetentionYears, 2));
    const QString before = fingerprint(s);
    const Result<RetentionService::Plan> plan = RetentionService(s).preview();
    requireOk(plan.status());
    CHECK(plan->years == 2);
    CHECK(plan->cutoff == today(wing.ts).addYears(-2));
    CHECK(plan->counts.total() == 0);
    CHECK(fingerprint(s) == before);
}

TEST_CASE(
    "The purge deletes exactly what its preview counted, in one audited transaction holding counts only")
{
    Wing wing;
    wing.ts.clock.advance(3LL * 366 * 24 * 3600);
    wing.ts.signInAs(AdminName); // the clock jumped: sign in afresh
    UserSession& s = *wing.ts.session;
    const QString before = fingerprint(s);
    const int eventsBefore = auditEvents(s);

    const Result<RetentionService::Plan> plan = RetentionService(s).preview();
    requireOk(plan.status());
    const RetentionService::Counts& c = plan->counts;
    CHECK(c.prisoners == 3); // Dan, Len and Fred
    CHECK(c.episodes == 1);
    CHECK(c.sessions == 1); // the 1:1; the group session stays with Olly
    CHECK(c.followUps == 1);
    CHECK(c.checkIns == 2); // Dan's, and Olly's deleted one
    CHECK(c.concerns == 1);
    CHECK(c.reviews == 1);
    CHECK(c.mentors == 1);
    CHECK(c.statusChanges >= 1);
    CHECK(fingerprint(s) == before);
    CHECK(auditEvents(s) == eventsBefore);

    SECTION("cancelled part-way: nothing is deleted")
    {
        const auto stopHalfway = [](const QString&, qint64 done, qint64 total) { return done < total / 2; };
        checkRefused(
            RetentionService(s).purge(stopHalfway).status(), ErrorCode::Usage, QStringLiteral("Cancelled"));
        CHECK(fingerprint(s) == before);
    }
    SECTION("only an administrator may purge")
    {
        wing.ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
        wing.ts.signInAs(QStringLiteral("worker"));
        const QString asWorker = fingerprint(*wing.ts.session);
        checkRefused(RetentionService(*wing.ts.session).preview().status(), ErrorCode::Forbidden,
            QStringLiteral("support worker"));
        checkRefused(RetentionService(*wing.ts.session).purge().status(), ErrorCode::Forbidden,
            QStringLiteral("support worker"));
        CHECK(fingerprint(*wing.ts.session) == asWorker);
    }
    SECTION("purged")
    {
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        const Result<RetentionService::Plan> purged
            = RetentionService(s).purge([&](const QString&, qint64 done, qint64 total) {
                  CHECK(done >= lastDone);
                  lastDone = done;
                  lastTotal = total;
                  return true;
              });
        requireOk(purged.status());
        CHECK(lastDone == lastTotal);
        CHECK(purged->counts.toJson() == c.toJson());
        CHECK(purged->vacuumed);
        // The write-ahead log, which held the deleted rows' old pages, is emptied.
        CHECK(QFileInfo(wing.ts.path() + QStringLiteral("/wingmate.db-wal")).size() == 0);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM prisoners")) == 2);
        CHECK(scalar(s,
                  QStringLiteral(
                      "SELECT count(*) FROM prisoners WHERE full_name IN ('Max Mentor', 'Olly Other')"))
            == 2);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_episodes")) == 1);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentee_sessions")) == 1);
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM session_attendance WHERE session_id = %1")
                      .arg(wing.groupSession))
            == 1);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM check_ins")) == 0);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM concerns")) == 0);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM reviews")) == 0);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentors")) == 1);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM follow_up_actions")) == 0);

        // One audit event, with counts and no one's details.
        CHECK(auditEvents(s) == eventsBefore + 1);
        QSqlQuery purgeEvent(s.database());
        REQUIRE(purgeEvent.exec(QStringLiteral("SELECT details FROM audit_events WHERE action = 'purge'")));
        REQUIRE(purgeEvent.next());
        const QString details = purgeEvent.value(0).toString();
        CHECK(details.contains(QStringLiteral("\"prisoners\":3")));
        CHECK_FALSE(details.contains(QStringLiteral("Dan")));
        CHECK_FALSE(details.contains(QStringLiteral("A1234BC")));
        // The audit trail keeps every event, but what it said of Dan is
        // sealed under his key, which the purge destroyed (AuditSealingTest).
        CHECK(scalar(s,
                  QStringLiteral("SELECT count(*) FROM audit_events WHERE instr(details, 'Dan Mover') > 0"))
            == 0);
        requireOk(s.verify());

        // Nothing is left to purge.
        CHECK(RetentionService(s).preview()->counts.total() == 0);
    }
}
