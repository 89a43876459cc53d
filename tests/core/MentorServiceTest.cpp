#include "services/MentorService.h"

#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/MenteeService.h"
#include "services/MentorRecordQuery.h"
#include "services/PrisonerService.h"

#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>
#include <limits>

using namespace wingmate;
using namespace wingmate::test;

namespace {

} // namespace

TEST_CASE("The status graph allows exactly the scheme's moves")
{
    using S = MentorStatus;
    const QList<std::pair<S, S>> allowed {
        { S::Applied, S::Cleared },
        { S::Cleared, S::Shadowing },
        { S::Shadowing, S::Trained },
        { S::Trained, S::Active },
        { S::Active, S::Paused },
        { S::Paused, S::Active },
        { S::Active, S::Suspended },
        { S::Paused, S::Suspended },
        { S::Suspended, S::Active },
        { S::Applied, S::Left },
        { S::Cleared, S::Left },
        { S::Shadowing, S::Left },
        { S::Trained, S::Left },
        { S::Active, S::Left },
        { S::Paused, S::Left },
        { S::Suspended, S::Left },
    };
    int count = 0;
    for (S from : allMentorStatuses()) {
        for (S to : allMentorStatuses()) {
            INFO(mentorStatusKey(from).toStdString() << " -> " << mentorStatusKey(to).toStdString());
            const bool expected = allowed.contains({ from, to });
            CHECK(isAllowedTransition(from, to) == expected);
            count += expected ? 1 : 0;
        }
        CHECK(mentorStatusFromKey(mentorStatusKey(from)) == from);
    }
    CHECK(count == 16);
    CHECK(allowedNextStatuses(S::Left).isEmpty());
    for (LeavingReason r : allLeavingReasons())
        CHECK(leavingReasonFromKey(leavingReasonKey(r)) == r);
    CHECK_FALSE(mentorStatusFromKey(QStringLiteral("retired")).has_value());
}

TEST_CASE("An application is checked, recorded with its first history line and audited")
{
    TestSession ts;
    UserSession& s = *ts.session;
    const qint64 prisoner = addPrisoner(s, QStringLiteral("A1234BC"), QStringLiteral("Dan Mentor"));
    MentorService mentors(s);
    Mentor m = mentorApplication(prisoner, today(ts));
    m.capacity = 4;
    m.pathwayTier = Mentor::PathwayTier::HealthChampion;
    m.agreementSignedOn = today(ts);
    m.agreementVersion = QStringLiteral(" v2 ");
    Result<Mentor> added = mentors.apply(m);
    INFO(added.status().message().toStdString());
    REQUIRE(added.ok());
    CHECK(added->status == MentorStatus::Applied);
    CHECK(added->capacity == 4);
    CHECK(added->agreementVersion == QStringLiteral("v2"));
    CHECK(added->createdAt == ts.clock.now());
    const QList<Mentor::StatusChange> history = *mentors.history(added->id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].from.has_value());
    CHECK(history[0].to == MentorStatus::Applied);
    CHECK(history[0].changedOn == today(ts));
    CHECK(history[0].recordedBy == AdminName);
    CHECK(lastDetails(s, AuditAction::Create, QStringLiteral("mentor"), added->id)
        == QStringLiteral(
            R"({"agreement_signed_on":"2026-01-01","agreement_version":"v2","application_notes":"Asked on the landing",)"
            R"("applied_on":"2026-01-01","capacity":4,"pathway_tier":"health_champion","prisoner_id":%1,"status":"applied"})")
               .arg(prisoner));

    SECTION("bad applications are refused plainly and change nothing")
    {
        const qint64 other = addPrisoner(s, QStringLiteral("B2345CD"), QStringLiteral("Eve Other"));
        const int mentorsBefore = scalar(s, QStringLiteral("SELECT count(*) FROM mentors"));
        const int eventsBefore = auditEvents(s);
        auto with = [&](auto change) {
            Mentor bad = mentorApplication(other, today(ts));
            change(bad);
            return mentors.apply(bad).status();
        };
        checkRefused(with([](Mentor& b) { b.capacity = -1; }), ErrorCode::InvalidInput,
            { QStringLiteral("from 0 to 50") });
        checkRefused(with([](Mentor& b) { b.capacity = 51; }), ErrorCode::InvalidInput,
            { QStringLiteral("from 0 to 50") });
        checkRefused(with([&](Mentor& b) { b.appliedOn = today(ts).addDays(1); }), ErrorCode::InvalidInput,
            { QStringLiteral("date of application cannot be in the future") });
        checkRefused(with([](Mentor& b) { b.appliedOn = {}; }), ErrorCode::InvalidInput,
            { QStringLiteral("not a valid date") });
        checkRefused(with([](Mentor& b) { b.agreementVersion = QStringLiteral("v2"); }),
            ErrorCode::InvalidInput, { QStringLiteral("date the mentor agreement was signed") });
        checkRefused(with([&](Mentor& b) { b.agreementSignedOn = today(ts); }), ErrorCode::InvalidInput,
            { QStringLiteral("version of the mentor agreement") });
        checkRefused(with([&](Mentor& b) {
            b.agreementSignedOn = today(ts).addDays(-1);
            b.agreementVersion = QStringLiteral("v2");
        }),
            ErrorCode::InvalidInput, { QStringLiteral("cannot be before the date of application") });
        checkRefused(with([](Mentor& b) { b.applicationNotes = QStringLiteral("bad\u0001text"); }),
            ErrorCode::InvalidInput, { QStringLiteral("control character") });
        checkRefused(with([](Mentor& b) { b.prisonerId = 9999; }), ErrorCode::InvalidInput,
            { QStringLiteral("not recorded") });
        checkRefused(mentors.apply(mentorApplication(prisoner, today(ts))).status(), ErrorCode::InvalidInput,
            { QStringLiteral("Dan Mentor already has a current mentoring role (Applied)") });
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentors")) == mentorsBefore);
        CHECK(auditEvents(s) == eventsBefore);
        // Boundaries are accepted.
        CHECK(with([](Mentor& b) { b.capacity = 50; }).ok());
    }
    SECTION("a deleted or released prisoner cannot apply")
    {
        PrisonerService prisoners(s);
        const qint64 gone = addPrisoner(s, QStringLiteral("C3456DE"), QStringLiteral("Gone Person"));
        requireOk(prisoners.remove(gone, QStringLiteral("Entered twice")));
        checkRefused(mentors.apply(mentorApplication(gone, today(ts))).status(), ErrorCode::InvalidInput,
            { QStringLiteral("not recorded") });
        Prisoner released
            = *prisoners.get(addPrisoner(s, QStringLiteral("D4567EF"), QStringLiteral("Rel Eased")));
        released.status = Prisoner::CustodyStatus::Released;
        released.statusDate = today(ts);
        requireOk(prisoners.update(released));
        checkRefused(mentors.apply(mentorApplication(released.id, today(ts))).status(),
            ErrorCode::InvalidInput, { QStringLiteral("no longer in custody") });
    }
    SECTION("a mentor who left may apply again, as a new mentor")
    {
        requireOk(mentors.changeStatus(added->id, MentorStatus::Left, {}, {}, LeavingReason::Resigned));
        Result<Mentor> again = mentors.apply(mentorApplication(prisoner, today(ts)));
        REQUIRE(again.ok());
        CHECK(again->id != added->id);
        CHECK(mentors.get(added->id)->status == MentorStatus::Left);
        CHECK(mentors.get(added->id)->leftReason == LeavingReason::Resigned);
    }
    SECTION("changes are audited field by field, and the application date stays")
    {
        Mentor changed = *added;
        changed.capacity = 0;
        changed.pathwayTier = Mentor::PathwayTier::HealthTrainer;
        ts.clock.advance(60);
        requireOk(mentors.update(changed));
        CHECK(lastDetails(s, AuditAction::Change, QStringLiteral("mentor"), added->id)
            == QStringLiteral(
                R"({"capacity":{"after":0,"before":4},"pathway_tier":{"after":"health_trainer","before":"health_champion"}})"));
        CHECK(mentors.get(added->id)->updatedAt == ts.clock.now());
        const int events = auditEvents(s);
        requireOk(mentors.update(changed)); // nothing changed: nothing audited
        CHECK(auditEvents(s) == events);
        changed.capacity = 51;
        checkRefused(mentors.update(changed), ErrorCode::InvalidInput, { QStringLiteral("from 0 to 50") });
        changed.capacity = 3;
        changed.appliedOn = today(ts).addDays(-3);
        checkRefused(mentors.update(changed), ErrorCode::InvalidInput,
            { QStringLiteral("date of application cannot be changed") });
        CHECK(auditEvents(s) == events);
        CHECK(mentors.get(added->id)->capacity == 0);
    }
    SECTION("deletes are soft, need a reason and an administrator")
    {
        ts.addAccount(Worker, UserRole::SupportWorker);
        {
            UserSession& worker = ts.signInAs(Worker);
            checkRefused(MentorService(worker).remove(added->id, QStringLiteral("Duplicate")),
                ErrorCode::Forbidden, {});
        }
        UserSession& admin = ts.signInAs(AdminName);
        MentorService asAdmin(admin);
        checkRefused(asAdmin.remove(added->id, QStringLiteral(" ")), ErrorCode::InvalidInput,
            { QStringLiteral("reason is needed") });
        requireOk(asAdmin.remove(added->id, QStringLiteral("Duplicate")));
        checkRefused(
            asAdmin.get(added->id).status(), ErrorCode::InvalidInput, { QStringLiteral("not recorded") });
        CHECK(lastDetails(admin, AuditAction::Delete, QStringLiteral("mentor"), added->id)
            == QStringLiteral(R"({"reason":"Duplicate"})"));
        checkRefused(asAdmin.remove(added->id, QStringLiteral("Again")), ErrorCode::InvalidInput,
            { QStringLiteral("already deleted") });
        // The row is still there, marked deleted, and no longer blocks a new application.
        CHECK(scalar(admin, QStringLiteral("SELECT count(*) FROM mentors WHERE deleted_reason = 'Duplicate'"))
            == 1);
        CHECK(asAdmin.apply(mentorApplication(prisoner, today(ts))).ok());
    }
}

TEST_CASE("Clearance needs governor approval, security clearance and the clearance permission")
{
    TestSession ts;
    ts.addStaff();
    const qint64 prisoner = addPrisoner(*ts.session, QStringLiteral("A1234BC"), QStringLiteral("Dan Mentor"));
    const qint64 id
        = MentorService(*ts.session).apply(mentorApplication(prisoner, today(ts).addDays(-10)))->id;
    const QDate yesterday = today(ts).addDays(-1);

    SECTION("a nurse may not record clearance or clear an application")
    {
        UserSession& nurse = ts.signInAs(Nurse);
        MentorService mentors(nurse);
        const int events = auditEvents(nurse);
        checkRefused(mentors.recordGovernorApproval(id, yesterday, QStringLiteral("Governor Hale")),
            ErrorCode::Forbidden, {});
        checkRefused(mentors.recordSecurityClearance(id, yesterday, QStringLiteral("Officer Ray")),
            ErrorCode::Forbidden, {});
        checkRefused(mentors.changeStatus(id, MentorStatus::Cleared, {}), ErrorCode::Forbidden, {});
        CHECK(auditEvents(nurse) == events);
        CHECK_FALSE(mentors.get(id)->governorApproved());
        CHECK(*mentors.allowedNextStatuses(id) == QList<MentorStatus> { MentorStatus::Left });
    }
    SECTION("a worker records both, then clears the application")
    {
        UserSession& worker = ts.signInAs(Worker);
        MentorService mentors(worker);
        CHECK(*mentors.allowedNextStatuses(id) == QList<MentorStatus> { MentorStatus::Left });
        checkRefused(
            mentors.recordGovernorApproval(id, today(ts).addDays(1), QStringLiteral("Governor Hale")),
            ErrorCode::InvalidInput, { QStringLiteral("cannot be in the future") });
        checkRefused(
            mentors.recordGovernorApproval(id, today(ts).addDays(-11), QStringLiteral("Governor Hale")),
            ErrorCode::InvalidInput, { QStringLiteral("cannot be before the date of application") });
        checkRefused(mentors.recordGovernorApproval(id, yesterday, QStringLiteral("  ")),
            ErrorCode::InvalidInput, { QStringLiteral("approving governor is needed") });
        requireOk(mentors.recordGovernorApproval(id, yesterday, QStringLiteral(" Governor Hale ")));
        CHECK(lastDetails(worker, AuditAction::Change, QStringLiteral("mentor"), id)
            == QStringLiteral(R"({"governor_approved_by":{"after":"Governor Hale","before":""},)"
                              R"("governor_approved_on":{"after":"2025-12-31","before":null}})"));

        // Governor approval alone is not enough, and the refusal changes nothing.
        const int events = auditEvents(worker);
        checkRefused(mentors.changeStatus(id, MentorStatus::Cleared, {}), ErrorCode::InvalidInput,
            { QStringLiteral("Missing: security clearance.") });
        CHECK(auditEvents(worker) == events);
        CHECK(mentors.history(id)->size() == 1);
        CHECK(mentors.get(id)->status == MentorStatus::Applied);

        requireOk(mentors.recordSecurityClearance(id, today(ts), QStringLiteral("Officer Ray")));
        CHECK(*mentors.allowedNextStatuses(id)
            == QList<MentorStatus> { MentorStatus::Cleared, MentorStatus::Left });
        ts.clock.advance(3600);
        requireOk(mentors.changeStatus(id, MentorStatus::Cleared, {}));
        const Mentor cleared = *mentors.get(id);
        CHECK(cleared.status == MentorStatus::Cleared);
        CHECK(cleared.governorApprovedOn == yesterday);
        CHECK(cleared.securityClearedBy == QStringLiteral("Officer Ray"));
        const QList<Mentor::StatusChange> history = *mentors.history(id);
        REQUIRE(history.size() == 2);
        CHECK(history[1].from == MentorStatus::Applied);
        CHECK(history[1].to == MentorStatus::Cleared);
        CHECK(history[1].changedOn == today(ts));
        CHECK(history[1].recordedBy == Worker);
        CHECK(history[1].recordedAt == ts.clock.now());
        CHECK(lastDetails(worker, AuditAction::Change, QStringLiteral("mentor"), id)
            == QStringLiteral(
                R"({"changed_on":"2026-01-01","status":{"after":"cleared","before":"applied"}})"));
        // Clearance belongs to the open application.
        checkRefused(mentors.recordSecurityClearance(id, today(ts), QStringLiteral("Someone")),
            ErrorCode::InvalidInput, { QStringLiteral("already Cleared") });
    }
}

TEST_CASE("Shadowing is signed off only after the minimum duration")
{
    TestSession ts;
    UserSession& s = *ts.session;
    MentorService mentors(s);
    const qint64 prisoner = addPrisoner(s, QStringLiteral("A1234BC"), QStringLiteral("Tom Trainee"));
    const qint64 applied = mentorAt(
        s, addPrisoner(s, QStringLiteral("B2345CD"), QStringLiteral("Ann Applied")), MentorStatus::Applied);
    const qint64 experienced = mentorAt(
        s, addPrisoner(s, QStringLiteral("C3456DE"), QStringLiteral("Eddie Expert")), MentorStatus::Active);
    const qint64 trainee = mentorAt(s, prisoner, MentorStatus::Cleared);
    requireOk(mentors.changeStatus(trainee, MentorStatus::Shadowing, {}));

    ShadowingPeriod period;
    period.mentorId = trainee;
    period.experiencedMentorId = experienced;
    period.startedOn = today(ts); // 2026-01-01: three months end on 2026-04-01, 90 days on
    period.sessionsObserved = 2;

    SECTION("bad periods are refused and change nothing")
    {
        const int events = auditEvents(s);
        auto with = [&](auto change) {
            ShadowingPeriod bad = period;
            change(bad);
            return mentors.addShadowing(bad).status();
        };
        checkRefused(with([&](ShadowingPeriod& b) { b.startedOn = today(ts).addDays(1); }),
            ErrorCode::InvalidInput, { QStringLiteral("start of shadowing cannot be in the future") });
        checkRefused(with([&](ShadowingPeriod& b) {
            b.startedOn = today(ts).addDays(-5);
            b.endedOn = today(ts).addDays(-6);
        }),
            ErrorCode::InvalidInput,
            { QStringLiteral("end of shadowing cannot be before the start of shadowing") });
        checkRefused(with([](ShadowingPeriod& b) { b.sessionsObserved = -1; }), ErrorCode::InvalidInput,
            { QStringLiteral("sessions observed") });
        checkRefused(with([&](ShadowingPeriod& b) { b.experiencedMentorId = trainee; }),
            ErrorCode::InvalidInput, { QStringLiteral("cannot shadow themselves") });
        checkRefused(with([&](ShadowingPeriod& b) { b.experiencedMentorId = applied; }),
            ErrorCode::InvalidInput, { QStringLiteral("must be an active mentor; they are Applied") });
        checkRefused(with([&](ShadowingPeriod& b) { b.mentorId = applied; }), ErrorCode::InvalidInput,
            { QStringLiteral("only after the application is cleared") });
        checkRefused(with([&](ShadowingPeriod& b) { b.startedOn = today(ts).addDays(-201); }),
            ErrorCode::InvalidInput, { QStringLiteral("cannot be before the date of application") });
        CHECK(auditEvents(s) == events);
        CHECK(mentors.shadowingPeriods(trainee)->isEmpty());
    }
    SECTION("sign-off is refused, with the days remaining, until three months have passed")
    {
        Result<ShadowingPeriod> added = mentors.addShadowing(period);
        REQUIRE(added.ok());
        CHECK(added->experiencedMentorId == experienced);
        CHECK(lastDetails(s, AuditAction::Create, QStringLiteral("shadowing_period"), added->id)
            == QStringLiteral(
                R"({"ended_on":null,"experienced_mentor_id":%1,"mentor_id":%2,"notes":"","sessions_observed":2,)"
                R"("started_on":"2026-01-01"})")
                   .arg(experienced)
                   .arg(trainee));
        const int events = auditEvents(s);
        checkRefused(mentors.signOffShadowing(added->id, {}, QStringLiteral("Nurse Patel")),
            ErrorCode::InvalidInput,
            { QStringLiteral("at least 3 months"), QStringLiteral("90 days remain"),
                QStringLiteral("2026-04-01") });
        checkRefused(mentors.changeStatus(trainee, MentorStatus::Trained, {}), ErrorCode::InvalidInput,
            { QStringLiteral("until a shadowing period of at least 3 months is signed off") });
        CHECK(*mentors.allowedNextStatuses(trainee) == QList<MentorStatus> { MentorStatus::Left });

        ts.clock.set(ts.clock.now().addDays(89));
        CHECK(mentors.readiness(trainee)->shadowingDaysDone == 89);
        CHECK(mentors.readiness(trainee)->shadowingDaysRequired == 90);
        checkRefused(mentors.signOffShadowing(added->id, {}, QStringLiteral("Nurse Patel")),
            ErrorCode::InvalidInput, { QStringLiteral("1 day remains") });
        checkRefused(mentors.signOffShadowing(added->id, today(ts).addDays(1), QStringLiteral("Nurse Patel")),
            ErrorCode::InvalidInput, { QStringLiteral("cannot be in the future") });
        checkRefused(
            mentors.signOffShadowing(added->id, today(ts).addDays(-90), QStringLiteral("Nurse Patel")),
            ErrorCode::InvalidInput,
            { QStringLiteral("sign-off date cannot be before the start of shadowing") });
        CHECK(auditEvents(s) == events);
        CHECK(mentors.history(trainee)->size() == 3);

        ts.clock.set(ts.clock.now().addDays(1));
        checkRefused(mentors.signOffShadowing(added->id, {}, QStringLiteral(" ")), ErrorCode::InvalidInput,
            { QStringLiteral("is needed") });
        requireOk(mentors.signOffShadowing(added->id, {}, QStringLiteral("Nurse Patel")));
        const ShadowingPeriod signedOff = *mentors.shadowingPeriod(added->id);
        CHECK(signedOff.signedOffOn == QDate(2026, 4, 1));
        CHECK(signedOff.endedOn == QDate(2026, 4, 1));
        CHECK(signedOff.signedOffBy == QStringLiteral("Nurse Patel"));
        CHECK(lastDetails(s, AuditAction::Change, QStringLiteral("shadowing_period"), added->id)
            == QStringLiteral(
                R"({"ended_on":{"after":"2026-04-01","before":null},"signed_off_by":{"after":"Nurse Patel","before":""},)"
                R"("signed_off_on":{"after":"2026-04-01","before":null}})"));
        checkRefused(mentors.signOffShadowing(added->id, {}, QStringLiteral("Nurse Patel")),
            ErrorCode::InvalidInput, { QStringLiteral("already signed off on 2026-04-01 by Nurse Patel") });
        ShadowingPeriod moved = signedOff;
        moved.startedOn = moved.startedOn.addDays(1);
        checkRefused(mentors.updateShadowing(moved), ErrorCode::InvalidInput,
            { QStringLiteral("signed off, so its dates cannot be changed") });
        moved.startedOn = signedOff.startedOn;
        moved.sessionsObserved = 12;
        requireOk(mentors.updateShadowing(moved));
        CHECK(lastDetails(s, AuditAction::Change, QStringLiteral("shadowing_period"), added->id)
            == QStringLiteral(R"({"sessions_observed":{"after":12,"before":2}})"));

        const MentorService::Readiness r = *mentors.readiness(trainee);
        CHECK(r.shadowingSignedOff);
        CHECK(r.shadowingDaysDone == 90);
        CHECK(*mentors.allowedNextStatuses(trainee)
            == QList<MentorStatus> { MentorStatus::Trained, MentorStatus::Left });
        requireOk(mentors.changeStatus(trainee, MentorStatus::Trained, {}));
        CHECK(mentors.get(trainee)->status == MentorStatus::Trained);
    }
    SECTION("a period that ended too early cannot be signed off")
    {
        period.startedOn = today(ts).addDays(-120);
        period.endedOn = today(ts).addDays(-90);
        const qint64 id = mentors.addShadowing(period)->id;
        checkRefused(mentors.signOffShadowing(id, {}, QStringLiteral("Nurse Patel")), ErrorCode::InvalidInput,
            { QStringLiteral("ended after 30 days") });
        CHECK_FALSE(mentors.shadowingPeriod(id)->signedOff());
    }
    SECTION("the minimum is a setting")
    {
        requireOk(s.changeSetting(Setting::MinimumShadowingMonths, 1));
        period.startedOn = today(ts).addMonths(-1);
        const qint64 id = mentors.addShadowing(period)->id;
        requireOk(mentors.signOffShadowing(id, {}, QStringLiteral("Nurse Patel")));
        requireOk(s.changeSetting(Setting::MinimumShadowingMonths, 2));
        // Signed off under a shorter minimum: no longer enough.
        CHECK_FALSE(mentors.readiness(trainee)->shadowingSignedOff);
        checkRefused(mentors.changeStatus(trainee, MentorStatus::Trained, {}), ErrorCode::InvalidInput,
            { QStringLiteral("2 months") });
    }
    SECTION("deleting a period needs a reason")
    {
        const qint64 id = mentors.addShadowing(period)->id;
        checkRefused(
            mentors.removeShadowing(id, {}), ErrorCode::InvalidInput, { QStringLiteral("reason is needed") });
        requireOk(mentors.removeShadowing(id, QStringLiteral("Wrong trainee")));
        CHECK(mentors.shadowingPeriods(trainee)->isEmpty());
        CHECK(lastDetails(s, AuditAction::Delete, QStringLiteral("shadowing_period"), id)
            == QStringLiteral(R"({"reason":"Wrong trainee"})"));
    }
}

TEST_CASE("Training records keep their dates in order")
{
    TestSession ts;
    UserSession& s = *ts.session;
    MentorService mentors(s);
    const qint64 id = mentorAt(
        s, addPrisoner(s, QStringLiteral("A1234BC"), QStringLiteral("Tia Trained")), MentorStatus::Applied);
    TrainingRecord good = trainingModule(
        id, QStringLiteral("Managing concerns"), today(ts).addDays(-10), today(ts).addYears(1));
    good.hours = 6.5;
    good.accreditation = QStringLiteral("CPD");
    good.assessor = QStringLiteral("Nurse Patel");

    Result<TrainingRecord> added = mentors.addTraining(good);
    INFO(added.status().message().toStdString());
    REQUIRE(added.ok());
    CHECK(added->hours == 6.5);
    CHECK(added->expiresOn == today(ts).addYears(1));
    CHECK(lastDetails(s, AuditAction::Create, QStringLiteral("training_record"), added->id)
        == QStringLiteral(
            R"({"accreditation":"CPD","assessor":"Nurse Patel","completed_on":"2025-12-22","expires_on":"2027-01-01",)"
            R"("hours":6.5,"mentor_id":%1,"module":"Managing concerns","provider":"Healthcare team","started_on":"2025-12-15"})")
               .arg(id));

    const int events = auditEvents(s);
    auto with = [&](auto change) {
        TrainingRecord bad = good;
        change(bad);
        return mentors.addTraining(bad).status();
    };
    checkRefused(with([](TrainingRecord& b) { b.module = QStringLiteral(" "); }), ErrorCode::InvalidInput,
        { QStringLiteral("module is needed") });
    checkRefused(with([&](TrainingRecord& b) { b.startedOn = b.completedOn.addDays(1); }),
        ErrorCode::InvalidInput, { QStringLiteral("completion date cannot be before the start date") });
    checkRefused(with([&](TrainingRecord& b) {
        b.startedOn = today(ts);
        b.completedOn = today(ts).addDays(1);
        b.expiresOn = {};
    }),
        ErrorCode::InvalidInput, { QStringLiteral("completion date cannot be in the future") });
    checkRefused(with([](TrainingRecord& b) { b.expiresOn = b.completedOn; }), ErrorCode::InvalidInput,
        { QStringLiteral("expiry date must be after the completion date") });
    checkRefused(with([](TrainingRecord& b) { b.completedOn = {}; }), ErrorCode::InvalidInput,
        { QStringLiteral("expiry date needs a completion date") });
    checkRefused(
        with([](TrainingRecord& b) { b.hours = -1; }), ErrorCode::InvalidInput, { QStringLiteral("hours") });
    checkRefused(with([](TrainingRecord& b) { b.hours = std::numeric_limits<double>::quiet_NaN(); }),
        ErrorCode::InvalidInput, { QStringLiteral("hours") });
    checkRefused(with([](TrainingRecord& b) { b.mentorId = 9999; }), ErrorCode::InvalidInput,
        { QStringLiteral("not recorded") });
    CHECK(auditEvents(s) == events);
    CHECK(mentors.trainingRecords(id)->size() == 1);

    // In progress: no completion, no expiry.
    TrainingRecord started = good;
    started.completedOn = {};
    started.expiresOn = {};
    started.hours.reset();
    REQUIRE(mentors.addTraining(started).ok());

    TrainingRecord changed = *added;
    changed.provider = QStringLiteral("College");
    changed.hours.reset();
    requireOk(mentors.updateTraining(changed));
    CHECK(lastDetails(s, AuditAction::Change, QStringLiteral("training_record"), added->id)
        == QStringLiteral(
            R"({"hours":{"after":null,"before":6.5},"provider":{"after":"College","before":"Healthcare team"}})"));
    changed.expiresOn = changed.completedOn.addDays(-1);
    checkRefused(mentors.updateTraining(changed), ErrorCode::InvalidInput,
        { QStringLiteral("expiry date must be after") });
    CHECK(mentors.trainingRecord(added->id)->provider == QStringLiteral("College"));

    requireOk(mentors.removeTraining(added->id, QStringLiteral("Recorded for the wrong mentor")));
    CHECK(mentors.trainingRecords(id)->size() == 1);
}

TEST_CASE("Supervisions are dated, name the supervisor and are audited")
{
    TestSession ts;
    UserSession& s = *ts.session;
    MentorService mentors(s);
    const qint64 id = mentorAt(
        s, addPrisoner(s, QStringLiteral("A1234BC"), QStringLiteral("Sue Pervised")), MentorStatus::Active);
    Supervision good;
    good.mentorId = id;
    good.heldOn = today(ts);
    good.supervisor = QStringLiteral("Nurse Patel");
    good.notes = QStringLiteral("Talked through a hard night call-out.\nDebriefed.");
    good.mentorWellbeing = QStringLiteral("Tired but coping");
    Result<Supervision> added = mentors.addSupervision(good);
    REQUIRE(added.ok());
    CHECK(added->notes == good.notes);

    const int events = auditEvents(s);
    auto with = [&](auto change) {
        Supervision bad = good;
        change(bad);
        return mentors.addSupervision(bad).status();
    };
    checkRefused(with([&](Supervision& b) { b.heldOn = today(ts).addDays(1); }), ErrorCode::InvalidInput,
        { QStringLiteral("cannot be in the future") });
    checkRefused(with([&](Supervision& b) { b.heldOn = today(ts).addDays(-201); }), ErrorCode::InvalidInput,
        { QStringLiteral("cannot be before the date of application") });
    checkRefused(with([](Supervision& b) { b.supervisor = QString(); }), ErrorCode::InvalidInput,
        { QStringLiteral("supervisor is needed") });
    checkRefused(with([](Supervision& b) { b.mentorWellbeing = QString(2001, QLatin1Char('x')); }),
        ErrorCode::InvalidInput, { QStringLiteral("too long") });
    CHECK(auditEvents(s) == events);

    Supervision earlier = good;
    earlier.heldOn = today(ts).addDays(-14);
    REQUIRE(mentors.addSupervision(earlier).ok());
    const QList<Supervision> list = *mentors.supervisions(id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].heldOn == today(ts)); // newest first

    Supervision changed = *added;
    changed.mentorWellbeing = QStringLiteral("Better after a rest day");
    requireOk(mentors.updateSupervision(changed));
    CHECK(lastDetails(s, AuditAction::Change, QStringLiteral("supervision"), added->id)
        == QStringLiteral(
            R"({"mentor_wellbeing":{"after":"Better after a rest day","before":"Tired but coping"}})"));
    requireOk(mentors.removeSupervision(added->id, QStringLiteral("Duplicate")));
    CHECK(mentors.supervisions(id)->size() == 1);
}

TEST_CASE("A mentor becomes active only when cleared, shadowed and trained, and the readiness check says "
          "what is missing")
{
    TestSession ts;
    UserSession& s = *ts.session;
    MentorService mentors(s);
    const QStringList mandatory = s.settings().list(Setting::MandatoryModules);
    REQUIRE(mandatory.size() == 5);

    const qint64 fresh = mentorAt(
        s, addPrisoner(s, QStringLiteral("B2345CD"), QStringLiteral("Fay Fresh")), MentorStatus::Applied);
    MentorService::Readiness none = *mentors.readiness(fresh);
    CHECK_FALSE(none.cleared);
    CHECK_FALSE(none.shadowingSignedOff);
    CHECK(none.shadowingDaysDone == 0);
    CHECK(none.shadowingDaysRequired == 90);
    CHECK(none.missingModules == mandatory);
    CHECK_FALSE(none.ready());
    CHECK(none.missing().size() == 3);

    const qint64 id = mentorAt(
        s, addPrisoner(s, QStringLiteral("A1234BC"), QStringLiteral("Al Most")), MentorStatus::Trained);
    MentorService::Readiness r = *mentors.readiness(id);
    CHECK(r.cleared);
    CHECK(r.shadowingSignedOff);
    CHECK(r.shadowingDaysDone == 180);
    CHECK(r.missingModules == mandatory);
    CHECK(*mentors.allowedNextStatuses(id) == QList<MentorStatus> { MentorStatus::Left });
    // Every move the graph has is listed with what blocks it, in the words
    // changeStatus refuses it with: the window shows these, not its own.
    const QList<MentorService::Move> moves = *mentors.nextMoves(id);
    REQUIRE(moves.size() == allowedNextStatuses(MentorStatus::Trained).size());
    for (const MentorService::Move& move : moves) {
        INFO(mentorStatusKey(move.to).toStdString());
        if (move.to == MentorStatus::Left) {
            CHECK(move.possible());
            continue;
        }
        REQUIRE_FALSE(move.possible());
        const Status refused = mentors.changeStatus(id, move.to, {});
        CHECK(refused.code() == move.blocker.code());
        CHECK(refused.message() == move.blocker.message());
    }

    const int events = auditEvents(s);
    checkRefused(mentors.changeStatus(id, MentorStatus::Active, {}), ErrorCode::InvalidInput,
        { QStringLiteral("cannot become active yet"), QStringLiteral("Talking with people"),
            QStringLiteral("Facilitating a group") });
    for (int i = 0; i < 4; ++i)
        REQUIRE(mentors.addTraining(trainingModule(id, mandatory[i].toUpper(), today(ts).addDays(-20)))
                    .ok()); // case does not matter
    // The last module: one in progress and one long expired do not count.
    TrainingRecord inProgress = trainingModule(id, mandatory[4], {});
    inProgress.startedOn = today(ts);
    REQUIRE(mentors.addTraining(inProgress).ok());
    REQUIRE(
        mentors.addTraining(trainingModule(id, mandatory[4], today(ts).addYears(-3), today(ts).addYears(-1)))
            .ok());
    const int trainingEvents = 6;
    checkRefused(mentors.changeStatus(id, MentorStatus::Active, {}), ErrorCode::InvalidInput,
        { QStringLiteral("not completed or expired: Facilitating a group.") });
    CHECK_FALSE(mentors.changeStatus(id, MentorStatus::Active, {}).message().contains(mandatory[0]));
    CHECK(auditEvents(s) == events + trainingEvents);
    CHECK(mentors.get(id)->status == MentorStatus::Trained);
    CHECK(mentors.history(id)->size() == 4);
    CHECK(mentors.readiness(id)->missingModules == QStringList { mandatory[4] });

    const Result<TrainingRecord> last
        = mentors.addTraining(trainingModule(id, mandatory[4], today(ts), today(ts).addDays(30)));
    REQUIRE(last.ok());
    CHECK(mentors.readiness(id)->ready());
    CHECK(
        *mentors.allowedNextStatuses(id) == QList<MentorStatus> { MentorStatus::Active, MentorStatus::Left });
    requireOk(mentors.changeStatus(id, MentorStatus::Active, {}));

    SECTION("an expired module stops a paused mentor coming back")
    {
        requireOk(mentors.changeStatus(id, MentorStatus::Paused, {}, QStringLiteral("Exams")));
        ts.clock.set(ts.clock.now().addDays(30));
        checkRefused(mentors.changeStatus(id, MentorStatus::Active, {}), ErrorCode::InvalidInput,
            { QStringLiteral("Facilitating a group") });
        CHECK(*mentors.allowedNextStatuses(id)
            == QList<MentorStatus> { MentorStatus::Suspended, MentorStatus::Left });
        CHECK(mentors.get(id)->status == MentorStatus::Paused);
    }
    SECTION("the mandatory modules are a setting")
    {
        requireOk(s.changeSetting(Setting::MandatoryModules,
            QStringList { QStringLiteral("Managing concerns"), QStringLiteral("First aid") }));
        CHECK(mentors.readiness(id)->missingModules == QStringList { QStringLiteral("First aid") });
        requireOk(s.changeSetting(Setting::MandatoryModules, QStringList {}));
        CHECK(mentors.readiness(fresh)->missingModules.isEmpty());
    }
}

TEST_CASE("Every move of the status graph writes history and an audit event, and refused moves write nothing")
{
    TestSession ts;
    UserSession& s = *ts.session;
    MentorService mentors(s);
    int next = 0;
    auto newMentor = [&](MentorStatus at) {
        ++next;
        const QString number = QStringLiteral("A%1BC").arg(1000 + next);
        return mentorAt(s, addPrisoner(s, number, QStringLiteral("Mentor %1").arg(next)), at);
    };
    // Counts every status-history row and audit event the move adds.
    auto expectMove = [&](qint64 id, MentorStatus to, const QString& reason = {},
                          std::optional<LeavingReason> leaving = std::nullopt) {
        const MentorStatus from = mentors.get(id)->status;
        const int rows = scalar(s, QStringLiteral("SELECT count(*) FROM mentor_status_history"));
        const int events = auditEvents(s);
        requireOk(mentors.changeStatus(id, to, {}, reason, leaving));
        CHECK(mentors.get(id)->status == to);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentor_status_history")) == rows + 1);
        CHECK(auditEvents(s) == events + 1);
        const Mentor::StatusChange last = mentors.history(id)->constLast();
        CHECK(last.from == from);
        CHECK(last.to == to);
    };
    auto expectRefused = [&](qint64 id, MentorStatus to, const QStringList& fragments,
                             const QString& reason = {},
                             std::optional<LeavingReason> leaving = std::nullopt) {
        const Mentor before = *mentors.get(id);
        const int rows = scalar(s, QStringLiteral("SELECT count(*) FROM mentor_status_history"));
        const int events = auditEvents(s);
        checkRefused(mentors.changeStatus(id, to, {}, reason, leaving), ErrorCode::InvalidInput, fragments);
        CHECK(mentors.get(id)->status == before.status);
        CHECK(mentors.get(id)->updatedAt == before.updatedAt);
        CHECK(scalar(s, QStringLiteral("SELECT count(*) FROM mentor_status_history")) == rows);
        CHECK(auditEvents(s) == events);
    };

    SECTION("active, paused and suspended")
    {
        const qint64 id = newMentor(MentorStatus::Active);
        expectMove(id, MentorStatus::Paused);
        expectMove(id, MentorStatus::Active);
        expectRefused(id, MentorStatus::Suspended, { QStringLiteral("reason for the suspension is needed") });
        expectMove(id, MentorStatus::Suspended, QStringLiteral("Under investigation"));
        CHECK(mentors.history(id)->constLast().reason == QStringLiteral("Under investigation"));
        CHECK(lastDetails(s, AuditAction::Change, QStringLiteral("mentor"), id)
            == QStringLiteral(
                R"({"changed_on":"2026-01-01","reason":"Under investigation","status":{"after":"suspended","before":"active"}})"));
        expectRefused(id, MentorStatus::Paused, { QStringLiteral("cannot go from Suspended to Paused") });
        expectMove(id, MentorStatus::Active);
        expectMove(id, MentorStatus::Paused);
        expectMove(id, MentorStatus::Suspended, QStringLiteral("Nicked"));
        expectRefused(
            id, MentorStatus::Suspended, { QStringLiteral("already Suspended") }, QStringLiteral("Again"));
        expectRefused(id, MentorStatus::Left, { QStringLiteral("Say why the mentor left") });
        expectMove(id, MentorStatus::Left, QStringLiteral("Moved to HMP Leeds"), LeavingReason::Transferred);
        CHECK(mentors.get(id)->leftReason == LeavingReason::Transferred);
        CHECK(mentors.history(id)->constLast().reason == QStringLiteral("transferred: Moved to HMP Leeds"));
        CHECK(lastDetails(s, AuditAction::Change, QStringLiteral("mentor"), id)
            == QStringLiteral(
                R"({"changed_on":"2026-01-01","left_reason":{"after":"transferred","before":null},)"
                R"("reason":"Moved to HMP Leeds","status":{"after":"left","before":"suspended"}})"));
        for (MentorStatus to : allMentorStatuses()) {
            if (to != MentorStatus::Left)
                expectRefused(
                    id, to, { QStringLiteral("cannot go from Left to %1").arg(mentorStatusLabel(to)) });
        }
        CHECK(mentors.allowedNextStatuses(id)->isEmpty());
    }
    SECTION("every status but left can move to left, with a leaving reason")
    {
        const QList<MentorStatus> from { MentorStatus::Applied, MentorStatus::Cleared,
            MentorStatus::Shadowing, MentorStatus::Trained, MentorStatus::Active, MentorStatus::Paused,
            MentorStatus::Suspended };
        for (MentorStatus status : from) {
            INFO(mentorStatusKey(status).toStdString());
            const qint64 id = newMentor(status);
            CHECK(mentors.get(id)->status == status);
            CHECK(mentors.allowedNextStatuses(id)->contains(MentorStatus::Left));
            expectRefused(
                id, MentorStatus::Left, { QStringLiteral("released, transferred, resigned or removed") });
            expectMove(id, MentorStatus::Left, {}, LeavingReason::Released);
            CHECK(mentors.history(id)->constLast().reason == QStringLiteral("released"));
        }
    }
    SECTION("skipping a step is refused, naming both statuses")
    {
        const qint64 applied = newMentor(MentorStatus::Applied);
        expectRefused(applied, MentorStatus::Active, { QStringLiteral("cannot go from Applied to Active") });
        expectRefused(
            applied, MentorStatus::Shadowing, { QStringLiteral("cannot go from Applied to Shadowing") });
        const qint64 cleared = newMentor(MentorStatus::Cleared);
        expectRefused(
            cleared, MentorStatus::Trained, { QStringLiteral("cannot go from Cleared to Trained") });
        expectRefused(
            cleared, MentorStatus::Applied, { QStringLiteral("cannot go from Cleared to Applied") });
        const qint64 shadowing = newMentor(MentorStatus::Shadowing);
        expectRefused(
            shadowing, MentorStatus::Active, { QStringLiteral("cannot go from Shadowing to Active") });
        const qint64 trained = newMentor(MentorStatus::Trained);
        expectRefused(trained, MentorStatus::Paused, { QStringLiteral("cannot go from Trained to Paused") });
        expectRefused(trained, MentorStatus::Suspended,
            { QStringLiteral("cannot go from Trained to Suspended") }, QStringLiteral("x"));
        const qint64 paused = newMentor(MentorStatus::Paused);
        expectRefused(paused, MentorStatus::Trained, { QStringLiteral("cannot go from Paused to Trained") });
        // The steps that are allowed from these.
        expectMove(cleared, MentorStatus::Shadowing);
        expectMove(paused, MentorStatus::Suspended, QStringLiteral("Adjudication"));
    }
    SECTION("the date of a change is not in the future nor before the previous change")
    {
        const qint64 id = newMentor(MentorStatus::Active);
        const int events = auditEvents(s);
        checkRefused(mentors.changeStatus(id, MentorStatus::Paused, today(ts).addDays(1)),
            ErrorCode::InvalidInput, { QStringLiteral("date of the change cannot be in the future") });
        checkRefused(mentors.changeStatus(id, MentorStatus::Paused, today(ts).addDays(-1)),
            ErrorCode::InvalidInput, { QStringLiteral("cannot be before the previous status change") });
        CHECK(auditEvents(s) == events);
        ts.clock.set(ts.clock.now().addDays(5));
        requireOk(mentors.changeStatus(id, MentorStatus::Paused, today(ts).addDays(-2)));
        CHECK(mentors.history(id)->constLast().changedOn == QDate(2026, 1, 4));
    }
}

TEST_CASE("Permissions: workers and nurses manage mentors, only the clearance roles clear, only "
          "administrators delete")
{
    TestSession ts;
    ts.addStaff();
    const qint64 prisoner = addPrisoner(*ts.session, QStringLiteral("A1234BC"), QStringLiteral("Pat Perm"));

    UserSession& nurse = ts.signInAs(Nurse);
    const qint64 id = MentorService(nurse)
                          .apply(mentorApplication(prisoner, today(ts)))
                          ->id; // nurses may record applications
    checkRefused(MentorService(nurse).recordSecurityClearance(id, today(ts), QStringLiteral("Officer Ray")),
        ErrorCode::Forbidden, { QStringLiteral("ental health nurse") });
    checkRefused(MentorService(nurse).remove(id, QStringLiteral("Mistake")), ErrorCode::Forbidden, {});

    UserSession& worker = ts.signInAs(Worker);
    requireOk(MentorService(worker).recordSecurityClearance(id, today(ts), QStringLiteral("Officer Ray")));
    requireOk(MentorService(worker).recordGovernorApproval(id, today(ts), QStringLiteral("Governor Hale")));
    CHECK(*MentorService(worker).allowedNextStatuses(id)
        == QList<MentorStatus> { MentorStatus::Cleared, MentorStatus::Left });

    // Both are recorded, yet a nurse still may not clear the application.
    UserSession& nurseAgain = ts.signInAs(Nurse);
    CHECK(*MentorService(nurseAgain).allowedNextStatuses(id) == QList<MentorStatus> { MentorStatus::Left });
    const QList<MentorService::Move> nurseMoves = *MentorService(nurseAgain).nextMoves(id);
    REQUIRE(nurseMoves.size() == 2);
    CHECK(nurseMoves.at(0).to == MentorStatus::Cleared);
    CHECK(nurseMoves.at(0).blocker.code() == ErrorCode::Forbidden);
    CHECK(nurseMoves.at(0).blocker.message()
        == MentorService(nurseAgain).changeStatus(id, MentorStatus::Cleared, {}).message());
    checkRefused(
        MentorService(nurseAgain).changeStatus(id, MentorStatus::Cleared, {}), ErrorCode::Forbidden, {});
    CHECK(MentorService(nurseAgain).get(id)->status == MentorStatus::Applied);

    UserSession& workerAgain = ts.signInAs(Worker);
    requireOk(MentorService(workerAgain).changeStatus(id, MentorStatus::Cleared, {}));
    CHECK(MentorService(workerAgain).get(id)->status == MentorStatus::Cleared);
    checkRefused(
        MentorService(workerAgain).removeTraining(1, QStringLiteral("Mistake")), ErrorCode::Forbidden, {});

    UserSession& locked = ts.signInAs(Worker);
    requireOk(locked.lock());
    checkRefused(MentorService(locked).get(id).status(), ErrorCode::Usage, { QStringLiteral("locked") });
    checkRefused(MentorRecordQuery(locked).activeMentorLoad(id).status(), ErrorCode::Usage,
        { QStringLiteral("locked") });
}

TEST_CASE("A mentor's record: prisoner, history, progress, mentees and sessions delivered, then the list and "
          "the load")
{
    TestSession ts;
    UserSession& s = *ts.session;
    MentorService mentors(s);
    const qint64 prisoner = addPrisoner(s, QStringLiteral("A1234BC"), QStringLiteral("Rita Record"));
    const qint64 id = mentorAt(s, prisoner, MentorStatus::Active);
    Mentor withCapacity = *mentors.get(id);
    withCapacity.capacity = 2;
    requireOk(mentors.update(withCapacity));
    Supervision sup;
    sup.mentorId = id;
    sup.heldOn = today(ts);
    sup.supervisor = QStringLiteral("Nurse Patel");
    REQUIRE(mentors.addSupervision(sup).ok());
    const qint64 applicant = mentorAt(
        s, addPrisoner(s, QStringLiteral("B2345CD"), QStringLiteral("Abe Applicant")), MentorStatus::Applied);
    const qint64 leaver = mentorAt(
        s, addPrisoner(s, QStringLiteral("C3456DE"), QStringLiteral("Les Left")), MentorStatus::Left);

    // The mentee side's tables, filled directly: its service is not ours.
    const qint64 menteeA = addPrisoner(s, QStringLiteral("D4567EF"), QStringLiteral("Mo Mentee"));
    const qint64 menteeB = addPrisoner(s, QStringLiteral("E5678FG"), QStringLiteral("Ned Ended"));
    const qint64 menteeC = addPrisoner(s, QStringLiteral("F6789GH"), QStringLiteral("Cy Closed"));
    QSqlQuery q(s.database());
    const QString now = ts.clock.now().toString(Qt::ISODateWithMs);
    for (const QString& sql : {
             QStringLiteral("INSERT INTO mentee_episodes (id, prisoner_id, status, referred_on, "
                            "referral_source, created_at, updated_at) "
                            "VALUES (1, %1, 'active', '2025-12-01', 'self', '%4', '%4'), (2, %2, 'active', "
                            "'2025-12-01', 'staff', '%4', '%4'), "
                            "(3, %3, 'closed', '2025-11-01', 'mentor', '%4', '%4')")
                 .arg(menteeA)
                 .arg(menteeB)
                 .arg(menteeC)
                 .arg(now),
             QStringLiteral("INSERT INTO mentor_allocations (episode_id, mentor_id, allocated_on, ended_on, "
                            "created_at) VALUES "
                            "(1, %1, '2025-12-02', NULL, '%2'), (2, %1, '2025-12-02', '2025-12-20', '%2'), "
                            "(3, %1, '2025-11-02', NULL, '%2')")
                 .arg(id)
                 .arg(now),
             QStringLiteral("INSERT INTO mentee_sessions (id, held_at, duration_minutes, session_type, "
                            "recorded_by, created_at, updated_at, deleted_at) "
                            "VALUES (1, '2025-12-03T10:00', 30, '1:1', 'admin', '%1', '%1', NULL), (2, "
                            "'2025-12-04T10:00', 45, 'Group', 'admin', '%1', '%1', NULL), "
                            "(3, '2025-12-05T10:00', 60, '1:1', 'admin', '%1', '%1', '%1')")
                 .arg(now),
             QStringLiteral("INSERT INTO session_mentors (session_id, mentor_id) VALUES (1, %1), (2, %1), "
                            "(3, %1), (2, %2)")
                 .arg(id)
                 .arg(applicant),
         }) {
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }

    const int events = auditEvents(s);
    const Result<MentorRecordQuery::Record> record = MentorRecordQuery(s).record(id);
    INFO(record.status().message().toStdString());
    REQUIRE(record.ok());
    CHECK(record->mentor.id == id);
    CHECK(record->mentor.capacity == 2);
    CHECK(record->prisoner.fullName == QStringLiteral("Rita Record"));
    CHECK(record->prisoner.prisonNumber == QStringLiteral("A1234BC"));
    REQUIRE(record->history.size() == 5);
    CHECK(record->history.first().to == MentorStatus::Applied);
    CHECK(record->history.last().to == MentorStatus::Active);
    CHECK(record->readiness.ready());
    CHECK(record->readiness.shadowingDaysDone == 180);
    REQUIRE(record->shadowing.size() == 1);
    CHECK(record->shadowing.first().signedOffBy == QStringLiteral("Nurse Patel"));
    CHECK(record->training.size() == 5);
    CHECK(record->supervisions.size() == 1);
    REQUIRE(record->mentees.size() == 1);
    CHECK(record->mentees.first().fullName == QStringLiteral("Mo Mentee"));
    CHECK(record->mentees.first().prisonNumber == QStringLiteral("D4567EF"));
    CHECK(record->mentees.first().episodeId == 1);
    CHECK(record->mentees.first().allocatedOn == QDate(2025, 12, 2));
    CHECK(record->sessionsDelivered == 2);
    CHECK(record->minutesDelivered == 75);

    const MentorRecordQuery::Load load = *MentorRecordQuery(s).activeMentorLoad(id);
    CHECK(load.current == 1);
    CHECK(load.capacity == 2);
    CHECK_FALSE(load.atCapacity());
    CHECK(load.free() == 1);
    REQUIRE(q.exec(QStringLiteral("UPDATE mentor_allocations SET ended_on = NULL WHERE episode_id = 2")));
    CHECK(MentorRecordQuery(s).activeMentorLoad(id)->atCapacity());
    CHECK(MentorRecordQuery(s).activeMentorLoad(applicant)->current == 0);
    checkRefused(MentorRecordQuery(s).activeMentorLoad(9999).status(), ErrorCode::InvalidInput,
        { QStringLiteral("not recorded") });
    CHECK(auditEvents(s) == events + 1); // the record's view; reading the load writes nothing

    const QList<MentorRecordQuery::ListEntry> current = *MentorRecordQuery(s).list();
    REQUIRE(current.size() == 2);
    CHECK(current[0].fullName == QStringLiteral("Abe Applicant"));
    CHECK(current[0].status == MentorStatus::Applied);
    CHECK(current[0].currentMentees == 0);
    CHECK(current[1].mentorId == id);
    CHECK(current[1].status == MentorStatus::Active);
    CHECK(current[1].currentMentees == 2);
    CHECK(current[1].capacity == 2);
    const QList<MentorRecordQuery::ListEntry> all = *MentorRecordQuery(s).list(true);
    REQUIRE(all.size() == 3);
    CHECK(all[1].mentorId == leaver);
    CHECK(all[1].status == MentorStatus::Left);
}

TEST_CASE(
    "Opening a mentor's record is on the audit trail as a view, as a mentee's is; lists and pickers are not")
{
    TestSession ts;
    ts.addAccount(Worker, UserRole::SupportWorker);
    UserSession& admin = *ts.session;
    const qint64 prisoner = addPrisoner(admin, QStringLiteral("A1234BC"), QStringLiteral("Vera Viewed"));
    const qint64 id = mentorAt(admin, prisoner, MentorStatus::Active);
    const qint64 episode = addEpisode(ts, QStringLiteral("B2345CD"), QStringLiteral("Mo Mentee"));
    requireOk(MenteeService(*ts.session).allocate(episode, id, today(ts)).status());

    UserSession& worker = ts.signInAs(Worker);
    const auto views = [&] {
        return scalar(worker,
            QStringLiteral(
                "SELECT count(*) FROM audit_events WHERE action = 'view' AND entity_type = 'mentor' "
                "AND entity_id = '%1'")
                .arg(id));
    };
    const int before = auditEvents(worker);

    // The list, a mentor's current mentees and load only name people for
    // lists and pickers.
    REQUIRE(MentorRecordQuery(worker).list(true)->size() == 1);
    const Result<QList<MentorRecordQuery::CurrentMentee>> mentees
        = MentorRecordQuery(worker).currentMentees(id);
    REQUIRE(mentees.ok());
    REQUIRE(mentees->size() == 1);
    CHECK(mentees->constFirst().episodeId == episode);
    CHECK(mentees->constFirst().fullName == QStringLiteral("Mo Mentee"));
    REQUIRE(MentorRecordQuery(worker).activeMentorLoad(id)->current == 1);
    CHECK(auditEvents(worker) == before);

    // The whole record is viewing it: one event, by whoever opened it,
    // naming the mentor and the prisoner.
    const Result<MentorRecordQuery::Record> record = MentorRecordQuery(worker).record(id);
    INFO(record.status().message().toStdString());
    REQUIRE(record.ok());
    CHECK(record->prisoner.fullName == QStringLiteral("Vera Viewed"));
    CHECK(auditEvents(worker) == before + 1);
    CHECK(views() == 1);
    QSqlQuery q(worker.database());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, action, entity_type, entity_id, details FROM audit_events "
                                  "ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == Worker);
    CHECK(q.value(1).toString() == AuditAction::View);
    CHECK(q.value(2).toString() == QStringLiteral("mentor"));
    CHECK(q.value(3).toString() == QString::number(id));
    CHECK(q.value(4).toString()
        == QStringLiteral(R"({"prisoner_id":%1,"record":"mentor_record"})").arg(prisoner));

    // Each opening is a view of its own.
    REQUIRE(MentorRecordQuery(worker).record(id).ok());
    CHECK(views() == 2);

    // Nothing shown, nothing audited, for a mentor who is not recorded.
    checkRefused(MentorRecordQuery(worker).record(9999).status(), ErrorCode::InvalidInput, {});
    CHECK(auditEvents(worker) == before + 2);
    requireOk(worker.verify());
}
