#include "services/ConcernListQuery.h"

#include "storage/Rows.h"
#include "storage/StorageErrors.h"

#include <QSqlQuery>

namespace wingmate {

namespace {

// Open concerns come from concerns_open; the reviewed ones since a day from
// the same index's status = 'reviewed' range. Each row's review is one step
// down reviews_episode.
const char* const ConcernsSql = R"SQL(
SELECT c.id, c.episode_id, p.full_name, p.prison_number, c.raised_at, c.source, c.description,
       c.raised_by, c.status, e.acct_open, e.risk_level, r.reviewed_on, r.reviewer, r.outcome
  FROM concerns c
  JOIN mentee_episodes e ON e.id = c.episode_id
  JOIN prisoners p ON p.id = e.prisoner_id
  LEFT JOIN reviews r ON r.id = (SELECT r2.id FROM reviews r2
                                  WHERE r2.episode_id = c.episode_id AND r2.concern_id = c.id
                                  ORDER BY r2.reviewed_on DESC, r2.id DESC LIMIT 1)
 WHERE e.deleted_at IS NULL
   AND (c.status = 'open' OR (? = 0 AND c.status = 'reviewed' AND c.raised_at >= ?))
 ORDER BY c.status = 'open' DESC,
          CASE WHEN c.status = 'open' THEN c.raised_at END ASC,
          c.raised_at DESC, c.id
)SQL";

} // namespace

ConcernListQuery::ConcernListQuery(UserSession& session)
    : m_session(session)
{
}

Result<QList<ConcernListQuery::Row>> ConcernListQuery::run(const Filter& filter) const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    if (!filter.openOnly && !filter.raisedSince.isValid())
        return Status::failure(
            ErrorCode::InvalidInput, tr("Say from which day reviewed concerns are wanted."));

    // Midnight at the start of that day on the wing's clock, as stored (UTC).
    const QString since = filter.openOnly
        ? QString()
        : QDateTime(filter.raisedSince, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);

    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    query.prepare(QString::fromUtf8(ConcernsSql));
    query.addBindValue(filter.openOnly ? 1 : 0);
    query.addBindValue(since.isNull() ? QString::fromLatin1("") : since);
    if (!query.exec())
        return storageFailure(query.lastError(), tr("The concerns could not be read."));
    QList<Row> rows;
    while (query.next()) {
        Row r;
        r.concernId = query.value(0).toLongLong();
        r.episodeId = query.value(1).toLongLong();
        r.prisonerName = query.value(2).toString();
        r.prisonNumber = query.value(3).toString();
        r.raisedAt = Rows::timeAt(query, 4);
        r.source = Concern::sourceFromKey(query.value(5).toString()).value_or(Concern::Source::Staff);
        r.description = query.value(6).toString();
        r.raisedBy = query.value(7).toString();
        r.status = Concern::statusFromKey(query.value(8).toString()).value_or(Concern::ReviewState::Open);
        r.acctOpen = query.value(9).toBool();
        r.riskLevel = MenteeEpisode::riskFromKey(query.value(10).toString());
        r.reviewedOn = StoredValue::toDate(query.value(11));
        r.reviewer = query.value(12).toString();
        if (!query.value(13).isNull())
            r.outcome = Review::outcomeFromKey(query.value(13).toString());
        rows.append(r);
    }
    return rows;
}

} // namespace wingmate
