#include "services/SessionService.h"

#include "audit/FieldChanges.h"
#include "domain/Concern.h"
#include "domain/MenteeEpisode.h"
#include "domain/Validation.h"
#include "services/ConcernService.h"
#include "services/EpisodeStore.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace wingmate {

namespace {

const QString EntityType = QStringLiteral("mentee_session");

// The same mentor named twice is one mentor.
QList<qint64> distinct(const QList<qint64>& ids)
{
    QList<qint64> out;
    for (qint64 id : ids) {
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

MenteeSession normalised(MenteeSession s)
{
    s.mentorIds = distinct(s.mentorIds);
    s.location = s.location.trimmed();
    s.notes = s.notes.trimmed();
    s.sessionType = s.sessionType.trimmed();
    s.concernDescription = s.concernDescription.trimmed();
    // Seconds are not recorded.
    s.heldAt = MenteeSession::heldAtFromText(MenteeSession::heldAtText(s.heldAt));
    for (MenteeSession::FollowUpAction& f : s.followUps)
        f.description = f.description.trimmed();
    return s;
}

// The columns a correction may change, by name.
QVariantMap editableColumns(const MenteeSession& s)
{
    return { { QStringLiteral("held_at"), MenteeSession::heldAtText(s.heldAt) },
        { QStringLiteral("duration_minutes"), s.durationMinutes },
        { QStringLiteral("session_type"), s.sessionType }, { QStringLiteral("is_group"), int(s.isGroup) },
        { QStringLiteral("location"), s.location }, { QStringLiteral("notes"), s.notes } };
}

} // namespace

SessionService::SessionService(UserSession& session)
    : m_session(session)
{
}

QDate SessionService::today() const
{
    return m_session.clock().now().toLocalTime().date();
}

QString SessionService::problem(const MenteeSession& s) const
{
    if (!s.heldAt.isValid())
        return tr("Say when the session was held.");
    if (QString p = Validation::pastDateProblem(tr("The session date"), s.heldAt.date(), today());
        !p.isEmpty())
        return p;
    // Later today is the future too (held_at is the wing's wall-clock time).
    const QDateTime localNow = m_session.clock().now().toLocalTime();
    if (s.heldAt.date() == localNow.date() && s.heldAt.time() > localNow.time().addSecs(60))
        return tr("The session's time cannot be in the future.");
    if (s.durationMinutes < 1 || s.durationMinutes > 1440)
        return tr("The duration must be from 1 minute to 24 hours (1440 minutes).");
    const QStringList types = m_session.settings().list(Setting::SessionTypes);
    if (!types.contains(s.sessionType)) {
        return tr("\"%1\" is not one of the wing's session types (%2).")
            .arg(s.sessionType, types.join(QStringLiteral(", ")));
    }
    // The monthly return counts sessions by type: a register of several
    // mentees counted as 1:1 would be wrong.
    if (s.isGroup && s.sessionType == MenteeSession::oneToOneType()) {
        const QString groupType = MenteeSession::groupTypeAmong(types);
        if (!types.contains(groupType))
            return tr(
                "A 1:1 session is with one mentee. For a group, the wing needs a session type for groups: "
                "an administrator adds one (such as Group) in Settings, Session types.");
        return tr("A 1:1 session is with one mentee. For a group with a register, choose the type %1.")
            .arg(groupType);
    }
    if (QString p = Validation::textProblem(tr("The location"), s.location, 100, false); !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(tr("The notes"), s.notes, 10000, false, true); !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(
            tr("The description of the concern"), s.concernDescription, 2000, false, true);
        !p.isEmpty()) {
        return p;
    }
    if (s.mentorIds.isEmpty())
        return tr("Name at least one mentor who delivered the session.");
    if (s.attendees.isEmpty())
        return tr("Add the mentee the session was for.");
    QSet<qint64> seen;
    for (const MenteeSession::Attendee& a : s.attendees) {
        if (seen.contains(a.episodeId))
            return tr("The same mentee is on the register twice.");
        seen.insert(a.episodeId);
        if (a.concernRaised && !a.attended)
            return tr("A concern can be ticked only for a mentee who was there; raise it from their record "
                      "instead.");
    }
    if (!s.isGroup) {
        if (s.attendees.size() != 1)
            return tr("A 1:1 session is for exactly one mentee; record several mentees as a group session.");
        if (!s.attendees.constFirst().attended)
            return tr(
                "In a 1:1 session the mentee attended; a missed appointment is not recorded as a session.");
    } else if (std::none_of(s.attendees.cbegin(), s.attendees.cend(),
                   [](const MenteeSession::Attendee& a) { return a.attended; })) {
        return tr("A group session's register must show at least one mentee attending.");
    }
    for (const MenteeSession::FollowUpAction& f : s.followUps) {
        if (QString p = Validation::textProblem(tr("A follow-up action"), f.description, 1000, true, true);
            !p.isEmpty())
            return p;
        if (!f.dueOn.isValid())
            return tr("Give each follow-up action a due date.");
        if (f.dueOn < s.heldAt.date())
            return tr("A follow-up action cannot be due before the session.");
        if (!f.doneOn.isNull()) {
            if (QString p
                = Validation::pastDateProblem(tr("The date a follow-up action was done"), f.doneOn, today());
                !p.isEmpty())
                return p;
            if (f.doneOn < s.heldAt.date())
                return tr("A follow-up action cannot be done before the session.");
        }
    }
    return {};
}

Result<bool> SessionService::checkEpisodes(QSqlDatabase db, const EpisodeStore& mentees,
    const MenteeSession& s, const QString& amendmentReason) const
{
    bool anyClosed = false;
    for (const MenteeSession::Attendee& a : s.attendees) {
        Result<MenteeEpisode> episode = mentees.writable(db, a.episodeId, amendmentReason);
        if (!episode)
            return episode.status();
        if (QString p = mentees.dateWithinProblem(tr("The session date"), s.heldAt.date(), *episode);
            !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);
        anyClosed = anyClosed || !episode->isOpen();
    }
    return anyClosed;
}

Status SessionService::writeLinks(WriteContext& ctx, const MenteeSession& s) const
{
    const QString failure = tr("The session could not be saved.");
    for (qint64 mentorId : s.mentorIds) {
        Result<qint64> linked = Rows::insert(ctx.database(), QStringLiteral("session_mentors"),
            { { QStringLiteral("session_id"), s.id }, { QStringLiteral("mentor_id"), mentorId } }, failure);
        if (!linked)
            return linked.status();
    }
    for (const MenteeSession::Attendee& a : s.attendees) {
        Result<qint64> linked = Rows::insert(ctx.database(), QStringLiteral("session_attendance"),
            { { QStringLiteral("session_id"), s.id }, { QStringLiteral("episode_id"), a.episodeId },
                { QStringLiteral("attended"), int(a.attended) },
                { QStringLiteral("held_at"), MenteeSession::heldAtText(s.heldAt) } },
            failure);
        if (!linked)
            return linked.status();
    }
    return Status::success();
}

Result<SessionService::Recorded> SessionService::record(
    const MenteeSession& given, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::RecordSessions); !status)
        return status;
    MenteeSession s = normalised(given);
    if (const QString message = problem(s); !message.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, message);
    EpisodeStore mentees(m_session);
    Recorded recorded;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<bool> anyClosed = checkEpisodes(ctx.database(), mentees, s, amendmentReason);
        if (!anyClosed)
            return anyClosed.status();
        if (QString p = mentees.inactiveMentorProblem(ctx.database(), s.mentorIds); !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);

        s.recordedBy = ctx.actor().username;
        const QString failure = tr("The session could not be saved.");
        QVariantMap columns = editableColumns(s);
        columns.insert(QStringLiteral("concern_raised"), int(s.concernRaised()));
        columns.insert(QStringLiteral("recorded_by"), s.recordedBy);
        Result<qint64> inserted = ctx.insert(QStringLiteral("mentee_sessions"), columns, failure);
        if (!inserted)
            return inserted.status();
        s.id = *inserted;
        if (Status st = writeLinks(ctx, s); !st)
            return st;

        QJsonArray followUps;
        for (const MenteeSession::FollowUpAction& f : s.followUps) {
            Result<qint64> action = ctx.insert(QStringLiteral("follow_up_actions"),
                { { QStringLiteral("session_id"), s.id }, { QStringLiteral("description"), f.description },
                    { QStringLiteral("due_on"), f.dueOn }, { QStringLiteral("done_on"), f.doneOn } },
                failure);
            if (!action)
                return action.status();
            followUps.append(fieldValues(
                { { QStringLiteral("id"), *action }, { QStringLiteral("description"), f.description },
                    { QStringLiteral("due_on"), f.dueOn }, { QStringLiteral("done_on"), f.doneOn } }));
        }
        QJsonObject details = fieldValues(s.fields());
        details.insert(QStringLiteral("follow_up_actions"), followUps);
        details.insert(QStringLiteral("concern_raised"), s.concernRaised());
        if (*anyClosed)
            details.insert(QStringLiteral("amendment_reason"), amendmentReason.trimmed());
        if (Status st = ctx.audit(AuditAction::Create, EntityType, QString::number(s.id), details); !st)
            return st;

        recorded.sessionId = s.id;
        Result<QList<qint64>> raised = raiseConcerns(ctx, s);
        if (!raised)
            return raised.status();
        recorded.concernIds = *raised;
        return Status::success();
    });
    if (!status)
        return status;
    return recorded;
}

Status SessionService::update(const MenteeSession& given, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::RecordSessions); !status)
        return status;
    MenteeSession s = normalised(given);
    if (const QString message = problem(s); !message.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, message);
    EpisodeStore mentees(m_session);
    return m_session.write([&](WriteContext& ctx) {
        Result<MenteeSession> before = load(ctx.database(), s.id);
        if (!before)
            return before.status();
        // Both the mentees it was for and those it is now for must be writable.
        Result<bool> closedBefore = checkEpisodes(ctx.database(), mentees, *before, amendmentReason);
        if (!closedBefore)
            return closedBefore.status();
        Result<bool> closedAfter = checkEpisodes(ctx.database(), mentees, s, amendmentReason);
        if (!closedAfter)
            return closedAfter.status();
        if (QString p = mentees.inactiveMentorProblem(ctx.database(), s.mentorIds); !p.isEmpty()) {
            // A mentor who has since left may stay on a session they delivered.
            QList<qint64> added;
            for (qint64 id : s.mentorIds) {
                if (!before->mentorIds.contains(id))
                    added.append(id);
            }
            if (QString q = mentees.inactiveMentorProblem(ctx.database(), added); !q.isEmpty())
                return Status::failure(ErrorCode::InvalidInput, q);
        }
        QJsonObject changes = fieldChanges(before->fields(), s.fields());
        if (changes.isEmpty()) {
            // Nothing else changed, but a newly ticked concern still counts.
            Result<QList<qint64>> raised = raiseConcerns(ctx, s);
            return raised ? Status::success() : raised.status();
        }
        if (Status status = ctx.update(QStringLiteral("mentee_sessions"), s.id, editableColumns(s),
                tr("The session could not be changed."));
            !status)
            return status;
        for (const QString& table :
            { QStringLiteral("session_mentors"), QStringLiteral("session_attendance") }) {
            QSqlQuery clear(ctx.database());
            clear.prepare(QStringLiteral("DELETE FROM %1 WHERE session_id = ?").arg(table));
            clear.addBindValue(s.id);
            if (!clear.exec())
                return storageFailure(clear.lastError(), tr("The session could not be changed."));
        }
        if (Status st = writeLinks(ctx, s); !st)
            return st;
        if (*closedBefore || *closedAfter)
            changes.insert(QStringLiteral("amendment_reason"), amendmentReason.trimmed());
        if (Status st = ctx.audit(AuditAction::Change, EntityType, QString::number(s.id), changes); !st)
            return st;
        // A concern newly ticked on a correction reaches the nurse too.
        Result<QList<qint64>> raised = raiseConcerns(ctx, s);
        return raised ? Status::success() : raised.status();
    });
}

Result<QList<qint64>> SessionService::raiseConcerns(WriteContext& ctx, const MenteeSession& s) const
{
    QList<qint64> ids;
    for (const MenteeSession::Attendee& a : s.attendees) {
        if (!a.concernRaised)
            continue;
        QSqlQuery open(ctx.database());
        open.prepare(QStringLiteral(
            "SELECT count(*) FROM concerns WHERE session_id = ? AND episode_id = ? AND status = 'open'"));
        open.addBindValue(s.id);
        open.addBindValue(a.episodeId);
        if (!open.exec() || !open.next())
            return storageFailure(open.lastError(), tr("The concern could not be raised."));
        if (open.value(0).toInt() > 0)
            continue;
        Concern concern;
        concern.episodeId = a.episodeId;
        concern.source = Concern::Source::Session;
        concern.sessionId = s.id;
        concern.description = s.concernDescription.isEmpty()
            ? tr("Raised at the session on %1.").arg(s.heldAt.date().toString(Qt::ISODate))
            : s.concernDescription;
        Result<qint64> raised = ConcernService(m_session).insert(ctx, concern);
        if (!raised)
            return raised.status();
        ids.append(*raised);
    }
    return ids;
}

Status SessionService::completeFollowUp(qint64 actionId, const QDate& doneOn, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::RecordSessions); !status)
        return status;
    EpisodeStore mentees(m_session);
    return m_session.write([&](WriteContext& ctx) {
        QSqlQuery action(ctx.database());
        action.prepare(QStringLiteral("SELECT f.session_id, f.done_on FROM follow_up_actions f JOIN "
                                      "mentee_sessions s ON s.id = f.session_id "
                                      "WHERE f.id = ? AND s.deleted_at IS NULL"));
        action.addBindValue(actionId);
        if (!action.exec())
            return storageFailure(action.lastError(), tr("The follow-up action could not be changed."));
        if (!action.next())
            return Status::failure(ErrorCode::InvalidInput, tr("That follow-up action is not recorded."));
        if (!action.value(1).isNull())
            return Status::failure(ErrorCode::InvalidInput, tr("That follow-up action is already done."));
        Result<MenteeSession> session = load(ctx.database(), action.value(0).toLongLong());
        if (!session)
            return session.status();
        bool anyClosed = false;
        for (const MenteeSession::Attendee& a : session->attendees) {
            Result<MenteeEpisode> episode = mentees.writable(ctx.database(), a.episodeId, amendmentReason);
            if (!episode)
                return episode.status();
            anyClosed = anyClosed || !episode->isOpen();
        }
        if (QString p = Validation::pastDateProblem(tr("The date it was done"), doneOn, today());
            !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);
        if (doneOn < session->heldAt.date())
            return Status::failure(
                ErrorCode::InvalidInput, tr("A follow-up action cannot be done before the session."));
        QSqlQuery update(ctx.database());
        update.prepare(
            QStringLiteral("UPDATE follow_up_actions SET done_on = ?, updated_at = ? WHERE id = ?"));
        update.addBindValue(StoredValue::date(doneOn));
        update.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
        update.addBindValue(actionId);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The follow-up action could not be changed."));
        QJsonObject changes = fieldChanges(
            { { QStringLiteral("done_on"), QDate() } }, { { QStringLiteral("done_on"), doneOn } });
        if (anyClosed)
            changes.insert(QStringLiteral("amendment_reason"), amendmentReason.trimmed());
        return ctx.audit(
            AuditAction::Change, QStringLiteral("follow_up_action"), QString::number(actionId), changes);
    });
}

Status SessionService::remove(qint64 sessionId, const QString& reason)
{
    if (Status status = m_session.require(Operation::DeleteRecords); !status)
        return status;
    if (QString p = Validation::textProblem(tr("The reason"), reason, 1000, true, true); !p.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, p);
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = Rows::softDelete(ctx.database(), QStringLiteral("mentee_sessions"), sessionId,
                reason.trimmed(), ctx.now(), tr("The session could not be deleted."),
                tr("That session is not recorded (or was deleted)."));
            !s)
            return s;
        return ctx.audit(AuditAction::Delete, EntityType, QString::number(sessionId),
            QJsonObject { { QStringLiteral("reason"), reason.trimmed() } });
    });
}

Result<MenteeSession> SessionService::load(QSqlDatabase db, qint64 id) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT held_at, duration_minutes, session_type, is_group, location, notes, recorded_by, created_at, "
        "updated_at FROM mentee_sessions WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The session could not be read."));
    if (!query.next())
        return Status::failure(ErrorCode::InvalidInput, tr("That session is not recorded (or was deleted)."));
    MenteeSession s;
    s.id = id;
    s.heldAt = MenteeSession::heldAtFromText(query.value(0).toString());
    s.durationMinutes = query.value(1).toInt();
    s.sessionType = query.value(2).toString();
    s.isGroup = query.value(3).toBool();
    s.location = query.value(4).toString();
    s.notes = query.value(5).toString();
    s.recordedBy = query.value(6).toString();
    s.createdAt = Rows::timeAt(query, 7);
    s.updatedAt = Rows::timeAt(query, 8);

    QSqlQuery mentors(db);
    mentors.prepare(
        QStringLiteral("SELECT mentor_id FROM session_mentors WHERE session_id = ? ORDER BY mentor_id"));
    mentors.addBindValue(id);
    if (!mentors.exec())
        return storageFailure(mentors.lastError(), tr("The session could not be read."));
    while (mentors.next())
        s.mentorIds.append(mentors.value(0).toLongLong());

    QSqlQuery attendance(db);
    attendance.prepare(QStringLiteral(
        "SELECT a.episode_id, a.attended, EXISTS (SELECT 1 FROM concerns c WHERE c.session_id = a.session_id "
        "AND c.episode_id = a.episode_id) FROM session_attendance a WHERE a.session_id = ? "
        "ORDER BY a.episode_id"));
    attendance.addBindValue(id);
    if (!attendance.exec())
        return storageFailure(attendance.lastError(), tr("The session could not be read."));
    while (attendance.next())
        s.attendees.append(
            { attendance.value(0).toLongLong(), attendance.value(1).toBool(), attendance.value(2).toBool() });

    QSqlQuery actions(db);
    actions.prepare(QStringLiteral("SELECT id, description, due_on, done_on FROM follow_up_actions WHERE "
                                   "session_id = ? ORDER BY due_on, id"));
    actions.addBindValue(id);
    if (!actions.exec())
        return storageFailure(actions.lastError(), tr("The session could not be read."));
    while (actions.next()) {
        s.followUps.append({ actions.value(0).toLongLong(), actions.value(1).toString(),
            StoredValue::toDate(actions.value(2)), StoredValue::toDate(actions.value(3)) });
    }
    return s;
}

Result<MenteeSession> SessionService::get(qint64 id) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return load(m_session.database(), id);
}

} // namespace wingmate
