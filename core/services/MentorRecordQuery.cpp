#include "services/MentorRecordQuery.h"

#include "audit/AuditEvent.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace wingmate {

namespace {

// An allocation counts while it has not ended and its episode is still open
// and not deleted; the mentee list, the Mentors page and the load agree.
const QString CurrentAllocation
    = QStringLiteral("a.ended_on IS NULL AND e.deleted_at IS NULL AND e.status <> 'closed'");

} // namespace

MentorRecordQuery::MentorRecordQuery(UserSession& session)
    : m_session(session)
{
}

Result<QSqlQuery> MentorRecordQuery::read(const QString& sql, const QVariantList& values) const
{
    if (Status s = m_session.require(Operation::ViewRecords); !s)
        return s;
    if (Status s = m_session.requireUnlocked(); !s)
        return s;
    return Rows::select(m_session.database(), sql, values, tr("The mentor records could not be read."));
}

Result<MentorRecordQuery::Record> MentorRecordQuery::record(qint64 mentorId) const
{
    Result<Record> found = load(mentorId);
    if (!found)
        return found.status();
    // Shown only once its viewing is on the audit trail.
    if (Status s = m_session.auditRead(AuditAction::View, QStringLiteral("mentor"), QString::number(mentorId),
            QJsonObject { { QStringLiteral("record"), QStringLiteral("mentor_record") },
                { QStringLiteral("prisoner_id"), found->mentor.prisonerId } });
        !s) {
        return s;
    }
    return found;
}

Result<MentorRecordQuery::Record> MentorRecordQuery::load(qint64 mentorId) const
{
    const MentorService mentors(m_session);
    Record r;
    {
        Result<Mentor> mentor = mentors.get(mentorId);
        if (!mentor)
            return mentor.status();
        r.mentor = mentor.take();
    }
    // A deleted prisoner still has a name worth showing on the mentor's
    // record, so it is read here rather than through PrisonerService::get.
    Result<QSqlQuery> prisoner = read(
        QStringLiteral("SELECT prison_number, full_name, location, status FROM prisoners WHERE id = ?"),
        { r.mentor.prisonerId });
    if (!prisoner)
        return prisoner.status();
    if (prisoner->next()) {
        r.prisoner.id = r.mentor.prisonerId;
        r.prisoner.prisonNumber = prisoner->value(0).toString();
        r.prisoner.fullName = prisoner->value(1).toString();
        r.prisoner.location = prisoner->value(2).toString();
        r.prisoner.status = Prisoner::statusFromKey(prisoner->value(3).toString())
                                .value_or(Prisoner::CustodyStatus::InCustody);
    }

    Result<QList<Mentor::StatusChange>> history = mentors.history(mentorId);
    if (!history)
        return history.status();
    r.history = history.take();
    Result<QList<ShadowingPeriod>> shadowing = mentors.shadowingPeriods(mentorId);
    if (!shadowing)
        return shadowing.status();
    r.shadowing = shadowing.take();
    Result<QList<TrainingRecord>> training = mentors.trainingRecords(mentorId);
    if (!training)
        return training.status();
    r.training = training.take();
    Result<QList<Supervision>> supervisions = mentors.supervisions(mentorId);
    if (!supervisions)
        return supervisions.status();
    r.supervisions = supervisions.take();
    const WingSettings settings = m_session.settings();
    r.readiness
        = MentorService::assess(r.mentor, r.shadowing, r.training, settings.list(Setting::MandatoryModules),
            settings.integer(Setting::MinimumShadowingMonths), m_session.clock().now().toLocalTime().date());

    Result<QList<CurrentMentee>> mentees = currentMentees(mentorId);
    if (!mentees)
        return mentees.status();
    r.mentees = mentees.take();

    Result<QSqlQuery> sessions
        = read(QStringLiteral("SELECT count(*), coalesce(sum(s.duration_minutes), 0) FROM session_mentors sm "
                              "JOIN mentee_sessions s ON s.id = sm.session_id "
                              "WHERE sm.mentor_id = ? AND s.deleted_at IS NULL"),
            { mentorId });
    if (!sessions)
        return sessions.status();
    if (sessions->next()) {
        r.sessionsDelivered = sessions->value(0).toInt();
        r.minutesDelivered = sessions->value(1).toInt();
    }
    return r;
}

Result<QList<MentorRecordQuery::CurrentMentee>> MentorRecordQuery::currentMentees(qint64 mentorId) const
{
    Result<QSqlQuery> mentees = read(
        QStringLiteral("SELECT a.id, e.id, p.id, p.full_name, p.prison_number, e.status, a.allocated_on "
                       "FROM mentor_allocations a "
                       "JOIN mentee_episodes e ON e.id = a.episode_id "
                       "JOIN prisoners p ON p.id = e.prisoner_id "
                       "WHERE a.mentor_id = ? AND %1 "
                       "ORDER BY p.full_name COLLATE NOCASE, a.id")
            .arg(CurrentAllocation),
        { mentorId });
    if (!mentees)
        return mentees.status();
    QList<CurrentMentee> current;
    while (mentees->next()) {
        CurrentMentee m;
        m.allocationId = mentees->value(0).toLongLong();
        m.episodeId = mentees->value(1).toLongLong();
        m.prisonerId = mentees->value(2).toLongLong();
        m.fullName = mentees->value(3).toString();
        m.prisonNumber = mentees->value(4).toString();
        m.episodeStatus = mentees->value(5).toString();
        m.allocatedOn = Rows::dateAt(*mentees, 6);
        current.append(m);
    }
    return current;
}

Result<QList<MentorRecordQuery::ListEntry>> MentorRecordQuery::list(bool includeLeft) const
{
    Result<QSqlQuery> q = read(
        QStringLiteral("SELECT m.id, m.prisoner_id, p.full_name, p.prison_number, m.status, m.pathway_tier, "
                       "m.capacity, (SELECT count(*) FROM mentor_allocations a "
                       "JOIN mentee_episodes e ON e.id = a.episode_id WHERE a.mentor_id = m.id AND %1) "
                       "FROM mentors m JOIN prisoners p ON p.id = m.prisoner_id "
                       "WHERE m.deleted_at IS NULL AND (? OR m.status <> 'left') "
                       "ORDER BY p.full_name COLLATE NOCASE, m.id")
            .arg(CurrentAllocation),
        { includeLeft ? 1 : 0 });
    if (!q)
        return q.status();
    QList<ListEntry> entries;
    while (q->next()) {
        ListEntry e;
        e.mentorId = q->value(0).toLongLong();
        e.prisonerId = q->value(1).toLongLong();
        e.fullName = q->value(2).toString();
        e.prisonNumber = q->value(3).toString();
        e.status = mentorStatusFromKey(q->value(4).toString()).value_or(MentorStatus::Applied);
        e.pathwayTier = Mentor::tierFromKey(q->value(5).toString()).value_or(Mentor::PathwayTier::PeerMentor);
        e.capacity = q->value(6).toInt();
        e.currentMentees = q->value(7).toInt();
        entries.append(e);
    }
    return entries;
}

Result<MentorRecordQuery::Load> MentorRecordQuery::activeMentorLoad(qint64 mentorId) const
{
    Result<QSqlQuery> q = read(
        QStringLiteral("SELECT m.capacity, (SELECT count(*) FROM mentor_allocations a "
                       "JOIN mentee_episodes e ON e.id = a.episode_id WHERE a.mentor_id = m.id AND %1) "
                       "FROM mentors m WHERE m.id = ? AND m.deleted_at IS NULL")
            .arg(CurrentAllocation),
        { mentorId });
    if (!q)
        return q.status();
    if (!q->next())
        return Status::failure(ErrorCode::InvalidInput, tr("That mentor is not recorded (or was deleted)."));
    Load load;
    load.capacity = q->value(0).toInt();
    load.current = q->value(1).toInt();
    return load;
}

} // namespace wingmate
