#include "services/SessionListQuery.h"

#include "domain/MenteeEpisode.h"
#include "domain/MenteeSession.h"
#include "storage/StorageErrors.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace wingmate {

namespace {

// Both ends are "yyyy-MM-ddTHH:mm" text: from midnight of the first day to
// just before midnight after the last.
const char* const SessionsSql = R"SQL(
SELECT s.id, s.held_at, s.duration_minutes, s.session_type, s.is_group, s.location,
       s.concern_raised, s.recorded_by
  FROM mentee_sessions s
 WHERE s.held_at >= ? AND s.held_at < ? AND s.deleted_at IS NULL
 ORDER BY s.held_at DESC, s.id DESC
 LIMIT ?
)SQL";

const char* const MentorsSql = R"SQL(
SELECT sm.session_id, p.full_name
  FROM mentee_sessions s
  JOIN session_mentors sm ON sm.session_id = s.id
  JOIN mentors m ON m.id = sm.mentor_id
  JOIN prisoners p ON p.id = m.prisoner_id
 WHERE s.held_at >= ? AND s.held_at < ? AND s.deleted_at IS NULL
)SQL";

const char* const AttendanceSql = R"SQL(
SELECT a.session_id, a.episode_id, p.full_name, p.prison_number, a.attended
  FROM mentee_sessions s
  JOIN session_attendance a ON a.session_id = s.id
  JOIN mentee_episodes e ON e.id = a.episode_id
  JOIN prisoners p ON p.id = e.prisoner_id
 WHERE s.held_at >= ? AND s.held_at < ? AND s.deleted_at IS NULL
)SQL";

// Runs one of the statements above over the range.
bool runOverRange(QSqlQuery& query, const char* sql, const QString& start, const QString& end)
{
    query.prepare(QString::fromUtf8(sql));
    query.addBindValue(start);
    query.addBindValue(end);
    return query.exec();
}

} // namespace

int SessionListQuery::Row::attendedCount() const
{
    return int(std::count_if(attendees.cbegin(), attendees.cend(), [](const Attendee& a) { return a.attended; }));
}

QStringList SessionListQuery::Row::attendedNames() const
{
    QStringList names;
    for (const Attendee& a : attendees) {
        if (a.attended)
            names.append(a.name);
    }
    return names;
}

SessionListQuery::SessionListQuery(UserSession& session)
    : m_session(session)
{
}

Result<QList<SessionListQuery::Row>> SessionListQuery::run(const QDate& from, const QDate& to) const
{
    m_truncated = false;
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    if (!from.isValid() || !to.isValid() || to < from)
        return Status::failure(ErrorCode::InvalidInput, tr("The last day must not be before the first day."));

    const QString start = MenteeSession::heldAtText(QDateTime(from, QTime(0, 0)));
    const QString end = MenteeSession::heldAtText(QDateTime(to.addDays(1), QTime(0, 0)));
    const QString failure = tr("The sessions could not be read.");

    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(SessionsSql));
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(RowLimit + 1);
    if (!query.exec())
        return storageFailure(query.lastError(), failure);
    QList<Row> rows;
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        if (rows.size() == RowLimit) {
            m_truncated = true;
            break;
        }
        Row r;
        r.sessionId = query.value(0).toLongLong();
        r.heldAt = MenteeSession::heldAtFromText(query.value(1).toString());
        r.durationMinutes = query.value(2).toInt();
        r.sessionType = query.value(3).toString();
        r.group = query.value(4).toBool();
        r.location = query.value(5).toString();
        r.concernRaised = query.value(6).toBool();
        r.recordedBy = query.value(7).toString();
        indexOf.insert(r.sessionId, rows.size());
        rows.append(r);
    }
    query.finish();

    if (!runOverRange(query, MentorsSql, start, end))
        return storageFailure(query.lastError(), failure);
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        if (it != indexOf.cend())
            rows[*it].mentorNames.append(query.value(1).toString());
    }
    query.finish();

    if (!runOverRange(query, AttendanceSql, start, end))
        return storageFailure(query.lastError(), failure);
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        if (it == indexOf.cend())
            continue;
        rows[*it].attendees.append(
            { query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(), query.value(4).toBool() });
    }

    for (Row& r : rows) {
        r.mentorNames.sort(Qt::CaseInsensitive);
        std::sort(r.attendees.begin(), r.attendees.end(),
            [](const Attendee& a, const Attendee& b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });
    }
    return rows;
}

} // namespace wingmate
