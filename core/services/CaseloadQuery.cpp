#include "services/CaseloadQuery.h"

#include "domain/MenteeSession.h"
#include "storage/StorageErrors.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace wingmate {

namespace {

// The open episodes with their own figures, read through the index of open
// episodes, mentee_episodes_open (a status is referred, active or closed, so
// "not closed" is "referred or active").
// last_contact_at, last_check_in_id and open_concerns are kept by triggers
// (schema 6), so each row is the episode, its prisoner and one check-in by
// primary key. No ORDER BY: sorting 2,500 wide rows in SQLite costs more
// than the rest of the statement; run() sorts them the same way.
const char* const EpisodesSql = R"SQL(
SELECT e.id, p.id, p.full_name, p.prison_number, e.status, e.last_contact_at,
       c.checked_on, c.self_harm, c.suicidal, e.open_concerns,
       e.next_review_on, e.risk_level, e.acct_open, e.acct_reference
  FROM mentee_episodes e
  JOIN prisoners p ON p.id = e.prisoner_id
  LEFT JOIN check_ins c ON c.id = e.last_check_in_id
 WHERE e.deleted_at IS NULL AND e.status <> 'closed'
)SQL";

// Every mentor's name, then every current allocation (a walk of the
// mentor_allocations_current index alone); the closed episodes' few are
// dropped when merged. Two passes are cheaper than two lookups per row.
const char* const MentorNamesSql = R"SQL(
SELECT m.id, p.full_name FROM mentors m JOIN prisoners p ON p.id = m.prisoner_id
)SQL";
const char* const AllocationsSql = R"SQL(
SELECT episode_id, mentor_id FROM mentor_allocations WHERE ended_on IS NULL
)SQL";

// The parameter is today (YYYY-MM-DD): one row per follow-up action past
// due and not done, from a session not deleted, and mentee who attended it,
// from follow_up_actions_due; run() counts them by episode.
const char* const OverdueSql = R"SQL(
SELECT a.episode_id
  FROM follow_up_actions f
  JOIN mentee_sessions s ON s.id = f.session_id
  JOIN session_attendance a ON a.session_id = f.session_id
 WHERE f.done_on IS NULL AND f.due_on < ? AND s.deleted_at IS NULL AND a.attended = 1
)SQL";

// SQLite's NOCASE collation, so the names sort as they did in SQL: the
// UTF-8 bytes with only A-Z folded to a-z (noCaseKey), compared bytewise up
// to the shorter length or a NUL in both, then the shorter first. QString's
// case-insensitive compare folds more letters and would order some names
// differently.
QByteArray noCaseKey(const QString& text)
{
    QByteArray key = text.toUtf8();
    for (char& c : key) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return key;
}

int noCaseCompare(const QByteArray& a, const QByteArray& b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const auto x = uchar(a.at(i));
        const auto y = uchar(b.at(i));
        if (x != y)
            return int(x) - int(y);
        if (x == 0)
            break;
    }
    return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

} // namespace

CaseloadQuery::CaseloadQuery(UserSession& session)
    : m_session(session)
{
}

QList<CaseloadQuery::Statement> CaseloadQuery::statements()
{
    return {
        { QStringLiteral("episodes"), QString::fromUtf8(EpisodesSql), 0 },
        { QStringLiteral("mentor names"), QString::fromUtf8(MentorNamesSql), 0 },
        { QStringLiteral("allocations"), QString::fromUtf8(AllocationsSql), 0 },
        { QStringLiteral("overdue follow-ups"), QString::fromUtf8(OverdueSql), 1 },
    };
}

Result<QList<CaseloadQuery::Row>> CaseloadQuery::run() const
{
    if (Status status = m_session.require(Operation::ViewRecords); !status)
        return status;
    if (Status status = m_session.requireUnlocked(); !status)
        return status;
    const QDate today = m_session.clock().now().toLocalTime().date();
    const auto failed = [](const QSqlQuery& query) {
        return storageFailure(query.lastError(), tr("The caseload could not be read."));
    };

    // The reads share the one connection, which nothing else writes
    // to in between.
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(EpisodesSql)))
        return failed(query);
    QList<Row> rows;
    // Sort keys, parallel to rows.
    struct Key {
        bool concerns;
        bool overdue;
        QByteArray name;
        qint64 id;
        qsizetype row;
    };
    std::vector<Key> keys;
    QHash<qint64, qsizetype> rowOf;
    while (query.next()) {
        Row r;
        r.episodeId = query.value(0).toLongLong();
        r.prisonerId = query.value(1).toLongLong();
        r.prisonerName = query.value(2).toString();
        r.prisonNumber = query.value(3).toString();
        r.status = MenteeEpisode::statusFromKey(query.value(4).toString())
                       .value_or(MenteeEpisode::Stage::Referred);
        if (const QVariant contact = query.value(5); !contact.isNull())
            r.lastContact = MenteeSession::heldAtFromText(contact.toString());
        if (const QVariant checkedOn = query.value(6); !checkedOn.isNull()) {
            r.lastCheckIn = StoredValue::toDate(checkedOn);
            r.lastSelfHarm = CheckIn::selfHarmFromKey(query.value(7).toString());
            r.lastSuicidal = CheckIn::suicidalFromKey(query.value(8).toString());
        }
        r.openConcerns = query.value(9).toInt();
        r.nextReviewOn = StoredValue::toDate(query.value(10));
        r.riskLevel = MenteeEpisode::riskFromKey(query.value(11).toString());
        r.acctOpen = query.value(12).toBool();
        r.acctReference = query.value(13).toString();
        r.reviewOverdue = r.nextReviewOn.isValid() && r.nextReviewOn < today;
        keys.push_back(
            { r.openConcerns > 0, r.reviewOverdue, noCaseKey(r.prisonerName), r.episodeId, rows.size() });
        rowOf.insert(r.episodeId, rows.size());
        rows.append(std::move(r));
    }
    if (query.lastError().isValid())
        return failed(query);

    QHash<qint64, QString> mentorNames;
    if (!query.exec(QString::fromUtf8(MentorNamesSql)))
        return failed(query);
    while (query.next())
        mentorNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (query.lastError().isValid())
        return failed(query);
    if (!query.exec(QString::fromUtf8(AllocationsSql)))
        return failed(query);
    while (query.next()) {
        const auto at = rowOf.constFind(query.value(0).toLongLong());
        const auto name = mentorNames.constFind(query.value(1).toLongLong());
        if (at != rowOf.cend() && name != mentorNames.cend())
            rows[*at].mentorNames.append(*name);
    }
    if (query.lastError().isValid())
        return failed(query);
    for (Row& r : rows)
        r.mentorNames.sort(Qt::CaseInsensitive);

    query.prepare(QString::fromUtf8(OverdueSql));
    query.addBindValue(StoredValue::date(today));
    if (!query.exec())
        return failed(query);
    while (query.next()) {
        const auto at = rowOf.constFind(query.value(0).toLongLong());
        if (at != rowOf.cend())
            ++rows[*at].overdueFollowUps;
    }
    if (query.lastError().isValid())
        return failed(query);

    // Concerns waiting first, then reviews overdue, then by name as SQLite's
    // NOCASE orders it, then by episode.
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        if (a.concerns != b.concerns)
            return a.concerns;
        if (a.overdue != b.overdue)
            return a.overdue;
        if (const int byName = noCaseCompare(a.name, b.name); byName != 0)
            return byName < 0;
        return a.id < b.id;
    });
    QList<Row> sorted;
    sorted.reserve(rows.size());
    for (const Key& key : keys)
        sorted.append(std::move(rows[key.row]));
    return sorted;
}

} // namespace wingmate
