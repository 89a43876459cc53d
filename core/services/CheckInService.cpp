#include "services/CheckInService.h"

#include "audit/FieldChanges.h"
#include "domain/Validation.h"
#include "services/ConcernService.h"
#include "services/EpisodeStore.h"
#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

namespace wingmate {

namespace {

const QString Columns = QStringLiteral(
    "id, episode_id, checked_on, recorded_by, wellbeing_rating, self_harm, suicidal, coping, "
    "protective_factors, scale_name, scale_total, notes, created_at, updated_at");
const QString EntityType = QStringLiteral("check_in");

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant intValue(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant();
}

// The columns a correction may change, by name.
QVariantMap editableColumns(const CheckIn& c)
{
    return { { QStringLiteral("checked_on"), c.checkedOn },
        { QStringLiteral("wellbeing_rating"), intValue(c.wellbeingRating) },
        { QStringLiteral("self_harm"), CheckIn::selfHarmKey(c.selfHarm) },
        { QStringLiteral("suicidal"), CheckIn::suicidalKey(c.suicidal) },
        { QStringLiteral("coping"), c.coping }, { QStringLiteral("protective_factors"), c.protectiveFactors },
        { QStringLiteral("scale_name"), c.scaleName },
        { QStringLiteral("scale_total"), intValue(c.scaleTotal) }, { QStringLiteral("notes"), c.notes } };
}

CheckIn fromRow(const QSqlQuery& q)
{
    CheckIn c;
    c.id = q.value(0).toLongLong();
    c.episodeId = q.value(1).toLongLong();
    c.checkedOn = StoredValue::toDate(q.value(2));
    c.recordedBy = q.value(3).toString();
    c.wellbeingRating = optionalInt(q.value(4));
    c.selfHarm = CheckIn::selfHarmFromKey(q.value(5).toString()).value_or(CheckIn::SelfHarm::None);
    c.suicidal = CheckIn::suicidalFromKey(q.value(6).toString()).value_or(CheckIn::Suicidal::None);
    c.coping = q.value(7).toString();
    c.protectiveFactors = q.value(8).toString();
    c.scaleName = q.value(9).toString();
    c.scaleTotal = optionalInt(q.value(10));
    c.notes = q.value(11).toString();
    c.createdAt = Rows::timeAt(q, 12);
    c.updatedAt = Rows::timeAt(q, 13);
    return c;
}

CheckIn normalised(CheckIn c)
{
    c.coping = c.coping.trimmed();
    c.protectiveFactors = c.protectiveFactors.trimmed();
    c.notes = c.notes.trimmed();
    c.scaleName = c.scaleName.trimmed();
    if (const std::optional<CheckIn::Scale> scale = CheckIn::scale(c.scaleName))
        c.scaleName = QString::fromLatin1(scale->name);
    return c;
}

} // namespace

CheckInService::CheckInService(UserSession& session)
    : m_session(session)
{
}

QString CheckInService::problem(const CheckIn& c) const
{
    if (c.wellbeingRating && (*c.wellbeingRating < 1 || *c.wellbeingRating > 10))
        return tr("The wellbeing rating must be from 1 to 10.");
    if (c.scaleName.trimmed().isEmpty() != !c.scaleTotal)
        return tr("Give both the scale's name and its total, or neither.");
    if (c.scaleTotal) {
        const std::optional<CheckIn::Scale> scale = CheckIn::scale(c.scaleName.trimmed());
        if (!scale) {
            QStringList names;
            for (const CheckIn::Scale& s : CheckIn::scales())
                names.append(QString::fromLatin1(s.name));
            return tr("%1 is not a scale Wingmate knows; use one of %2.")
                .arg(c.scaleName.trimmed(), names.join(QStringLiteral(", ")));
        }
        if (*c.scaleTotal < scale->minimum || *c.scaleTotal > scale->maximum) {
            return tr("A %1 total must be from %2 to %3.")
                .arg(QString::fromLatin1(scale->name))
                .arg(scale->minimum)
                .arg(scale->maximum);
        }
    }
    if (QString p = Validation::textProblem(tr("Coping"), c.coping, 2000, false, true); !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(tr("Protective factors"), c.protectiveFactors, 2000, false, true);
        !p.isEmpty())
        return p;
    if (QString p = Validation::textProblem(tr("The notes"), c.notes, 5000, false, true); !p.isEmpty())
        return p;
    return {};
}

Result<std::optional<qint64>> CheckInService::raiseIfRisky(WriteContext& ctx, const CheckIn& c) const
{
    if (!c.raisesConcern())
        return std::optional<qint64>();
    QStringList what;
    if (c.selfHarm == CheckIn::SelfHarm::Act)
        what.append(CheckIn::selfHarmLabel(c.selfHarm).toLower());
    if (c.suicidal == CheckIn::Suicidal::Plans || c.suicidal == CheckIn::Suicidal::Attempt)
        what.append(CheckIn::suicidalLabel(c.suicidal).toLower());
    Concern concern;
    concern.episodeId = c.episodeId;
    concern.source = Concern::Source::CheckIn;
    concern.checkInId = c.id;
    concern.description
        = tr("Check-in on %1: %2.").arg(c.checkedOn.toString(Qt::ISODate), what.join(QStringLiteral("; ")));
    Result<qint64> raised = ConcernService(m_session).insert(ctx, concern);
    if (!raised)
        return raised.status();
    return std::optional<qint64>(*raised);
}

Result<CheckInService::Recorded> CheckInService::record(const CheckIn& given, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::RecordCheckIns); !status)
        return status;
    CheckIn c = normalised(given);
    if (const QString message = problem(c); !message.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, message);
    EpisodeStore mentees(m_session);
    Recorded recorded;
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<MenteeEpisode> episode = mentees.writable(ctx.database(), c.episodeId, amendmentReason);
        if (!episode)
            return episode.status();
        if (QString p = mentees.dateWithinProblem(tr("The check-in date"), c.checkedOn, *episode);
            !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);
        c.recordedBy = ctx.actor().username;
        QVariantMap columns = editableColumns(c);
        columns.insert(QStringLiteral("episode_id"), c.episodeId);
        columns.insert(QStringLiteral("recorded_by"), c.recordedBy);
        Result<qint64> inserted
            = ctx.insert(QStringLiteral("check_ins"), columns, tr("The check-in could not be saved."));
        if (!inserted)
            return inserted.status();
        c.id = *inserted;
        QJsonObject details = fieldValues(c.fields());
        EpisodeStore::addAmendment(details, *episode, amendmentReason);
        if (Status s = ctx.audit(AuditAction::Create, EntityType, QString::number(c.id), details); !s)
            return s;
        Result<std::optional<qint64>> concern = raiseIfRisky(ctx, c);
        if (!concern)
            return concern.status();
        recorded = { c.id, *concern };
        return Status::success();
    });
    if (!status)
        return status;
    return recorded;
}

Result<CheckInService::Recorded> CheckInService::update(const CheckIn& given, const QString& amendmentReason)
{
    if (Status status = m_session.require(Operation::RecordCheckIns); !status)
        return status;
    CheckIn c = normalised(given);
    if (const QString message = problem(c); !message.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, message);
    EpisodeStore mentees(m_session);
    Recorded recorded { c.id, std::nullopt };
    const Status status = m_session.write([&](WriteContext& ctx) {
        Result<QList<CheckIn>> found = select(ctx.database(), QStringLiteral("id = ?"), { c.id });
        if (!found)
            return found.status();
        if (found->isEmpty())
            return Status::failure(
                ErrorCode::InvalidInput, tr("That check-in is not recorded (or was deleted)."));
        const CheckIn before = found->constFirst();
        if (c.episodeId != before.episodeId)
            return Status::failure(ErrorCode::InvalidInput,
                tr("A check-in cannot be moved to another mentee; delete it and record it again."));
        Result<MenteeEpisode> episode = mentees.writable(ctx.database(), c.episodeId, amendmentReason);
        if (!episode)
            return episode.status();
        if (QString p = mentees.dateWithinProblem(tr("The check-in date"), c.checkedOn, *episode);
            !p.isEmpty())
            return Status::failure(ErrorCode::InvalidInput, p);
        QJsonObject changes = fieldChanges(before.fields(), c.fields());
        if (changes.isEmpty())
            return Status::success();
        if (Status status = ctx.update(QStringLiteral("check_ins"), c.id, editableColumns(c),
                tr("The check-in could not be changed."));
            !status)
            return status;
        EpisodeStore::addAmendment(changes, *episode, amendmentReason);
        if (Status s = ctx.audit(AuditAction::Change, EntityType, QString::number(c.id), changes); !s)
            return s;
        // A correction that shows more risk than before must reach the nurse
        // again, unless a concern about this check-in is still waiting.
        const bool riskGrew
            = !before.raisesConcern() || c.selfHarm > before.selfHarm || c.suicidal > before.suicidal;
        if (!c.raisesConcern() || !riskGrew)
            return Status::success();
        QSqlQuery raised(ctx.database());
        raised.prepare(
            QStringLiteral("SELECT count(*) FROM concerns WHERE check_in_id = ? AND status = 'open'"));
        raised.addBindValue(c.id);
        if (!raised.exec() || !raised.next())
            return storageFailure(raised.lastError(), tr("The check-in could not be changed."));
        if (raised.value(0).toInt() > 0)
            return Status::success();
        Result<std::optional<qint64>> concern = raiseIfRisky(ctx, c);
        if (!concern)
            return concern.status();
        recorded.concernId = *concern;
        return Status::success();
    });
    if (!status)
        return status;
    return recorded;
}

Status CheckInService::remove(qint64 checkInId, const QString& reason)
{
    if (Status status = m_session.require(Operation::DeleteRecords); !status)
        return status;
    if (QString p = Validation::textProblem(tr("The reason"), reason, 1000, true, true); !p.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, p);
    return m_session.write([&](WriteContext& ctx) {
        if (Status s = Rows::softDelete(ctx.database(), QStringLiteral("check_ins"), checkInId,
                reason.trimmed(), ctx.now(), tr("The check-in could not be deleted."),
                tr("That check-in is not recorded (or was deleted)."));
            !s)
            return s;
        return ctx.audit(AuditAction::Delete, EntityType, QString::number(checkInId),
            QJsonObject { { QStringLiteral("reason"), reason.trimmed() } });
    });
}

Result<QList<CheckIn>> CheckInService::select(
    QSqlDatabase db, const QString& where, const QVariantList& values) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM check_ins WHERE deleted_at IS NULL AND (%2) ORDER BY checked_on, id")
            .arg(Columns, where));
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The check-ins could not be read."));
    QList<CheckIn> found;
    while (query.next())
        found.append(fromRow(query));
    return found;
}

Result<CheckIn> CheckInService::get(qint64 id) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    Result<QList<CheckIn>> found = select(m_session.database(), QStringLiteral("id = ?"), { id });
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Status::failure(
            ErrorCode::InvalidInput, tr("That check-in is not recorded (or was deleted)."));
    return found->constFirst();
}

Result<QList<CheckIn>> CheckInService::checkIns(qint64 episodeId) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return select(m_session.database(), QStringLiteral("episode_id = ?"), { episodeId });
}

} // namespace wingmate
