#include "services/MentorService.h"

#include "audit/FieldChanges.h"
#include "domain/Validation.h"
#include "services/PrisonerService.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <algorithm>

namespace wingmate {

namespace {

const QString MentorColumns = QStringLiteral(
    "id, prisoner_id, status, applied_on, application_notes, governor_approved_on, governor_approved_by, "
    "security_cleared_on, security_cleared_by, capacity, pathway_tier, agreement_signed_on, "
    "agreement_version, "
    "left_reason, created_at, updated_at");
const QString ShadowingColumns = QStringLiteral("id, mentor_id, experienced_mentor_id, started_on, ended_on, "
                                                "sessions_observed, signed_off_on, signed_off_by, "
                                                "notes, created_at, updated_at");
const QString TrainingColumns = QStringLiteral(
    "id, mentor_id, module, provider, started_on, completed_on, hours, accreditation, assessor, expires_on, "
    "created_at, updated_at");
const QString SupervisionColumns
    = QStringLiteral("id, mentor_id, held_on, supervisor, notes, mentor_wellbeing, created_at, updated_at");

// Column names come from the domain types' field maps, never from input.
Status addHistory(WriteContext& ctx, qint64 mentorId, std::optional<MentorStatus> from, MentorStatus to,
    const QDate& on, const QString& reason)
{
    QSqlQuery insert(ctx.database());
    insert.prepare(
        QStringLiteral("INSERT INTO mentor_status_history (mentor_id, from_status, to_status, changed_on, "
                       "reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(mentorId);
    insert.addBindValue(from ? QVariant(mentorStatusKey(*from)) : QVariant());
    insert.addBindValue(mentorStatusKey(to));
    insert.addBindValue(Rows::isoDate(on));
    insert.addBindValue(Rows::stored(reason));
    insert.addBindValue(ctx.actor().username);
    insert.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return storageFailure(insert.lastError(), MentorService::tr("The status change could not be saved."));
    return Status::success();
}

Mentor mentorFromRow(const QSqlQuery& q)
{
    Mentor m;
    m.id = q.value(0).toLongLong();
    m.prisonerId = q.value(1).toLongLong();
    m.status = mentorStatusFromKey(q.value(2).toString()).value_or(MentorStatus::Applied);
    m.appliedOn = Rows::dateAt(q, 3);
    m.applicationNotes = q.value(4).toString();
    m.governorApprovedOn = Rows::dateAt(q, 5);
    m.governorApprovedBy = q.value(6).toString();
    m.securityClearedOn = Rows::dateAt(q, 7);
    m.securityClearedBy = q.value(8).toString();
    m.capacity = q.value(9).toInt();
    m.pathwayTier = Mentor::tierFromKey(q.value(10).toString()).value_or(Mentor::PathwayTier::PeerMentor);
    m.agreementSignedOn = Rows::dateAt(q, 11);
    m.agreementVersion = q.value(12).toString();
    m.leftReason = leavingReasonFromKey(q.value(13).toString());
    m.createdAt = Rows::timeAt(q, 14);
    m.updatedAt = Rows::timeAt(q, 15);
    return m;
}

ShadowingPeriod shadowingFromRow(const QSqlQuery& q)
{
    ShadowingPeriod p;
    p.id = q.value(0).toLongLong();
    p.mentorId = q.value(1).toLongLong();
    p.experiencedMentorId = q.value(2).toLongLong();
    p.startedOn = Rows::dateAt(q, 3);
    p.endedOn = Rows::dateAt(q, 4);
    p.sessionsObserved = q.value(5).toInt();
    p.signedOffOn = Rows::dateAt(q, 6);
    p.signedOffBy = q.value(7).toString();
    p.notes = q.value(8).toString();
    p.createdAt = Rows::timeAt(q, 9);
    p.updatedAt = Rows::timeAt(q, 10);
    return p;
}

TrainingRecord trainingFromRow(const QSqlQuery& q)
{
    TrainingRecord t;
    t.id = q.value(0).toLongLong();
    t.mentorId = q.value(1).toLongLong();
    t.module = q.value(2).toString();
    t.provider = q.value(3).toString();
    t.startedOn = Rows::dateAt(q, 4);
    t.completedOn = Rows::dateAt(q, 5);
    if (!q.value(6).isNull())
        t.hours = q.value(6).toDouble();
    t.accreditation = q.value(7).toString();
    t.assessor = q.value(8).toString();
    t.expiresOn = Rows::dateAt(q, 9);
    t.createdAt = Rows::timeAt(q, 10);
    t.updatedAt = Rows::timeAt(q, 11);
    return t;
}

Supervision supervisionFromRow(const QSqlQuery& q)
{
    Supervision s;
    s.id = q.value(0).toLongLong();
    s.mentorId = q.value(1).toLongLong();
    s.heldOn = Rows::dateAt(q, 2);
    s.supervisor = q.value(3).toString();
    s.notes = q.value(4).toString();
    s.mentorWellbeing = q.value(5).toString();
    s.createdAt = Rows::timeAt(q, 6);
    s.updatedAt = Rows::timeAt(q, 7);
    return s;
}

QVariantMap withMentor(QVariantMap fields, qint64 mentorId)
{
    fields.insert(QStringLiteral("mentor_id"), mentorId);
    return fields;
}

QVariantMap signOffFields(const ShadowingPeriod& p)
{
    return {
        { QStringLiteral("ended_on"), p.endedOn },
        { QStringLiteral("signed_off_on"), p.signedOffOn },
        { QStringLiteral("signed_off_by"), p.signedOffBy },
    };
}

// The first of several checks that found a problem, or empty.
QString firstProblem(std::initializer_list<QString> problems)
{
    for (const QString& p : problems) {
        if (!p.isEmpty())
            return p;
    }
    return {};
}

Status invalid(const QString& message)
{
    return Status::failure(ErrorCode::InvalidInput, message);
}

} // namespace

// --- Readiness ---

QStringList MentorService::Readiness::missing() const
{
    QStringList out;
    if (!cleared)
        out << tr("governor approval and security clearance are not both recorded");
    if (!shadowingSignedOff || shadowingDaysDone < shadowingDaysRequired) {
        out << tr("no shadowing of at least %1 days is signed off (%2 days done)")
                   .arg(shadowingDaysRequired)
                   .arg(shadowingDaysDone);
    }
    if (!missingModules.isEmpty())
        out << tr("mandatory training not completed or expired: %1")
                   .arg(missingModules.join(QStringLiteral(", ")));
    return out;
}

MentorService::Readiness MentorService::assess(const Mentor& mentor, const QList<ShadowingPeriod>& shadowing,
    const QList<TrainingRecord>& training, const QStringList& mandatoryModules, int minimumShadowingMonths,
    const QDate& today)
{
    Readiness r;
    r.cleared = mentor.governorApproved() && mentor.securityCleared();

    // The period that counts: a signed-off one long enough, else the one
    // furthest along, so the GUI shows real progress.
    const ShadowingPeriod* best = nullptr;
    for (const ShadowingPeriod& p : shadowing) {
        const QDate end = p.endedOn.isValid() ? p.endedOn : p.signedOffOn;
        const bool counts = p.signedOff() && end >= p.earliestEnd(minimumShadowingMonths);
        if (counts) {
            best = &p;
            r.shadowingSignedOff = true;
            break;
        }
        if (!best || p.daysDone(today) > best->daysDone(today))
            best = &p;
    }
    if (best) {
        r.shadowingDaysDone = best->daysDone(today);
        r.shadowingDaysRequired = int(best->startedOn.daysTo(best->earliestEnd(minimumShadowingMonths)));
    } else {
        r.shadowingDaysRequired = int(today.daysTo(today.addMonths(minimumShadowingMonths)));
    }

    for (const QString& module : mandatoryModules) {
        const bool done = std::any_of(training.cbegin(), training.cend(), [&](const TrainingRecord& t) {
            return t.module.trimmed().compare(module.trimmed(), Qt::CaseInsensitive) == 0
                && t.isCurrent(today);
        });
        if (!done)
            r.missingModules << module;
    }
    return r;
}

// --- the mentoring role ---

MentorService::MentorService(UserSession& session)
    : m_session(session)
{
}

QDate MentorService::today() const
{
    return m_session.clock().now().toLocalTime().date();
}

QString MentorService::problem(const Mentor& m) const
{
    if (m.capacity < 0 || m.capacity > Mentor::MaximumCapacity)
        return tr("The capacity must be from 0 to %1 mentees.").arg(Mentor::MaximumCapacity);
    if (QString p
        = Validation::textProblem(tr("The application notes"), m.applicationNotes, 5000, false, true);
        !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(tr("The agreement version"), m.agreementVersion, 50, false);
        !p.isEmpty())
        return p;
    const bool hasVersion = !m.agreementVersion.trimmed().isEmpty();
    if (hasVersion && m.agreementSignedOn.isNull())
        return tr("Give the date the mentor agreement was signed.");
    if (!m.agreementSignedOn.isNull()) {
        if (!hasVersion)
            return tr("Give the version of the mentor agreement that was signed.");
        return firstProblem({ Validation::pastDateProblem(
                                  tr("The date the agreement was signed"), m.agreementSignedOn, today()),
            Validation::orderProblem(tr("The date of application"), m.appliedOn,
                tr("The date the agreement was signed"), m.agreementSignedOn) });
    }
    return {};
}

Result<Mentor> MentorService::apply(const Mentor& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    if (QString p = Validation::pastDateProblem(tr("The date of application"), given.appliedOn, today());
        !p.isEmpty())
        return invalid(p);
    if (QString p = problem(given); !p.isEmpty())
        return invalid(p);
    const Result<Prisoner> prisoner = PrisonerService(m_session).get(given.prisonerId);
    if (!prisoner)
        return prisoner.status();
    if (prisoner->status != Prisoner::CustodyStatus::InCustody)
        return invalid(
            tr("%1 is no longer in custody, so cannot apply to be a mentor.").arg(prisoner->fullName));
    Result<QSqlQuery> current
        = read(QStringLiteral("SELECT status FROM mentors WHERE prisoner_id = ? AND deleted_at IS NULL "
                              "AND status <> 'left'"),
            { given.prisonerId });
    if (!current)
        return current.status();
    if (current->next()) {
        const QString status = mentorStatusLabel(
            mentorStatusFromKey(current->value(0).toString()).value_or(MentorStatus::Applied));
        return invalid(tr("%1 already has a current mentoring role (%2); a new application is possible only "
                          "after they leave.")
                           .arg(prisoner->fullName, status));
    }

    Mentor m;
    m.prisonerId = given.prisonerId;
    m.appliedOn = given.appliedOn;
    m.applicationNotes = given.applicationNotes.trimmed();
    m.capacity = given.capacity;
    m.pathwayTier = given.pathwayTier;
    m.agreementSignedOn = given.agreementSignedOn;
    m.agreementVersion = given.agreementVersion.trimmed();
    QVariantMap fields = m.editableFields();
    fields.insert(QStringLiteral("prisoner_id"), m.prisonerId);
    fields.insert(QStringLiteral("status"), mentorStatusKey(MentorStatus::Applied));

    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<qint64> inserted
            = ctx.insert(QStringLiteral("mentors"), fields, tr("The application could not be saved."));
        if (!inserted)
            return inserted.status();
        id = *inserted;
        if (Status s = addHistory(ctx, id, std::nullopt, MentorStatus::Applied, m.appliedOn, {}); !s)
            return s;
        return ctx.audit(
            AuditAction::Create, QStringLiteral("mentor"), QString::number(id), fieldValues(fields));
    });
    if (!status)
        return status;
    return get(id);
}

Status MentorService::update(const Mentor& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    const Result<Mentor> current = get(given.id);
    if (!current)
        return current.status();
    if (given.appliedOn.isValid() && given.appliedOn != current->appliedOn)
        return invalid(tr("The date of application cannot be changed once recorded."));
    Mentor after = *current;
    after.applicationNotes = given.applicationNotes.trimmed();
    after.capacity = given.capacity;
    after.pathwayTier = given.pathwayTier;
    after.agreementSignedOn = given.agreementSignedOn;
    after.agreementVersion = given.agreementVersion.trimmed();
    if (QString p = problem(after); !p.isEmpty())
        return invalid(p);
    const QJsonObject changes = fieldChanges(current->editableFields(), after.editableFields());
    if (changes.isEmpty())
        return Status::success();
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("mentors"), after.id, after.editableFields(),
                tr("The mentor could not be changed."));
            !s)
            return s;
        return ctx.audit(AuditAction::Change, QStringLiteral("mentor"), QString::number(after.id), changes);
    });
}

Status MentorService::remove(qint64 mentorId, const QString& reason)
{
    if (Status s = m_session.require(Operation::DeleteRecords); !s)
        return s;
    // A deleted mentor must not go on counting as a mentee's mentor.
    Result<QSqlQuery> current = read(
        QStringLiteral("SELECT count(*) FROM mentor_allocations WHERE mentor_id = ? AND ended_on IS NULL"),
        { mentorId });
    if (!current)
        return current.status();
    if (current->next() && current->value(0).toInt() > 0)
        return invalid(tr("This mentor still has mentees allocated; end those allocations first."));
    return softDelete(QStringLiteral("mentors"), QStringLiteral("mentor"), mentorId, reason);
}

Status MentorService::recordGovernorApproval(qint64 mentorId, const QDate& on, const QString& by)
{
    return recordClearance(mentorId, on, by, true);
}

Status MentorService::recordSecurityClearance(qint64 mentorId, const QDate& on, const QString& by)
{
    return recordClearance(mentorId, on, by, false);
}

Status MentorService::recordClearance(qint64 mentorId, const QDate& on, const QString& by, bool governor)
{
    if (Status s = m_session.require(Operation::RecordClearance); !s)
        return s;
    const Result<Mentor> current = get(mentorId);
    if (!current)
        return current.status();
    if (current->status != MentorStatus::Applied) {
        return invalid(tr("Clearance is recorded while the application is open; this mentor is already %1.")
                           .arg(mentorStatusLabel(current->status)));
    }
    const QString dateLabel
        = governor ? tr("The date of governor approval") : tr("The date of security clearance");
    const QString byLabel = governor ? tr("The name of the approving governor")
                                     : tr("The name of whoever gave security clearance");
    if (QString p = firstProblem({ Validation::pastDateProblem(dateLabel, on, today()),
            Validation::orderProblem(tr("The date of application"), current->appliedOn, dateLabel, on),
            Validation::textProblem(byLabel, by, 200, true) });
        !p.isEmpty()) {
        return invalid(p);
    }
    Mentor after = *current;
    (governor ? after.governorApprovedOn : after.securityClearedOn) = on;
    (governor ? after.governorApprovedBy : after.securityClearedBy) = by.trimmed();
    const QJsonObject changes = fieldChanges(current->clearanceFields(), after.clearanceFields());
    if (changes.isEmpty())
        return Status::success();
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("mentors"), mentorId, after.clearanceFields(),
                tr("The clearance could not be saved."));
            !s)
            return s;
        return ctx.audit(AuditAction::Change, QStringLiteral("mentor"), QString::number(mentorId), changes);
    });
}

Status MentorService::gateProblem(const Mentor& mentor, MentorStatus to) const
{
    switch (to) {
    case MentorStatus::Cleared: {
        if (Status s = m_session.require(Operation::RecordClearance); !s)
            return s;
        QStringList missing;
        if (!mentor.governorApproved())
            missing << tr("governor approval");
        if (!mentor.securityCleared())
            missing << tr("security clearance");
        if (!missing.isEmpty()) {
            return invalid(tr(
                "The application cannot be cleared until governor approval and security clearance are both "
                "recorded, with who and when. Missing: %1.")
                               .arg(missing.join(tr(" and "))));
        }
        return Status::success();
    }
    case MentorStatus::Trained:
    case MentorStatus::Active: {
        const Result<Readiness> r = readiness(mentor.id);
        if (!r)
            return r.status();
        if (to == MentorStatus::Trained && !r->shadowingSignedOff) {
            return invalid(
                tr("The mentor cannot be marked trained until a shadowing period of at least %n month(s) is "
                   "signed off.",
                    nullptr, m_session.settings().integer(Setting::MinimumShadowingMonths)));
        }
        if (to == MentorStatus::Active && !r->ready())
            return invalid(
                tr("The mentor cannot become active yet: %1.").arg(r->missing().join(QStringLiteral("; "))));
        return Status::success();
    }
    default:
        return Status::success();
    }
}

Status MentorService::changeStatus(qint64 mentorId, MentorStatus to, const QDate& on, const QString& reason,
    std::optional<LeavingReason> leaving)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    const Result<Mentor> current = get(mentorId);
    if (!current)
        return current.status();
    const MentorStatus from = current->status;
    if (from == to)
        return invalid(tr("The mentor is already %1; nothing to change.").arg(mentorStatusLabel(to)));
    if (!isAllowedTransition(from, to)) {
        return invalid(
            tr("A mentor cannot go from %1 to %2.").arg(mentorStatusLabel(from), mentorStatusLabel(to)));
    }
    const QDate date = on.isNull() ? today() : on;
    if (QString p = Validation::pastDateProblem(tr("The date of the change"), date, today()); !p.isEmpty())
        return invalid(p);
    const Result<QList<Mentor::StatusChange>> past = history(mentorId);
    if (!past)
        return past.status();
    if (!past->isEmpty()) {
        if (QString p = Validation::orderProblem(tr("The previous status change"),
                past->constLast().changedOn, tr("The date of the change"), date);
            !p.isEmpty()) {
            return invalid(p);
        }
    }
    QString why = reason.trimmed();
    if (to == MentorStatus::Left) {
        if (!leaving)
            return invalid(tr("Say why the mentor left: released, transferred, resigned or removed."));
    }
    if (QString p = Validation::textProblem(
            to == MentorStatus::Suspended ? tr("The reason for the suspension") : tr("The reason"), reason,
            1000, to == MentorStatus::Suspended, true);
        !p.isEmpty()) {
        return invalid(p);
    }
    if (Status s = gateProblem(*current, to); !s)
        return s;

    Mentor after = *current;
    after.status = to;
    after.leftReason = to == MentorStatus::Left ? leaving : std::nullopt;
    QJsonObject details = fieldChanges(current->statusFields(), after.statusFields());
    details.insert(QStringLiteral("changed_on"), Rows::isoDate(date));
    if (!why.isEmpty())
        details.insert(QStringLiteral("reason"), why);
    // The history keeps why a mentor left even when no notes were given.
    if (to == MentorStatus::Left)
        why = why.isEmpty() ? leavingReasonKey(*leaving)
                            : leavingReasonKey(*leaving) + QStringLiteral(": ") + why;
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("mentors"), mentorId, after.statusFields(),
                tr("The status could not be changed."));
            !s)
            return s;
        if (Status s = addHistory(ctx, mentorId, from, to, date, why); !s)
            return s;
        if (to == MentorStatus::Left) {
            // Only active mentors have mentees: a mentor who leaves hands
            // theirs back, so the caseload shows them unallocated.
            QSqlQuery end(ctx.database());
            end.prepare(QStringLiteral(
                "UPDATE mentor_allocations SET ended_on = CASE WHEN allocated_on > :on "
                "THEN allocated_on ELSE :on END WHERE mentor_id = :mentor AND ended_on IS NULL"));
            end.bindValue(QStringLiteral(":on"), Rows::isoDate(date));
            end.bindValue(QStringLiteral(":mentor"), mentorId);
            if (!end.exec())
                return storageFailure(end.lastError(), tr("The mentor's allocations could not be ended."));
            if (end.numRowsAffected() > 0)
                details.insert(QStringLiteral("allocations_ended"), end.numRowsAffected());
        }
        return ctx.audit(AuditAction::Change, QStringLiteral("mentor"), QString::number(mentorId), details);
    });
}

// --- shadowing ---

QString MentorService::shadowingProblem(const ShadowingPeriod& p) const
{
    if (QString problem = Validation::pastDateProblem(tr("The start of shadowing"), p.startedOn, today());
        !problem.isEmpty())
        return problem;
    if (!p.endedOn.isNull()) {
        if (QString problem
            = firstProblem({ Validation::pastDateProblem(tr("The end of shadowing"), p.endedOn, today()),
                Validation::orderProblem(
                    tr("The start of shadowing"), p.startedOn, tr("The end of shadowing"), p.endedOn) });
            !problem.isEmpty()) {
            return problem;
        }
    }
    if (p.sessionsObserved < 0 || p.sessionsObserved > 10000)
        return tr("The number of sessions observed must be from 0 to 10000.");
    return Validation::textProblem(tr("The notes"), p.notes, 5000, false, true);
}

Result<ShadowingPeriod> MentorService::addShadowing(const ShadowingPeriod& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    if (QString p = shadowingProblem(given); !p.isEmpty())
        return invalid(p);
    const Result<Mentor> trainee = get(given.mentorId);
    if (!trainee)
        return trainee.status();
    if (trainee->status == MentorStatus::Applied)
        return invalid(tr("Shadowing can start only after the application is cleared."));
    if (trainee->status == MentorStatus::Left)
        return invalid(tr("This mentor has left the scheme, so shadowing cannot be added."));
    if (QString p = Validation::orderProblem(
            tr("The date of application"), trainee->appliedOn, tr("The start of shadowing"), given.startedOn);
        !p.isEmpty()) {
        return invalid(p);
    }
    if (given.experiencedMentorId > 0) {
        if (given.experiencedMentorId == given.mentorId)
            return invalid(tr("A mentor cannot shadow themselves."));
        const Result<Mentor> experienced = get(given.experiencedMentorId);
        if (!experienced)
            return experienced.status();
        if (experienced->status != MentorStatus::Active) {
            return invalid(tr("The experienced mentor must be an active mentor; they are %1.")
                               .arg(mentorStatusLabel(experienced->status)));
        }
    }
    ShadowingPeriod p = given;
    p.notes = p.notes.trimmed();
    const QVariantMap fields = withMentor(p.editableFields(), p.mentorId);
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<qint64> created
            = ctx.create(QStringLiteral("shadowing_periods"), QStringLiteral("shadowing_period"), fields,
                fieldValues(fields), tr("The shadowing could not be saved."));
        if (created)
            id = *created;
        return created.status();
    });
    if (!status)
        return status;
    return shadowingPeriod(id);
}

Status MentorService::updateShadowing(const ShadowingPeriod& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    if (QString p = shadowingProblem(given); !p.isEmpty())
        return invalid(p);
    const Result<ShadowingPeriod> current = shadowingPeriod(given.id);
    if (!current)
        return current.status();
    if (current->signedOff() && (given.startedOn != current->startedOn || given.endedOn != current->endedOn))
        return invalid(tr("This shadowing period is signed off, so its dates cannot be changed."));
    if (given.experiencedMentorId > 0 && given.experiencedMentorId != current->experiencedMentorId) {
        if (given.experiencedMentorId == current->mentorId)
            return invalid(tr("A mentor cannot shadow themselves."));
        const Result<Mentor> experienced = get(given.experiencedMentorId);
        if (!experienced)
            return experienced.status();
        if (experienced->status != MentorStatus::Active) {
            return invalid(tr("The experienced mentor must be an active mentor; they are %1.")
                               .arg(mentorStatusLabel(experienced->status)));
        }
    }
    ShadowingPeriod after = *current;
    after.experiencedMentorId = given.experiencedMentorId;
    after.startedOn = given.startedOn;
    after.endedOn = given.endedOn;
    after.sessionsObserved = given.sessionsObserved;
    after.notes = given.notes.trimmed();
    const QJsonObject changes = fieldChanges(current->editableFields(), after.editableFields());
    if (changes.isEmpty())
        return Status::success();
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("shadowing_periods"), after.id, after.editableFields(),
                tr("The shadowing could not be changed."));
            !s) {
            return s;
        }
        return ctx.audit(
            AuditAction::Change, QStringLiteral("shadowing_period"), QString::number(after.id), changes);
    });
}

Status MentorService::signOffShadowing(qint64 periodId, const QDate& on, const QString& by)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    const Result<ShadowingPeriod> current = shadowingPeriod(periodId);
    if (!current)
        return current.status();
    if (current->signedOff()) {
        return invalid(tr("This shadowing period was already signed off on %1 by %2.")
                           .arg(Rows::isoDate(current->signedOffOn), current->signedOffBy));
    }
    const QDate date = on.isNull() ? today() : on;
    const QString label = tr("The sign-off date");
    if (QString p = firstProblem({ Validation::pastDateProblem(label, date, today()),
            Validation::orderProblem(tr("The start of shadowing"), current->startedOn, label, date),
            Validation::orderProblem(tr("The end of shadowing"), current->endedOn, label, date),
            Validation::textProblem(tr("The name of whoever signed it off"), by, 200, true) });
        !p.isEmpty()) {
        return invalid(p);
    }
    const int months = m_session.settings().integer(Setting::MinimumShadowingMonths);
    const QDate earliest = current->earliestEnd(months);
    if (current->endedOn.isValid() && current->endedOn < earliest) {
        return invalid(
            tr("This shadowing ended after %n day(s); it must last at least %1, until %2, to be signed off.",
                nullptr, int(current->startedOn.daysTo(current->endedOn)))
                .arg(tr("%n month(s)", nullptr, months), Rows::isoDate(earliest)));
    }
    if (date < earliest) {
        return invalid(
            tr("Shadowing must last at least %1 before it is signed off: %n day(s) remain, until %2.",
                nullptr, int(date.daysTo(earliest)))
                .arg(tr("%n month(s)", nullptr, months), Rows::isoDate(earliest)));
    }
    ShadowingPeriod after = *current;
    if (!after.endedOn.isValid())
        after.endedOn = date;
    after.signedOffOn = date;
    after.signedOffBy = by.trimmed();
    const QJsonObject changes = fieldChanges(signOffFields(*current), signOffFields(after));
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("shadowing_periods"), periodId, signOffFields(after),
                tr("The sign-off could not be saved."));
            !s) {
            return s;
        }
        return ctx.audit(
            AuditAction::Change, QStringLiteral("shadowing_period"), QString::number(periodId), changes);
    });
}

Status MentorService::removeShadowing(qint64 periodId, const QString& reason)
{
    return softDelete(
        QStringLiteral("shadowing_periods"), QStringLiteral("shadowing_period"), periodId, reason);
}

// --- training ---

QString MentorService::trainingProblem(const TrainingRecord& t) const
{
    if (QString p = firstProblem({ Validation::textProblem(tr("The module"), t.module, 200, true),
            Validation::textProblem(tr("The provider"), t.provider, 200, false),
            Validation::textProblem(tr("The accreditation"), t.accreditation, 200, false),
            Validation::textProblem(tr("The assessor"), t.assessor, 200, false) });
        !p.isEmpty()) {
        return p;
    }
    if (!t.startedOn.isNull()) {
        if (QString p = Validation::pastDateProblem(tr("The start date"), t.startedOn, today()); !p.isEmpty())
            return p;
    }
    if (!t.completedOn.isNull()) {
        if (QString p
            = firstProblem({ Validation::pastDateProblem(tr("The completion date"), t.completedOn, today()),
                Validation::orderProblem(
                    tr("The start date"), t.startedOn, tr("The completion date"), t.completedOn) });
            !p.isEmpty()) {
            return p;
        }
    }
    if (!t.expiresOn.isNull()) {
        if (!t.completedOn.isValid())
            return tr("An expiry date needs a completion date.");
        if (t.expiresOn <= t.completedOn)
            return tr("The expiry date must be after the completion date.");
    }
    if (t.hours && !(*t.hours >= 0 && *t.hours <= 10000))
        return tr("The hours must be from 0 to 10000.");
    return {};
}

Result<TrainingRecord> MentorService::addTraining(const TrainingRecord& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    if (QString p = trainingProblem(given); !p.isEmpty())
        return invalid(p);
    if (const Result<Mentor> mentor = get(given.mentorId); !mentor)
        return mentor.status();
    TrainingRecord t = given;
    for (QString* text : { &t.module, &t.provider, &t.accreditation, &t.assessor })
        *text = text->trimmed();
    const QVariantMap fields = withMentor(t.editableFields(), t.mentorId);
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<qint64> created
            = ctx.create(QStringLiteral("training_records"), QStringLiteral("training_record"), fields,
                fieldValues(fields), tr("The training could not be saved."));
        if (created)
            id = *created;
        return created.status();
    });
    if (!status)
        return status;
    return trainingRecord(id);
}

Status MentorService::updateTraining(const TrainingRecord& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    if (QString p = trainingProblem(given); !p.isEmpty())
        return invalid(p);
    const Result<TrainingRecord> current = trainingRecord(given.id);
    if (!current)
        return current.status();
    TrainingRecord after = given;
    after.mentorId = current->mentorId;
    for (QString* text : { &after.module, &after.provider, &after.accreditation, &after.assessor })
        *text = text->trimmed();
    const QJsonObject changes = fieldChanges(current->editableFields(), after.editableFields());
    if (changes.isEmpty())
        return Status::success();
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("training_records"), after.id, after.editableFields(),
                tr("The training could not be changed."));
            !s) {
            return s;
        }
        return ctx.audit(
            AuditAction::Change, QStringLiteral("training_record"), QString::number(after.id), changes);
    });
}

Status MentorService::removeTraining(qint64 recordId, const QString& reason)
{
    return softDelete(
        QStringLiteral("training_records"), QStringLiteral("training_record"), recordId, reason);
}

// --- supervision ---

QString MentorService::supervisionProblem(const Supervision& s) const
{
    return firstProblem({ Validation::pastDateProblem(tr("The date of the supervision"), s.heldOn, today()),
        Validation::textProblem(tr("The supervisor"), s.supervisor, 200, true),
        Validation::textProblem(tr("The notes"), s.notes, 10000, false, true),
        Validation::textProblem(tr("The mentor's wellbeing"), s.mentorWellbeing, 2000, false, true) });
}

Result<Supervision> MentorService::addSupervision(const Supervision& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    if (QString p = supervisionProblem(given); !p.isEmpty())
        return invalid(p);
    const Result<Mentor> mentor = get(given.mentorId);
    if (!mentor)
        return mentor.status();
    if (QString p = Validation::orderProblem(tr("The date of application"), mentor->appliedOn,
            tr("The date of the supervision"), given.heldOn);
        !p.isEmpty()) {
        return invalid(p);
    }
    Supervision s = given;
    for (QString* text : { &s.supervisor, &s.notes, &s.mentorWellbeing })
        *text = text->trimmed();
    const QVariantMap fields = withMentor(s.editableFields(), s.mentorId);
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<qint64> created = ctx.create(QStringLiteral("supervisions"), QStringLiteral("supervision"),
            fields, fieldValues(fields), tr("The supervision could not be saved."));
        if (created)
            id = *created;
        return created.status();
    });
    if (!status)
        return status;
    return supervision(id);
}

Status MentorService::updateSupervision(const Supervision& given)
{
    if (Status s = m_session.require(Operation::ManageMentors); !s)
        return s;
    if (QString p = supervisionProblem(given); !p.isEmpty())
        return invalid(p);
    const Result<Supervision> current = supervision(given.id);
    if (!current)
        return current.status();
    Supervision after = given;
    after.mentorId = current->mentorId;
    for (QString* text : { &after.supervisor, &after.notes, &after.mentorWellbeing })
        *text = text->trimmed();
    const QJsonObject changes = fieldChanges(current->editableFields(), after.editableFields());
    if (changes.isEmpty())
        return Status::success();
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = ctx.update(QStringLiteral("supervisions"), after.id, after.editableFields(),
                tr("The supervision could not be changed."));
            !s) {
            return s;
        }
        return ctx.audit(
            AuditAction::Change, QStringLiteral("supervision"), QString::number(after.id), changes);
    });
}

Status MentorService::removeSupervision(qint64 supervisionId, const QString& reason)
{
    return softDelete(QStringLiteral("supervisions"), QStringLiteral("supervision"), supervisionId, reason);
}

Status MentorService::softDelete(
    const QString& table, const QString& entityType, qint64 id, const QString& reason)
{
    if (Status s = m_session.require(Operation::DeleteRecords); !s)
        return s;
    if (QString p = Validation::textProblem(tr("The reason"), reason, 1000, true, true); !p.isEmpty())
        return invalid(p);
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = Rows::softDelete(ctx.database(), table, id, reason.trimmed(), ctx.now(),
                tr("The record could not be deleted."),
                tr("That record is not recorded (or was already deleted)."));
            !s)
            return s;
        return ctx.audit(AuditAction::Delete, entityType, QString::number(id),
            QJsonObject { { QStringLiteral("reason"), reason.trimmed() } });
    });
}

// --- reads ---

Result<QSqlQuery> MentorService::read(const QString& sql, const QVariantList& values) const
{
    if (Status s = m_session.require(Operation::ViewRecords); !s)
        return s;
    if (Status s = m_session.requireUnlocked(); !s)
        return s;
    return Rows::select(m_session.database(), sql, values, tr("The mentor records could not be read."));
}

Result<Mentor> MentorService::get(qint64 mentorId) const
{
    return Rows::one<Mentor>(
        read(QStringLiteral("SELECT %1 FROM mentors WHERE id = ? AND deleted_at IS NULL").arg(MentorColumns),
            { mentorId }),
        mentorFromRow, tr("That mentor is not recorded (or was deleted)."));
}

Result<QList<Mentor::StatusChange>> MentorService::history(qint64 mentorId) const
{
    Result<QSqlQuery> q = read(
        QStringLiteral("SELECT id, from_status, to_status, changed_on, reason, recorded_by, recorded_at "
                       "FROM mentor_status_history WHERE mentor_id = ? ORDER BY id"),
        { mentorId });
    if (!q)
        return q.status();
    QList<Mentor::StatusChange> changes;
    while (q->next()) {
        Mentor::StatusChange c;
        c.id = q->value(0).toLongLong();
        c.from = mentorStatusFromKey(q->value(1).toString());
        c.to = mentorStatusFromKey(q->value(2).toString()).value_or(MentorStatus::Applied);
        c.changedOn = Rows::dateAt(*q, 3);
        c.reason = q->value(4).toString();
        c.recordedBy = q->value(5).toString();
        c.recordedAt = Rows::timeAt(*q, 6);
        changes.append(c);
    }
    return changes;
}

Result<QList<ShadowingPeriod>> MentorService::shadowingPeriods(qint64 mentorId) const
{
    return Rows::all<ShadowingPeriod>(
        read(QStringLiteral("SELECT %1 FROM shadowing_periods WHERE mentor_id = ? AND deleted_at IS NULL "
                            "ORDER BY started_on, id")
                 .arg(ShadowingColumns),
            { mentorId }),
        shadowingFromRow);
}

Result<ShadowingPeriod> MentorService::shadowingPeriod(qint64 periodId) const
{
    return Rows::one<ShadowingPeriod>(
        read(QStringLiteral("SELECT %1 FROM shadowing_periods WHERE id = ? AND deleted_at IS NULL")
                 .arg(ShadowingColumns),
            { periodId }),
        shadowingFromRow, tr("That shadowing period is not recorded (or was deleted)."));
}

Result<QList<TrainingRecord>> MentorService::trainingRecords(qint64 mentorId) const
{
    return Rows::all<TrainingRecord>(
        read(QStringLiteral("SELECT %1 FROM training_records WHERE mentor_id = ? AND deleted_at IS NULL "
                            "ORDER BY id")
                 .arg(TrainingColumns),
            { mentorId }),
        trainingFromRow);
}

Result<TrainingRecord> MentorService::trainingRecord(qint64 recordId) const
{
    return Rows::one<TrainingRecord>(
        read(QStringLiteral("SELECT %1 FROM training_records WHERE id = ? AND deleted_at IS NULL")
                 .arg(TrainingColumns),
            { recordId }),
        trainingFromRow, tr("That training record is not recorded (or was deleted)."));
}

Result<QList<Supervision>> MentorService::supervisions(qint64 mentorId) const
{
    return Rows::all<Supervision>(
        read(QStringLiteral("SELECT %1 FROM supervisions WHERE mentor_id = ? AND deleted_at IS NULL "
                            "ORDER BY held_on DESC, id DESC")
                 .arg(SupervisionColumns),
            { mentorId }),
        supervisionFromRow);
}

Result<Supervision> MentorService::supervision(qint64 supervisionId) const
{
    return Rows::one<Supervision>(
        read(QStringLiteral("SELECT %1 FROM supervisions WHERE id = ? AND deleted_at IS NULL")
                 .arg(SupervisionColumns),
            { supervisionId }),
        supervisionFromRow, tr("That supervision is not recorded (or was deleted)."));
}

Result<MentorService::Readiness> MentorService::readiness(qint64 mentorId) const
{
    const Result<Mentor> mentor = get(mentorId);
    if (!mentor)
        return mentor.status();
    const Result<QList<ShadowingPeriod>> shadowing = shadowingPeriods(mentorId);
    if (!shadowing)
        return shadowing.status();
    const Result<QList<TrainingRecord>> training = trainingRecords(mentorId);
    if (!training)
        return training.status();
    const WingSettings settings = m_session.settings();
    return assess(*mentor, *shadowing, *training, settings.list(Setting::MandatoryModules),
        settings.integer(Setting::MinimumShadowingMonths), today());
}

Result<QList<MentorService::Move>> MentorService::nextMoves(qint64 mentorId) const
{
    const Result<Mentor> mentor = get(mentorId);
    if (!mentor)
        return mentor.status();
    QList<Move> moves;
    const Status role = m_session.require(Operation::ManageMentors);
    for (MentorStatus next : wingmate::allowedNextStatuses(mentor->status)) {
        Status gate = role.ok() ? gateProblem(*mentor, next) : role;
        if (!gate.ok() && gate.code() != ErrorCode::InvalidInput && gate.code() != ErrorCode::Forbidden)
            return gate; // the records could not be read
        moves.append({ next, std::move(gate) });
    }
    return moves;
}

Result<QList<MentorStatus>> MentorService::allowedNextStatuses(qint64 mentorId) const
{
    const Result<QList<Move>> moves = nextMoves(mentorId);
    if (!moves)
        return moves.status();
    QList<MentorStatus> allowed;
    for (const Move& move : *moves) {
        if (move.possible())
            allowed.append(move.to);
    }
    return allowed;
}

} // namespace wingmate
