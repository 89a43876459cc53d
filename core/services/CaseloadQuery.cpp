#include "services/CaseloadQuery.h"

#include "domain/MenteeSession.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

namespace wingmate {

namespace {

// Both parameters are today (YYYY-MM-DD). Each correlated subquery is a few
// steps down an index: mentor_allocations_episode, session_attendance_episode
// (newest attended first, stopping at the first session not deleted),
// check_ins_episode (newest first), concerns_episode. The overdue actions
// come from follow_up_actions_due in one grouped pass.
const char* const CaseloadSql = R"SQL(
SELECT e.id, p.id, p.full_name, p.prison_number, e.status,
       (SELECT group_concat(mp.full_name, char(10)) FROM mentor_allocations ma
          JOIN mentors m ON m.id = ma.mentor_id JOIN prisoners mp ON mp.id = m.prisoner_id
         WHERE ma.episode_id = e.id AND ma.ended_on IS NULL) AS mentor_names,
       (SELECT a.held_at FROM session_attendance a JOIN mentee_sessions s ON s.id = a.session_id
         WHERE a.episode_id = e.id AND a.attended = 1 AND s.deleted_at IS NULL
         ORDER BY a.held_at DESC LIMIT 1) AS last_contact,
       c.checked_on, c.self_harm, c.suicidal,
       (SELECT count(*) FROM concerns k WHERE k.episode_id = e.id AND k.status = 'open') AS open_concerns,
       e.next_review_on, e.risk_level, e.acct_open, e.acct_reference,
       e.next_review_on IS NOT NULL AND e.next_review_on < ? AS review_overdue,
       ifnull(od.n, 0) AS overdue_actions
  FROM mentee_episodes e
  JOIN prisoners p ON p.id = e.prisoner_id
  LEFT JOIN check_ins c ON c.id = (SELECT c2.id FROM check_ins c2 WHERE c2.episode_id = e.id AND c2.deleted_at IS NULL
                                    ORDER BY c2.checked_on DESC, c2.id DESC LIMIT 1)
  LEFT JOIN (SELECT a.episode_id AS episode_id, count(*) AS n
               FROM follow_up_actions f
               JOIN mentee_sessions s ON s.id = f.session_id
               JOIN session_attendance a ON a.session_id = f.session_id
              WHERE f.done_on IS NULL AND f.due_on < ? AND s.deleted_at IS NULL AND a.attended = 1
              GROUP BY a.episode_id) od ON od.episode_id = e.id
 WHERE e.status IN ('referred', 'active') AND e.deleted_at IS NULL
 ORDER BY open_concerns > 0 DESC, review_overdue DESC, p.full_name COLLATE NOCASE, e.id
)SQL";

} // namespace

CaseloadQuery::CaseloadQuery(UserSession& session)
    : m_session(session)
{
}

QString CaseloadQuery::sql()
{
    return QString::fromUtf8(CaseloadSql);
}

Result<QList<CaseloadQuery::Row>> CaseloadQuery::run() const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    const QDate today = m_session.clock().now().toLocalTime().date();
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(sql());
    query.addBindValue(StoredValue::date(today));
    query.addBindValue(StoredValue::date(today));
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The caseload could not be read."));
    QList<Row> rows;
    while (query.next()) {
        Row r;
        r.episodeId = query.value(0).toLongLong();
        r.prisonerId = query.value(1).toLongLong();
        r.prisonerName = query.value(2).toString();
        r.prisonNumber = query.value(3).toString();
        r.status = MenteeEpisode::statusFromKey(query.value(4).toString())
                       .value_or(MenteeEpisode::Status::Referred);
        if (!query.value(5).isNull()) {
            r.mentorNames = query.value(5).toString().split(QLatin1Char('\n'));
            r.mentorNames.sort(Qt::CaseInsensitive);
        }
        if (!query.value(6).isNull())
            r.lastContact = MenteeSession::heldAtFromText(query.value(6).toString());
        r.lastCheckIn = StoredValue::toDate(query.value(7));
        if (!query.value(8).isNull()) {
            r.lastSelfHarm = CheckIn::selfHarmFromKey(query.value(8).toString());
            r.lastSuicidal = CheckIn::suicidalFromKey(query.value(9).toString());
        }
        r.openConcerns = query.value(10).toInt();
        r.nextReviewOn = StoredValue::toDate(query.value(11));
        r.riskLevel = MenteeEpisode::riskFromKey(query.value(12).toString());
        r.acctOpen = query.value(13).toBool();
        r.acctReference = query.value(14).toString();
        r.reviewOverdue = query.value(15).toBool();
        r.overdueFollowUps = query.value(16).toInt();
        rows.append(r);
    }
    return rows;
}

} // namespace wingmate
