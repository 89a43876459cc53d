#include "services/MenteeService.h"

#include "audit/FieldChanges.h"
#include "domain/Validation.h"
#include "services/PrisonerService.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>

namespace wingmate {

namespace {

const QString EntityType = QStringLiteral("mentee_episode");

MenteeEpisode trimmed(MenteeEpisode e)
{
    e.referralReason = e.referralReason.trimmed();
    e.acctReference = e.acctReference.trimmed();
    e.outcomeNotes = e.outcomeNotes.trimmed();
    return e;
}

} // namespace

MenteeService::MenteeService(UserSession& session)
    : m_session(session)
    , m_episodes(session)
{
}

QString MenteeService::problem(const MenteeEpisode& e) const
{
    using E = MenteeEpisode;
    if (QString p = Validation::pastDateProblem(tr("The referral date"), e.referredOn, m_episodes.today());
        !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(tr("The referral reason"), e.referralReason, 2000, false, true);
        !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(tr("The ACCT reference"), e.acctReference, 100, false);
        !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(tr("The outcome notes"), e.outcomeNotes, 2000, false, true);
        !p.isEmpty())
        return p;
    // Each step's date: not in the future, and not before the step it follows.
    struct Step {
        QString label;
        QDate date;
    };
    const Step steps[] = {
        { tr("The referral date"), e.referredOn },
        { tr("The consent date"), e.consentOn },
        { tr("The activation date"), e.activatedOn },
        { tr("The closure date"), e.closedOn },
    };
    const Step* previous = &steps[0];
    for (const Step& step : steps) {
        if (step.date.isNull())
            continue;
        if (QString p = Validation::pastDateProblem(step.label, step.date, m_episodes.today()); !p.isEmpty())
            return p;
        if (QString p = Validation::orderProblem(previous->label, previous->date, step.label, step.date);
            !p.isEmpty())
            return p;
        previous = &step;
    }
    if (e.status == E::Stage::Active && e.activatedOn.isNull())
        return tr("Say when the episode became active.");
    if (e.status == E::Stage::Active && e.consentOn.isNull())
        return tr("An active episode needs the mentee's consent recorded.");
    if (e.status == E::Stage::Closed && (e.closedOn.isNull() || !e.closureReason))
        return tr("A closed episode needs its closure date and reason.");
    if (e.status != E::Stage::Closed && (!e.closedOn.isNull() || e.closureReason))
        return tr("Only a closed episode has a closure date and reason.");
    if (e.status == E::Stage::Referred && !e.activatedOn.isNull())
        return tr("A referral that has not started has no activation date.");
    if (e.nextReviewOn.isValid() && e.nextReviewOn < e.referredOn)
        return tr("The next review date cannot be before the referral date.");
    return {};
}

Result<qint64> MenteeService::insert(WriteContext& ctx, const MenteeEpisode& given) const
{
    MenteeEpisode e = trimmed(given);
    // A referral starts at the beginning of the status graph.
    e.status = MenteeEpisode::Stage::Referred;
    e.activatedOn = {};
    e.closedOn = {};
    e.closureReason.reset();
    e.riskLevel.reset();
    e.nextReviewOn = {};
    if (const QString message = problem(e); !message.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, message);

    QSqlQuery prisoner(ctx.database());
    prisoner.prepare(QStringLiteral(
        "SELECT p.full_name, (SELECT referred_on FROM mentee_episodes o WHERE o.prisoner_id = p.id "
        "AND o.deleted_at IS NULL AND o.status <> 'closed') FROM prisoners p "
        "WHERE p.id = ? AND p.deleted_at IS NULL"));
    prisoner.addBindValue(e.prisonerId);
    if (!prisoner.exec())
        return storageFailure(prisoner.lastError(), tr("The referral could not be recorded."));
    if (!prisoner.next())
        return Status::failure(
            ErrorCode::InvalidInput, tr("That prisoner is not recorded (or was deleted)."));
    if (!prisoner.value(1).isNull()) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("%1 already has an open episode, referred on %2; close it before a new referral.")
                .arg(prisoner.value(0).toString(), prisoner.value(1).toString()));
    }

    return ctx.create(QStringLiteral("mentee_episodes"), EntityType, EpisodeStore::storedColumns(e),
        fieldValues(e.fields()), tr("The referral could not be recorded."));
}

Result<MenteeEpisode> MenteeService::refer(const MenteeEpisode& referral)
{
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<qint64> inserted = insert(ctx, referral);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        return Status::success();
    });
    if (!status)
        return status;
    return get(id);
}

Result<MenteeEpisode> MenteeService::referNewPrisoner(const Prisoner& prisoner, const MenteeEpisode& referral)
{
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    if (Status status = m_session.require(Operation::EditPrisoners); !status)
        return status;
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<qint64> prisonerId = PrisonerService(m_session).insert(ctx, prisoner);
        if (!prisonerId)
            return prisonerId.status();
        MenteeEpisode e = referral;
        e.prisonerId = *prisonerId;
        Result<qint64> inserted = insert(ctx, e);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        return Status::success();
    });
    if (!status)
        return status;
    return get(id);
}

Status MenteeService::modify(
    qint64 episodeId, const QString& amendmentReason, const std::function<void(MenteeEpisode&)>& change)
{
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    return m_session.write([&](WriteContext& ctx) {
        Result<MenteeEpisode> before = m_episodes.writable(ctx.database(), episodeId, amendmentReason);
        if (!before)
            return before.status();
        MenteeEpisode after = *before;
        change(after);
        after = trimmed(after);
        if (const QString message = problem(after); !message.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, message);
        return m_episodes.save(ctx, *before, after, amendmentReason);
    });
}

Status MenteeService::update(const MenteeEpisode& given, const QString& amendmentReason)
{
    return modify(given.id, amendmentReason, [&](MenteeEpisode& e) {
        e.referredOn = given.referredOn;
        e.referralSource = given.referralSource;
        e.referralReason = given.referralReason;
        e.consentOn = given.consentOn;
        e.baselineSelfHarmEver = given.baselineSelfHarmEver;
        e.baselineSelfHarmYear = given.baselineSelfHarmYear;
        e.baselineSelfHarmCurrent = given.baselineSelfHarmCurrent;
        e.baselineSuicidalYear = given.baselineSuicidalYear;
        e.acctOpen = given.acctOpen;
        e.acctReference = given.acctReference;
        if (e.status != MenteeEpisode::Stage::Referred)
            e.activatedOn = given.activatedOn;
        if (e.status == MenteeEpisode::Stage::Closed) {
            e.closedOn = given.closedOn;
            e.closureReason = given.closureReason;
            e.outcomeEducationWork = given.outcomeEducationWork;
            e.outcomeBecameMentor = given.outcomeBecameMentor;
            e.outcomeNotes = given.outcomeNotes;
        }
    });
}

Status MenteeService::recordConsent(qint64 episodeId, const QDate& consentOn, const QString& amendmentReason)
{
    if (consentOn.isNull())
        return Status::failure(ErrorCode::InvalidInput, tr("Say when the mentee gave consent."));
    return modify(episodeId, amendmentReason, [&](MenteeEpisode& e) { e.consentOn = consentOn; });
}

Status MenteeService::setAcct(
    qint64 episodeId, bool open, const QString& reference, const QString& amendmentReason)
{
    return modify(episodeId, amendmentReason, [&](MenteeEpisode& e) {
        e.acctOpen = open;
        e.acctReference = reference;
    });
}

Status MenteeService::activate(qint64 episodeId, const QDate& activatedOn)
{
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    return m_session.write([&](WriteContext& ctx) {
        Result<MenteeEpisode> before = m_episodes.load(ctx.database(), episodeId);
        if (!before)
            return before.status();
        if (!MenteeEpisode::canMove(before->status, MenteeEpisode::Stage::Active)) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("A mentee episode cannot go from %1 to %2.")
                    .arg(MenteeEpisode::statusLabel(before->status).toLower(),
                        MenteeEpisode::statusLabel(MenteeEpisode::Stage::Active).toLower()));
        }
        if (before->consentOn.isNull())
            return Status::failure(
                ErrorCode::InvalidInput, tr("Record the mentee's consent before making the episode active."));
        if (activatedOn.isNull())
            return Status::failure(ErrorCode::InvalidInput, tr("Say when the episode became active."));
        MenteeEpisode after = *before;
        after.status = MenteeEpisode::Stage::Active;
        after.activatedOn = activatedOn;
        if (const QString message = problem(after); !message.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, message);
        return m_episodes.save(ctx, *before, after, {});
    });
}

Status MenteeService::close(qint64 episodeId, const Closure& closure)
{
    using E = MenteeEpisode;
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    return m_session.write([&](WriteContext& ctx) {
        Result<E> before = m_episodes.load(ctx.database(), episodeId);
        if (!before)
            return before.status();
        if (!E::canMove(before->status, E::Stage::Closed)) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("A mentee episode cannot go from %1 to %2.")
                    .arg(E::statusLabel(before->status).toLower(),
                        E::statusLabel(E::Stage::Closed).toLower()));
        }
        // Support that never started cannot have met goals or made a mentor.
        if (before->status == E::Stage::Referred
            && (closure.reason == E::ClosureReason::GoalsMet
                || closure.reason == E::ClosureReason::BecameMentor)) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("A referral that never became active can only be closed as declined, transferred, "
                   "released or other."));
        }
        if (closure.closedOn.isNull())
            return Status::failure(ErrorCode::InvalidInput, tr("Say when the episode was closed."));

        QSqlQuery concerns(ctx.database());
        concerns.prepare(
            QStringLiteral("SELECT count(*) FROM concerns WHERE episode_id = ? AND status = 'open'"));
        concerns.addBindValue(episodeId);
        if (!concerns.exec() || !concerns.next())
            return storageFailure(concerns.lastError(), tr("The episode could not be closed."));
        if (concerns.value(0).toInt() > 0) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("A concern about this mentee is waiting for a nurse's review; it must be reviewed before "
                   "the "
                   "episode is closed."));
        }

        // An episode cannot close before work already recorded in it.
        QSqlQuery lastWork(ctx.database());
        lastWork.prepare(QStringLiteral(
            "SELECT max(d) FROM (SELECT max(checked_on) AS d FROM check_ins WHERE episode_id = :e AND "
            "deleted_at IS NULL "
            "UNION ALL SELECT max(substr(s.held_at, 1, 10)) FROM session_attendance a JOIN mentee_sessions s "
            "ON s.id = a.session_id WHERE a.episode_id = :e AND s.deleted_at IS NULL)"));
        lastWork.bindValue(QStringLiteral(":e"), episodeId);
        if (!lastWork.exec() || !lastWork.next())
            return storageFailure(lastWork.lastError(), tr("The episode could not be closed."));
        const QDate lastRecorded = Rows::dateAt(lastWork, 0);
        if (lastRecorded.isValid() && closure.closedOn < lastRecorded) {
            return Status::failure(ErrorCode::InvalidInput,
                tr("The episode cannot close before %1, the date of its last session or check-in.")
                    .arg(lastRecorded.toString(Qt::ISODate)));
        }

        E after = *before;
        after.status = E::Stage::Closed;
        after.closedOn = closure.closedOn;
        after.closureReason = closure.reason;
        after.outcomeEducationWork = closure.educationWork;
        after.outcomeBecameMentor = closure.becameMentor;
        after.outcomeNotes = closure.notes;
        after = trimmed(after);
        if (const QString message = problem(after); !message.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, message);
        if (Status s = m_episodes.save(ctx, *before, after, {}); !s)
            return s;

        // The mentors are free for others from the closure date.
        QSqlQuery current(ctx.database());
        current.prepare(QStringLiteral(
            "SELECT id, allocated_on FROM mentor_allocations WHERE episode_id = ? AND ended_on IS NULL"));
        current.addBindValue(episodeId);
        if (!current.exec())
            return storageFailure(current.lastError(), tr("The episode could not be closed."));
        QList<std::pair<qint64, QDate>> open;
        while (current.next())
            open.append({ current.value(0).toLongLong(), StoredValue::toDate(current.value(1)) });
        for (const auto& [allocationId, allocatedOn] : open) {
            const QDate endedOn = qMax(allocatedOn, after.closedOn);
            QSqlQuery end(ctx.database());
            end.prepare(QStringLiteral("UPDATE mentor_allocations SET ended_on = ? WHERE id = ?"));
            end.addBindValue(StoredValue::date(endedOn));
            end.addBindValue(allocationId);
            if (!end.exec())
                return storageFailure(end.lastError(), tr("The episode could not be closed."));
            if (Status s = ctx.audit(AuditAction::Change, QStringLiteral("mentor_allocation"),
                    QString::number(allocationId),
                    fieldChanges({ { QStringLiteral("ended_on"), QDate() } },
                        { { QStringLiteral("ended_on"), endedOn } }));
                !s) {
                return s;
            }
        }
        return Status::success();
    });
}

Result<qint64> MenteeService::allocate(qint64 episodeId, qint64 mentorId, const QDate& allocatedOn,
    const QString& capacityOverrideReason, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<MenteeEpisode> episode = m_episodes.writable(ctx.database(), episodeId, amendmentReason);
        if (!episode)
            return episode.status();
        if (QString p = m_episodes.dateWithinProblem(tr("The allocation date"), allocatedOn, *episode);
            !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);
        if (QString p = m_episodes.inactiveMentorProblem(ctx.database(), { mentorId }); !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);

        QSqlQuery mentor(ctx.database());
        mentor.prepare(QStringLiteral(
            "SELECT p.full_name, m.prisoner_id, m.capacity, "
            "(SELECT count(*) FROM mentor_allocations a JOIN mentee_episodes e ON e.id = a.episode_id "
            " WHERE a.mentor_id = m.id AND a.ended_on IS NULL AND e.status <> 'closed' AND e.deleted_at IS "
            "NULL), "
            "(SELECT count(*) FROM mentor_allocations a WHERE a.mentor_id = m.id AND a.episode_id = ? AND "
            "a.ended_on IS NULL) "
            "FROM mentors m JOIN prisoners p ON p.id = m.prisoner_id WHERE m.id = ?"));
        mentor.addBindValue(episodeId);
        mentor.addBindValue(mentorId);
        if (!mentor.exec() || !mentor.next())
            return storageFailure(mentor.lastError(), tr("The mentor could not be allocated."));
        const QString name = mentor.value(0).toString();
        const int capacity = mentor.value(2).toInt();
        const int load = mentor.value(3).toInt();
        if (mentor.value(1).toLongLong() == episode->prisonerId)
            return Status::failure(
                ErrorCode::InvalidInput, tr("A mentor cannot be allocated to themselves."));
        if (mentor.value(4).toInt() > 0)
            return Status::failure(
                ErrorCode::InvalidInput, tr("%1 is already allocated to this mentee.").arg(name));

        // The reason is kept only when the capacity is actually exceeded.
        QString overrideReason;
        if (load >= capacity) {
            if (capacityOverrideReason.trimmed().isEmpty()) {
                return Status::failure(ErrorCode::InvalidInput,
                    tr("%1 already has %2 mentees, their capacity is %3. To allocate anyway, a nurse or "
                       "administrator "
                       "must give a reason.")
                        .arg(name)
                        .arg(load)
                        .arg(capacity));
            }
            if (Status s = m_session.require(Operation::OverrideCapacity); !s)
                return s;
            if (QString p = Validation::textProblem(
                    tr("The reason for going over capacity"), capacityOverrideReason, 1000, true, true);
                !p.isEmpty()) {
                return Status::failure(ErrorCode::InvalidInput, p);
            }
            overrideReason = capacityOverrideReason.trimmed();
        }

        Result<qint64> inserted = Rows::insert(ctx.database(), QStringLiteral("mentor_allocations"),
            { { QStringLiteral("episode_id"), episodeId }, { QStringLiteral("mentor_id"), mentorId },
                { QStringLiteral("allocated_on"), allocatedOn },
                { QStringLiteral("capacity_override_reason"), StoredValue::optionalText(overrideReason) },
                { QStringLiteral("created_at"), Rows::isoTime(ctx.now()) } },
            tr("The mentor could not be allocated."));
        if (!inserted)
            return inserted.status();
        id = *inserted;
        QJsonObject details = fieldValues({ { QStringLiteral("episode_id"), episodeId },
            { QStringLiteral("mentor_id"), mentorId }, { QStringLiteral("allocated_on"), allocatedOn },
            { QStringLiteral("capacity_override_reason"),
                overrideReason.isEmpty() ? QVariant() : QVariant(overrideReason) },
            { QStringLiteral("mentor_load_before"), load },
            { QStringLiteral("mentor_capacity"), capacity } });
        EpisodeStore::addAmendment(details, *episode, amendmentReason);
        return ctx.audit(
            AuditAction::Create, QStringLiteral("mentor_allocation"), QString::number(id), details);
    });
    if (!status)
        return status;
    return id;
}

Status MenteeService::endAllocation(qint64 allocationId, const QDate& endedOn, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    return m_session.write([&](WriteContext& ctx) {
        QSqlQuery allocation(ctx.database());
        allocation.prepare(
            QStringLiteral("SELECT episode_id, allocated_on, ended_on FROM mentor_allocations WHERE id = ?"));
        allocation.addBindValue(allocationId);
        if (!allocation.exec())
            return storageFailure(allocation.lastError(), tr("The allocation could not be ended."));
        if (!allocation.next())
            return Status::failure(ErrorCode::InvalidInput, tr("That allocation is not recorded."));
        if (!allocation.value(2).isNull())
            return Status::failure(ErrorCode::InvalidInput, tr("That allocation has already ended."));
        const QDate allocatedOn = StoredValue::toDate(allocation.value(1));
        Result<MenteeEpisode> episode
            = m_episodes.writable(ctx.database(), allocation.value(0).toLongLong(), amendmentReason);
        if (!episode)
            return episode.status();
        if (QString p
            = Validation::pastDateProblem(tr("The end of the allocation"), endedOn, m_episodes.today());
            !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);
        if (QString p = Validation::orderProblem(
                tr("The allocation date"), allocatedOn, tr("The end of the allocation"), endedOn);
            !p.isEmpty()) {
            return Status::failure(ErrorCode::InvalidInput, p);
        }
        QSqlQuery update(ctx.database());
        update.prepare(QStringLiteral("UPDATE mentor_allocations SET ended_on = ? WHERE id = ?"));
        update.addBindValue(StoredValue::date(endedOn));
        update.addBindValue(allocationId);
        if (!update.exec())
            return storageFailure(update.lastError(), tr("The allocation could not be ended."));
        QJsonObject details = fieldChanges(
            { { QStringLiteral("ended_on"), QDate() } }, { { QStringLiteral("ended_on"), endedOn } });
        EpisodeStore::addAmendment(details, *episode, amendmentReason);
        return ctx.audit(
            AuditAction::Change, QStringLiteral("mentor_allocation"), QString::number(allocationId), details);
    });
}

Status MenteeService::remove(qint64 episodeId, const QString& reason)
{
    if (Status status = m_session.require(Operation::DeleteRecords); !status)
        return status;
    if (QString p = Validation::textProblem(tr("The reason"), reason, 1000, true, true); !p.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, p);
    return m_session.write([&](WriteContext& ctx) {
        Result<MenteeEpisode> episode = m_episodes.load(ctx.database(), episodeId);
        if (!episode)
            return episode.status();
        if (Status s = Rows::softDelete(ctx.database(), QStringLiteral("mentee_episodes"), episodeId,
                reason.trimmed(), ctx.now(), tr("The mentee episode could not be deleted."),
                tr("That mentee episode is not recorded (or was deleted)."));
            !s)
            return s;
        // Its mentors' places are free again.
        QSqlQuery end(ctx.database());
        end.prepare(
            QStringLiteral("UPDATE mentor_allocations SET ended_on = CASE WHEN allocated_on > :on THEN "
                           "allocated_on ELSE :on END WHERE episode_id = :episode AND ended_on IS NULL"));
        end.bindValue(QStringLiteral(":on"), ctx.now().toLocalTime().date().toString(Qt::ISODate));
        end.bindValue(QStringLiteral(":episode"), episodeId);
        if (!end.exec())
            return storageFailure(end.lastError(), tr("The mentee episode could not be deleted."));
        QJsonObject details { { QStringLiteral("reason"), reason.trimmed() } };
        if (end.numRowsAffected() > 0)
            details.insert(QStringLiteral("allocations_ended"), end.numRowsAffected());
        return ctx.audit(AuditAction::Delete, EntityType, QString::number(episodeId), details);
    });
}

Result<MenteeEpisode> MenteeService::get(qint64 id) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return m_episodes.load(m_session.database(), id);
}

Result<QList<MenteeEpisode>> MenteeService::episodesOf(qint64 prisonerId) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return m_episodes.select(m_session.database(), QStringLiteral("prisoner_id = ?"), { prisonerId });
}

Result<QList<MenteeService::Allocation>> MenteeService::allocations(qint64 episodeId) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.episode_id, a.mentor_id, p.full_name, a.allocated_on, a.ended_on, "
        "a.capacity_override_reason FROM mentor_allocations a JOIN mentors m ON m.id = a.mentor_id "
        "JOIN prisoners p ON p.id = m.prisoner_id WHERE a.episode_id = ? ORDER BY a.allocated_on, a.id"));
    query.addBindValue(episodeId);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The allocations could not be read."));
    QList<Allocation> found;
    while (query.next()) {
        Allocation a;
        a.id = query.value(0).toLongLong();
        a.episodeId = query.value(1).toLongLong();
        a.mentorId = query.value(2).toLongLong();
        a.mentorName = query.value(3).toString();
        a.allocatedOn = StoredValue::toDate(query.value(4));
        a.endedOn = StoredValue::toDate(query.value(5));
        a.capacityOverrideReason = query.value(6).toString();
        found.append(a);
    }
    return found;
}

Result<QList<MenteeService::Found>> MenteeService::search(const QString& text, int limit) const
{
    Result<QList<Prisoner>> prisoners = PrisonerService(m_session).search(text, limit);
    if (!prisoners)
        return prisoners.status();
    QList<Found> found;
    if (prisoners->isEmpty())
        return found;
    QStringList placeholders;
    QVariantList ids;
    QHash<qint64, Prisoner> byId;
    for (const Prisoner& p : *prisoners) {
        placeholders.append(QStringLiteral("?"));
        ids.append(p.id);
        byId.insert(p.id, p);
    }
    Result<QList<MenteeEpisode>> episodes = m_episodes.select(m_session.database(),
        QStringLiteral("prisoner_id IN (%1)").arg(placeholders.join(QLatin1Char(','))), ids);
    if (!episodes)
        return episodes.status();
    for (const MenteeEpisode& e : *episodes)
        found.append({ byId.value(e.prisonerId), e });
    return found;
}

} // namespace wingmate
