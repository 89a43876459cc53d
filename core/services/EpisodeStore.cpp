#include "services/EpisodeStore.h"

#include "audit/FieldChanges.h"
#include "domain/Validation.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wingmate {

namespace {

const QString Columns = QStringLiteral(
    "id, prisoner_id, status, referred_on, referral_source, referral_reason, consent_on, "
    "baseline_self_harm_ever, "
    "baseline_self_harm_year, baseline_self_harm_current, baseline_suicidal_year, acct_open, acct_reference, "
    "risk_level, next_review_on, activated_on, closed_on, closure_reason, outcome_education_work, "
    "outcome_became_mentor, outcome_notes, created_at, updated_at");

const QString EntityType = QStringLiteral("mentee_episode");

} // namespace

EpisodeStore::EpisodeStore(UserSession& session)
    : m_session(session)
{
}

QDate EpisodeStore::today() const
{
    return m_session.clock().now().toLocalTime().date();
}

MenteeEpisode EpisodeStore::fromRow(const QSqlQuery& q)
{
    using E = MenteeEpisode;
    E e;
    e.id = q.value(0).toLongLong();
    e.prisonerId = q.value(1).toLongLong();
    e.status = E::statusFromKey(q.value(2).toString()).value_or(E::Stage::Referred);
    e.referredOn = StoredValue::toDate(q.value(3));
    e.referralSource = E::sourceFromKey(q.value(4).toString()).value_or(E::ReferralSource::Self);
    e.referralReason = q.value(5).toString();
    e.consentOn = StoredValue::toDate(q.value(6));
    e.baselineSelfHarmEver = q.value(7).toBool();
    e.baselineSelfHarmYear = q.value(8).toBool();
    e.baselineSelfHarmCurrent = q.value(9).toBool();
    e.baselineSuicidalYear = E::suicidalFromKey(q.value(10).toString()).value_or(E::BaselineSuicidal::None);
    e.acctOpen = q.value(11).toBool();
    e.acctReference = q.value(12).toString();
    e.riskLevel = E::riskFromKey(q.value(13).toString());
    e.nextReviewOn = StoredValue::toDate(q.value(14));
    e.activatedOn = StoredValue::toDate(q.value(15));
    e.closedOn = StoredValue::toDate(q.value(16));
    e.closureReason = E::closureReasonFromKey(q.value(17).toString());
    e.outcomeEducationWork = q.value(18).toBool();
    e.outcomeBecameMentor = q.value(19).toBool();
    e.outcomeNotes = q.value(20).toString();
    e.createdAt = Rows::timeAt(q, 21);
    e.updatedAt = Rows::timeAt(q, 22);
    return e;
}

QVariantMap EpisodeStore::storedColumns(const MenteeEpisode& e)
{
    using E = MenteeEpisode;
    return { { QStringLiteral("prisoner_id"), e.prisonerId },
        { QStringLiteral("status"), E::statusKey(e.status) }, { QStringLiteral("referred_on"), e.referredOn },
        { QStringLiteral("referral_source"), E::sourceKey(e.referralSource) },
        { QStringLiteral("referral_reason"), e.referralReason },
        { QStringLiteral("consent_on"), e.consentOn },
        { QStringLiteral("baseline_self_harm_ever"), int(e.baselineSelfHarmEver) },
        { QStringLiteral("baseline_self_harm_year"), int(e.baselineSelfHarmYear) },
        { QStringLiteral("baseline_self_harm_current"), int(e.baselineSelfHarmCurrent) },
        { QStringLiteral("baseline_suicidal_year"), E::suicidalKey(e.baselineSuicidalYear) },
        { QStringLiteral("acct_open"), int(e.acctOpen) },
        { QStringLiteral("acct_reference"), e.acctReference },
        { QStringLiteral("risk_level"), e.riskLevel ? QVariant(E::riskKey(*e.riskLevel)) : QVariant() },
        { QStringLiteral("next_review_on"), e.nextReviewOn },
        { QStringLiteral("activated_on"), e.activatedOn }, { QStringLiteral("closed_on"), e.closedOn },
        { QStringLiteral("closure_reason"),
            e.closureReason ? QVariant(E::closureReasonKey(*e.closureReason)) : QVariant() },
        { QStringLiteral("outcome_education_work"), int(e.outcomeEducationWork) },
        { QStringLiteral("outcome_became_mentor"), int(e.outcomeBecameMentor) },
        { QStringLiteral("outcome_notes"), e.outcomeNotes } };
}

const QString& EpisodeStore::columns()
{
    return Columns;
}

QString EpisodeStore::dateWithinProblem(
    const QString& label, const QDate& date, const MenteeEpisode& episode) const
{
    if (QString p = Validation::pastDateProblem(label, date, today()); !p.isEmpty())
        return p;
    if (date < episode.referredOn)
        return tr("%1 cannot be before the referral on %2.")
            .arg(label, episode.referredOn.toString(Qt::ISODate));
    if (episode.closedOn.isValid() && date > episode.closedOn)
        return tr("%1 cannot be after the episode closed on %2.")
            .arg(label, episode.closedOn.toString(Qt::ISODate));
    return {};
}

Result<QList<MenteeEpisode>> EpisodeStore::select(
    QSqlDatabase db, const QString& where, const QVariantList& values) const
{
    return Rows::all<MenteeEpisode>(
        Rows::select(db,
            QStringLiteral("SELECT %1 FROM mentee_episodes WHERE deleted_at IS NULL AND (%2) "
                           "ORDER BY referred_on DESC, id DESC")
                .arg(Columns, where),
            values, tr("The mentee records could not be read.")),
        fromRow);
}

Result<MenteeEpisode> EpisodeStore::load(QSqlDatabase db, qint64 id) const
{
    Result<QList<MenteeEpisode>> found = select(db, QStringLiteral("id = ?"), { id });
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Status::failure(
            ErrorCode::InvalidInput, tr("That mentee episode is not recorded (or was deleted)."));
    return found->constFirst();
}

Result<MenteeEpisode> EpisodeStore::writable(
    QSqlDatabase db, qint64 episodeId, const QString& amendmentReason) const
{
    Result<MenteeEpisode> episode = load(db, episodeId);
    if (!episode || episode->isOpen())
        return episode;
    if (amendmentReason.trimmed().isEmpty()) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("This episode was closed on %1, so it cannot be changed. An administrator can amend it, "
               "giving a reason.")
                .arg(episode->closedOn.toString(Qt::ISODate)));
    }
    if (Status status = m_session.require(Operation::AmendClosedEpisode); !status)
        return status;
    if (QString p = Validation::textProblem(
            tr("The reason for amending a closed episode"), amendmentReason, 1000, true, true);
        !p.isEmpty()) {
        return Status::failure(ErrorCode::InvalidInput, p);
    }
    return episode;
}

void EpisodeStore::addAmendment(
    QJsonObject& details, const MenteeEpisode& episode, const QString& amendmentReason)
{
    if (!episode.isOpen())
        details.insert(QStringLiteral("amendment_reason"), amendmentReason.trimmed());
}

Status EpisodeStore::save(WriteContext& ctx, const MenteeEpisode& before, const MenteeEpisode& after,
    const QString& amendmentReason) const
{
    QJsonObject changes = fieldChanges(before.fields(), after.fields());
    if (changes.isEmpty())
        return Status::success();
    if (Status status = ctx.update(QStringLiteral("mentee_episodes"), after.id, storedColumns(after),
            tr("The mentee episode could not be changed."));
        !status)
        return status;
    // The rule applies to the episode as it was: amending a closed one.
    addAmendment(changes, before, amendmentReason);
    return ctx.audit(AuditAction::Change, EntityType, QString::number(after.id), changes);
}

QString EpisodeStore::inactiveMentorProblem(QSqlDatabase db, const QList<qint64>& mentorIds) const
{
    for (qint64 mentorId : mentorIds) {
        QSqlQuery mentor(db);
        mentor.prepare(QStringLiteral(
            "SELECT p.full_name, m.status FROM mentors m JOIN prisoners p ON p.id = m.prisoner_id "
            "WHERE m.id = ? AND m.deleted_at IS NULL"));
        mentor.addBindValue(mentorId);
        if (!mentor.exec() || !mentor.next())
            return tr("That mentor is not recorded (or was deleted).");
        if (mentor.value(1).toString() != QLatin1String("active"))
            return tr("%1 is not an active mentor at the moment.").arg(mentor.value(0).toString());
    }
    return {};
}

} // namespace wingmate
