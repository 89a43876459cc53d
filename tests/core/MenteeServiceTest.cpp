#include "services/MenteeService.h"

#include "RecordsFixture.h"
#include "TestSession.h"
#include "TestVault.h"
#include "services/CheckInService.h"
#include "services/PrisonerService.h"

#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>

using namespace wingmate;
using namespace wingmate::test;

namespace {

MenteeEpisode referralFor(qint64 prisonerId, const QDate& on)
{
    MenteeEpisode e;
    e.prisonerId = prisonerId;
    e.referredOn = on;
    e.referralSource = MenteeEpisode::ReferralSource::Staff;
    e.referralReason = QStringLiteral("Low mood since sentencing");
    return e;
}

// Referred 20 days ago by staff, consent 19 days ago, active from 18 days ago.
MenteeEpisode activeEpisode(TestSession& ts, qint64 prisonerId)
{
    return startEpisode(*ts.session, referralFor(prisonerId, today(ts).addDays(-20)), today(ts).addDays(-19),
        today(ts).addDays(-18));
}

} // namespace

TEST_CASE("A referral starts an episode that moves referred, active, closed")
{
    TestSession ts;
    MenteeService mentees(*ts.session);
    const qint64 prisoner = addPrisoner(*ts.session, QStringLiteral("A1234BC"), QStringLiteral("Dan Evans"));
    const int createsBefore = ts.countEvents(AuditAction::Create);
    Result<MenteeEpisode> referred = mentees.refer(referralFor(prisoner, today(ts).addDays(-10)));
    INFO(referred.status().message().toStdString());
    REQUIRE(referred.ok());
    CHECK(referred->status == MenteeEpisode::Stage::Referred);
    CHECK(referred->referralSource == MenteeEpisode::ReferralSource::Staff);
    CHECK(ts.countEvents(AuditAction::Create) == createsBefore + 1);
    const QJsonObject created
        = lastDetailsObject(*ts.session, AuditAction::Create, QStringLiteral("mentee_episode"), referred->id);
    CHECK(created.value(QStringLiteral("status")).toString() == QStringLiteral("referred"));
    CHECK(created.value(QStringLiteral("referral_source")).toString() == QStringLiteral("staff"));
    CHECK(created.value(QStringLiteral("referred_on")).toString()
        == today(ts).addDays(-10).toString(Qt::ISODate));

    SECTION("bad referrals are refused plainly and change nothing")
    {
        const qint64 other = addPrisoner(*ts.session, QStringLiteral("B2345CD"), QStringLiteral("Ed Fry"));
        const QString before = fingerprint(*ts.session);
        checkRefused(mentees.refer(referralFor(other, today(ts).addDays(1))).status(),
            ErrorCode::InvalidInput, QStringLiteral("cannot be in the future"));
        checkRefused(mentees.refer(referralFor(prisoner, today(ts))).status(), ErrorCode::InvalidInput,
            QStringLiteral("already has an open episode"));
        checkRefused(mentees.refer(referralFor(99999, today(ts))).status(), ErrorCode::InvalidInput,
            QStringLiteral("prisoner is not recorded"));
        MenteeEpisode consentFirst = referralFor(other, today(ts).addDays(-3));
        consentFirst.consentOn = today(ts).addDays(-4);
        checkRefused(mentees.refer(consentFirst).status(), ErrorCode::InvalidInput,
            QStringLiteral("The consent date cannot be before the referral date"));
        MenteeEpisode control = referralFor(other, today(ts));
        control.referralReason = QStringLiteral("bad\u0001text");
        checkRefused(
            mentees.refer(control).status(), ErrorCode::InvalidInput, QStringLiteral("control character"));
        CHECK(fingerprint(*ts.session) == before);
    }
    SECTION("activation needs consent, dates in order, and happens once")
    {
        const QString before = fingerprint(*ts.session);
        checkRefused(
            mentees.activate(referred->id, today(ts)), ErrorCode::InvalidInput, QStringLiteral("consent"));
        CHECK(fingerprint(*ts.session) == before);
        checkRefused(mentees.recordConsent(referred->id, today(ts).addDays(-11)), ErrorCode::InvalidInput,
            QStringLiteral("The consent date cannot be before the referral date"));
        REQUIRE(mentees.recordConsent(referred->id, today(ts).addDays(-5)).ok());
        const QString consented = fingerprint(*ts.session);
        checkRefused(mentees.activate(referred->id, today(ts).addDays(-6)), ErrorCode::InvalidInput,
            QStringLiteral("The activation date cannot be before the consent date"));
        checkRefused(mentees.activate(referred->id, today(ts).addDays(1)), ErrorCode::InvalidInput,
            QStringLiteral("cannot be in the future"));
        CHECK(fingerprint(*ts.session) == consented);
        REQUIRE(mentees.activate(referred->id, today(ts).addDays(-4)).ok());
        CHECK(mentees.get(referred->id)->status == MenteeEpisode::Stage::Active);
        CHECK(lastDetails(*ts.session, AuditAction::Change, QStringLiteral("mentee_episode"), referred->id)
            == QStringLiteral(
                R"({"activated_on":{"after":"%1","before":null},"status":{"after":"active","before":"referred"}})")
                   .arg(today(ts).addDays(-4).toString(Qt::ISODate)));
        checkRefused(mentees.activate(referred->id, today(ts)), ErrorCode::InvalidInput,
            QStringLiteral("cannot go from active to active"));
    }
    SECTION("closing: dates in order, then no way back, and a new referral may follow")
    {
        REQUIRE(mentees.recordConsent(referred->id, today(ts).addDays(-5)).ok());
        REQUIRE(mentees.activate(referred->id, today(ts).addDays(-4)).ok());
        MenteeService::Closure closure { today(ts).addDays(-5), MenteeEpisode::ClosureReason::GoalsMet, true,
            false, {} };
        const QString before = fingerprint(*ts.session);
        checkRefused(mentees.close(referred->id, closure), ErrorCode::InvalidInput,
            QStringLiteral("The closure date cannot be before the activation date"));
        CHECK(fingerprint(*ts.session) == before);
        closure.closedOn = today(ts);
        REQUIRE(mentees.close(referred->id, closure).ok());
        const MenteeEpisode closed = *mentees.get(referred->id);
        CHECK(closed.status == MenteeEpisode::Stage::Closed);
        CHECK(closed.closureReason == MenteeEpisode::ClosureReason::GoalsMet);
        CHECK(closed.outcomeEducationWork);
        const QString afterClose = fingerprint(*ts.session);
        checkRefused(mentees.activate(referred->id, today(ts)), ErrorCode::InvalidInput,
            QStringLiteral("cannot go from closed to active"));
        checkRefused(mentees.close(referred->id, closure), ErrorCode::InvalidInput,
            QStringLiteral("cannot go from closed to closed"));
        CHECK(fingerprint(*ts.session) == afterClose);
        CHECK(mentees.refer(referralFor(prisoner, today(ts))).ok());
        CHECK(mentees.episodesOf(prisoner)->size() == 2);
    }
    SECTION("a referral that never started closes only as declined, transferred, released or other")
    {
        const QString before = fingerprint(*ts.session);
        checkRefused(mentees.close(referred->id,
                         { today(ts), MenteeEpisode::ClosureReason::GoalsMet, false, false, {} }),
            ErrorCode::InvalidInput, QStringLiteral("never became active"));
        CHECK(fingerprint(*ts.session) == before);
        REQUIRE(
            mentees
                .close(referred->id, { today(ts), MenteeEpisode::ClosureReason::Declined, false, false, {} })
                .ok());
        CHECK(mentees.get(referred->id)->closureReason == MenteeEpisode::ClosureReason::Declined);
    }
}

TEST_CASE("Only active mentors get mentees, within capacity unless overridden with a reason")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    ts.addAccount(QStringLiteral("nurse"), UserRole::MentalHealthNurse);
    const qint64 ann = addMentor(
        *ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"), MentorStatus::Active, 1);
    const qint64 bob = addMentor(
        *ts.session, QStringLiteral("M1001AA"), QStringLiteral("Bob Paused"), MentorStatus::Paused, 3);
    const MenteeEpisode first = activeEpisode(
        ts, addPrisoner(*ts.session, QStringLiteral("A1111AA"), QStringLiteral("First Mentee")));
    const MenteeEpisode second = activeEpisode(
        ts, addPrisoner(*ts.session, QStringLiteral("A2222AA"), QStringLiteral("Second Mentee")));

    ts.signInAs(QStringLiteral("worker"));
    MenteeService mentees(*ts.session);
    const QString before = fingerprint(*ts.session);
    checkRefused(mentees.allocate(first.id, bob, today(ts)).status(), ErrorCode::InvalidInput,
        QStringLiteral("Bob Paused is not an active mentor"));
    checkRefused(mentees.allocate(first.id, 4242, today(ts)).status(), ErrorCode::InvalidInput,
        QStringLiteral("not recorded"));
    checkRefused(mentees.allocate(first.id, ann, today(ts).addDays(-30)).status(), ErrorCode::InvalidInput,
        QStringLiteral("before the referral"));
    CHECK(fingerprint(*ts.session) == before);

    Result<qint64> allocated = mentees.allocate(first.id, ann, today(ts));
    REQUIRE(allocated.ok());
    CHECK(mentees.allocations(first.id)->constFirst().mentorName == QStringLiteral("Ann Mentor"));
    CHECK(
        scalar(*ts.session,
            QStringLiteral("SELECT count(*) FROM mentor_allocations WHERE capacity_override_reason IS NULL"))
        == 1);
    const QString full = fingerprint(*ts.session);
    checkRefused(mentees.allocate(first.id, ann, today(ts)).status(), ErrorCode::InvalidInput,
        QStringLiteral("already allocated"));
    checkRefused(mentees.allocate(second.id, ann, today(ts)).status(), ErrorCode::InvalidInput,
        QStringLiteral("already has 1 mentees, their capacity is 1"));
    // A reason is not enough: a support worker may not override capacity.
    checkRefused(
        mentees.allocate(second.id, ann, today(ts), QStringLiteral("Only mentor on the landing")).status(),
        ErrorCode::Forbidden, QStringLiteral("support worker may not"));
    CHECK(fingerprint(*ts.session) == full);

    SECTION("a nurse overrides with a reason, which is stored and audited")
    {
        ts.signInAs(QStringLiteral("nurse"));
        MenteeService asNurse(*ts.session);
        checkRefused(asNurse.allocate(second.id, ann, today(ts), QStringLiteral("   ")).status(),
            ErrorCode::InvalidInput, QStringLiteral("must give a reason"));
        Result<qint64> over
            = asNurse.allocate(second.id, ann, today(ts), QStringLiteral(" Only mentor on the landing "));
        INFO(over.status().message().toStdString());
        REQUIRE(over.ok());
        CHECK(asNurse.allocations(second.id)->constFirst().capacityOverrideReason
            == QStringLiteral("Only mentor on the landing"));
        const QJsonObject audited
            = lastDetailsObject(*ts.session, AuditAction::Create, QStringLiteral("mentor_allocation"), *over);
        CHECK(audited.value(QStringLiteral("capacity_override_reason")).toString()
            == QStringLiteral("Only mentor on the landing"));
        CHECK(audited.value(QStringLiteral("mentor_load_before")).toInt() == 1);
        CHECK(audited.value(QStringLiteral("mentor_capacity")).toInt() == 1);
    }
    SECTION("ending an allocation, or closing the episode, frees the mentor")
    {
        checkRefused(mentees.endAllocation(*allocated, today(ts).addDays(-1)), ErrorCode::InvalidInput,
            QStringLiteral("cannot be before the allocation date"));
        REQUIRE(mentees.endAllocation(*allocated, today(ts)).ok());
        CHECK(lastDetails(*ts.session, AuditAction::Change, QStringLiteral("mentor_allocation"), *allocated)
            == QStringLiteral(R"({"ended_on":{"after":"%1","before":null}})")
                   .arg(today(ts).toString(Qt::ISODate)));
        Result<qint64> again = mentees.allocate(second.id, ann, today(ts));
        REQUIRE(again.ok());
        REQUIRE(
            mentees
                .close(second.id, { today(ts), MenteeEpisode::ClosureReason::Transferred, false, false, {} })
                .ok());
        CHECK(mentees.allocations(second.id)->constFirst().endedOn == today(ts));
        CHECK(mentees.allocate(first.id, ann, today(ts)).ok());
    }
    SECTION("a mentor is not allocated to themselves")
    {
        QSqlQuery q(ts.session->database());
        REQUIRE(q.exec(QStringLiteral("SELECT prisoner_id FROM mentors WHERE id = %1").arg(ann)));
        REQUIRE(q.next());
        REQUIRE(mentees.endAllocation(*allocated, today(ts)).ok());
        Result<MenteeEpisode> own = mentees.refer(referralFor(q.value(0).toLongLong(), today(ts)));
        REQUIRE(own.ok());
        checkRefused(mentees.allocate(own->id, ann, today(ts)).status(), ErrorCode::InvalidInput,
            QStringLiteral("themselves"));
    }
}

TEST_CASE("A closed episode is read-only except for an administrator's amendment with a reason")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    const qint64 ann = addMentor(*ts.session, QStringLiteral("M1000AA"), QStringLiteral("Ann Mentor"));
    MenteeEpisode episode = activeEpisode(
        ts, addPrisoner(*ts.session, QStringLiteral("A1111AA"), QStringLiteral("Closed Mentee")));
    MenteeService mentees(*ts.session);
    REQUIRE(mentees
                .close(episode.id,
                    { today(ts).addDays(-2), MenteeEpisode::ClosureReason::Released, false, false, {} })
                .ok());
    episode = *mentees.get(episode.id);

    MenteeEpisode edited = episode;
    edited.outcomeEducationWork = true;
    edited.outcomeNotes = QStringLiteral("Started a college course");

    const QString before = fingerprint(*ts.session);
    checkRefused(
        mentees.update(edited), ErrorCode::InvalidInput, QStringLiteral("An administrator can amend it"));
    checkRefused(mentees.setAcct(episode.id, true, QStringLiteral("ACCT-1")), ErrorCode::InvalidInput,
        QStringLiteral("closed on"));
    checkRefused(mentees.allocate(episode.id, ann, today(ts).addDays(-3)).status(), ErrorCode::InvalidInput,
        QStringLiteral("closed on"));
    CheckIn checkIn;
    checkIn.episodeId = episode.id;
    checkIn.checkedOn = today(ts).addDays(-3);
    checkRefused(CheckInService(*ts.session).record(checkIn).status(), ErrorCode::InvalidInput,
        QStringLiteral("closed on"));
    CHECK(fingerprint(*ts.session) == before);

    SECTION("a support worker may not amend, even with a reason")
    {
        ts.signInAs(QStringLiteral("worker"));
        const QString signedIn = fingerprint(*ts.session); // signing in is audited
        checkRefused(MenteeService(*ts.session).update(edited, QStringLiteral("Late news")),
            ErrorCode::Forbidden, QStringLiteral("change a closed episode"));
        CHECK(fingerprint(*ts.session) == signedIn);
    }
    SECTION("an administrator amends with a reason, audited with before and after")
    {
        REQUIRE(mentees.update(edited, QStringLiteral("College confirmed after release")).ok());
        const MenteeEpisode amended = *mentees.get(episode.id);
        CHECK(amended.outcomeEducationWork);
        CHECK(amended.status == MenteeEpisode::Stage::Closed);
        CHECK(lastDetails(*ts.session, AuditAction::Change, QStringLiteral("mentee_episode"), episode.id)
            == QStringLiteral(R"({"amendment_reason":"College confirmed after release",)"
                              R"("outcome_education_work":{"after":true,"before":false},)"
                              R"("outcome_notes":{"after":"Started a college course","before":""}})"));
        // An amended closure date still keeps the dates in order.
        edited.closedOn = episode.activatedOn.addDays(-1);
        checkRefused(mentees.update(edited, QStringLiteral("Typo")), ErrorCode::InvalidInput,
            QStringLiteral("The closure date cannot be before the activation date"));
        // A forgotten check-in may be added the same way, within the episode's dates.
        checkIn.checkedOn = today(ts);
        checkRefused(CheckInService(*ts.session).record(checkIn, QStringLiteral("Found on paper")).status(),
            ErrorCode::InvalidInput, QStringLiteral("after the episode closed"));
        checkIn.checkedOn = today(ts).addDays(-3);
        Result<CheckInService::Recorded> late
            = CheckInService(*ts.session).record(checkIn, QStringLiteral("Found on paper"));
        REQUIRE(late.ok());
        CHECK(lastDetailsObject(*ts.session, AuditAction::Create, QStringLiteral("check_in"), late->checkInId)
                  .value(QStringLiteral("amendment_reason"))
                  .toString()
            == QStringLiteral("Found on paper"));
    }
}

TEST_CASE("Mentee changes are audited field by field, and deletes are soft with a reason")
{
    TestSession ts;
    ts.addAccount(QStringLiteral("worker"), UserRole::SupportWorker);
    const qint64 prisoner
        = addPrisoner(*ts.session, QStringLiteral("A1111AA"), QStringLiteral("Audit Mentee"));
    MenteeService mentees(*ts.session);
    const MenteeEpisode episode = *mentees.refer(referralFor(prisoner, today(ts).addDays(-3)));

    MenteeEpisode changed = episode;
    changed.baselineSelfHarmEver = true;
    changed.baselineSuicidalYear = MenteeEpisode::BaselineSuicidal::Thoughts;
    changed.referralReason = QStringLiteral("  Asked for a mentor  ");
    // Status and review fields are not changed by update().
    changed.status = MenteeEpisode::Stage::Closed;
    changed.riskLevel = MenteeEpisode::RiskLevel::High;
    REQUIRE(mentees.update(changed).ok());
    CHECK(lastDetails(*ts.session, AuditAction::Change, QStringLiteral("mentee_episode"), episode.id)
        == QStringLiteral(
            R"({"baseline_self_harm_ever":{"after":true,"before":false},)"
            R"("baseline_suicidal_year":{"after":"thoughts","before":"none"},)"
            R"("referral_reason":{"after":"Asked for a mentor","before":"Low mood since sentencing"}})"));
    CHECK(mentees.get(episode.id)->status == MenteeEpisode::Stage::Referred);
    CHECK(!mentees.get(episode.id)->riskLevel);

    const int changesBefore = ts.countEvents(AuditAction::Change);
    REQUIRE(mentees.update(*mentees.get(episode.id)).ok());
    CHECK(ts.countEvents(AuditAction::Change) == changesBefore); // nothing changed, nothing audited

    REQUIRE(mentees.setAcct(episode.id, true, QStringLiteral("ACCT-77")).ok());
    CHECK(lastDetails(*ts.session, AuditAction::Change, QStringLiteral("mentee_episode"), episode.id)
        == QStringLiteral(
            R"({"acct_open":{"after":true,"before":false},"acct_reference":{"after":"ACCT-77","before":""}})"));

    SECTION("deleting needs an administrator and a reason, and keeps the row")
    {
        const QString before = fingerprint(*ts.session);
        checkRefused(mentees.remove(episode.id, QStringLiteral(" ")), ErrorCode::InvalidInput,
            QStringLiteral("reason is needed"));
        CHECK(fingerprint(*ts.session) == before);
        ts.signInAs(QStringLiteral("worker"));
        const QString signedIn = fingerprint(*ts.session); // signing in is audited
        checkRefused(MenteeService(*ts.session).remove(episode.id, QStringLiteral("Duplicate")),
            ErrorCode::Forbidden, QStringLiteral("may not"));
        CHECK(fingerprint(*ts.session) == signedIn);
        ts.signInAs(AdminName);
        MenteeService admin(*ts.session);
        REQUIRE(admin.remove(episode.id, QStringLiteral("Entered for the wrong prisoner")).ok());
        CHECK(admin.get(episode.id).status().code() == ErrorCode::InvalidInput);
        CHECK(scalar(*ts.session,
                  QStringLiteral("SELECT count(*) FROM mentee_episodes WHERE deleted_reason = 'Entered for "
                                 "the wrong prisoner'"))
            == 1);
        CHECK(lastDetails(*ts.session, AuditAction::Delete, QStringLiteral("mentee_episode"), episode.id)
            == QStringLiteral(R"({"reason":"Entered for the wrong prisoner"})"));
        // The prisoner may be referred again.
        CHECK(admin.refer(referralFor(prisoner, today(ts))).ok());
    }
}

TEST_CASE("A referral may add its prisoner in the same transaction, and search finds episodes")
{
    TestSession ts;
    MenteeService mentees(*ts.session);
    Prisoner newcomer;
    newcomer.prisonNumber = QStringLiteral("Z9876YX");
    newcomer.fullName = QStringLiteral("Zoë Newcomer");

    const QString before = fingerprint(*ts.session);
    // A bad referral leaves no prisoner behind either.
    checkRefused(mentees.referNewPrisoner(newcomer, referralFor(0, today(ts).addDays(2))).status(),
        ErrorCode::InvalidInput, QStringLiteral("cannot be in the future"));
    CHECK(fingerprint(*ts.session) == before);

    Result<MenteeEpisode> referred = mentees.referNewPrisoner(newcomer, referralFor(0, today(ts)));
    REQUIRE(referred.ok());
    CHECK(PrisonerService(*ts.session).get(referred->prisonerId)->fullName == QStringLiteral("Zoë Newcomer"));

    const Result<QList<MenteeService::Found>> found = mentees.search(QStringLiteral("ZOE"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->constFirst().episode.id == referred->id);
    CHECK(found->constFirst().prisoner.prisonNumber == QStringLiteral("Z9876YX"));
    CHECK(mentees.search(QStringLiteral("z9876"))->size() == 1);
    CHECK(mentees.search(QStringLiteral("nobody"))->isEmpty());
}
