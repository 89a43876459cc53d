#include "RecordsFixture.h"

#include "audit/PersonalSeal.h"
#include "services/MenteeService.h"
#include "services/MentorService.h"
#include "services/PrisonerService.h"
#include "services/WingSettings.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <catch2/catch_test_macros.hpp>
#include <optional>

namespace wingmate::test {

QDate today(const TestSession& ts)
{
    return ts.clock.now().toLocalTime().date();
}

Prisoner prisonerRecord(const QString& number, const QString& name)
{
    Prisoner p;
    p.prisonNumber = number;
    p.fullName = name;
    return p;
}

qint64 addPrisoner(UserSession& session, const QString& number, const QString& name)
{
    Result<Prisoner> added = PrisonerService(session).add(prisonerRecord(number, name));
    INFO(added.status().message().toStdString());
    REQUIRE(added.ok());
    return added->id;
}

Mentor mentorApplication(qint64 prisonerId, const QDate& on)
{
    Mentor m;
    m.prisonerId = prisonerId;
    m.appliedOn = on;
    m.applicationNotes = QStringLiteral("Asked on the landing");
    return m;
}

TrainingRecord trainingModule(
    qint64 mentorId, const QString& name, const QDate& completed, const QDate& expires)
{
    TrainingRecord t;
    t.mentorId = mentorId;
    t.module = name;
    t.provider = QStringLiteral("Healthcare team");
    t.startedOn = completed.addDays(-7);
    t.completedOn = completed;
    t.expiresOn = expires;
    return t;
}

qint64 mentorAt(UserSession& session, qint64 prisonerId, MentorStatus target, int capacity)
{
    MentorService mentors(session);
    const QDate now = session.clock().now().toLocalTime().date();
    Mentor application = mentorApplication(prisonerId, now.addDays(-200));
    application.capacity = capacity;
    Result<Mentor> applied = mentors.apply(application);
    INFO(applied.status().message().toStdString());
    REQUIRE(applied.ok());
    const qint64 id = applied->id;
    auto go = [&](MentorStatus to, const QString& reason = {},
                  std::optional<LeavingReason> leaving = std::nullopt) {
        requireOk(mentors.changeStatus(id, to, {}, reason, leaving));
    };
    if (target == MentorStatus::Applied)
        return id;
    if (target == MentorStatus::Left) {
        go(MentorStatus::Left, {}, LeavingReason::Resigned);
        return id;
    }
    requireOk(mentors.recordGovernorApproval(id, now.addDays(-190), QStringLiteral("Governor Hale")));
    requireOk(mentors.recordSecurityClearance(id, now.addDays(-185), QStringLiteral("Security Officer Ray")));
    go(MentorStatus::Cleared);
    if (target == MentorStatus::Cleared)
        return id;
    go(MentorStatus::Shadowing);
    ShadowingPeriod period;
    period.mentorId = id;
    period.startedOn = now.addDays(-180);
    Result<ShadowingPeriod> shadowing = mentors.addShadowing(period);
    REQUIRE(shadowing.ok());
    if (target == MentorStatus::Shadowing)
        return id;
    requireOk(mentors.signOffShadowing(shadowing->id, {}, QStringLiteral("Nurse Patel")));
    go(MentorStatus::Trained);
    if (target == MentorStatus::Trained)
        return id;
    for (const QString& name : session.settings().list(Setting::MandatoryModules))
        REQUIRE(mentors.addTraining(trainingModule(id, name, now.addDays(-30))).ok());
    go(MentorStatus::Active);
    if (target == MentorStatus::Active)
        return id;
    if (target == MentorStatus::Paused)
        go(MentorStatus::Paused);
    if (target == MentorStatus::Suspended)
        go(MentorStatus::Suspended, QStringLiteral("Adjudication pending"));
    return id;
}

qint64 addMentor(
    UserSession& session, const QString& number, const QString& name, MentorStatus status, int capacity)
{
    return mentorAt(session, addPrisoner(session, number, name), status, capacity);
}

MenteeEpisode startEpisode(
    UserSession& session, const MenteeEpisode& referral, const QDate& consentOn, const QDate& activatedOn)
{
    MenteeService mentees(session);
    Result<MenteeEpisode> referred = mentees.refer(referral);
    INFO(referred.status().message().toStdString());
    REQUIRE(referred.ok());
    if (consentOn.isValid() && activatedOn.isValid()) {
        requireOk(mentees.recordConsent(referred->id, consentOn));
        requireOk(mentees.activate(referred->id, activatedOn));
    }
    Result<MenteeEpisode> stored = mentees.get(referred->id);
    REQUIRE(stored.ok());
    return *stored;
}

qint64 addEpisode(TestSession& ts, const QString& number, const QString& name, const EpisodeStart& start)
{
    MenteeEpisode referral;
    referral.prisonerId = addPrisoner(*ts.session, number, name);
    referral.referredOn = today(ts).addDays(-start.referred);
    referral.referralSource = MenteeEpisode::ReferralSource::Self;
    if (!start.activate)
        return startEpisode(*ts.session, referral).id;
    return startEpisode(
        *ts.session, referral, today(ts).addDays(-start.consented), today(ts).addDays(-start.activated))
        .id;
}

int scalar(UserSession& session, const QString& sql)
{
    QSqlQuery q(session.database());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

int auditEvents(UserSession& session)
{
    return scalar(session, QStringLiteral("SELECT count(*) FROM audit_events"));
}

QString lastDetails(UserSession& session, const QString& action, const QString& entityType, qint64 id)
{
    QSqlQuery q(session.database());
    q.prepare(QStringLiteral(
        "SELECT details FROM audit_events WHERE action = ? AND entity_type = ? AND entity_id = ? "
        "ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(action);
    q.addBindValue(entityType);
    q.addBindValue(QString::number(id));
    REQUIRE(q.exec());
    REQUIRE(q.next());
    // As the audit log shows it: personal content opened.
    const Result<PersonalSeal::Opened> opened
        = PersonalSeal(session.database(), session.vault().vaultId())
              .open(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    REQUIRE(opened.ok());
    return QString::fromUtf8(QJsonDocument(opened->details).toJson(QJsonDocument::Compact));
}

QJsonObject lastDetailsObject(
    UserSession& session, const QString& action, const QString& entityType, qint64 id)
{
    return QJsonDocument::fromJson(lastDetails(session, action, entityType, id).toUtf8()).object();
}

QString fingerprint(UserSession& session)
{
    // Each part is a scalar subquery; a change to any of them changes the
    // whole. Lists of stamps and states catch updates that keep the counts.
    const QStringList parts {
        QStringLiteral("(SELECT count(*) FROM audit_events)"),
        QStringLiteral("(SELECT count(*) FROM prisoners)"),
        QStringLiteral("(SELECT count(*) FROM mentee_episodes)"),
        QStringLiteral(
            "(SELECT ifnull(group_concat(status || '/' || updated_at || '/' || ifnull(deleted_at, '')), "
            "'') FROM mentee_episodes)"),
        QStringLiteral("(SELECT count(*) FROM mentor_allocations)"),
        QStringLiteral("(SELECT ifnull(group_concat(ifnull(ended_on, '-')), '') FROM mentor_allocations)"),
        QStringLiteral("(SELECT count(*) FROM mentee_sessions)"),
        QStringLiteral("(SELECT count(*) FROM session_mentors)"),
        QStringLiteral("(SELECT count(*) FROM session_attendance)"),
        QStringLiteral("(SELECT count(*) FROM follow_up_actions)"),
        QStringLiteral("(SELECT ifnull(group_concat(ifnull(done_on, '-')), '') FROM follow_up_actions)"),
        QStringLiteral("(SELECT count(*) FROM check_ins)"),
        QStringLiteral("(SELECT count(*) FROM concerns)"),
        QStringLiteral("(SELECT ifnull(group_concat(status), '') FROM concerns)"),
        QStringLiteral("(SELECT count(*) FROM reviews)"),
    };
    QSqlQuery q(session.database());
    REQUIRE(q.exec(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" || '|' || "))));
    REQUIRE(q.next());
    return q.value(0).toString();
}

void requireOk(const Status& status)
{
    INFO(status.message().toStdString() << " / " << status.details().toStdString());
    REQUIRE(status.ok());
}

void checkRefused(const Status& status, ErrorCode code, const QStringList& fragments)
{
    INFO(status.message().toStdString());
    CHECK(status.code() == code);
    for (const QString& f : fragments)
        CHECK(status.message().contains(f));
}

void checkRefused(const Status& status, ErrorCode code, std::initializer_list<QString> fragments)
{
    checkRefused(status, code, QStringList(fragments));
}

void checkRefused(const Status& status, ErrorCode code, const QString& fragment)
{
    checkRefused(status, code, QStringList { fragment });
}

} // namespace wingmate::test
