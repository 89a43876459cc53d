#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "audit/FieldChanges.h"
#include "reports/ReportService.h"
#include "services/CheckInService.h"
#include "services/ConcernService.h"
#include "services/MenteeService.h"
#include "services/SessionService.h"
#include "storage/SchemaMigrator.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

MenteeSession oneToOne(const TestSession& ts, qint64 episodeId, qint64 mentorId)
{
    MenteeSession s;
    s.heldAt = QDateTime(today(ts).addDays(-1), QTime(14, 30));
    s.durationMinutes = 45;
    s.sessionType = QStringLiteral("1:1");
    s.location = QStringLiteral("B wing association room");
    s.mentorIds = { mentorId };
    s.attendees = { { episodeId, true, false } };
    s.notes = QStringLiteral("Talked about sleep.");
    return s;
}

CheckIn checkInFor(
    const TestSession& ts, qint64 episodeId, CheckIn::SelfHarm selfHarm, CheckIn::Suicidal suicidal)
{
    CheckIn c;
    c.episodeId = episodeId;
    c.checkedOn = today(ts);
    c.wellbeingRating = 4;
    c.selfHarm = selfHarm;
    c.suicidal = suicidal;
    c.coping = QStringLiteral("Some days");
    return c;
}

} // namespace

TEST_CASE("Sessions need open episodes, active mentors, the wing's types, and a register for groups")
{
    TestSession ts;
    const qint64 ann = addMentor(*ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    const qint64 bob = addMentor(
        *ts.session, QStringLiteral("M1001AA"), QStringLiteral("Bob Suspended"), MentorStatus::Suspended);
    const qint64 active = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Active Mentee"));
    const qint64 referred
        = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Referred Mentee"), { .activate = false });
    const qint64 closed = addEpisode(ts, QStringLiteral("A3333AA"), QStringLiteral("Closed Mentee"));
    REQUIRE(MenteeService(*ts.session)
                .close(closed,
                    { today(ts).addDays(-5), MenteeEpisode::ClosureReason::Released, false, false, {} })
                .ok());
    SessionService sessions(*ts.session);

    Result<SessionService::Recorded> recorded = sessions.record(oneToOne(ts, active, ann));
    INFO(recorded.status().message().toStdString());
    REQUIRE(recorded.ok());
    CHECK(recorded->concernIds.isEmpty());
    const MenteeSession stored = *sessions.get(recorded->sessionId);
    CHECK(stored.heldAt == QDateTime(today(ts).addDays(-1), QTime(14, 30)));
    CHECK(stored.durationMinutes == 45);
    CHECK(stored.mentorIds == QList<qint64> { ann });
    REQUIRE(stored.attendees.size() == 1);
    CHECK(stored.attendees.constFirst().episodeId == active);
    CHECK(stored.recordedBy == AdminName);
    const QJsonObject created = lastDetailsObject(
        *ts.session, AuditAction::Create, QStringLiteral("mentee_session"), recorded->sessionId);
    CHECK(created.value(QStringLiteral("held_at")).toString()
        == today(ts).addDays(-1).toString(Qt::ISODate) + QStringLiteral("T14:30"));
    CHECK(created.value(QStringLiteral("session_type")).toString() == QStringLiteral("1:1"));

    SECTION("each broken rule is refused plainly and changes nothing")
    {
        struct Case {
            const char* name;
            std::function<void(MenteeSession&)> change;
            QString expected;
        };
        const QList<Case> cases {
            { "no mentor", [](MenteeSession& s) { s.mentorIds.clear(); },
                QStringLiteral("at least one mentor") },
            { "inactive mentor", [&](MenteeSession& s) { s.mentorIds.append(bob); },
                QStringLiteral("Bob Suspended is not an active mentor") },
            { "unknown mentor", [](MenteeSession& s) { s.mentorIds = { 777 }; },
                QStringLiteral("not recorded") },
            { "type not in the setting", [](MenteeSession& s) { s.sessionType = QStringLiteral("Gym walk"); },
                QStringLiteral("not one of the wing's session types") },
            { "zero minutes", [](MenteeSession& s) { s.durationMinutes = 0; },
                QStringLiteral("1440 minutes") },
            { "over a day", [](MenteeSession& s) { s.durationMinutes = 1441; },
                QStringLiteral("1440 minutes") },
            { "in the future",
                [&](MenteeSession& s) { s.heldAt = QDateTime(today(ts).addDays(1), QTime(9, 0)); },
                QStringLiteral("cannot be in the future") },
            { "before the referral",
                [&](MenteeSession& s) { s.heldAt = QDateTime(today(ts).addDays(-21), QTime(9, 0)); },
                QStringLiteral("before the referral") },
            { "no mentee", [](MenteeSession& s) { s.attendees.clear(); }, QStringLiteral("Add the mentee") },
            { "1:1 with two mentees",
                [&](MenteeSession& s) {
                    s.attendees.append({ referred, true, false });
                },
                QStringLiteral("exactly one mentee") },
            { "1:1 not attended", [](MenteeSession& s) { s.attendees.first().attended = false; },
                QStringLiteral("missed appointment") },
            { "group nobody attended",
                [&](MenteeSession& s) {
                    s.isGroup = true;
                    s.sessionType = QStringLiteral("Group");
                    s.attendees = { { active, false, false }, { referred, false, false } };
                },
                QStringLiteral("at least one mentee attending") },
            { "group of the type 1:1",
                [&](MenteeSession& s) {
                    s.isGroup = true;
                    s.attendees = { { active, true, false }, { referred, true, false } };
                },
                QStringLiteral("For a group with a register, choose the type Group") },
            { "same mentee twice",
                [&](MenteeSession& s) {
                    s.isGroup = true;
                    s.sessionType = QStringLiteral("Group");
                    s.attendees = { { active, true, false }, { active, true, false } };
                },
                QStringLiteral("twice") },
            { "closed episode",
                [&](MenteeSession& s) {
                    s.attendees = { { closed, true, false } };
                },
                QStringLiteral("An administrator can amend it") },
            { "unknown episode",
                [](MenteeSession& s) {
                    s.attendees = { { 4040, true, false } };
                },
                QStringLiteral("not recorded") },
            { "follow-up due before the session",
                [&](MenteeSession& s) {
                    s.followUps = { { 0, QStringLiteral("Chase canteen"), today(ts).addDays(-2), {} } };
                },
                QStringLiteral("cannot be due before the session") },
            { "follow-up without a description",
                [&](MenteeSession& s) {
                    s.followUps = { { 0, QStringLiteral(" "), today(ts), {} } };
                },
                QStringLiteral("is needed") },
        };
        const QString before = fingerprint(*ts.session);
        for (const Case& c : cases) {
            INFO(c.name);
            MenteeSession s = oneToOne(ts, active, ann);
            c.change(s);
            checkRefused(sessions.record(s).status(), ErrorCode::InvalidInput, c.expected);
        }
        CHECK(fingerprint(*ts.session) == before);
    }
    SECTION("a group session keeps its register")
    {
        MenteeSession group = oneToOne(ts, active, ann);
        group.isGroup = true;
        group.sessionType = QStringLiteral("Art therapy");
        group.attendees = { { active, true, false }, { referred, false, false } };
        Result<SessionService::Recorded> held = sessions.record(group);
        REQUIRE(held.ok());
        CHECK(scalar(*ts.session,
                  QStringLiteral(
                      "SELECT count(*) FROM session_attendance WHERE session_id = %1 AND attended = 1")
                      .arg(held->sessionId))
            == 1);
        CHECK(scalar(*ts.session,
                  QStringLiteral(
                      "SELECT attended FROM session_attendance WHERE session_id = %1 AND episode_id = %2")
                      .arg(held->sessionId)
                      .arg(referred))
            == 0);
        CHECK(sessions.get(held->sessionId)->isGroup);
    }
    SECTION("the session types come from the wing's setting")
    {
        MenteeSession walk = oneToOne(ts, active, ann);
        walk.sessionType = QStringLiteral("Gym walk");
        REQUIRE(ts.session
                    ->changeSetting(Setting::SessionTypes,
                        QStringList { QStringLiteral("1:1"), QStringLiteral("Gym walk") })
                    .ok());
        CHECK(SessionService(*ts.session).record(walk).ok());
    }
    SECTION("a concern raised at a session goes to the nurse in the same transaction")
    {
        MenteeSession worrying = oneToOne(ts, active, ann);
        worrying.attendees.first().concernRaised = true;
        worrying.concernDescription = QStringLiteral("Said he has been saving tablets");
        Result<SessionService::Recorded> held = sessions.record(worrying);
        REQUIRE(held.ok());
        REQUIRE(held->concernIds.size() == 1);
        const Concern concern = *ConcernService(*ts.session).get(held->concernIds.constFirst());
        CHECK(concern.source == Concern::Source::Session);
        CHECK(concern.sessionId == held->sessionId);
        CHECK(concern.episodeId == active);
        CHECK(concern.status == Concern::ReviewState::Open);
        CHECK(concern.description == QStringLiteral("Said he has been saving tablets"));
        CHECK(scalar(*ts.session,
                  QStringLiteral("SELECT concern_raised FROM mentee_sessions WHERE id = %1")
                      .arg(held->sessionId))
            == 1);
        CHECK(sessions.get(held->sessionId)->attendees.constFirst().concernRaised);
        // A refused session raises nothing either.
        const QString before = fingerprint(*ts.session);
        worrying.durationMinutes = 0;
        CHECK(!sessions.record(worrying).ok());
        CHECK(fingerprint(*ts.session) == before);
    }
    SECTION("follow-up actions are completed once, not before the session")
    {
        MenteeSession withAction = oneToOne(ts, active, ann);
        withAction.followUps
            = { { 0, QStringLiteral("Ask about education courses"), today(ts).addDays(6), {} } };
        Result<SessionService::Recorded> held = sessions.record(withAction);
        REQUIRE(held.ok());
        const qint64 actionId = sessions.get(held->sessionId)->followUps.constFirst().id;
        const QString before = fingerprint(*ts.session);
        checkRefused(sessions.completeFollowUp(actionId, today(ts).addDays(-2)), ErrorCode::InvalidInput,
            QStringLiteral("cannot be done before the session"));
        checkRefused(sessions.completeFollowUp(actionId, today(ts).addDays(1)), ErrorCode::InvalidInput,
            QStringLiteral("cannot be in the future"));
        CHECK(fingerprint(*ts.session) == before);
        REQUIRE(sessions.completeFollowUp(actionId, today(ts)).ok());
        CHECK(sessions.get(held->sessionId)->followUps.constFirst().doneOn == today(ts));
        checkRefused(sessions.completeFollowUp(actionId, today(ts)), ErrorCode::InvalidInput,
            QStringLiteral("already done"));
    }
    SECTION("changes are audited before and after; a delete is soft with a reason")
    {
        MenteeSession changed = *sessions.get(recorded->sessionId);
        changed.durationMinutes = 60;
        changed.mentorIds = { ann };
        REQUIRE(sessions.update(changed).ok());
        const QJsonObject changes = lastDetailsObject(
            *ts.session, AuditAction::Change, QStringLiteral("mentee_session"), recorded->sessionId);
        CHECK(changes.keys() == QStringList { QStringLiteral("duration_minutes") });
        CHECK(changes.value(QStringLiteral("duration_minutes"))
                  .toObject()
                  .value(QStringLiteral("before"))
                  .toInt()
            == 45);
        CHECK(changes.value(QStringLiteral("duration_minutes"))
                  .toObject()
                  .value(QStringLiteral("after"))
                  .toInt()
            == 60);
        changed.attendees = { { closed, true, false } };
        checkRefused(sessions.update(changed), ErrorCode::InvalidInput,
            QStringLiteral("An administrator can amend it"));

        checkRefused(sessions.remove(recorded->sessionId, {}), ErrorCode::InvalidInput,
            QStringLiteral("reason is needed"));
        REQUIRE(
            sessions.remove(recorded->sessionId, QStringLiteral("Recorded against the wrong mentee")).ok());
        CHECK(sessions.get(recorded->sessionId).status().code() == ErrorCode::InvalidInput);
        CHECK(scalar(*ts.session,
                  QStringLiteral("SELECT count(*) FROM mentee_sessions WHERE deleted_at IS NOT NULL"))
            == 1);
    }
    SECTION("an administrator may record a forgotten session on a closed episode, giving a reason")
    {
        MenteeSession late = oneToOne(ts, closed, ann);
        late.heldAt = QDateTime(today(ts).addDays(-6), QTime(10, 0));
        Result<SessionService::Recorded> held = sessions.record(late, QStringLiteral("Paper record found"));
        REQUIRE(held.ok());
        CHECK(lastDetailsObject(
                  *ts.session, AuditAction::Create, QStringLiteral("mentee_session"), held->sessionId)
                  .value(QStringLiteral("amendment_reason"))
                  .toString()
            == QStringLiteral("Paper record found"));
    }
}

TEST_CASE("A group saved as 1:1 before schema version 9 is corrected once at the next sign-in, audited, and "
          "counted as a group")
{
    TestSession ts;
    UserSession& admin = *ts.session;
    const qint64 ann = addMentor(admin, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    const qint64 adam = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Adam Brook"));
    const qint64 bea = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Bea Cole"));
    MenteeSession group = oneToOne(ts, adam, ann);
    group.isGroup = true;
    group.sessionType = QStringLiteral("Group");
    group.attendees = { { adam, true, false }, { bea, true, false } };
    Result<SessionService::Recorded> recorded = SessionService(admin).record(group);
    REQUIRE(recorded.ok());
    const qint64 id = recorded->sessionId;
    // A wing that has since dropped its group type gets it back with the
    // correction.
    const bool groupTypeDropped = GENERATE(false, true);
    if (groupTypeDropped) {
        requireOk(admin.changeSetting(
            Setting::SessionTypes, QStringList { QStringLiteral("1:1"), QStringLiteral("Art therapy") }));
        MenteeSession another = group;
        another.sessionType = QStringLiteral("1:1");
        checkRefused(SessionService(admin).record(another).status(), ErrorCode::InvalidInput,
            QStringLiteral("an administrator adds one (such as Group) in Settings"));
    }

    // What an earlier version could save: the register kept, the type left
    // at 1:1, on record as such; and the schema as it was at version 8.
    requireOk(admin.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("mentee_sessions"), id,
                { { QStringLiteral("session_type"), QStringLiteral("1:1") } }, QStringLiteral("test"));
            !s)
            return s;
        if (Status s = ctx.audit(AuditAction::Change, QStringLiteral("mentee_session"), QString::number(id),
                fieldChanges({ { QStringLiteral("session_type"), QStringLiteral("Group") } },
                    { { QStringLiteral("session_type"), QStringLiteral("1:1") } }));
            !s)
            return s;
        QSqlQuery old(ctx.database());
        if (!old.exec(QStringLiteral("DROP TABLE pending_repairs"))
            || !old.exec(QStringLiteral("PRAGMA user_version = 8")))
            return Status::failure(ErrorCode::Io, old.lastError().text());
        return Status::success();
    }));
    const auto typeRow = [](const MonthlyReturn& r, const QString& name) {
        for (const MonthlyReturn::SessionType& t : r.sessionTypes) {
            if (t.name == name)
                return t.sessions;
        }
        return -1;
    };
    {
        const Result<MonthlyReturn> before = ReportService(admin).monthlyReturn(today(ts).addDays(-1));
        REQUIRE(before.ok());
        // The fault this corrects: the month's 1:1 figure held the group.
        CHECK(typeRow(*before, QStringLiteral("1:1")) == 1);
        CHECK(typeRow(*before, QStringLiteral("Group")) == (groupTypeDropped ? -1 : 0));
    }
    const int settingsBefore
        = scalar(admin, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'settings_change'"));
    const int changesBefore
        = scalar(admin, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'change'"));

    QStringList notices;
    UserSession& again = ts.signInAs(AdminName);
    again.setNoticeHandler([&](const QString& text) { notices << text; });
    CHECK(scalar(again, QStringLiteral("PRAGMA user_version")) == SchemaMigrator::latestVersion());
    const Result<MenteeSession> corrected = SessionService(again).get(id);
    REQUIRE(corrected.ok());
    CHECK(corrected->sessionType == QStringLiteral("Group"));
    CHECK(corrected->isGroup);
    CHECK(corrected->attendees.size() == 2);
    const QJsonObject change
        = lastDetailsObject(again, AuditAction::Change, QStringLiteral("mentee_session"), id);
    CHECK(change.value(QStringLiteral("session_type")).toObject().value(QStringLiteral("before")).toString()
        == QStringLiteral("1:1"));
    CHECK(change.value(QStringLiteral("session_type")).toObject().value(QStringLiteral("after")).toString()
        == QStringLiteral("Group"));
    CHECK(change.value(QStringLiteral("amendment_reason"))
              .toString()
              .contains(QStringLiteral("monthly return")));
    REQUIRE(notices.size() == 1);
    CHECK(notices.constFirst().contains(QStringLiteral("1 group session")));
    CHECK(scalar(again, QStringLiteral("SELECT count(*) FROM pending_repairs")) == 0);
    CHECK(again.settings().list(Setting::SessionTypes).contains(QStringLiteral("Group")));
    requireOk(again.verify());

    const Result<MonthlyReturn> after = ReportService(again).monthlyReturn(today(ts).addDays(-1));
    REQUIRE(after.ok());
    CHECK(typeRow(*after, QStringLiteral("1:1")) == 0);
    CHECK(typeRow(*after, QStringLiteral("Group")) == 1);
    CHECK(after->groupSessions == 1);
    CHECK(after->groupAttendances == 2);

    // Once only: the next sign-in finds nothing to correct.
    const int changesAfter
        = scalar(again, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'change'"));
    CHECK(changesAfter == changesBefore + 1);
    CHECK(scalar(again, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'settings_change'"))
        == settingsBefore + (groupTypeDropped ? 1 : 0));
    UserSession& third = ts.signInAs(AdminName);
    CHECK(scalar(third, QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'change'"))
        == changesAfter);
}

TEST_CASE("Check-ins follow their rules, and risk raises a concern in the same transaction")
{
    TestSession ts;
    const qint64 episode = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Check Mentee"));
    CheckInService checkIns(*ts.session);

    SECTION("thoughts only are recorded without a concern")
    {
        Result<CheckInService::Recorded> r = checkIns.record(
            checkInFor(ts, episode, CheckIn::SelfHarm::Thoughts, CheckIn::Suicidal::Thoughts));
        REQUIRE(r.ok());
        CHECK(!r->concernId);
        CHECK(scalar(*ts.session, QStringLiteral("SELECT count(*) FROM concerns")) == 0);
        const CheckIn stored = *checkIns.get(r->checkInId);
        CHECK(stored.selfHarm == CheckIn::SelfHarm::Thoughts);
        CHECK(stored.wellbeingRating == 4);
        CHECK(stored.recordedBy == AdminName);
    }
    SECTION("a self-harm act, suicidal plans or an attempt each raise a concern")
    {
        const QList<std::pair<CheckIn::SelfHarm, CheckIn::Suicidal>> risky {
            { CheckIn::SelfHarm::Act, CheckIn::Suicidal::None },
            { CheckIn::SelfHarm::None, CheckIn::Suicidal::Plans },
            { CheckIn::SelfHarm::Thoughts, CheckIn::Suicidal::Attempt },
        };
        int raised = 0;
        for (const auto& [selfHarm, suicidal] : risky) {
            const int concernEvents = scalar(*ts.session,
                QStringLiteral("SELECT count(*) FROM audit_events WHERE entity_type = 'concern'"));
            Result<CheckInService::Recorded> r = checkIns.record(checkInFor(ts, episode, selfHarm, suicidal));
            REQUIRE(r.ok());
            REQUIRE(r->concernId);
            ++raised;
            const Concern concern = *ConcernService(*ts.session).get(*r->concernId);
            CHECK(concern.source == Concern::Source::CheckIn);
            CHECK(concern.checkInId == r->checkInId);
            CHECK(concern.episodeId == episode);
            CHECK(concern.status == Concern::ReviewState::Open);
            CHECK(concern.raisedBy == AdminName);
            CHECK(scalar(*ts.session,
                      QStringLiteral("SELECT count(*) FROM audit_events WHERE entity_type = 'concern'"))
                == concernEvents + 1);
        }
        CHECK(scalar(*ts.session, QStringLiteral("SELECT count(*) FROM concerns WHERE status = 'open'"))
            == raised);
        CHECK(
            ConcernService::emergencyAdvice().contains(QStringLiteral("emergency and ACCT procedures now")));
    }
    SECTION("a refused risky check-in raises no concern either")
    {
        const QString before = fingerprint(*ts.session);
        CheckIn c = checkInFor(ts, episode, CheckIn::SelfHarm::Act, CheckIn::Suicidal::Attempt);
        c.checkedOn = today(ts).addDays(1);
        checkRefused(
            checkIns.record(c).status(), ErrorCode::InvalidInput, QStringLiteral("cannot be in the future"));
        CHECK(fingerprint(*ts.session) == before);
    }
    SECTION("each broken rule is refused plainly and changes nothing")
    {
        struct Case {
            const char* name;
            std::function<void(CheckIn&)> change;
            QString expected;
        };
        const QList<Case> cases {
            { "rating 0", [](CheckIn& c) { c.wellbeingRating = 0; }, QStringLiteral("from 1 to 10") },
            { "rating 11", [](CheckIn& c) { c.wellbeingRating = 11; }, QStringLiteral("from 1 to 10") },
            { "SWEMWBS too low",
                [](CheckIn& c) {
                    c.scaleName = QStringLiteral("SWEMWBS");
                    c.scaleTotal = 6;
                },
                QStringLiteral("SWEMWBS total must be from 7 to 35") },
            { "SWEMWBS too high",
                [](CheckIn& c) {
                    c.scaleName = QStringLiteral("swemwbs");
                    c.scaleTotal = 36;
                },
                QStringLiteral("SWEMWBS total must be from 7 to 35") },
            { "scale without total", [](CheckIn& c) { c.scaleName = QStringLiteral("SWEMWBS"); },
                QStringLiteral("or neither") },
            { "total without scale", [](CheckIn& c) { c.scaleTotal = 20; }, QStringLiteral("or neither") },
            { "unknown scale",
                [](CheckIn& c) {
                    c.scaleName = QStringLiteral("Mood-o-meter");
                    c.scaleTotal = 3;
                },
                QStringLiteral("not a scale Wingmate knows") },
            { "before the referral", [&](CheckIn& c) { c.checkedOn = today(ts).addDays(-21); },
                QStringLiteral("before the referral") },
            { "no date", [](CheckIn& c) { c.checkedOn = {}; }, QStringLiteral("not a valid date") },
            { "unknown episode", [](CheckIn& c) { c.episodeId = 5050; }, QStringLiteral("not recorded") },
            { "control character", [](CheckIn& c) { c.coping = QStringLiteral("a\u0007b"); },
                QStringLiteral("control character") },
        };
        const QString before = fingerprint(*ts.session);
        for (const Case& c : cases) {
            INFO(c.name);
            CheckIn checkIn = checkInFor(ts, episode, CheckIn::SelfHarm::Act, CheckIn::Suicidal::None);
            c.change(checkIn);
            checkRefused(checkIns.record(checkIn).status(), ErrorCode::InvalidInput, c.expected);
        }
        CHECK(fingerprint(*ts.session) == before);
        CheckIn scored = checkInFor(ts, episode, CheckIn::SelfHarm::None, CheckIn::Suicidal::None);
        scored.scaleName = QStringLiteral("swemwbs");
        scored.scaleTotal = 35;
        Result<CheckInService::Recorded> r = checkIns.record(scored);
        REQUIRE(r.ok());
        CHECK(checkIns.get(r->checkInId)->scaleName == QStringLiteral("SWEMWBS"));
    }
    SECTION("a correction that newly shows risk raises one concern, once")
    {
        Result<CheckInService::Recorded> r
            = checkIns.record(checkInFor(ts, episode, CheckIn::SelfHarm::None, CheckIn::Suicidal::None));
        REQUIRE(r.ok());
        CheckIn corrected = *checkIns.get(r->checkInId);
        corrected.selfHarm = CheckIn::SelfHarm::Act;
        Result<CheckInService::Recorded> u = checkIns.update(corrected);
        REQUIRE(u.ok());
        CHECK(u->concernId);
        CHECK(lastDetailsObject(*ts.session, AuditAction::Change, QStringLiteral("check_in"), r->checkInId)
                  .value(QStringLiteral("self_harm"))
            == QJsonObject { { QStringLiteral("before"), QStringLiteral("none") },
                { QStringLiteral("after"), QStringLiteral("act") } });
        corrected.suicidal = CheckIn::Suicidal::Plans;
        Result<CheckInService::Recorded> again = checkIns.update(corrected);
        REQUIRE(again.ok());
        CHECK(!again->concernId);
        CHECK(scalar(*ts.session, QStringLiteral("SELECT count(*) FROM concerns")) == 1);
    }
}

TEST_CASE("Only a mental health nurse reviews concerns, and the review updates the episode")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const qint64 episode = addEpisode(ts, QStringLiteral("A1111AA"), QStringLiteral("Review Mentee"));
    ts.signInAs(QStringLiteral("worker"));
    Result<CheckInService::Recorded> risky
        = CheckInService(*ts.session)
              .record(checkInFor(ts, episode, CheckIn::SelfHarm::Act, CheckIn::Suicidal::None));
    REQUIRE(risky.ok());
    REQUIRE(risky->concernId);

    Review review;
    review.episodeId = episode;
    review.concernId = risky->concernId;
    review.reviewedOn = today(ts);
    review.outcome = Review::Outcome::AcctOpened;
    review.riskLevel = MenteeEpisode::RiskLevel::High;
    review.nextReviewOn = today(ts).addDays(7);
    review.acctReference = QStringLiteral("ACCT-2026-014");
    review.notes = QStringLiteral("Seen on the wing; ACCT opened by the duty manager.");

    const QString before = fingerprint(*ts.session);
    checkRefused(ConcernService(*ts.session).review(review).status(), ErrorCode::Forbidden,
        QStringLiteral("support worker may not"));
    CHECK(fingerprint(*ts.session) == before);
    ts.signInAs(AdminName);
    const QString adminIn = fingerprint(*ts.session); // signing in is audited
    checkRefused(ConcernService(*ts.session).review(review).status(), ErrorCode::Forbidden,
        QStringLiteral("administrator may not"));
    CHECK(fingerprint(*ts.session) == adminIn);
    // Open concerns keep the episode from closing.
    checkRefused(MenteeService(*ts.session)
                     .close(episode, { today(ts), MenteeEpisode::ClosureReason::GoalsMet, false, false, {} }),
        ErrorCode::InvalidInput, QStringLiteral("waiting for a nurse's review"));
    CHECK(fingerprint(*ts.session) == adminIn);

    ts.signInAs(QStringLiteral("nurse"));
    ConcernService concerns(*ts.session);
    const QString nurseIn = fingerprint(*ts.session);
    Review noDate = review;
    noDate.nextReviewOn = {};
    checkRefused(concerns.review(noDate).status(), ErrorCode::InvalidInput,
        QStringLiteral("Set the next review date"));
    Review sameDay = review;
    sameDay.nextReviewOn = today(ts);
    checkRefused(concerns.review(sameDay).status(), ErrorCode::InvalidInput,
        QStringLiteral("must be after the review date"));
    Review early = review;
    early.reviewedOn = today(ts).addDays(-1);
    checkRefused(concerns.review(early).status(), ErrorCode::InvalidInput,
        QStringLiteral("before the concern was raised"));
    CHECK(fingerprint(*ts.session) == nurseIn);
    Review elsewhere = review;
    elsewhere.episodeId = addEpisode(ts, QStringLiteral("A2222AA"), QStringLiteral("Other Mentee"));
    const QString withOther = fingerprint(*ts.session);
    checkRefused(concerns.review(elsewhere).status(), ErrorCode::InvalidInput,
        QStringLiteral("not recorded for this mentee"));
    CHECK(fingerprint(*ts.session) == withOther);

    Result<qint64> reviewed = concerns.review(review);
    INFO(reviewed.status().message().toStdString());
    REQUIRE(reviewed.ok());
    CHECK(concerns.get(*risky->concernId)->status == Concern::ReviewState::Reviewed);
    const MenteeEpisode after = *MenteeService(*ts.session).get(episode);
    CHECK(after.riskLevel == MenteeEpisode::RiskLevel::High);
    CHECK(after.nextReviewOn == today(ts).addDays(7));
    CHECK(after.acctOpen);
    CHECK(after.acctReference == QStringLiteral("ACCT-2026-014"));
    const QList<Review> stored = *concerns.reviews(episode);
    REQUIRE(stored.size() == 1);
    CHECK(stored.constFirst().reviewer == QStringLiteral("nurse"));
    CHECK(stored.constFirst().outcome == Review::Outcome::AcctOpened);
    const QJsonObject episodeChange
        = lastDetailsObject(*ts.session, AuditAction::Change, QStringLiteral("mentee_episode"), episode);
    CHECK(episodeChange.value(QStringLiteral("risk_level"))
        == QJsonObject { { QStringLiteral("before"), QJsonValue::Null },
            { QStringLiteral("after"), QStringLiteral("high") } });
    CHECK(episodeChange.value(QStringLiteral("acct_open"))
        == QJsonObject { { QStringLiteral("before"), false }, { QStringLiteral("after"), true } });
    CHECK(lastDetailsObject(*ts.session, AuditAction::Change, QStringLiteral("concern"), *risky->concernId)
              .value(QStringLiteral("status"))
        == QJsonObject { { QStringLiteral("before"), QStringLiteral("open") },
            { QStringLiteral("after"), QStringLiteral("reviewed") } });

    checkRefused(
        concerns.review(review).status(), ErrorCode::InvalidInput, QStringLiteral("already been reviewed"));

    SECTION("a scheduled review needs no concern, and no further action clears the next date")
    {
        Review scheduled;
        scheduled.episodeId = episode;
        scheduled.reviewedOn = today(ts);
        scheduled.outcome = Review::Outcome::NoFurtherAction;
        scheduled.riskLevel = MenteeEpisode::RiskLevel::Low;
        REQUIRE(concerns.review(scheduled).ok());
        const MenteeEpisode calmer = *MenteeService(*ts.session).get(episode);
        CHECK(calmer.riskLevel == MenteeEpisode::RiskLevel::Low);
        CHECK(calmer.nextReviewOn.isNull());
        CHECK(calmer.acctOpen); // the ACCT is closed in the prison's system, then here by staff
        ts.signInAs(AdminName);
        CHECK(MenteeService(*ts.session)
                  .close(episode, { today(ts), MenteeEpisode::ClosureReason::GoalsMet, false, false, {} })
                  .ok());
    }
}
