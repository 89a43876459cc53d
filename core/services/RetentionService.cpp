#include "services/RetentionService.h"

#include "audit/AuditLog.h"
#include "services/UserSession.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"
#include "storage/StorageErrors.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace wingmate {

namespace {

// Ids we read ourselves are written into the statement, a few hundred at a
// time, so no statement grows with the size of the purge.
constexpr qsizetype Chunk = 400;

QList<qint64> sorted(const QSet<qint64>& ids)
{
    QList<qint64> list(ids.begin(), ids.end());
    std::sort(list.begin(), list.end());
    return list;
}

QString inList(const QList<qint64>& ids, qsizetype from)
{
    QStringList numbers;
    for (qsizetype i = from; i < qMin(ids.size(), from + Chunk); ++i)
        numbers.append(QString::number(ids.at(i)));
    return numbers.join(QLatin1Char(','));
}

Status readFailure(const QSqlQuery& query)
{
    return storageFailure(
        query.lastError(), RetentionService::tr("The records could not be read for the purge."));
}

// Runs sql (with %1 standing for a list of ids) over every chunk of ids,
// collecting the first column of the answers into out.
Status collect(QSqlDatabase db, const QString& sql, const QList<qint64>& ids, QSet<qint64>* out)
{
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        QSqlQuery query(db);
        if (!query.exec(sql.arg(inList(ids, from))))
            return readFailure(query);
        while (query.next())
            out->insert(query.value(0).toLongLong());
    }
    return Status::success();
}

Status collectAll(QSqlDatabase db, const QString& sql, const QVariantList& values, QSet<qint64>* out)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return readFailure(query);
    while (query.next())
        out->insert(query.value(0).toLongLong());
    return Status::success();
}

// Runs a DELETE or UPDATE (with %1 for the ids) over every chunk.
Status change(QSqlDatabase db, const QString& sql, const QList<qint64>& ids)
{
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        QSqlQuery query(db);
        if (!query.exec(sql.arg(inList(ids, from))))
            return storageFailure(
                query.lastError(), RetentionService::tr("The purge failed; nothing was deleted."));
    }
    return Status::success();
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

Status cancelled()
{
    return Status::failure(ErrorCode::Usage, RetentionService::tr("Cancelled; nothing was deleted."),
        QStringLiteral("cancelled"));
}

// Rebuilds the file so the freed pages (already zeroed by secure_delete)
// leave it, then empties the write-ahead log, which may still hold copies of
// the deleted rows' old pages. SQLite's VACUUM works through an internal
// ATTACH, which the authorizer allows for this statement only.
bool compact(QSqlDatabase db)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    if (!driver)
        return false;
    driver->setAllowAttach(true);
    QSqlQuery query(db);
    const bool vacuumed = query.exec(QStringLiteral("VACUUM"));
    driver->setAllowAttach(false);
    return vacuumed && query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// Stages of the work, for progress.
constexpr qint64 PlanStages = 8;
constexpr qint64 DeleteStages = 26;

} // namespace

struct RetentionService::Selection {
    QList<qint64> prisoners, episodes, sessions, followUps, checkIns, concerns, reviews, allocations, mentors,
        statusChanges, shadowing, training, supervisions;
};

qint64 RetentionService::Counts::total() const
{
    return prisoners + episodes + sessions + followUps + checkIns + concerns + reviews + allocations + mentors
        + statusChanges + shadowing + training + supervisions;
}

QList<std::pair<QString, qint64>> RetentionService::Counts::rows() const
{
    return { { tr("Prisoners"), prisoners }, { tr("Mentee episodes"), episodes },
        { tr("Sessions"), sessions }, { tr("Follow-up actions"), followUps }, { tr("Check-ins"), checkIns },
        { tr("Concerns"), concerns }, { tr("Reviews"), reviews }, { tr("Mentor allocations"), allocations },
        { tr("Mentor records"), mentors }, { tr("Mentor status changes"), statusChanges },
        { tr("Shadowing periods"), shadowing }, { tr("Training records"), training },
        { tr("Supervision sessions"), supervisions } };
}

QJsonObject RetentionService::Counts::toJson() const
{
    return { { QStringLiteral("prisoners"), prisoners }, { QStringLiteral("episodes"), episodes },
        { QStringLiteral("sessions"), sessions }, { QStringLiteral("followUps"), followUps },
        { QStringLiteral("checkIns"), checkIns }, { QStringLiteral("concerns"), concerns },
        { QStringLiteral("reviews"), reviews }, { QStringLiteral("allocations"), allocations },
        { QStringLiteral("mentors"), mentors }, { QStringLiteral("statusChanges"), statusChanges },
        { QStringLiteral("shadowing"), shadowing }, { QStringLiteral("training"), training },
        { QStringLiteral("supervisions"), supervisions } };
}

RetentionService::RetentionService(UserSession& session)
    : m_session(session)
{
}

Result<RetentionService::Plan> RetentionService::plan(
    QSqlDatabase db, Selection* selection, const ProgressCallback& progress) const
{
    Plan plan;
    plan.years = m_session.settings().integer(Setting::RetentionYears);
    if (plan.years <= 0) {
        return Status::failure(ErrorCode::InvalidInput,
            tr("Retention is off; set how many years to keep closed records (retention_years) first."));
    }
    plan.cutoff = m_session.clock().now().toLocalTime().date().addYears(-plan.years);
    const QString cutoff = plan.cutoff.toString(Qt::ISODate);
    // A purge goes on to its deletions, so its plan is the first part of a
    // longer count.
    const qint64 stages = selection ? PlanStages + DeleteStages + 1 : PlanStages;
    qint64 done = 0;
    const auto step = [&]() {
        ++done;
        return !progress || progress({}, done, stages);
    };

    // Each person's end, from their episodes and mentor roles.
    struct Person {
        QDate released, deleted, updated, end;
        bool ongoing = false;
        bool hasRoles = false;
    };
    QHash<qint64, Person> people;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, status, status_date, deleted_at, updated_at FROM prisoners")))
        return readFailure(query);
    while (query.next()) {
        Person& p = people[query.value(0).toLongLong()];
        if (query.value(1).toString() != QLatin1String("in_custody"))
            p.released = dateOf(query.value(2));
        p.deleted = dateOf(query.value(3));
        p.updated = dateOf(query.value(4));
    }
    const auto ends = [](Person& p, const QDate& end) {
        if (!end.isValid())
            p.ongoing = true;
        else if (!p.end.isValid() || end > p.end)
            p.end = end;
    };
    QSet<qint64> episodes, mentors;
    QHash<qint64, QList<qint64>> episodesOf, mentorsOf;
    if (!query.exec(
            QStringLiteral("SELECT id, prisoner_id, status, closed_on, deleted_at FROM mentee_episodes")))
        return readFailure(query);
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        Person& p = people[query.value(1).toLongLong()];
        p.hasRoles = true;
        episodesOf[query.value(1).toLongLong()].append(id);
        const QDate deleted = dateOf(query.value(4));
        if (deleted.isValid()) {
            ends(p, deleted);
            if (deleted < plan.cutoff)
                episodes.insert(id);
        } else {
            ends(p,
                query.value(2).toString() == QLatin1String("closed") ? dateOf(query.value(3)) : p.released);
        }
    }
    if (!step())
        return cancelled();
    if (!query.exec(
            QStringLiteral("SELECT m.id, m.prisoner_id, m.status, m.deleted_at, m.updated_at, "
                           "(SELECT max(h.changed_on) FROM mentor_status_history h WHERE h.mentor_id = m.id "
                           "AND h.to_status = 'left') FROM mentors m"))) {
        return readFailure(query);
    }
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        Person& p = people[query.value(1).toLongLong()];
        p.hasRoles = true;
        mentorsOf[query.value(1).toLongLong()].append(id);
        const QDate deleted = dateOf(query.value(3));
        if (deleted.isValid()) {
            ends(p, deleted);
            if (deleted < plan.cutoff)
                mentors.insert(id);
        } else if (query.value(2).toString() == QLatin1String("left")) {
            const QDate left = dateOf(query.value(5));
            ends(p, left.isValid() ? left : dateOf(query.value(4)));
        } else {
            ends(p, p.released);
        }
    }
    if (!step())
        return cancelled();

    QSet<qint64> prisoners;
    for (auto it = people.begin(); it != people.end(); ++it) {
        Person& p = it.value();
        if (p.ongoing)
            continue;
        QDate end = p.end;
        if (p.hasRoles) {
            if (p.deleted.isValid() && p.deleted > end)
                end = p.deleted;
        } else {
            end = p.deleted.isValid() ? p.deleted : p.released.isValid() ? p.released : p.updated;
        }
        if (!end.isValid() || end >= plan.cutoff)
            continue;
        prisoners.insert(it.key());
        for (qint64 id : episodesOf.value(it.key()))
            episodes.insert(id);
        for (qint64 id : mentorsOf.value(it.key()))
            mentors.insert(id);
    }
    Selection s;
    s.prisoners = sorted(prisoners);
    s.episodes = sorted(episodes);
    s.mentors = sorted(mentors);

    // Sessions every attendee of which goes, and sessions deleted long ago.
    QSet<qint64> candidates, sessions;
    if (Status st = collect(db,
            QStringLiteral("SELECT DISTINCT session_id FROM session_attendance WHERE episode_id IN (%1)"),
            s.episodes, &candidates);
        !st) {
        return st;
    }
    QSet<qint64> kept;
    const QList<qint64> candidateList = sorted(candidates);
    for (qsizetype from = 0; from < candidateList.size(); from += Chunk) {
        if (!query.exec(QStringLiteral(
                "SELECT session_id, episode_id FROM session_attendance WHERE session_id IN (%1)")
                            .arg(inList(candidateList, from)))) {
            return readFailure(query);
        }
        while (query.next()) {
            if (!episodes.contains(query.value(1).toLongLong()))
                kept.insert(query.value(0).toLongLong());
        }
    }
    sessions = candidates - kept;
    const QString deletedLongAgo = QStringLiteral(" WHERE deleted_at IS NOT NULL AND deleted_at < ?");
    if (Status st = collectAll(
            db, QStringLiteral("SELECT id FROM mentee_sessions") + deletedLongAgo, { cutoff }, &sessions);
        !st)
        return st;
    s.sessions = sorted(sessions);
    if (!step())
        return cancelled();

    QSet<qint64> set;
    const auto gather = [&](const QString& byParent, const QList<qint64>& parents, const QString& table,
                            QList<qint64>* out) {
        set.clear();
        if (Status st = collect(db, byParent, parents, &set); !st)
            return st;
        if (!table.isEmpty()) {
            if (Status st = collectAll(
                    db, QStringLiteral("SELECT id FROM ") + table + deletedLongAgo, { cutoff }, &set);
                !st)
                return st;
        }
        *out = sorted(set);
        return Status::success();
    };
    const std::tuple<QString, const QList<qint64>*, QString, QList<qint64>*> kinds[] = {
        { QStringLiteral("SELECT id FROM follow_up_actions WHERE session_id IN (%1)"), &s.sessions, QString(),
            &s.followUps },
        { QStringLiteral("SELECT id FROM check_ins WHERE episode_id IN (%1)"), &s.episodes,
            QStringLiteral("check_ins"), &s.checkIns },
        { QStringLiteral("SELECT id FROM concerns WHERE episode_id IN (%1)"), &s.episodes, QString(),
            &s.concerns },
        { QStringLiteral("SELECT id FROM reviews WHERE episode_id IN (%1)"), &s.episodes, QString(),
            &s.reviews },
        { QStringLiteral("SELECT id FROM mentor_status_history WHERE mentor_id IN (%1)"), &s.mentors,
            QString(), &s.statusChanges },
        { QStringLiteral("SELECT id FROM shadowing_periods WHERE mentor_id IN (%1)"), &s.mentors,
            QStringLiteral("shadowing_periods"), &s.shadowing },
        { QStringLiteral("SELECT id FROM training_records WHERE mentor_id IN (%1)"), &s.mentors,
            QStringLiteral("training_records"), &s.training },
        { QStringLiteral("SELECT id FROM supervisions WHERE mentor_id IN (%1)"), &s.mentors,
            QStringLiteral("supervisions"), &s.supervisions },
    };
    for (const auto& [sql, parents, table, out] : kinds) {
        if (Status st = gather(sql, *parents, table, out); !st)
            return st;
    }
    if (!step())
        return cancelled();
    set.clear();
    if (Status st = collect(db, QStringLiteral("SELECT id FROM mentor_allocations WHERE episode_id IN (%1)"),
            s.episodes, &set);
        !st)
        return st;
    if (Status st = collect(
            db, QStringLiteral("SELECT id FROM mentor_allocations WHERE mentor_id IN (%1)"), s.mentors, &set);
        !st)
        return st;
    s.allocations = sorted(set);
    while (done < PlanStages) {
        if (!step())
            return cancelled();
    }

    plan.counts = { s.prisoners.size(), s.episodes.size(), s.sessions.size(), s.followUps.size(),
        s.checkIns.size(), s.concerns.size(), s.reviews.size(), s.allocations.size(), s.mentors.size(),
        s.statusChanges.size(), s.shadowing.size(), s.training.size(), s.supervisions.size() };
    if (selection)
        *selection = std::move(s);
    return plan;
}

Result<RetentionService::Plan> RetentionService::preview(const ProgressCallback& progress)
{
    if (Status status = m_session.require(Operation::PurgeRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    return plan(m_session.database(), nullptr, progress);
}

Result<RetentionService::Plan> RetentionService::purge(const ProgressCallback& progress)
{
    if (Status status = m_session.require(Operation::PurgeRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    // A purge cannot be undone, and decides from dates in the records: a
    // vault whose records do not agree with the audit trail (a deletion or
    // a mentor's leaving backdated by hand, say) is not purged.
    if (const AuditLog::Verification checked = m_session.auditLog().verify(); !checked.status) {
        return Status::failure(checked.status.code(),
            tr("Nothing was deleted: %1").arg(checked.status.message()), checked.status.details());
    }
    constexpr qint64 Stages = PlanStages + DeleteStages + 1;
    std::optional<Plan> result;
    const Status status = m_session.write([&](WriteContext& ctx) {
        QSqlDatabase db = ctx.database();
        // Nothing planted in the database may see what is deleted (a
        // trigger that copies the audit trail's keys aside, say).
        if (Status checked = SchemaMigrator(db).checkObjects(); !checked)
            return checked;
        Selection s;
        Result<Plan> planned = plan(db, &s, progress);
        if (!planned)
            return planned.status();
        // Children before parents (foreign keys are enforced); links from
        // records that stay to records that go are cleared.
        const std::pair<const char*, const QList<qint64>*> steps[] = {
            { "UPDATE reviews SET concern_id = NULL WHERE concern_id IN (%1)", &s.concerns },
            { "DELETE FROM reviews WHERE id IN (%1)", &s.reviews },
            { "UPDATE concerns SET check_in_id = NULL WHERE check_in_id IN (%1)", &s.checkIns },
            { "UPDATE concerns SET session_id = NULL WHERE session_id IN (%1)", &s.sessions },
            { "DELETE FROM concerns WHERE id IN (%1)", &s.concerns },
            { "DELETE FROM check_ins WHERE id IN (%1)", &s.checkIns },
            { "DELETE FROM follow_up_actions WHERE id IN (%1)", &s.followUps },
            { "DELETE FROM session_attendance WHERE session_id IN (%1)", &s.sessions },
            { "DELETE FROM session_attendance WHERE episode_id IN (%1)", &s.episodes },
            { "DELETE FROM session_mentors WHERE session_id IN (%1)", &s.sessions },
            { "DELETE FROM session_mentors WHERE mentor_id IN (%1)", &s.mentors },
            { "DELETE FROM mentee_sessions WHERE id IN (%1)", &s.sessions },
            { "DELETE FROM mentor_allocations WHERE id IN (%1)", &s.allocations },
            { "UPDATE shadowing_periods SET experienced_mentor_id = NULL WHERE experienced_mentor_id IN (%1)",
                &s.mentors },
            { "DELETE FROM shadowing_periods WHERE id IN (%1)", &s.shadowing },
            { "DELETE FROM training_records WHERE id IN (%1)", &s.training },
            { "DELETE FROM supervisions WHERE id IN (%1)", &s.supervisions },
            { "DELETE FROM mentor_status_history WHERE id IN (%1)", &s.statusChanges },
            { "DELETE FROM mentors WHERE id IN (%1)", &s.mentors },
            { "DELETE FROM mentee_episodes WHERE id IN (%1)", &s.episodes },
            { "DELETE FROM prisoners WHERE id IN (%1)", &s.prisoners },
        };
        static_assert(std::size(steps) <= DeleteStages);
        qint64 done = PlanStages;
        for (const auto& [sql, ids] : steps) {
            if (Status st = change(db, QString::fromLatin1(sql), *ids); !st)
                return st;
            if (progress && !progress({}, ++done, Stages))
                return cancelled();
        }
        // What the audit trail says about the people who go is forgotten
        // with them: their keys are destroyed in this transaction.
        const Result<qint64> erased
            = ctx.erasePersonalContent(s.prisoners, QStringLiteral("retention_purge"));
        if (!erased)
            return erased.status();
        // Which records went, by id, so that verify can tell them from
        // records removed without Wingmate.
        QJsonObject removed;
        const std::pair<const char*, const QList<qint64>*> tables[] = { { "prisoners", &s.prisoners },
            { "mentors", &s.mentors }, { "shadowing_periods", &s.shadowing },
            { "training_records", &s.training }, { "supervisions", &s.supervisions },
            { "mentee_episodes", &s.episodes }, { "mentor_allocations", &s.allocations },
            { "mentee_sessions", &s.sessions }, { "follow_up_actions", &s.followUps },
            { "check_ins", &s.checkIns }, { "concerns", &s.concerns }, { "reviews", &s.reviews } };
        for (const auto& [table, ids] : tables) {
            QJsonArray list;
            for (qint64 id : *ids)
                list.append(id);
            removed.insert(QLatin1String(table), list);
        }
        const QJsonObject details { { QStringLiteral("years"), planned->years },
            { QStringLiteral("cutoff"), planned->cutoff.toString(Qt::ISODate) },
            { QStringLiteral("counts"), planned->counts.toJson() },
            { QStringLiteral("audit_keys_erased"), *erased }, { QStringLiteral("removed"), removed } };
        if (Status st = ctx.audit(AuditAction::Purge, QStringLiteral("retention"), {}, details); !st)
            return st;
        result = *planned;
        return Status::success();
    });
    if (!status)
        return status;
    result->vacuumed = result->counts.total() == 0 || compact(m_session.database());
    if (progress)
        progress({}, Stages, Stages);
    return *result;
}

} // namespace wingmate
