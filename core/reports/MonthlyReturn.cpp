#include "reports/MonthlyReturn.h"

#include "reports/CsvWriter.h"
#include "storage/StorageErrors.h"

#include <QDateTime>
#include <QSqlQuery>

namespace wingmate {

namespace {

// Bound names: :start and :end are the month's first and last day
// (YYYY-MM-DD), :next the next month's first day; :startUtc and :nextUtc are
// the same instants in UTC as stored timestamps (concerns.raised_at).

// Each mentor's status at month end is the newest history entry on or
// before the last day (mentor_status_history_mentor: one step per mentor).
const char* const MentorsSql = R"SQL(
SELECT ifnull(sum(st = 'active'), 0), ifnull(sum(st = 'shadowing'), 0), ifnull(sum(st = 'trained'), 0),
       ifnull(sum(applied_on BETWEEN :start AND :end), 0)
  FROM (SELECT m.applied_on AS applied_on,
               (SELECT h.to_status FROM mentor_status_history h
                 WHERE h.mentor_id = m.id AND h.changed_on <= :end
                 ORDER BY h.changed_on DESC, h.id DESC LIMIT 1) AS st
          FROM mentors m WHERE m.deleted_at IS NULL)
)SQL";

const char* const MentorChangesSql = R"SQL(
SELECT count(DISTINCT CASE WHEN h.to_status = 'cleared' THEN h.mentor_id END),
       count(DISTINCT CASE WHEN h.to_status = 'left' THEN h.mentor_id END)
  FROM mentor_status_history h JOIN mentors m ON m.id = h.mentor_id
 WHERE h.changed_on BETWEEN :start AND :end AND m.deleted_at IS NULL
)SQL";

// Open at month end: referred by then and not closed by then. A review is
// overdue at month end when the newest review by then set a next review
// date before the last day (reviews_episode: one step per episode).
const char* const MenteesSql = R"SQL(
SELECT ifnull(sum(e.referred_on BETWEEN :start AND :end), 0),
       ifnull(sum(e.activated_on IS NOT NULL AND e.activated_on <= :end
                  AND (e.closed_on IS NULL OR e.closed_on >= :start)), 0),
       ifnull(sum(e.closed_on BETWEEN :start AND :end), 0),
       ifnull(sum(e.acct_open = 1 AND e.referred_on <= :end AND (e.closed_on IS NULL OR e.closed_on > :end)), 0),
       ifnull(sum(e.referred_on <= :end AND (e.closed_on IS NULL OR e.closed_on > :end)
                  AND (SELECT r.next_review_on FROM reviews r
                        WHERE r.episode_id = e.id AND r.reviewed_on <= :end
                        ORDER BY r.reviewed_on DESC, r.id DESC LIMIT 1) < :end), 0)
  FROM mentee_episodes e
 WHERE e.deleted_at IS NULL
)SQL";

// mentee_sessions_held gives the month's sessions; a group's attendances
// come from its register (the primary key starts with session_id).
const char* const SessionsSql = R"SQL(
SELECT s.session_type, count(*), sum(s.duration_minutes), sum(s.is_group),
       sum(CASE WHEN s.is_group = 1 THEN
             (SELECT count(*) FROM session_attendance a JOIN mentee_episodes e ON e.id = a.episode_id
               WHERE a.session_id = s.id AND a.attended = 1 AND e.deleted_at IS NULL)
           ELSE 0 END)
  FROM mentee_sessions s
 WHERE s.held_at >= :start AND s.held_at < :next AND s.deleted_at IS NULL
 GROUP BY s.session_type
)SQL";

const char* const CheckInsSql = R"SQL(
SELECT count(*), ifnull(sum(c.self_harm = 'thoughts'), 0), ifnull(sum(c.self_harm = 'act'), 0)
  FROM check_ins c JOIN mentee_episodes e ON e.id = c.episode_id
 WHERE c.checked_on BETWEEN :start AND :end AND c.deleted_at IS NULL AND e.deleted_at IS NULL
)SQL";

// Open at month end = raised by then, less those with a review by then.
const char* const ConcernsSql = R"SQL(
SELECT (SELECT count(*) FROM concerns k JOIN mentee_episodes e ON e.id = k.episode_id
         WHERE k.raised_at >= :startUtc AND k.raised_at < :nextUtc AND e.deleted_at IS NULL),
       (SELECT count(DISTINCT r.concern_id) FROM reviews r JOIN mentee_episodes e ON e.id = r.episode_id
         WHERE r.concern_id IS NOT NULL AND r.reviewed_on BETWEEN :start AND :end AND e.deleted_at IS NULL),
       (SELECT count(*) FROM concerns k JOIN mentee_episodes e ON e.id = k.episode_id
         WHERE k.raised_at < :nextUtc AND e.deleted_at IS NULL)
       - (SELECT count(DISTINCT r.concern_id) FROM reviews r JOIN concerns k ON k.id = r.concern_id
            JOIN mentee_episodes e ON e.id = k.episode_id
           WHERE r.reviewed_on <= :end AND k.raised_at < :nextUtc AND e.deleted_at IS NULL)
)SQL";

class MonthQuery {
public:
    MonthQuery(QSqlDatabase db, const QDate& start)
        : m_db(std::move(db))
        , m_start(start)
    {
    }

    // Runs one statement with the month's bounds bound by name.
    bool run(QSqlQuery& query, const char* sql)
    {
        query = QSqlQuery(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromUtf8(sql)))
            return false;
        const QDate next = m_start.addMonths(1);
        query.bindValue(QStringLiteral(":start"), m_start.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":end"), next.addDays(-1).toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":next"), next.toString(Qt::ISODate));
        query.bindValue(QStringLiteral(":startUtc"), QDateTime(m_start, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs));
        query.bindValue(QStringLiteral(":nextUtc"), QDateTime(next, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs));
        return query.exec();
    }

private:
    QSqlDatabase m_db;
    QDate m_start;
};

} // namespace

double hoursFromMinutes(qint64 minutes) { return double(minutes) / 60.0; }

QString MonthlyReturn::otherTypesName() { return tr("other types"); }

Result<MonthlyReturn> MonthlyReturn::compute(QSqlDatabase database, const QDate& monthDay,
    const QString& establishment, const QString& wing, const QStringList& sessionTypes)
{
    MonthlyReturn r;
    r.month = QDate(monthDay.year(), monthDay.month(), 1);
    r.establishment = establishment;
    r.wing = wing;
    MonthQuery month(database, r.month);
    QSqlQuery q(database);
    const auto failed = [&q] { return storageFailure(q.lastError(), tr("The monthly return could not be worked out.")); };

    if (!month.run(q, MentorsSql) || !q.next())
        return failed();
    r.mentorsActive = q.value(0).toInt();
    r.mentorsShadowing = q.value(1).toInt();
    r.mentorsInTraining = q.value(2).toInt();
    r.mentorApplications = q.value(3).toInt();

    if (!month.run(q, MentorChangesSql) || !q.next())
        return failed();
    r.mentorsCleared = q.value(0).toInt();
    r.mentorsLeft = q.value(1).toInt();

    if (!month.run(q, MenteesSql) || !q.next())
        return failed();
    r.menteesReferred = q.value(0).toInt();
    r.menteesActive = q.value(1).toInt();
    r.menteesClosed = q.value(2).toInt();
    r.menteesWithAcctOpen = q.value(3).toInt();
    r.reviewsOverdueAtMonthEnd = q.value(4).toInt();

    if (!month.run(q, SessionsSql))
        return failed();
    for (const QString& type : sessionTypes)
        r.sessionTypes.append({ type, 0, 0 });
    r.sessionTypes.append({ otherTypesName(), 0, 0 });
    while (q.next()) {
        const qsizetype at = sessionTypes.indexOf(q.value(0).toString());
        SessionType& t = r.sessionTypes[at < 0 ? r.sessionTypes.size() - 1 : at];
        t.sessions += q.value(1).toInt();
        t.minutes += q.value(2).toInt();
        r.sessions += q.value(1).toInt();
        r.sessionMinutes += q.value(2).toInt();
        r.groupSessions += q.value(3).toInt();
        r.groupAttendances += q.value(4).toInt();
    }
    if (q.lastError().isValid())
        return failed();

    if (!month.run(q, CheckInsSql) || !q.next())
        return failed();
    r.checkIns = q.value(0).toInt();
    r.checkInsSelfHarmThoughts = q.value(1).toInt();
    r.checkInsSelfHarmActs = q.value(2).toInt();

    if (!month.run(q, ConcernsSql) || !q.next())
        return failed();
    r.concernsRaised = q.value(0).toInt();
    r.concernsReviewed = q.value(1).toInt();
    r.concernsOpenAtMonthEnd = q.value(2).toInt();
    return r;
}

QStringList MonthlyReturn::columnNames() const
{
    QStringList names { QStringLiteral("format_version"), QStringLiteral("month"), QStringLiteral("establishment"),
        QStringLiteral("wing"), QStringLiteral("mentors_active"), QStringLiteral("mentors_shadowing"),
        QStringLiteral("mentors_in_training"), QStringLiteral("mentor_applications"), QStringLiteral("mentors_cleared"),
        QStringLiteral("mentors_left"), QStringLiteral("mentees_referred"), QStringLiteral("mentees_active"),
        QStringLiteral("mentees_closed"), QStringLiteral("sessions"), QStringLiteral("session_hours") };
    for (const SessionType& t : sessionTypes) {
        names << QStringLiteral("sessions[%1]").arg(t.name) << QStringLiteral("session_hours[%1]").arg(t.name);
    }
    names << QStringLiteral("group_sessions") << QStringLiteral("group_attendances") << QStringLiteral("check_ins")
          << QStringLiteral("check_ins_self_harm_thoughts") << QStringLiteral("check_ins_self_harm_acts")
          << QStringLiteral("concerns_raised") << QStringLiteral("concerns_reviewed")
          << QStringLiteral("concerns_open_at_month_end") << QStringLiteral("reviews_overdue_at_month_end")
          << QStringLiteral("mentees_acct_open_at_month_end");
    return names;
}

QStringList MonthlyReturn::columnLabels() const
{
    QStringList labels { tr("Format version"), tr("Month"), tr("Establishment"), tr("Wing"),
        tr("Mentors active at month end"), tr("Mentors shadowing at month end"),
        tr("Mentors in training at month end"), tr("Mentor applications"), tr("Mentors cleared"), tr("Mentors who left"),
        tr("Mentees referred"), tr("Mentees active"), tr("Mentees closed"), tr("Sessions"), tr("Session hours") };
    for (const SessionType& t : sessionTypes)
        labels << tr("Sessions: %1").arg(t.name) << tr("Hours: %1").arg(t.name);
    labels << tr("Group sessions") << tr("Group attendances") << tr("Check-ins")
           << tr("Check-ins with self-harm thoughts") << tr("Check-ins with a self-harm act") << tr("Concerns raised")
           << tr("Concerns reviewed") << tr("Concerns open at month end") << tr("Reviews overdue at month end")
           << tr("Mentees with an ACCT open at month end");
    return labels;
}

QList<QVariant> MonthlyReturn::columnValues() const
{
    QList<QVariant> values { FormatVersion, month.toString(QStringLiteral("yyyy-MM")), establishment, wing,
        mentorsActive, mentorsShadowing, mentorsInTraining, mentorApplications, mentorsCleared, mentorsLeft,
        menteesReferred, menteesActive, menteesClosed, sessions, hoursFromMinutes(sessionMinutes) };
    for (const SessionType& t : sessionTypes)
        values << t.sessions << hoursFromMinutes(t.minutes);
    values << groupSessions << groupAttendances << checkIns << checkInsSelfHarmThoughts << checkInsSelfHarmActs
           << concernsRaised << concernsReviewed << concernsOpenAtMonthEnd << reviewsOverdueAtMonthEnd
           << menteesWithAcctOpen;
    return values;
}

void MonthlyReturn::write(CsvWriter& csv) const
{
    csv.row(columnNames());
    for (const QVariant& v : columnValues()) {
        if (v.typeId() == QMetaType::Double)
            csv.decimal(v.toDouble(), 2);
        else if (v.typeId() == QMetaType::Int)
            csv.number(v.toInt());
        else
            csv.text(v.toString());
    }
    csv.endRow();
}

} // namespace wingmate
