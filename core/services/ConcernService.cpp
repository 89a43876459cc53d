#include "services/ConcernService.h"

#include "audit/FieldChanges.h"
#include "domain/Validation.h"
#include "services/EpisodeStore.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

namespace wingmate {

namespace {

std::optional<qint64> optionalId(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant idValue(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant();
}

Concern concernFromRow(const QSqlQuery& q)
{
    Concern c;
    c.id = q.value(0).toLongLong();
    c.episodeId = q.value(1).toLongLong();
    c.raisedAt = Rows::timeAt(q, 2);
    c.source = Concern::sourceFromKey(q.value(3).toString()).value_or(Concern::Source::Staff);
    c.checkInId = optionalId(q.value(4));
    c.sessionId = optionalId(q.value(5));
    c.description = q.value(6).toString();
    c.status = Concern::statusFromKey(q.value(7).toString()).value_or(Concern::ReviewState::Open);
    c.raisedBy = q.value(8).toString();
    c.createdAt = Rows::timeAt(q, 9);
    c.updatedAt = Rows::timeAt(q, 10);
    return c;
}

const QString ConcernColumns = QStringLiteral("id, episode_id, raised_at, source, check_in_id, session_id, "
                                              "description, status, raised_by, created_at, updated_at");

Result<QList<Concern>> selectConcerns(QSqlDatabase db, const QString& where, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM concerns WHERE %2 ORDER BY raised_at, id").arg(ConcernColumns, where));
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return storageFailure(query.lastError(), ConcernService::tr("The concerns could not be read."));
    QList<Concern> found;
    while (query.next())
        found.append(concernFromRow(query));
    return found;
}

} // namespace

ConcernService::ConcernService(UserSession& session)
    : m_session(session)
{
}

QString ConcernService::emergencyAdvice()
{
    return tr("This shows a risk of harm. Follow the prison's emergency and ACCT procedures now. A concern "
              "has been "
              "raised for the mental health nurse to review.");
}

Result<qint64> ConcernService::insert(WriteContext& ctx, const Concern& given) const
{
    Concern c = given;
    c.description = c.description.trimmed();
    c.status = Concern::ReviewState::Open;
    c.raisedAt = ctx.now();
    c.raisedBy = ctx.actor().username;
    if (QString p
        = Validation::textProblem(tr("The description of the concern"), c.description, 2000, false, true);
        !p.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, p);
    return ctx.create(QStringLiteral("concerns"), QStringLiteral("concern"),
        { { QStringLiteral("episode_id"), c.episodeId },
            { QStringLiteral("raised_at"), Rows::isoTime(c.raisedAt) },
            { QStringLiteral("source"), Concern::sourceKey(c.source) },
            { QStringLiteral("check_in_id"), idValue(c.checkInId) },
            { QStringLiteral("session_id"), idValue(c.sessionId) },
            { QStringLiteral("description"), c.description },
            { QStringLiteral("status"), Concern::statusKey(c.status) },
            { QStringLiteral("raised_by"), c.raisedBy } },
        fieldValues(c.fields()), tr("The concern could not be raised."));
}

Result<qint64> ConcernService::raise(
    qint64 episodeId, const QString& description, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::ManageMentees); !status)
        return status;
    if (description.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Describe the concern for the nurse."));
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<MenteeEpisode> episode
            = EpisodeStore(m_session).writable(ctx.database(), episodeId, amendmentReason);
        if (!episode)
            return episode.status();
        Concern c;
        c.episodeId = episodeId;
        c.source = Concern::Source::Staff;
        c.description = description;
        Result<qint64> inserted = insert(ctx, c);
        if (!inserted)
            return inserted.status();
        id = *inserted;
        return Status::success();
    });
    if (!status)
        return status;
    return id;
}

Result<qint64> ConcernService::review(const Review& given, const QString& amendmentReason)
{
    using E = MenteeEpisode;
    if (Status status = m_session.require(Operation::ReviewConcerns); !status)
        return status;
    Review r = given;
    r.notes = r.notes.trimmed();
    r.acctReference = r.acctReference.trimmed();
    if (QString p = Validation::textProblem(tr("The review notes"), r.notes, 5000, false, true); !p.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, p);
    if (QString p = Validation::textProblem(tr("The ACCT reference"), r.acctReference, 100, false);
        !p.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, p);
    if (r.outcome != Review::Outcome::NoFurtherAction && r.nextReviewOn.isNull())
        return Status::failure(
            ErrorCode::InvalidInput, tr("Set the next review date (needed unless no further action)."));
    if (r.nextReviewOn.isValid() && r.reviewedOn.isValid() && r.nextReviewOn <= r.reviewedOn)
        return Status::failure(
            ErrorCode::InvalidInput, tr("The next review date must be after the review date."));

    EpisodeStore mentees(m_session);
    qint64 id = 0;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<E> before = mentees.writable(ctx.database(), r.episodeId, amendmentReason);
        // A concern raised on a closed episode (by an administrator's
        // amendment) still needs the nurse's review: it is recorded, and the
        // closed episode itself is left as it was.
        bool episodeClosed = false;
        if (!before && r.concernId && amendmentReason.isEmpty()) {
            Result<E> closed = mentees.load(ctx.database(), r.episodeId);
            if (closed && closed->status == E::Stage::Closed) {
                before = closed;
                episodeClosed = true;
            }
        }
        if (!before)
            return before.status();
        if (episodeClosed) {
            if (QString p = Validation::pastDateProblem(tr("The review date"), r.reviewedOn, mentees.today());
                !p.isEmpty())
                return Status::failure(ErrorCode::InvalidInput, p);
        } else if (QString p = mentees.dateWithinProblem(tr("The review date"), r.reviewedOn, *before);
                   !p.isEmpty()) {
            return Status::failure(ErrorCode::InvalidInput, p);
        }
        // A review entered late, behind a newer one, must not overwrite the
        // current risk and next review date.
        QSqlQuery latest(ctx.database());
        latest.prepare(QStringLiteral("SELECT max(reviewed_on) FROM reviews WHERE episode_id = ?"));
        latest.addBindValue(r.episodeId);
        if (!latest.exec() || !latest.next())
            return storageFailure(latest.lastError(), tr("The review could not be saved."));
        const QDate latestReview = Rows::dateAt(latest, 0);
        const bool isLatest = !latestReview.isValid() || r.reviewedOn >= latestReview;
        std::optional<Concern> concern;
        if (r.concernId) {
            Result<QList<Concern>> found
                = selectConcerns(ctx.database(), QStringLiteral("id = ?"), { *r.concernId });
            if (!found)
                return found.status();
            if (found->isEmpty() || found->constFirst().episodeId != r.episodeId)
                return Status::failure(
                    ErrorCode::InvalidInput, tr("That concern is not recorded for this mentee."));
            concern = found->constFirst();
            if (concern->status != Concern::ReviewState::Open)
                return Status::failure(
                    ErrorCode::InvalidInput, tr("That concern has already been reviewed."));
            const QDate raisedOn = concern->raisedAt.toLocalTime().date();
            if (r.reviewedOn < raisedOn) {
                return Status::failure(ErrorCode::InvalidInput,
                    tr("The review date cannot be before the concern was raised on %1.")
                        .arg(raisedOn.toString(Qt::ISODate)));
            }
        }

        r.reviewer = ctx.actor().username;
        Result<qint64> inserted = Rows::insert(ctx.database(), QStringLiteral("reviews"),
            { { QStringLiteral("episode_id"), r.episodeId },
                { QStringLiteral("concern_id"), idValue(r.concernId) },
                { QStringLiteral("reviewed_on"), r.reviewedOn }, { QStringLiteral("reviewer"), r.reviewer },
                { QStringLiteral("outcome"), Review::outcomeKey(r.outcome) },
                { QStringLiteral("risk_level"), E::riskKey(r.riskLevel) },
                { QStringLiteral("next_review_on"), r.nextReviewOn }, { QStringLiteral("notes"), r.notes },
                { QStringLiteral("created_at"), Rows::isoTime(ctx.now()) } },
            tr("The review could not be saved."));
        if (!inserted)
            return inserted.status();
        id = *inserted;
        QJsonObject details = fieldValues(r.fields());
        EpisodeStore::addAmendment(details, *before, amendmentReason);
        if (Status s = ctx.audit(AuditAction::Create, QStringLiteral("review"), QString::number(id), details);
            !s)
            return s;

        if (concern) {
            QSqlQuery reviewed(ctx.database());
            reviewed.prepare(
                QStringLiteral("UPDATE concerns SET status = 'reviewed', updated_at = ? WHERE id = ?"));
            reviewed.addBindValue(ctx.now().toString(Qt::ISODateWithMs));
            reviewed.addBindValue(concern->id);
            if (!reviewed.exec())
                return storageFailure(reviewed.lastError(), tr("The review could not be saved."));
            Concern after = *concern;
            after.status = Concern::ReviewState::Reviewed;
            QJsonObject changes = fieldChanges(concern->fields(), after.fields());
            changes.insert(QStringLiteral("review_id"), id);
            if (Status s = ctx.audit(
                    AuditAction::Change, QStringLiteral("concern"), QString::number(concern->id), changes);
                !s)
                return s;
        }

        if (episodeClosed)
            return Status::success();
        E after = *before;
        if (isLatest) {
            after.riskLevel = r.riskLevel;
            after.nextReviewOn = r.nextReviewOn;
        }
        if (r.outcome == Review::Outcome::AcctOpened) {
            after.acctOpen = true;
            if (!r.acctReference.isEmpty())
                after.acctReference = r.acctReference;
        }
        return mentees.save(ctx, *before, after, amendmentReason);
    });
    if (!status)
        return status;
    return id;
}

Result<Concern> ConcernService::get(qint64 id) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    Result<QList<Concern>> found = selectConcerns(m_session.database(), QStringLiteral("id = ?"), { id });
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("That concern is not recorded."));
    return found->constFirst();
}

Result<QList<Concern>> ConcernService::concerns(qint64 episodeId) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return selectConcerns(m_session.database(), QStringLiteral("episode_id = ?"), { episodeId });
}

Result<QList<Review>> ConcernService::reviews(qint64 episodeId) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, episode_id, concern_id, reviewed_on, reviewer, outcome, risk_level, next_review_on, "
        "notes, created_at FROM reviews WHERE episode_id = ? ORDER BY reviewed_on, id"));
    query.addBindValue(episodeId);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The reviews could not be read."));
    QList<Review> found;
    while (query.next()) {
        Review r;
        r.id = query.value(0).toLongLong();
        r.episodeId = query.value(1).toLongLong();
        r.concernId = optionalId(query.value(2));
        r.reviewedOn = StoredValue::toDate(query.value(3));
        r.reviewer = query.value(4).toString();
        r.outcome = Review::outcomeFromKey(query.value(5).toString()).value_or(Review::Outcome::Monitor);
        r.riskLevel
            = MenteeEpisode::riskFromKey(query.value(6).toString()).value_or(MenteeEpisode::RiskLevel::Low);
        r.nextReviewOn = StoredValue::toDate(query.value(7));
        r.notes = query.value(8).toString();
        r.createdAt = Rows::timeAt(query, 9);
        found.append(r);
    }
    return found;
}

} // namespace wingmate
